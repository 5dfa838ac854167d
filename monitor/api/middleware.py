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
