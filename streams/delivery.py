"""Confirmed sends: records go to faust topics and count as delivered only once the broker acknowledged them.

A batch's offsets may move only after its records (or its dead letters) are acknowledged: a send that fails
is re-sent with exponential backoff until the broker takes it, and gives up only when the worker is stopping
(the batch is then abandoned and reprocessed by the next owner of its partitions). Re-sending a record whose
first send failed may duplicate it in the topic when the failure came after the write (at least once:
consumers key by ``post_id`` / ``alert_id``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from monitor.pipeline.metrics import Metrics
from streams.services import StopRequested, WorkerState

log = logging.getLogger("monitor.worker")
MAX_BACKOFF_S = 10.0


@dataclass(frozen=True)
class Outgoing:
    """One record to send: ``topic`` is anything with faust's ``async send(key=, value=) -> future``."""

    topic: Any
    value: bytes
    key: bytes | None = None


def backoff_s(attempt: int, base_s: float = 0.2, max_s: float = MAX_BACKOFF_S) -> float:
    """0.4 s doubling to ``max_s``: the delay before retry number ``attempt`` (1-based)."""
    return float(min(max_s, base_s * 2 ** min(attempt, 10)))


async def pause(state: WorkerState, delay_s: float, step_s: float = 0.1) -> None:
    """Sleep ``delay_s``, waking early (:class:`StopRequested`) when the worker starts stopping."""
    loop = asyncio.get_running_loop()
    until = loop.time() + delay_s
    while True:
        if state.stopping:
            raise StopRequested
        left = until - loop.time()
        if left <= 0:
            return
        await asyncio.sleep(min(step_s, left))


async def _send_one(out: Outgoing) -> Any:
    future = await out.topic.send(key=out.key, value=out.value)
    return await future


def mark_kafka(state: WorkerState, metrics: Metrics, ok: bool, error: str | None = None) -> None:
    state.kafka_ok, state.kafka_error = ok, error
    metrics.dependency_up.labels("kafka").set(1 if ok else 0)


async def deliver(
    records: Sequence[Outgoing],
    state: WorkerState,
    metrics: Metrics,
    *,
    sleep: Callable[[WorkerState, float], Awaitable[None]] = pause,
) -> list[Any]:
    """Send ``records`` and wait for the broker's acks; return their metadata (``partition``, ``offset``)
    in order. Records whose send failed are sent again after a backoff, the others are not; retries count
    in ``monitor_dependency_retries_total{dependency="kafka"}`` and the outage shows in
    ``monitor_dependency_up{dependency="kafka"}``. Raises :class:`StopRequested` instead of retrying once
    the worker is stopping."""
    results: list[Any] = [None] * len(records)
    pending = list(range(len(records)))
    attempt = 0
    while pending:
        outcomes = await asyncio.gather(*(_send_one(records[i]) for i in pending), return_exceptions=True)
        failed: list[int] = []
        error: BaseException | None = None
        for i, outcome in zip(pending, outcomes, strict=True):
            if isinstance(outcome, asyncio.CancelledError):
                raise outcome
            if isinstance(outcome, BaseException):
                failed.append(i)
                error = outcome
            else:
                results[i] = outcome
        if not failed:
            if attempt:
                log.info("broker acknowledged the batch's records after %d retries", attempt)
            if not state.kafka_ok or state.kafka_error:
                mark_kafka(state, metrics, True)
            return results
        attempt += 1
        delay = backoff_s(attempt)
        detail = f"{type(error).__name__}: {error}"
        mark_kafka(state, metrics, False, f"send failed: {detail}")
        metrics.retries.labels("kafka").inc()
        if state.stopping:
            raise StopRequested
        log.warning(
            "broker did not acknowledge %d of %d records (%s); retry %d in %.1fs",
            len(failed),
            len(records),
            detail,
            attempt,
            delay,
        )
        await sleep(state, delay)
        pending = failed
    return results
