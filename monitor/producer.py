"""Publishing posts (``monitor produce``, the demo, the benchmark) with kafka-python."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import orjson

from .config import Settings
from .connections import kafka_producer


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
    producer = kafka_producer(settings)
    topic = topic or settings.posts_topic
    started = time.monotonic()
    sent = 0
    try:
        for i, line in enumerate(lines):
            if rate > 0:
                due = started + i / rate
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            producer.send(topic, key=post_key(line), value=bytes(line))
            sent += 1
            if progress is not None and (rate > 0 or sent % 100 == 0):
                progress(1 if rate > 0 else 100)
        producer.flush(timeout=30)
        if progress is not None and rate <= 0:
            progress(sent % 100)
    finally:
        producer.close(timeout=5)
    return sent
