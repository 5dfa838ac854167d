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
POST     /alerts/{alert_id}/feedback             ``{"verdict": "confirmed"|"false-positive", "note"?,
                                                 "template_id"?, "add_negative"?, "add_example"?}``
GET      /alerts/{alert_id}/feedback             the verdict given
GET      /incidents, /alerts, /audit, …          the on-call queue (``monitor.api.review``)
GET      /, /signin, /ui/…                       the console (``monitor.api.pages``)
=======  ======================================  =====================================================

Template reads are open (the API binds to 127.0.0.1 unless ``MONITOR_API_HOST`` says otherwise); every read
that shows posts (incidents, alerts, candidates, verdicts) and every console page needs a signed-in caller:
a bearer token (``MONITOR_API_TOKEN``, the bootstrap admin, or a user's from ``monitor users add``) or the
console's session cookie. Writes need a role (reviewer: verdicts and incidents; editor: templates and
candidates); the app refuses to start without ``MONITOR_API_TOKEN`` unless it is read-only
(``--read-only`` / ``MONITOR_API_READ_ONLY=1``), and a read-only app refuses every write (403).
``X-Actor: name`` puts a name into the audit trail of the bootstrap admin's writes (``api:name``). Bodies over
``MONITOR_API_MAX_BODY_BYTES`` (import: ``MONITOR_API_MAX_IMPORT_BYTES``) get 413; invalid bodies get 422
with ``{"detail": [{"field", "reason", "in"}]}``.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

import prometheus_client
import redis
from fastapi import APIRouter, FastAPI, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import generate_latest

from monitor import __version__
from monitor.api.auth import api_token, check_startable, require_viewer, require_writer
from monitor.api.candidates import candidates_router
from monitor.api.docs import docs_router
from monitor.api.errors import add_error_handlers
from monitor.api.feedback import feedback_router
from monitor.api.live import LiveFeed
from monitor.api.middleware import ApiMetrics, LimitAndMeasure, add_security_headers
from monitor.api.pages import console_router, mount_static
from monitor.api.review import ReviewService, review_router
from monitor.api.templates import templates_router
from monitor.config import Settings
from monitor.embedding import embedder_from_settings
from monitor.errors import ConfigError
from monitor.pipeline.candidates import reader_store
from monitor.pipeline.matcher import hubness_sharing_from_settings, processor_from_settings
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.alertindex import ensure_indexes
from monitor.storage.candidates import CandidateStore
from monitor.storage.connections import redis_client
from monitor.storage.feedback import FeedbackStore
from monitor.storage.kafka import TopicWatch
from monitor.storage.keys import Keys
from monitor.storage.registry import (
    TemplateRegistry,
)
from monitor.storage.reviews import ReviewStore
from monitor.storage.users import UserStore

prometheus_client.disable_created_metrics()


API_TITLE = "rumour-monitor ops API"
DESCRIPTION = (
    "Template registry, on-call queue and alert feedback of the rumour & scam monitor. Template reads are "
    "open; reads that show posts need a signed-in caller and writes a role: `Authorization: Bearer "
    "$MONITOR_API_TOKEN` (the bootstrap admin; `X-Actor` names the writer in the audit trail) or a user's "
    "token from `monitor users add`. "
    "Invalid bodies: 422 with `detail: [{field, reason, in}]`; bodies over the size limit: 413."
)


