"""Pure ASGI middleware that sees every request, matched or not: body size limits (413) and the
API's own Prometheus metrics by route template (bounded labels: never raw paths)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from monitor import __version__

IMPORT_PATH = "/templates/import"


ASGIApp = Callable[[MutableMapping[str, Any], Any, Any], Awaitable[None]]


# --- metrics and limits (pure ASGI: they see every request, matched or not) ---------------------------
LIVE_MODES = ("starting", "topics", "polling")


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
        # the on-call queue (the console): what is waiting, how fast it is picked up, what reviewers decide
        self.unacknowledged = Gauge(
            "monitor_console_unacknowledged_incidents",
            "Open incidents nobody has acknowledged or taken yet (read at scrape time)",
            registry=r,
        )
        self.time_to_ack = Histogram(
            "monitor_console_time_to_acknowledge_seconds",
            "From an incident's first alert to its first acknowledgement (ack, take or resolve)",
            buckets=(30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200, 86400),
            registry=r,
        )
        self.verdicts = Counter(
            "monitor_console_verdicts_total", "Reviewer verdicts on alerts", ["verdict"], registry=r
        )
        self.actions = Counter(
            "monitor_console_actions_total", "Reviewer actions on incidents", ["action"], registry=r
        )
        for verdict in ("confirmed", "false-positive"):
            self.verdicts.labels(verdict)
        for action in ("take", "ack", "resolve"):
            self.actions.labels(action)
        # the live feed (monitor/api/live.py): one topic watcher per process, fanned out to the browsers
        self.live_clients = Gauge(
            "monitor_console_live_clients",
            "Browsers connected to the live queue (server-sent events)",
            registry=r,
        )
        self.live_mode = Gauge(
            "monitor_console_live_mode",
            "1 for the live feed's source: topics (the broker) or polling (Redis, broker unreachable)",
            ["mode"],
            registry=r,
        )
        self.live_records = Counter(
            "monitor_console_live_records_total",
            "Records seen on the incidents and alerts topics",
            registry=r,
        )
        self.live_dropped = Counter(
            "monitor_console_live_events_dropped_total",
            "Live events dropped because a browser did not read its stream (bounded queue per browser)",
            registry=r,
        )
        for mode in LIVE_MODES:
            self.live_mode.labels(mode)

    def set_live_mode(self, mode: str) -> None:
        for m in LIVE_MODES:
            self.live_mode.labels(m).set(1 if m == mode else 0)


class LimitAndMeasure:
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


# --- security headers on every response ---------------------------------------------------------------
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # no referrer leaves the site; Origin stays for CSRF checks
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def add_security_headers(app: Any) -> None:
    """A strict Content-Security-Policy (no inline script, nothing from elsewhere), no framing."""

    @app.middleware("http")
    async def security_headers(request: Any, call_next: Any) -> Any:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():  # /docs too: its Swagger UI is served from here
            response.headers.setdefault(name, value)
        if request.url.path == "/" or request.url.path.startswith(("/ui", "/signin")):
            response.headers.setdefault("Cache-Control", "no-store")
        return response
