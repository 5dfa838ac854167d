"""Health checks behind ``monitor health``: the worker's /health endpoint, Redis, the broker."""

from __future__ import annotations

from typing import Any

import httpx

from monitor.config import Settings, mask_url
from monitor.storage.connections import redis_client

SERVICES = ("worker", "redis", "kafka")


def check_worker(settings: Settings, timeout_s: float) -> dict[str, Any]:
    host = "127.0.0.1" if settings.metrics_host in ("0.0.0.0", "") else settings.metrics_host
    url = f"http://{host}:{settings.metrics_port}/health"
    try:
        resp = httpx.get(url, timeout=timeout_s)
        body = resp.json()
    except (httpx.HTTPError, ValueError) as exc:
        return {"healthy": False, "detail": f"{url}: {exc.__class__.__name__}: {exc}"}
    return {"healthy": resp.status_code == 200 and bool(body.get("healthy")), "detail": url, "report": body}


def check_redis(settings: Settings, timeout_s: float) -> dict[str, Any]:
    import redis

    try:
        client = redis_client(settings, timeout_s=timeout_s)
        client.ping()
        client.execute_command("FT._LIST")
    except redis.RedisError as exc:
        return {"healthy": False, "detail": f"{mask_url(settings.resolved_redis_url())}: {exc}"}
    return {"healthy": True, "detail": mask_url(settings.resolved_redis_url())}


def check_kafka(settings: Settings, timeout_s: float) -> dict[str, Any]:
    from kafka import KafkaAdminClient
    from kafka.errors import KafkaError

    try:
        admin = KafkaAdminClient(
            bootstrap_servers=settings.kafka_bootstrap(), request_timeout_ms=int(timeout_s * 1000)
        )
        try:
            topics = admin.list_topics()
        finally:
            admin.close()
    except (KafkaError, OSError, ValueError) as exc:
        return {"healthy": False, "detail": f"{','.join(settings.kafka_bootstrap())}: {exc}"}
    return {"healthy": True, "detail": f"{len(topics)} topics"}


def check(settings: Settings, service: str, timeout_s: float = 3.0) -> dict[str, dict[str, Any]]:
    checks = {"worker": check_worker, "redis": check_redis, "kafka": check_kafka}
    names = SERVICES if service == "all" else (service,)
    unknown = [n for n in names if n not in checks]
    if unknown:
        return {
            n: {"healthy": False, "detail": f"unknown service; use one of {', '.join(SERVICES)}, all"}
            for n in unknown
        }
    return {name: checks[name](settings, timeout_s) for name in names}
