"""The worker's incident hook: delivered alerts -> incidents topic (+ sinks), quiet incidents resolved.

``on_batch`` (worker thread, after the batch's alerts were delivered) keeps a compact copy of each
delivered alert for feedback, folds the alerts into their templates' incidents and returns the records due
now. ``on_tick`` resolves quiet incidents, publishes rate-limited updates, and refreshes the open-incident
and per-template feedback-precision gauges. Notifications are delivered by :mod:`monitor.sinks` threads,
never on this path.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import redis

from monitor.config import Settings
from monitor.core.incidents import IncidentPolicy
from monitor.core.models import Alert
from monitor.core.nearmiss import NearMiss, select_near_misses
from monitor.pipeline.hooks import Emit
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import BatchOutput
from monitor.pipeline.sinks import DurableDelivery, build_deliveries
from monitor.storage.alertindex import ensure_indexes, write_incident_records
from monitor.storage.feedback import VERDICTS
from monitor.storage.incidents import (
    IncidentStore,
    Record,
    alert_facts,
    link_alert_records,
    save_alert_records,
)
from monitor.storage.keys import Keys
from monitor.storage.nearmiss import write_near_misses

log = logging.getLogger(__name__)

FeedbackCounts = Callable[[], Mapping[str, Mapping[str, int]]]
"""template_id -> {verdict: count}; verdicts ``confirmed`` and ``false-positive`` (monitor/feedback.py)."""


def policy_from_settings(settings: Settings) -> IncidentPolicy:
    return IncidentPolicy(
        rate_window_s=settings.incident_rate_window_s,
        baseline_window_s=settings.incident_baseline_window_s,
        bucket_s=settings.incident_bucket_s,
        spreading_ratio=settings.incident_spreading_ratio,
        spreading_min_per_min=settings.incident_spreading_min_per_min,
        update_interval_s=settings.incident_update_interval_s,
        resolve_after_s=settings.incident_resolve_after_s,
        sample_size=settings.incident_sample_size,
    )


@dataclass(frozen=True)
class NearMissWriter:
    """Which unmatched posts of a batch are kept beside their template's incident, and for how long."""

    keys: Keys
    margin: float
    per_template: int
    ttl_s: int

    def select(self, batch: BatchOutput) -> list[NearMiss]:
        return select_near_misses(batch.posts, batch.decisions, self.margin)

    def write(self, pipe: Any, misses: Sequence[NearMiss], now_s: float) -> None:
        write_near_misses(pipe, self.keys, misses, now_s, per_template=self.per_template, ttl_s=self.ttl_s)


def precision(confirmed: int, false_positive: int) -> float | None:
    total = confirmed + false_positive
    return None if total == 0 else confirmed / total


class IncidentHook:
    name = "incidents"

    def __init__(
        self,
        store: IncidentStore,
        metrics: Metrics,
        *,
        alert_record_ttl_s: int,
        tick_interval_s: float = 2.0,
        deliveries: Sequence[DurableDelivery] = (),
        feedback_counts: FeedbackCounts | None = None,
        feedback_refresh_s: float = 30.0,
        clock: Callable[[], float] = time.time,
        near_misses: NearMissWriter | None = None,
    ) -> None:
        self.store = store
        self.near_misses = near_misses  # None: near misses are not kept (MONITOR_NEAR_MISSES_ENABLED=false)
        self.metrics = metrics
        self.alert_record_ttl_s = alert_record_ttl_s
        self.tick_interval_s: float | None = tick_interval_s
        self.deliveries = list(deliveries)
        self.feedback_counts = feedback_counts
        self.feedback_refresh_s = feedback_refresh_s
        self.clock = clock
        self._feedback_at = float("-inf")
        self._unsent: list[Record] = []  # committed records not yet handed to the worker

    # --- BatchHook -----------------------------------------------------------------------------------
    def on_batch(self, batch: BatchOutput, alerts_sent: Sequence[Alert]) -> list[Emit]:
        """Redis errors propagate (the worker retries the call): records already committed wait in
        ``_unsent`` and go out with the retry, since the retry does not produce them again."""
        client, keys = self.store.client, self.store.keys
        # the near misses go out with the alert copies: one pipelined round trip per batch (none when
        # the batch has neither)
        misses = self.near_misses.select(batch) if self.near_misses is not None else []
        extra = None
        if misses:
            assert self.near_misses is not None
            extra = partial(self.near_misses.write, misses=misses, now_s=self.clock())
        save_alert_records(client, keys, alerts_sent, {}, self.alert_record_ttl_s, extra=extra)  # idempotent
        if not alerts_sent:
            return self._emits(self._take_unsent())
        facts = [alert_facts(a) for a in alerts_sent]
        _, incident_ids = self.store.record_alerts(facts, self.clock(), collect=self._unsent)
        link_alert_records(client, keys, alerts_sent, incident_ids)
        return self._emits(self._take_unsent())

    def on_tick(self, now_s: float) -> list[Emit]:
        self.store.tick(now_s, collect=self._unsent)
        self.metrics.incidents_open.set(self.store.open_count())
        records = self._take_unsent()
        if self.feedback_counts is not None and now_s - self._feedback_at >= self.feedback_refresh_s:
            self._feedback_at = now_s
            self.refresh_feedback_gauges()
        return self._emits(records)

    # --- helpers ---------------------------------------------------------------------------------------
    def _take_unsent(self) -> list[Record]:
        records, self._unsent = self._unsent, []
        return records

    def _emits(self, records: Sequence[Record]) -> list[Emit]:
        if records:  # the console's query store: the latest record of each incident (one round trip)
            pipe = self.store.client.pipeline(transaction=False)
            write_incident_records(pipe, self.store.keys, records, self.alert_record_ttl_s)
            pipe.execute()
        out = []
        for r in records:
            if r["status"] == "open":
                self.metrics.incidents.labels(r["severity"]).inc()
            log.info(
                "incident %s %s template=%s severity=%s count=%d rate=%.1f/min spreading=%s",
                r["incident_id"],
                r["status"],
                r["template_id"],
                r["severity"],
                r["count"],
                r["rate_per_min"],
                r["spreading"],
            )
            out.append(Emit(topic="incidents", value=r, key=r["template_id"]))
        return out

    def refresh_feedback_gauges(self) -> None:
        if self.feedback_counts is None:
            return
        try:
            counts = self.feedback_counts()
        except redis.RedisError as exc:
            log.warning("feedback counts unavailable: %s", exc)
            return
        for template_id, by_verdict in counts.items():
            confirmed = int(by_verdict.get("confirmed", 0))
            false_positive = int(by_verdict.get("false-positive", 0))
            self.metrics.template_feedback.labels(template_id, "confirmed").set(confirmed)
            self.metrics.template_feedback.labels(template_id, "false-positive").set(false_positive)
            value = precision(confirmed, false_positive)
            if value is not None:
                self.metrics.template_feedback_precision.labels(template_id).set(value)

    def close(self) -> None:
        for d in self.deliveries:
            d.stop()


