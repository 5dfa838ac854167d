"""Kafka helpers on kafka-python: publishing posts (``monitor produce``, the demo, the benchmark), following
an output topic as dicts, and scanning the alerts topic for alerts a crashed worker may have sent."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import orjson

from monitor.config import Settings
from monitor.storage.connections import MAX_MESSAGE_BYTES, kafka_consumer, kafka_producer

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


def find_sent_alerts(
    settings: Settings, in_doubt: dict[str, dict[int, int]], budget_s: float = 30.0
) -> set[str] | None:
    """Which in-doubt alert ids are in the alerts topic already: read each partition from the earliest
    recorded offset (the beginning where none was recorded) to its end. ``None`` when the budget ran out
    (the caller then sends them again: at least once)."""
    from kafka import TopicPartition

    topic, wanted = settings.alerts_topic, set(in_doubt)
    consumer = kafka_consumer(settings, auto_offset_reset="earliest")
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(tps)
        for tp in tps:
            starts = [offsets.get(tp.partition) for offsets in in_doubt.values()]
            if any(start is None for start in starts):
                consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, min(s for s in starts if s is not None))
        found: set[str] = set()
        deadline = time.monotonic() + budget_s
        while time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=300).values():
                for record in records:
                    with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
                        aid = orjson.loads(record.value).get("alert_id")
                        if aid in wanted:
                            found.add(aid)
            at_end = all(
                consumer.highwater(tp) is not None and consumer.position(tp) >= consumer.highwater(tp)
                for tp in tps
            )
            if found == wanted or at_end:
                return found
        return None
    finally:
        consumer.close()


def tail_topic(
    settings: Settings, topic: str, *, from_beginning: bool = False, idle_timeout_s: float | None = None
) -> Iterator[dict[str, Any]]:
    """Yield decoded records; stop after ``idle_timeout_s`` without a message (forever when None)."""
    consumer = kafka_consumer(
        settings,
        topic,
        auto_offset_reset="earliest" if from_beginning else "latest",
        consumer_timeout_ms=int(idle_timeout_s * 1000) if idle_timeout_s else float("inf"),
    )
    try:
        for message in consumer:
            try:
                record = orjson.loads(message.value)
            except orjson.JSONDecodeError:
                record = {"undecodable": message.value.decode("utf-8", "replace")}
            yield record
    finally:
        consumer.close()
