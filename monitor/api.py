"""``monitor api``: the ops HTTP API (FastAPI). Thin: the same registry and feedback calls as the CLI.

=======  ======================================  =====================================================
GET      /healthz                                Redis reachable; catalogue version
GET      /metrics                                Prometheus text, this process's own registry
GET      /openapi.json                           the schema (``/docs`` renders it)
GET      /templates                              list (``?enabled=``, ``?category=``); ``?format=jsonl``
                                                 is ``monitor templates export`` (round-trips via import)
POST     /templates                              add or update one template (201 when added)
POST     /templates/import                       JSONL body, like ``monitor templates import``
                                                 (``?format=claims`` for ``{"id","text","title"}`` lines)
GET      /templates/{id}                         one template
PUT      /templates/{id}                         add or update one template, id from the path
DELETE   /templates/{id}                         remove it and its vectors
POST     /templates/{id}/enable, …/disable       resume / stop matching it
GET      /templates/{id}/history                 audit trail: who changed what, when
GET      /templates/{id}/feedback                on-call verdicts on its alerts, precision
POST     /alerts/{alert_id}/feedback             ``{"verdict": "confirmed"|"false-positive", "note"?}``
GET      /alerts/{alert_id}/feedback             the verdict given
=======  ======================================  =====================================================

Reads are open (the API binds to 127.0.0.1 unless ``MONITOR_API_HOST`` says otherwise). Writes need
``Authorization: Bearer $MONITOR_API_TOKEN``; the app refuses to start without a token unless it is
read-only (``--read-only`` / ``MONITOR_API_READ_ONLY=1``), and a read-only app refuses every write (403).
``X-Actor: name`` puts a name into the audit trail (``api:name``). Bodies over
``MONITOR_API_MAX_BODY_BYTES`` (import: ``MONITOR_API_MAX_IMPORT_BYTES``) get 413; invalid bodies get 422
with ``{"detail": [{"field", "reason", "in"}]}``.
"""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from functools import partial
from typing import Annotated, Any, Literal

import prometheus_client
import redis
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.concurrency import run_in_threadpool

from . import __version__
from .config import Settings
from .errors import ConfigError, TemplateNotFound
from .feedback import MAX_NOTE_CHARS, FeedbackStore, Verdict
from .models import TEMPLATE_ID_PATTERN, Template, TemplateIn
from .registry import (
    ImportResult,
    TemplateRegistry,
    claim_to_template,
    export_line,
    parse_template_lines,
)

prometheus_client.disable_created_metrics()

ALERT_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"
IMPORT_PATH = "/templates/import"
_ACTOR_UNSAFE = re.compile(r"[^A-Za-z0-9_.@:+-]")
_BOOKKEEPING = ("enabled", "version", "created_at", "updated_at")  # Template fields a body may echo back

DESCRIPTION = (
    "Template registry and alert feedback of the rumour & scam monitor. Reads are open; writes need "
    "`Authorization: Bearer $MONITOR_API_TOKEN` (`X-Actor` names the writer in the audit trail). "
    "Invalid bodies: 422 with `detail: [{field, reason, in}]`; bodies over the size limit: 413."
)

ASGIApp = Callable[[MutableMapping[str, Any], Any, Any], Awaitable[None]]


def api_token(settings: Settings) -> str | None:
    """The bearer token writes need; None when unset or blank (an empty token counts as no token)."""
    token = settings.api_token.get_secret_value().strip() if settings.api_token is not None else ""
    return token or None


def check_startable(settings: Settings, read_only: bool) -> None:
    """Refuse to serve writes without a token (raises ConfigError)."""
    if not read_only and api_token(settings) is None:
        raise ConfigError(
            "MONITOR_API_TOKEN is not set (or empty): set it to allow writes, or start the API read-only "
            "(monitor api --read-only, or MONITOR_API_READ_ONLY=1)"
        )


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


