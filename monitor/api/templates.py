"""Template endpoints: list/export, add, import, read, replace, remove, enable/disable, history, the
verdicts on a template's alerts, and the spellings of the wave's names (``/spellings``). Writes depend
on :func:`monitor.api.auth.require_writer`."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool

from monitor.api.auth import Viewer, Writer
from monitor.api.errors import invalid_field
from monitor.api.middleware import IMPORT_PATH
from monitor.core.history import field_changes
from monitor.core.models import TEMPLATE_ID_PATTERN, Template, TemplateIn
from monitor.core.spellings import SPELLING_MAX_CHARS, SpellingIn, SpellingStatus
from monitor.storage.feedback import FeedbackStore
from monitor.storage.registry import (
    ImportResult,
    TemplateRegistry,
    claim_to_template,
    export_line,
    parse_template_lines,
)

_BOOKKEEPING = ("enabled", "version", "created_at", "updated_at")  # Template fields a body may echo back


# --- request bodies -----------------------------------------------------------------------------------
class TemplateBody(TemplateIn):
    """A template as the API takes it: unknown fields are refused (typos must not pass silently);
    the bookkeeping fields of ``GET /templates/{id}`` are accepted and ignored, so a read can be sent back."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _drop_bookkeeping(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k not in _BOOKKEEPING}
        return data


class TemplatePut(TemplateBody):
    id: str | None = Field(None, pattern=TEMPLATE_ID_PATTERN)  # type: ignore[assignment]


class TemplateWrite(BaseModel):
    status: Literal["added", "updated", "unchanged"]
    template: Template


class SpellingBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="the name the alias is read as, e.g. Sora")


class Spelling(BaseModel):
    alias: str
    name: str


class SpellingWrite(BaseModel):
    status: SpellingStatus
    spelling: Spelling


class ImportReport(BaseModel):
    imported: int
    updated: int
    unchanged: int
    rejected: list[dict[str, Any]]


TemplateId = Annotated[str, Path(pattern=TEMPLATE_ID_PATTERN)]


def _upsert(
    registry: TemplateRegistry, template: TemplateIn, actor: str, response: Response
) -> TemplateWrite:
    result = registry.upsert_many([template], actor=actor)
    status: Literal["added", "updated", "unchanged"] = (
        "added" if result.imported else "updated" if result.updated else "unchanged"
    )
    if status == "added":
        response.status_code = 201
    return TemplateWrite(status=status, template=registry.get(template.id))


def templates_router(registry: TemplateRegistry, feedback: FeedbackStore) -> APIRouter:
    router = APIRouter()

    @router.get("/templates", tags=["templates"], response_model=list[Template])
    def list_templates(
        enabled: bool | None = None,
        category: str | None = None,
        format: Annotated[Literal["json", "jsonl"], Query(description="jsonl = export")] = "json",
    ) -> Any:
        rows = [
            t
            for t in registry.all()
            if (enabled is None or t.enabled == enabled) and (category is None or t.category == category)
        ]
        if format == "jsonl":
            text = "".join(export_line(t) + "\n" for t in rows)
            return PlainTextResponse(text, media_type="application/x-ndjson")
        return rows

    @router.post("/templates", tags=["templates"], response_model=TemplateWrite)
    def add_template(body: TemplateBody, response: Response, actor: Writer) -> TemplateWrite:
        return _upsert(registry, TemplateIn.model_validate(body.model_dump()), actor, response)

    @router.post(
        IMPORT_PATH,
        tags=["templates"],
        response_model=ImportReport,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
            }
        },
    )
    async def import_templates(
        request: Request,
        actor: Writer,
        format: Annotated[
            Literal["templates", "claims"], Query(description="claims: {id, text, title} lines")
        ] = "templates",
        category: Annotated[str, Query(description="claims: their category")] = "claim",
        severity: Annotated[str, Query(description="claims: their severity")] = "medium",
    ) -> ImportReport:
        try:
            text = (await request.body()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise invalid_field("body", f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
        convert = partial(claim_to_template, category=category, severity=severity)
        good, rejected = parse_template_lines(text.splitlines(), convert if format == "claims" else None)
        result: ImportResult = await run_in_threadpool(registry.upsert_many, good, actor=actor)
        return ImportReport(**{**result.as_dict(), "rejected": rejected})

    @router.get("/spellings", tags=["spellings"], response_model=list[Spelling])
    def list_spellings() -> list[Spelling]:
        """The spellings of the wave's names that every worker reads as the name (索拉 as Sora)."""
        names = registry.spellings().names
        return [Spelling(alias=a, name=names[a]) for a in sorted(names, key=str.casefold)]

    @router.put("/spellings/{alias}", tags=["spellings"], response_model=SpellingWrite)
    def put_spelling(
        alias: Annotated[str, Path(max_length=SPELLING_MAX_CHARS * 4)],
        body: SpellingBody,
        response: Response,
        actor: Writer,
    ) -> SpellingWrite:
        spelling = SpellingIn(alias=alias, name=body.name)
        status = registry.set_spelling(spelling, actor=actor)
        if status == "added":
            response.status_code = 201
        return SpellingWrite(status=status, spelling=Spelling(alias=spelling.alias, name=spelling.name))

    @router.delete("/spellings/{alias}", tags=["spellings"], status_code=204)
    def delete_spelling(alias: str, actor: Writer) -> Response:
        registry.remove_spelling(alias, actor=actor)
        return Response(status_code=204)

    @router.get("/templates/{template_id}", tags=["templates"], response_model=Template)
    def get_template(template_id: TemplateId) -> Template:
        return registry.get(template_id)

    @router.put("/templates/{template_id}", tags=["templates"], response_model=TemplateWrite)
    def put_template(
        template_id: TemplateId, body: TemplatePut, response: Response, actor: Writer
    ) -> TemplateWrite:
        if body.id is not None and body.id != template_id:
            raise invalid_field("id", f"must match the path ({template_id!r}) or be left out")
        template = TemplateIn.model_validate({**body.model_dump(), "id": template_id})
        return _upsert(registry, template, actor, response)

    @router.delete("/templates/{template_id}", tags=["templates"], status_code=204)
    def delete_template(template_id: TemplateId, actor: Writer) -> Response:
        registry.remove(template_id, actor=actor)
        return Response(status_code=204)

    @router.post("/templates/{template_id}/enable", tags=["templates"], response_model=Template)
    def enable_template(template_id: TemplateId, actor: Writer) -> Template:
        return registry.set_enabled(template_id, True, actor=actor)

    @router.post("/templates/{template_id}/disable", tags=["templates"], response_model=Template)
    def disable_template(template_id: TemplateId, actor: Writer) -> Template:
        return registry.set_enabled(template_id, False, actor=actor)

    @router.get("/templates/{template_id}/history", tags=["templates"])
    def template_history(template_id: TemplateId, count: Annotated[int, Query(ge=1, le=1000)] = 100) -> Any:
        """Every change, oldest first: who, when, ``changes`` (``{field: [before, after]}`` as JSON) and
        ``diff``: per changed field its ``kind`` (text: word diff; lines: one phrasing per line; value)
        and ``pieces``, ``[op, text]`` with op ``equal`` | ``insert`` | ``delete``."""
        return [{**h, "diff": field_changes(h.get("changes"))} for h in registry.history(template_id, count)]

    @router.get("/templates/{template_id}/feedback", tags=["feedback"])
    def template_feedback(template_id: TemplateId, viewer: Viewer) -> Any:
        return {
            "template_id": template_id,
            **feedback.counts(template_id),
            "precision": feedback.precision(template_id),
        }

    return router
