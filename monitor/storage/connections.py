"""Clients for Redis and Kafka, built in one place from :class:`~monitor.config.Settings`."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any, TypeVar

import redis

from monitor.config import Settings
from monitor.errors import DependencyUnavailable

T = TypeVar("T")

# Largest message our producers send (kafka-python's default is 1 MB). A 2 MB post is accepted here, then
# truncated by the worker (MONITOR_MAX_TEXT_CHARS); a broker with a smaller message.max.bytes refuses it and
# `monitor produce` reports it. The worker's consumer still reads a message larger than its fetch size.
MAX_MESSAGE_BYTES = 8 * 1024 * 1024


def redis_client(settings: Settings, *, timeout_s: float = 5.0, decode: bool = True) -> redis.Redis:
    """A Redis client (RESP2, str responses; ``decode=False``: bytes, for binary values). ``rediss://``
    URLs get TLS; passwords come from the URL."""
    return redis.Redis.from_url(
        settings.resolved_redis_url(),
        protocol=2,
        decode_responses=decode,
        socket_timeout=timeout_s,
        socket_connect_timeout=timeout_s,
        health_check_interval=30,
    )


def retry(
    fn: Callable[[], T],
    *,
    attempts: int = 5,
    base_delay_s: float = 0.2,
    max_delay_s: float = 5.0,
    on_retry: Callable[[int, Exception], Any] | None = None,
    retry_on: tuple[type[Exception], ...] = (redis.ConnectionError, redis.TimeoutError, OSError),
) -> T:
    """Call ``fn`` with exponential backoff on connection errors; ``attempts=0`` retries forever."""
    attempt = 0
    while True:
        try:
            return fn()
        except retry_on as exc:
            attempt += 1
            if attempts and attempt >= attempts:
                raise DependencyUnavailable(str(exc)) from exc
            if on_retry is not None:
                on_retry(attempt, exc)
            time.sleep(min(max_delay_s, base_delay_s * 2 ** (attempt - 1)))


def kafka_producer(settings: Settings, **overrides: Any) -> Any:
    from kafka import KafkaProducer

    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap(),
        "linger_ms": 5,
        "acks": 1,
        "request_timeout_ms": 15000,
        "max_block_ms": 15000,
    }
    options.update(overrides)
    return KafkaProducer(**options)


def kafka_consumer(settings: Settings, *topics: str, **overrides: Any) -> Any:
    """A kafka-python consumer on this settings' broker: no group (``group_id=None``), no auto-commit,
    new data only (``auto_offset_reset="latest"``) unless ``overrides`` say otherwise. With ``topics`` it
    subscribes to them; without, the caller assigns partitions itself (``consumer.assign([...])``) or
    uses it for group metadata only (``committed()`` with ``group_id=...``)."""
    from kafka import KafkaConsumer

    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap(),
        "enable_auto_commit": False,
        "auto_offset_reset": "latest",
        "group_id": None,
    }
    options.update(overrides)
    return KafkaConsumer(*topics, **options)


def ensure_topics(
    settings: Settings, names: list[str] | None = None, partitions: int | None = None
) -> list[str]:
    """Create missing topics (default: all of :meth:`Settings.topic_names`); returns the names created."""
    from kafka import KafkaAdminClient
    from kafka.admin import NewTopic
    from kafka.errors import TopicAlreadyExistsError

    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap(), request_timeout_ms=15000)
    try:
        existing = set(admin.list_topics())
        missing = [n for n in (settings.topic_names() if names is None else names) if n not in existing]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics(
                    [
                        NewTopic(
                            n, partitions or settings.topic_partitions, settings.topic_replication_factor
                        )
                        for n in missing
                    ]
                )
        return missing
    finally:
        admin.close()