# --- the app ------------------------------------------------------------------------------------------
def create_app(
    settings: Settings,
    registry: TemplateRegistry,
    *,
    read_only: bool | None = None,
    feedback: FeedbackStore | None = None,
    routers: Sequence[APIRouter] = (),
    processor: Processor | None = None,
    candidates: Callable[[], CandidateStore] | None = None,
    live_topics: bool | None = None,
) -> FastAPI:
    """The API over ``registry`` (writes need its embedder: vectors are computed at registration).

    ``routers`` are mounted too, behind the same limits and metrics; their writes should depend on
    :func:`require_writer` (e.g. ``candidates_router(…, require_writer)``). ``processor`` (the worker's
    matcher) powers the console's "try it" box; without it the box says it is unavailable.
    ``live_topics`` (default ``MONITOR_CONSOLE_LIVE_TOPICS``): the live queue follows the broker's topics
    (one watcher, started and stopped with the app); False: one shared Redis poll.
    Raises ConfigError when writes are allowed but there is no token or no embedder."""
    read_only = settings.api_read_only if read_only is None else read_only
    check_startable(settings, read_only)
    if not read_only and registry.embedder is None:
        raise ConfigError("a writable API needs a registry with an embedder (template vectors)")
    token = (api_token(settings) or "").encode()
    feedback = feedback or FeedbackStore(registry.client, registry.keys)
    metrics = ApiMetrics(read_only)
    users = UserStore(registry.client, registry.keys)
    review = ReviewService(
        registry.client,
        registry.keys,
        ReviewStore(registry.client, registry.keys, settings.alert_retention_s),
        feedback,
        registry,
        metrics,
        bucket_s=settings.incident_bucket_s,
        candidates=candidates,
    )

    # /docs is ours (monitor/api/docs.py): Swagger UI served locally, under the CSP; FastAPI's uses a CDN
    watch = None
    if settings.console_live_topics if live_topics is None else live_topics:
        watch = TopicWatch(settings, [settings.incidents_topic, settings.alerts_topic]).run
    live = LiveFeed(
        review.queue_digest,
        watch,
        poll_s=settings.console_poll_s,
        queue_size=settings.console_live_queue_size,
        metrics=metrics,
    )

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await live.start()  # one topic watcher for the process, stopped with it
        try:
            yield
        finally:
            await live.stop()

    app = FastAPI(
        title=API_TITLE,
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.add_middleware(
        LimitAndMeasure,  # type: ignore[arg-type]
        metrics=metrics,
        body_limit=settings.api_max_body_bytes,
        import_limit=settings.api_max_import_bytes,
    )
    add_error_handlers(app)
    add_security_headers(app)
    app.state.read_only, app.state.token, app.state.users = read_only, token, users
    app.state.settings = settings
    app.state.live = live

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
        with contextlib.suppress(redis.RedisError):  # the gauge keeps its last value; /healthz says why
            metrics.unacknowledged.set(review.unacknowledged())
        return Response(generate_latest(metrics.registry), media_type=prometheus_client.CONTENT_TYPE_LATEST)

    app.include_router(templates_router(registry, feedback))
    app.include_router(feedback_router(feedback, review))
    app.include_router(review_router(review))
    app.include_router(console_router(review, users, processor))
    app.include_router(docs_router(API_TITLE))
    mount_static(app)
    for router in routers:
        app.include_router(router)
    return app


# --- running it ---------------------------------------------------------------------------------------
API_SHUTDOWN_GRACE_S = 3


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(0)


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

    read_only = settings.api_read_only if read_only is None else read_only
    check_startable(settings, read_only)
    embedder = None if read_only else embedder_from_settings(settings)

    client = redis_client(settings)
    registry = TemplateRegistry(client, Keys(settings.redis_prefix), embedder)
    store = reader_store(settings, client)
    routers = [candidates_router(lambda: store, lambda: registry, require_writer, require_viewer)]
    ensure_indexes(client, registry.keys)
    processor = None if embedder is None else build_processor(settings, embedder, registry)
    app = create_app(
        settings,
        registry,
        read_only=read_only,
        routers=routers,
        processor=processor,
        candidates=lambda: store,
    )
    # uvicorn re-raises SIGTERM/SIGINT once it has shut down (the process would die by the signal, status
    # -15): a requested stop that completed is a clean exit
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _exit_cleanly)
    uvicorn.run(
        app,
        host=host or settings.api_host,
        port=settings.api_port if port is None else port,
        log_level=log_level,
        server_header=False,
        # SIGTERM/Ctrl-C: requests still open (a console's long poll, a slow Redis call) get this long,
        # then the server closes them, so the process exits well within an orchestrator's grace period
        timeout_graceful_shutdown=API_SHUTDOWN_GRACE_S,
    )


def build_processor(settings: Settings, embedder: Any, registry: TemplateRegistry) -> Processor:
    """The worker's matcher over the live catalogue, for the console's "try it" box; with a multilingual
    model it reads the workers' shared hubness estimate (and writes none), so a Chinese post tried here is
    corrected as a running worker would correct it."""
    processor = processor_from_settings(settings, embedder, registry, Metrics(), with_cascade=False)
    sharing = hubness_sharing_from_settings(settings, processor, read_only=True)
    if sharing is not None:
        sharing.start()
    return processor