def feedback_counts_reader(client: redis.Redis, keys: Keys) -> FeedbackCounts:
    """Per-template verdict counts kept by :class:`monitor.feedback.FeedbackStore`, for the templates that
    have any feedback (one pipelined round trip over ``keys.feedback_templates``, not the catalogue: with
    100k templates a read of every template stalled the batch thread for ~2 s every refresh).

    Counts written before that set existed are found once, by a SCAN of the count keys."""
    seeded = False

    def read() -> dict[str, dict[str, int]]:
        nonlocal seeded
        if not seeded:
            marker = keys.feedback_counts("")
            found = [k[len(marker) :] for k in client.scan_iter(match=f"{marker}*", count=1000)]
            if found:
                client.sadd(keys.feedback_templates, *found)
            seeded = True
        template_ids: list[str] = sorted(client.smembers(keys.feedback_templates))  # type: ignore[arg-type]
        pipe = client.pipeline(transaction=False)
        for t in template_ids:
            pipe.hgetall(keys.feedback_counts(t))
        out: dict[str, dict[str, int]] = {}
        for t, raw in zip(template_ids, pipe.execute(), strict=True):
            counts = {v: max(0, int(raw.get(v, 0))) for v in VERDICTS}
            if any(counts.values()):
                out[t] = counts
        return out

    return read


def near_miss_writer(settings: Settings, keys: Keys) -> NearMissWriter | None:
    if not settings.near_misses_enabled:
        return None
    return NearMissWriter(
        keys,
        margin=settings.near_miss_margin,
        per_template=settings.near_miss_per_template,
        ttl_s=settings.near_miss_ttl_s,
    )


def build_incident_hook(
    settings: Settings,
    client: redis.Redis,
    keys: Keys,
    metrics: Metrics,
    *,
    start_deliveries: bool = True,
) -> IncidentHook:
    """The hook with its store and the sinks configured in the environment (delivery threads started)."""
    ensure_indexes(client, keys)  # the console's query store over what the hook writes
    deliveries = build_deliveries(settings, client, keys, metrics)
    store = IncidentStore(
        client,
        keys,
        policy_from_settings(settings),
        outbox_keys=[d.queue_key for d in deliveries],
        max_tracked_alerts=settings.incident_max_tracked_alerts,
    )
    hook = IncidentHook(
        store,
        metrics,
        alert_record_ttl_s=settings.alert_retention_s,
        tick_interval_s=settings.incident_tick_s,
        deliveries=deliveries,
        feedback_counts=feedback_counts_reader(client, keys),
        near_misses=near_miss_writer(settings, keys),
    )
    if start_deliveries:
        for d in deliveries:
            d.start()
            log.info("incident sink %s: delivering from %s", d.name, d.queue_key)
    return hook
