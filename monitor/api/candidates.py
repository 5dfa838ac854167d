"""HTTP endpoints for candidate narratives, as a FastAPI router the ops API mounts.

    GET  /candidates                 most urgent first (same JSON as ``monitor candidates list --json``)
    POST /candidates/{id}/promote    turn one into a template (bearer token)
    POST /candidates/{id}/dismiss    hide it (bearer token)

Mount it in the API app with its own token dependency::

    from monitor.api_candidates import candidates_router
    app.include_router(candidates_router(lambda: store, lambda: registry, require_token))

``get_store`` / ``get_registry`` are called per request (so they can be lazy: the registry needs the model
only to promote); ``require_token`` is the same dependency that guards the other writes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from monitor.core.models import CATEGORY_PATTERN, TEMPLATE_ID_PATTERN, Severity
from monitor.storage.candidates import CandidateConflict, CandidateNotFound, CandidateStore, promote
from monitor.storage.registry import TemplateRegistry


class ExampleOut(BaseModel):
    post_id: str
    text: str


class CandidateOut(BaseModel):
    candidate_id: str
    size: int
    growth_per_min: float
    examples: list[ExampleOut]
    terms: list[str]
    authors: int
    posts: int
    first_seen_at: str
    last_seen_at: str
    score: float
    baseline_per_min: float
    status: Literal["active", "dismissed", "promoted"]


class PromoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: str = Field(pattern=CATEGORY_PATTERN)
    severity: Severity
    id: str | None = Field(None, pattern=TEMPLATE_ID_PATTERN, description="template id (default cand-<id>)")
    text: str | None = Field(None, min_length=3, max_length=4000, description="default: most central post")


class PromoteOut(BaseModel):
    candidate_id: str
    template_id: str
    status: Literal["promoted"]
    imported: int
    template: dict[str, Any]


class DismissOut(BaseModel):
    candidate_id: str
    status: Literal["dismissed"]


def candidates_router(
    get_store: Callable[[], CandidateStore],
    get_registry: Callable[[], TemplateRegistry],
    require_token: Callable[..., Any],
    require_reader: Callable[..., Any] | None = None,
) -> APIRouter:
    """``require_reader`` guards the list (it shows posts): the API passes its signed-in-user check."""
    router = APIRouter(prefix="/candidates", tags=["candidates"])
    read_deps = [Depends(require_reader)] if require_reader is not None else []

    @router.get(
        "",
        response_model=list[CandidateOut],
        dependencies=read_deps,
        summary="Emerging narratives, most urgent first",
    )
    def list_candidates(
        limit: int = Query(20, ge=1, le=500),
        examples: int = Query(5, ge=1, le=20, description="examples per candidate"),
        include_hidden: bool = Query(False, alias="all", description="also dismissed and promoted ones"),
    ) -> list[dict[str, Any]]:
        views = get_store().list(time.time(), limit=limit, n_examples=examples, include_hidden=include_hidden)
        return [v.as_dict() for v in views]

    @router.post(
        "/{candidate_id}/promote",
        response_model=PromoteOut,
        dependencies=[Depends(require_token)],
        summary="Turn a candidate into a template (seeded from its most central posts)",
        responses={404: {"description": "no such candidate"}, 409: {"description": "template id taken"}},
    )
    def promote_candidate(candidate_id: str, body: PromoteIn) -> dict[str, Any]:
        try:
            template, result = promote(
                get_store(),
                get_registry(),
                candidate_id,
                category=body.category,
                severity=body.severity,
                template_id=body.id,
                text=body.text,
                actor="api",
            )
        except CandidateNotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        except CandidateConflict as exc:
            raise HTTPException(409, str(exc)) from exc
        except ValidationError as exc:  # e.g. the cluster's central post is too short to be a template
            raise HTTPException(422, exc.errors(include_url=False, include_context=False)) from exc
        return {
            "candidate_id": candidate_id,
            "template_id": template.id,
            "status": "promoted",
            "imported": result.imported,
            "template": template.model_dump(mode="json"),
        }

    @router.post(
        "/{candidate_id}/dismiss",
        response_model=DismissOut,
        dependencies=[Depends(require_token)],
        summary="Hide a candidate",
        responses={404: {"description": "no such candidate"}},
    )
    def dismiss_candidate(candidate_id: str) -> dict[str, Any]:
        try:
            get_store().dismiss(candidate_id, actor="api")
        except CandidateNotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        return {"candidate_id": candidate_id, "status": "dismissed"}

    return router