class FeedbackBody(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verdict: Verdict
    note: str | None = Field(None, max_length=MAX_NOTE_CHARS)
    template_id: str | None = Field(
        None, pattern=TEMPLATE_ID_PATTERN, description="defaults to the alert record's template"
    )


class TemplateWrite(BaseModel):
    status: Literal["added", "updated", "unchanged"]
    template: Template


class ImportReport(BaseModel):
    imported: int
    updated: int
    unchanged: int
    rejected: list[dict[str, Any]]


# --- metrics and limits (pure ASGI: they see every request, matched or not) ---------------------------
class ApiMetrics:
    """The API process's collectors, in their own registry (the worker has its own)."""

    def __init__(self, read_only: bool) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "monitor_api_requests_total",
            "API requests by method, route template and status",
            ["method", "route", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "monitor_api_request_duration_seconds",
            "API request handling time",
            ["method", "route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 120.0),
            registry=r,
        )
        self.info = Gauge("monitor_api_info", "Build of this API", ["version", "read_only"], registry=r)
        self.info.labels(__version__, str(read_only).lower()).set(1)


class _LimitAndMeasure:
    """Refuse bodies over the limit with 413 when the endpoint reads them (at once when Content-Length
    says so, else as soon as the count passes it; nothing is buffered here) and count every request by
    its route template (bounded labels: never raw paths)."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics, body_limit: int, import_limit: int) -> None:
        self.app, self.metrics = app, metrics
        self.body_limit, self.import_limit = body_limit, import_limit

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.import_limit if scope["path"] == IMPORT_PATH else self.body_limit
        declared = _content_length(scope)
        status = 500
        started = time.perf_counter()
        received = 0

        async def receive_limited() -> MutableMapping[str, Any]:
            nonlocal received
            if declared is not None and declared > limit:
                raise HTTPException(413, _too_large(limit))
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, _too_large(limit))
            return message

        async def send_status(message: MutableMapping[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive_limited, send_status)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            method = scope.get("method", "")
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - started)


def _content_length(scope: MutableMapping[str, Any]) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _too_large(limit: int) -> str:
    return f"request body is larger than {limit} bytes"


# --- authorisation ------------------------------------------------------------------------------------
_bearer = HTTPBearer(auto_error=False, description="MONITOR_API_TOKEN")


def require_writer(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    x_actor: Annotated[str | None, Header(description="name recorded in the audit trail")] = None,
) -> str:
    """Authorise a write (bearer token, constant-time compare); returns the actor for the audit trail."""
    if request.app.state.read_only:
        raise HTTPException(403, "this API is read-only: writes are refused")
    if creds is None:
        raise HTTPException(
            401, "missing bearer token (Authorization: Bearer …)", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(creds.credentials.encode(), request.app.state.token):
        raise HTTPException(401, "invalid bearer token", {"WWW-Authenticate": 'Bearer error="invalid_token"'})
    name = _ACTOR_UNSAFE.sub("", x_actor or "")[:64]
    return f"api:{name}" if name else "api"


Writer = Annotated[str, Depends(require_writer)]
TemplateId = Annotated[str, Path(pattern=TEMPLATE_ID_PATTERN)]
AlertId = Annotated[str, Path(pattern=ALERT_ID_PATTERN)]


# --- the app ------------------------------------------------------------------------------------------
def create_app(
    settings: Settings,
    registry: TemplateRegistry,
    *,
    read_only: bool | None = None,
    feedback: FeedbackStore | None = None,
    routers: Sequence[APIRouter] = (),
) -> FastAPI:
    """The API over ``registry`` (writes need its embedder: vectors are computed at registration).

    ``routers`` are mounted too, behind the same limits and metrics; their writes should depend on
    :func:`require_writer` (e.g. ``candidates_router(…, require_writer)``).
    Raises ConfigError when writes are allowed but there is no token or no embedder."""
    read_only = settings.api_read_only if read_only is None else read_only
    check_startable(settings, read_only)
    if not read_only and registry.embedder is None:
        raise ConfigError("a writable API needs a registry with an embedder (template vectors)")
    token = (api_token(settings) or "").encode()
    feedback = feedback or FeedbackStore(registry.client, registry.keys)
    metrics = ApiMetrics(read_only)

    app = FastAPI(title="rumour-monitor ops API", version=__version__, description=DESCRIPTION)
    app.add_middleware(
        _LimitAndMeasure,  # type: ignore[arg-type]
        metrics=metrics,
        body_limit=settings.api_max_body_bytes,
        import_limit=settings.api_max_import_bytes,
    )
    _add_error_handlers(app)
    app.state.read_only, app.state.token = read_only, token

    # --- service --------------------------------------------------------------------------------------
    @app.get("/healthz", tags=["service"])
    def healthz() -> JSONResponse:
        try:
            registry.client.ping()
            version = registry.version()
        except redis.RedisError as exc:
            return JSONResponse({"status": "unavailable", "redis": exc.__class__.__name__}, status_code=503)
        return JSONResponse(
            {"status": "ok", "redis": "ok", "read_only": read_only, "catalogue_version": version}
        )

    @app.get("/metrics", tags=["service"], response_class=PlainTextResponse)
    def metrics_view() -> Response:
        return Response(generate_latest(metrics.registry), media_type=prometheus_client.CONTENT_TYPE_LATEST)

    # --- templates ------------------------------------------------------------------------------------
    @app.get("/templates", tags=["templates"], response_model=list[Template])
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

    @app.post("/templates", tags=["templates"], response_model=TemplateWrite)
    def add_template(body: TemplateBody, response: Response, actor: Writer) -> TemplateWrite:
        return _upsert(registry, TemplateIn.model_validate(body.model_dump()), actor, response)

    @app.post(
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
            raise _invalid("body", f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
        convert = partial(claim_to_template, category=category, severity=severity)
        good, rejected = parse_template_lines(text.splitlines(), convert if format == "claims" else None)
        result: ImportResult = await run_in_threadpool(registry.upsert_many, good, actor=actor)
        return ImportReport(**{**result.as_dict(), "rejected": rejected})

    @app.get("/templates/{template_id}", tags=["templates"], response_model=Template)
    def get_template(template_id: TemplateId) -> Template:
        return registry.get(template_id)

    @app.put("/templates/{template_id}", tags=["templates"], response_model=TemplateWrite)
    def put_template(
        template_id: TemplateId, body: TemplatePut, response: Response, actor: Writer
    ) -> TemplateWrite:
        if body.id is not None and body.id != template_id:
            raise _invalid("id", f"must match the path ({template_id!r}) or be left out")
        template = TemplateIn.model_validate({**body.model_dump(), "id": template_id})
        return _upsert(registry, template, actor, response)

    @app.delete("/templates/{template_id}", tags=["templates"], status_code=204)
    def delete_template(template_id: TemplateId, actor: Writer) -> Response:
        registry.remove(template_id, actor=actor)
        return Response(status_code=204)

    @app.post("/templates/{template_id}/enable", tags=["templates"], response_model=Template)
    def enable_template(template_id: TemplateId, actor: Writer) -> Template:
        return registry.set_enabled(template_id, True, actor=actor)

    @app.post("/templates/{template_id}/disable", tags=["templates"], response_model=Template)
    def disable_template(template_id: TemplateId, actor: Writer) -> Template:
        return registry.set_enabled(template_id, False, actor=actor)

    @app.get("/templates/{template_id}/history", tags=["templates"])
    def template_history(template_id: TemplateId, count: Annotated[int, Query(ge=1, le=1000)] = 100) -> Any:
        return registry.history(template_id, count)

    @app.get("/templates/{template_id}/feedback", tags=["feedback"])
    def template_feedback(template_id: TemplateId) -> Any:
        return {
            "template_id": template_id,
            **feedback.counts(template_id),
            "precision": feedback.precision(template_id),
        }

    # --- alert feedback -------------------------------------------------------------------------------
    @app.post("/alerts/{alert_id}/feedback", tags=["feedback"])
    def give_feedback(alert_id: AlertId, body: FeedbackBody, actor: Writer) -> Any:
        if not feedback.alert_known(alert_id):
            raise HTTPException(404, f"no delivered alert with id {alert_id!r} (or it has expired)")
        fb = feedback.record(
            alert_id, body.verdict, actor=actor, note=body.note, template_id=body.template_id
        )
        return fb.as_dict()

    @app.get("/alerts/{alert_id}/feedback", tags=["feedback"])
    def read_feedback(alert_id: AlertId) -> Any:
        fb = feedback.get(alert_id)
        if fb is None:
            raise HTTPException(404, f"no feedback on alert {alert_id!r}")
        return fb.as_dict()

    for router in routers:
        app.include_router(router)
    return app


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


def _invalid(field: str, reason: str) -> HTTPException:
    return HTTPException(422, [{"field": field, "reason": reason, "in": "body"}])


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _field_errors(exc.errors())}, status_code=422)

    @app.exception_handler(ValidationError)
    async def invalid_model(request: Request, exc: ValidationError) -> JSONResponse:
        return JSONResponse({"detail": _field_errors(exc.errors(), where="body")}, status_code=422)

    @app.exception_handler(TemplateNotFound)
    async def not_found(request: Request, exc: TemplateNotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(redis.RedisError)
    async def redis_down(request: Request, exc: redis.RedisError) -> JSONResponse:
        return JSONResponse({"detail": f"redis unavailable: {exc.__class__.__name__}"}, status_code=503)


def _field_errors(errors: Any, where: str | None = None) -> list[dict[str, str]]:
    """Pydantic errors as ``{"field": "examples.0", "reason": "…", "in": "body"}`` (no input echoed)."""
    out = []
    for e in errors:
        loc = [str(p) for p in e.get("loc", ())]
        place = where or (loc.pop(0) if loc and loc[0] in ("body", "query", "path", "header") else "body")
        out.append({"field": ".".join(loc) or place, "reason": e.get("msg", "invalid"), "in": place})
    return out


# --- running it ---------------------------------------------------------------------------------------
def run_api(
    settings: Settings,
    *,
    host: str | None = None,
    port: int | None = None,
    read_only: bool | None = None,
    log_level: str = "info",
) -> None:
    """Serve the API with uvicorn until stopped. Checks the token before loading anything."""
    import uvicorn

    from .connections import redis_client
    from .embedding import load_embedder
    from .keys import Keys

    read_only = settings.api_read_only if read_only is None else read_only
    check_startable(settings, read_only)
    embedder = (
        None
        if read_only
        else load_embedder(
            settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads
        )
    )
    from .api_candidates import candidates_router
    from .candidate_hook import reader_store

    client = redis_client(settings)
    registry = TemplateRegistry(client, Keys(settings.redis_prefix), embedder)
    store = reader_store(settings, client)
    routers = [candidates_router(lambda: store, lambda: registry, require_writer)]
    app = create_app(settings, registry, read_only=read_only, routers=routers)
    uvicorn.run(
        app,
        host=host or settings.api_host,
        port=settings.api_port if port is None else port,
        log_level=log_level,
        server_header=False,
    )
