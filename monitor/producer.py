"""Publishing posts (``monitor produce``, the demo, the benchmark) with kafka-python."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

import orjson

from .config import Settings
from .connections import MAX_MESSAGE_BYTES, kafka_producer

log = logging.getLogger(__name__)


def post_key(line: bytes) -> bytes | None:
    """The post id as message key (same post -> same partition), when the line parses."""
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        return data["id"].encode()
    return None


def produce_lines(
    settings: Settings,
    lines: Sequence[bytes],
    *,
    rate: float = 0.0,
    topic: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Publish ``lines`` as they are; returns how many the broker accepted.

    A line over :data:`MAX_MESSAGE_BYTES`, or one the broker refuses (its ``message.max.bytes``), is
    skipped with a warning naming its index, never its content; the others still go out."""
    from kafka.errors import MessageSizeTooLargeError

    producer = kafka_producer(settings, max_request_size=MAX_MESSAGE_BYTES)
    topic = topic or settings.posts_topic
    started = time.monotonic()
    sent = 0
    failed: list[int] = []

    def refused(index: int) -> Callable[[BaseException], None]:
        def errback(exc: BaseException) -> None:
            failed.append(index)
            log.warning("message #%d refused by the broker: %s", index + 1, exc)

        return errback

    try:
        for i, line in enumerate(lines):
            if rate > 0:
                due = started + i / rate
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            try:
                future = producer.send(topic, key=post_key(line), value=bytes(line))
            except MessageSizeTooLargeError as exc:
                log.warning("message #%d not sent (%d bytes): %s", i + 1, len(line), exc)
            else:
                future.add_errback(refused(i))
                sent += 1
            if progress is not None and (rate > 0 or (i + 1) % 100 == 0):
                progress(1 if rate > 0 else 100)
        producer.flush(timeout=30)
        if progress is not None and rate <= 0:
            progress(len(lines) % 100)
    finally:
        producer.close(timeout=5)
    return sent - len(failed)
