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


class TopicWatch:
    """Follows topics from their end, without a consumer group, and says how many records arrived.

    For the console's live feed: one per API process, run in a thread of its own (kafka-python blocks).
    ``run`` polls until ``stop`` is set; ``on_records(n)`` is called for every poll that brought records,
    ``on_state(up, reason)`` whenever the broker becomes reachable or unreachable. An unreachable broker
    is retried with backoff; metadata is refreshed every few seconds, so topics created after the watch
    started (a worker that starts later) are followed as soon as they exist."""

    def __init__(
        self,
        settings: Settings,
        topics: Sequence[str],
        *,
        check_s: float = 5.0,
        request_timeout_s: float = 5.0,
        max_backoff_s: float = 30.0,
    ) -> None:
        self.settings = settings
        self.topics = list(topics)
        self.check_s = check_s
        self.request_timeout_s = request_timeout_s
        self.max_backoff_s = max_backoff_s

    def run(
        self,
        stop: Any,  # threading.Event
        on_records: Callable[[int], None],
        on_state: Callable[[bool, str | None], None],
    ) -> None:
        attempt = 0
        while not stop.is_set():
            consumer = None
            try:
                consumer = self._consumer()
                consumer.topics()  # a metadata round trip: raises when the broker does not answer
                on_state(True, None)
                attempt = 0
                checked = time.monotonic()
                while not stop.is_set():
                    batches = consumer.poll(timeout_ms=500)
                    n = sum(len(records) for records in batches.values())
                    if n:
                        on_records(n)
                    if time.monotonic() - checked >= self.check_s:  # poll() alone never says it is down
                        consumer.topics()
                        checked = time.monotonic()
            except Exception as exc:  # the broker is down or unreachable: report it, retry with backoff
                attempt += 1
                on_state(False, f"{type(exc).__name__}: {exc}"[:200])
                stop.wait(min(self.max_backoff_s, 1.0 * 2 ** min(attempt - 1, 5)))
            finally:
                if consumer is not None:
                    with contextlib.suppress(Exception):
                        consumer.close()

    def _consumer(self) -> Any:
        timeout_ms = int(self.request_timeout_s * 1000)
        return kafka_consumer(
            self.settings,
            *self.topics,
            auto_offset_reset="latest",
            metadata_max_age_ms=int(self.check_s * 1000),
            request_timeout_ms=max(timeout_ms, 1000) + 500,
            bootstrap_timeout_ms=timeout_ms,  # an unreachable broker is reported in seconds, not 30
            reconnect_backoff_max_ms=2000,
        )
