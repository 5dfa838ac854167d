"""Redis-backed incident state: applies the pure rules of :mod:`monitor.incidents` atomically.

Every change to one template's incident runs in a WATCH/MULTI transaction over its keys (state, counted
alert ids, velocity buckets), so several workers, restarts and reprocessing never duplicate, reset or
double-count an incident. A published record is also pushed, in the same transaction, onto the durable
queue of every notification sink (``outbox_keys``): a record the topic gets, the sinks get too.

Also here: the compact copy of each delivered alert that feedback and the console look up
(``alert_record``, indexed by :mod:`monitor.storage.alertindex`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, TypeVar, cast

import orjson
import redis

from monitor.core.incidents import (
    AlertFacts,
    IncidentPolicy,
    IncidentState,
    bucket_of,
    due_status,
    expired_buckets,
    mark_emitted,
    refresh,
    resolved,
    should_resolve,
    to_record,
)
from monitor.core.incidents import apply_alerts as apply_alerts_rule
from monitor.core.models import Alert
from monitor.storage.alertindex import write_alert_records, write_incident_records
from monitor.storage.keys import Keys

log = logging.getLogger(__name__)

Record = dict[str, Any]
T = TypeVar("T")


class IncidentStore:
    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        policy: IncidentPolicy,
        *,
        outbox_keys: Sequence[str] = (),
        max_tracked_alerts: int = 100_000,
    ) -> None:
        self.client = client
        self.keys = keys
        self.policy = policy
        self.outbox_keys = tuple(outbox_keys)
        self.max_tracked_alerts = max_tracked_alerts

    # --- reads -------------------------------------------------------------------------------------
    def get(self, template_id: str) -> IncidentState | None:
        raw = self.client.get(self.keys.incident(template_id))
        return None if raw is None else IncidentState.model_validate_json(raw)  # type: ignore[arg-type]

    def open_template_ids(self) -> list[str]:
        return list(self.client.zrange(self.keys.incidents_open, 0, -1))  # type: ignore[arg-type]

    def open_count(self) -> int:
        return int(self.client.zcard(self.keys.incidents_open))  # type: ignore[arg-type]

    # --- writes ------------------------------------------------------------------------------------
    def record_alerts(
        self, alerts: Sequence[AlertFacts], now_s: float, collect: list[Record] | None = None
    ) -> tuple[list[Record], dict[str, str]]:
        """Fold delivered alerts into their templates' incidents (one transaction per template).

        Returns the records due now and the incident id of every template involved. Records are appended
        to ``collect`` as their transaction commits, so a caller can keep them when a later template fails
        (a retry will not produce them again: the alerts are already counted)."""
        by_template: dict[str, list[AlertFacts]] = {}
        for a in alerts:
            by_template.setdefault(a.template_id, []).append(a)
        out: list[Record] = collect if collect is not None else []
        incident_ids: dict[str, str] = {}
        for template_id, group in by_template.items():
            record, incident_id = self._transaction(template_id, partial(self._add, group=group, now_s=now_s))
            if incident_id is not None:
                incident_ids[template_id] = incident_id
            if record is not None:
                out.append(record)
        return out, incident_ids

    def tick(self, now_s: float, collect: list[Record] | None = None) -> list[Record]:
        """Resolve quiet incidents and publish updates that were held back by the rate limit."""
        out: list[Record] = collect if collect is not None else []
        for template_id in self.open_template_ids():
            record = self._transaction(
                template_id, partial(self._tick_one, template_id=template_id, now_s=now_s)
            )
            if record is not None:
                out.append(record)
        return out

    # --- internals ---------------------------------------------------------------------------------
    def _transaction(self, template_id: str, fn: Callable[[Any], T]) -> T:
        """Run ``fn(pipe)`` under WATCH of the template's incident keys; retried when they change."""
        watched = (
            self.keys.incident(template_id),
            self.keys.incident_alert_ids(template_id),
            self.keys.incident_buckets(template_id),
        )
        return cast(T, self.client.transaction(fn, *watched, value_from_callable=True))  # type: ignore[arg-type]

    def _buckets(self, pipe: Any, template_id: str) -> dict[int, int]:
        raw: Mapping[str, str] = pipe.hgetall(self.keys.incident_buckets(template_id))
        return {int(b): int(n) for b, n in raw.items()}

    def _state(self, pipe: Any, template_id: str) -> IncidentState | None:
        raw = pipe.get(self.keys.incident(template_id))
        return None if raw is None else IncidentState.model_validate_json(raw)

    def _add(self, pipe: Any, group: Sequence[AlertFacts], now_s: float) -> tuple[Record | None, str | None]:
        template_id = group[0].template_id
        k_ids = self.keys.incident_alert_ids(template_id)
        unique = list({a.alert_id: a for a in group}.values())
        tracked = int(pipe.scard(k_ids))
        track = tracked < self.max_tracked_alerts
        if track:
            seen = pipe.smismember(k_ids, [a.alert_id for a in unique])
            new = [a for a, s in zip(unique, seen, strict=True) if not int(s)]
        else:  # a huge incident: count without the id check rather than grow the set without bound
            new = unique
        state = self._state(pipe, template_id)
        if not new:
            return None, state.incident_id if state is not None else None
        buckets = self._buckets(pipe, template_id)
        bucket = bucket_of(now_s, self.policy.bucket_s)
        buckets[bucket] = buckets.get(bucket, 0) + len(new)
        updated = apply_alerts_rule(state, new, buckets, now_s, self.policy)
        assert updated is not None
        record, updated = self._due(updated, now_s)
        pipe.multi()
        k_buckets = self.keys.incident_buckets(template_id)
        pipe.hincrby(k_buckets, str(bucket), len(new))
        old = expired_buckets(buckets, now_s, self.policy)
        if old:
            pipe.hdel(k_buckets, *[str(b) for b in old])
        pipe.expire(k_buckets, int(self.policy.history_s) + 60)
        if track:
            pipe.sadd(k_ids, *[a.alert_id for a in new])
        self._write(pipe, updated, record)
        return record, updated.incident_id

    def _tick_one(self, pipe: Any, template_id: str, now_s: float) -> Record | None:
        state = self._state(pipe, template_id)
        if state is None:  # resolved elsewhere
            pipe.multi()
            pipe.zrem(self.keys.incidents_open, template_id)
            return None
        current = refresh(state, self._buckets(pipe, template_id), now_s, self.policy)
        if should_resolve(current, now_s, self.policy):
            final = mark_emitted(resolved(current), now_s)
            record = to_record(final, "resolved", now_s)
            pipe.multi()
            pipe.delete(self.keys.incident(template_id), self.keys.incident_alert_ids(template_id))
            pipe.zrem(self.keys.incidents_open, template_id)
            self._push(pipe, record)
            return record
        due, current = self._due(current, now_s)
        pipe.multi()
        if due is not None or current != state:
            self._write(pipe, current, due)
        return due

    def _due(self, state: IncidentState, now_s: float) -> tuple[Record | None, IncidentState]:
        status = due_status(state, now_s, self.policy)
        if status is None:
            return None, state
        state = mark_emitted(state, now_s)
        return to_record(state, status, now_s), state

    def _write(self, pipe: Any, state: IncidentState, record: Record | None) -> None:
        pipe.set(self.keys.incident(state.template_id), state.model_dump_json())
        pipe.zadd(self.keys.incidents_open, {state.template_id: state.last_seen_s})
        if record is not None:
            self._push(pipe, record)

    def _push(self, pipe: Any, record: Record) -> None:
        payload = orjson.dumps(record)
        for key in self.outbox_keys:
            pipe.lpush(key, payload)


# --- delivered alerts --------------------------------------------------------------------------------
def alert_facts(alert: Alert) -> AlertFacts:
    runbook = alert.explanation.get("runbook_url")
    return AlertFacts(
        alert_id=alert.alert_id,
        post_id=alert.post_id,
        template_id=alert.template_id,
        severity=alert.severity,
        category=alert.category,
        template_version=alert.template_version,
        runbook_url=runbook if isinstance(runbook, str) else None,
        confidence=alert.confidence,
    )


def save_alert_records(
    client: redis.Redis,
    keys: Keys,
    alerts: Sequence[Alert],
    incident_ids: Mapping[str, str],
    ttl_s: int,
    incident_records: Sequence[Record] = (),
    extra: Callable[[Any], None] | None = None,
) -> None:
    """Store the compact copies (HASH per alert, with TTL) and the incident records just published, in one
    pipelined round trip. Feedback reads the alert copies; the console's query store indexes both.
    ``extra(pipe)`` queues more of the batch's writes (the near misses) on the same round trip."""
    if not alerts and not incident_records and extra is None:
        return
    pipe = client.pipeline(transaction=False)
    write_alert_records(pipe, keys, [a.model_dump(mode="json") for a in alerts], incident_ids, ttl_s)
    write_incident_records(pipe, keys, incident_records, ttl_s)
    if extra is not None:
        extra(pipe)
    pipe.execute()


def link_alert_records(
    client: redis.Redis, keys: Keys, alerts: Sequence[Alert], incident_ids: Mapping[str, str]
) -> None:
    """Add the incident id to alert copies saved before their incident was known."""
    pipe = client.pipeline(transaction=False)
    for a in alerts:
        if a.template_id in incident_ids:
            pipe.hset(keys.alert_record(a.alert_id), "incident_id", incident_ids[a.template_id])
    pipe.execute()


def load_alert_record(client: redis.Redis, keys: Keys, alert_id: str) -> dict[str, str] | None:
    raw: dict[str, str] = client.hgetall(keys.alert_record(alert_id))  # type: ignore[assignment]
    return raw or None
