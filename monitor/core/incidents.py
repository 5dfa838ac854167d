"""Incidents: what pages on-call. Pure rules only — no I/O, time is always passed in.

Matches of one template are grouped into one incident. It opens on the first delivered alert, is updated
as it grows (rate-limited: a change of level — spreading, severity — goes out at once, a growing count at
most every ``update_interval_s``) and resolves after ``resolve_after_s`` without a new alert.

Velocity is counted in per-template time buckets (``bucket_s`` wide):

- ``rate_per_min``: alerts in the last ``rate_window_s``, per minute;
- ``baseline_per_min``: alerts in the ``baseline_window_s`` before that window, per minute (a template
  that starts from nothing has a baseline of 0);
- ``spreading``: the rate is at least ``spreading_ratio`` × the baseline and at least
  ``spreading_min_per_min``; once spreading, it stays so until the rate falls under half of both bounds
  (hysteresis, so a rate hovering on the line does not flap);
- ``peak_rate_per_min``: the highest rate the incident ever reached, and when (``peak_at``): a record
  emitted after a burst still says how fast it came, although the rate has fallen back since;
- the incident's severity escalates one level (low → medium → high → critical) the first time it spreads,
  and stays escalated until it resolves.

Confidence: every alert carries a calibrated ``confidence`` (the probability that its match is right). An
incident carries ``confidence``, the highest of its alerts' (how sure the best-supported post is: a lower
bound on the chance that the template really is being spread), and ``confidence_mean``, the mean over its
alerts (about the share of its count that are right matches). Both are None until an alert with a
confidence arrives (records written before confidence existed have none).

The Redis-backed state that applies these rules lives in :mod:`monitor.incident_store`.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from monitor.core.clock import iso_from_epoch_s
from monitor.core.models import Severity

IncidentStatus = Literal["open", "updated", "resolved"]
SEVERITY_ORDER: tuple[Severity, ...] = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class IncidentPolicy:
    rate_window_s: float = 60.0
    baseline_window_s: float = 3600.0
    bucket_s: int = 10
    spreading_ratio: float = 3.0
    spreading_min_per_min: float = 5.0
    spreading_off_fraction: float = 0.5
    update_interval_s: float = 60.0
    resolve_after_s: float = 900.0
    sample_size: int = 5

    def __post_init__(self) -> None:
        if self.bucket_s <= 0 or self.rate_window_s < self.bucket_s:
            raise ValueError("need 0 < bucket_s <= rate_window_s")
        if self.baseline_window_s <= self.rate_window_s:
            raise ValueError("baseline_window_s must be longer than rate_window_s")

    @property
    def rate_buckets(self) -> int:
        return math.ceil(self.rate_window_s / self.bucket_s)

    @property
    def history_s(self) -> float:
        """How long per-template buckets are kept: the whole baseline window."""
        return self.baseline_window_s + self.bucket_s


class Emitted(BaseModel):
    """What the last published record of an incident said (for rate limiting)."""

    model_config = ConfigDict(frozen=True)

    at_s: float
    count: int
    severity: Severity
    spreading: bool


class IncidentState(BaseModel):
    """The live state of one template's incident (stored as JSON in Redis)."""

    model_config = ConfigDict(frozen=True)

    incident_id: str
    template_id: str
    category: str | None = None
    template_version: int | None = None
    base_severity: Severity
    severity: Severity
    count: int = 0
    first_seen_s: float
    last_seen_s: float
    rate_per_min: float = 0.0
    baseline_per_min: float = 0.0
    peak_rate_per_min: float = 0.0  # the highest rate_per_min this incident reached
    peak_at_s: float | None = None  # when it first reached it
    spreading: bool = False
    escalated: bool = False  # has spread at least once: severity is one level above base_severity
    sample_post_ids: tuple[str, ...] = ()
    runbook_url: str | None = None
    confidence_max: float | None = None  # the highest confidence of its alerts
    confidence_sum: float = 0.0  # over the alerts that carried a confidence, for the mean
    confidence_count: int = 0
    emitted: Emitted | None = None


@dataclass(frozen=True)
class AlertFacts:
    """The parts of a delivered alert an incident needs."""

    alert_id: str
    post_id: str
    template_id: str
    severity: Severity
    category: str | None = None
    template_version: int | None = None
    runbook_url: str | None = None
    confidence: float | None = None


# --- velocity --------------------------------------------------------------------------------------
def bucket_of(ts_s: float, bucket_s: int) -> int:
    """Start (epoch seconds) of the bucket holding ``ts_s``."""
    return int(ts_s // bucket_s) * bucket_s


def window_rates(buckets: Mapping[int, int], now_s: float, policy: IncidentPolicy) -> tuple[float, float]:
    """(rate_per_min, baseline_per_min) from per-bucket alert counts.

    The rate window is the last ``rate_buckets`` buckets including the current one; the baseline is every
    bucket of the ``baseline_window_s`` before it.
    """
    current = bucket_of(now_s, policy.bucket_s)
    rate_start = current - (policy.rate_buckets - 1) * policy.bucket_s
    baseline_start = current - math.ceil(policy.baseline_window_s / policy.bucket_s) * policy.bucket_s
    recent = sum(n for b, n in buckets.items() if rate_start <= b <= current)
    older = sum(n for b, n in buckets.items() if baseline_start <= b < rate_start)
    rate = recent / (policy.rate_window_s / 60.0)
    baseline = older / ((policy.baseline_window_s - policy.rate_window_s) / 60.0)
    return round(rate, 3), round(baseline, 3)


def expired_buckets(buckets: Iterable[int], now_s: float, policy: IncidentPolicy) -> list[int]:
    """Buckets older than the baseline window: safe to delete."""
    oldest = bucket_of(now_s - policy.history_s, policy.bucket_s)
    return [b for b in buckets if b < oldest]


def is_spreading(
    rate_per_min: float, baseline_per_min: float, was_spreading: bool, policy: IncidentPolicy
) -> bool:
    factor = policy.spreading_off_fraction if was_spreading else 1.0
    return (
        rate_per_min >= policy.spreading_min_per_min * factor
        and rate_per_min >= policy.spreading_ratio * baseline_per_min * factor
    )


def escalate(severity: Severity) -> Severity:
    """One level up; critical stays critical."""
    rank = SEVERITY_ORDER.index(severity)
    return SEVERITY_ORDER[min(rank + 1, len(SEVERITY_ORDER) - 1)]


# --- lifecycle -------------------------------------------------------------------------------------
def incident_id_for(template_id: str, first_alert_id: str, opened_s: float) -> str:
    digest = hashlib.sha256(f"{template_id}\x1f{first_alert_id}\x1f{opened_s:.3f}".encode()).hexdigest()
    return f"inc_{digest[:20]}"


def refresh(
    state: IncidentState, buckets: Mapping[int, int], now_s: float, policy: IncidentPolicy
) -> IncidentState:
    """Recompute velocity, spreading and severity at ``now_s``."""
    rate, baseline = window_rates(buckets, now_s, policy)
    spreading = is_spreading(rate, baseline, state.spreading, policy)
    escalated = state.escalated or spreading
    peak, peak_at = state.peak_rate_per_min, state.peak_at_s
    if rate > peak:
        peak, peak_at = rate, now_s
    return state.model_copy(
        update={
            "rate_per_min": rate,
            "peak_rate_per_min": peak,
            "peak_at_s": peak_at,
            "baseline_per_min": baseline,
            "spreading": spreading,
            "escalated": escalated,
            "severity": escalate(state.base_severity) if escalated else state.base_severity,
        }
    )


def apply_alerts(
    state: IncidentState | None,
    new_alerts: Sequence[AlertFacts],
    buckets: Mapping[int, int],
    now_s: float,
    policy: IncidentPolicy,
) -> IncidentState | None:
    """Fold newly delivered alerts (already de-duplicated, one template) into the incident.

    ``buckets`` must already count ``new_alerts``. Opens the incident when ``state`` is None.
    """
    if not new_alerts:
        return state
    latest = new_alerts[-1]
    if state is None:
        state = IncidentState(
            incident_id=incident_id_for(latest.template_id, new_alerts[0].alert_id, now_s),
            template_id=latest.template_id,
            base_severity=latest.severity,
            severity=latest.severity,
            first_seen_s=now_s,
            last_seen_s=now_s,
        )
    samples = list(state.sample_post_ids)
    for a in new_alerts:
        if len(samples) >= policy.sample_size:
            break
        if a.post_id not in samples:
            samples.append(a.post_id)
    confidences = [a.confidence for a in new_alerts if a.confidence is not None]
    best = max(confidences, default=None)
    if state.confidence_max is not None and (best is None or state.confidence_max > best):
        best = state.confidence_max
    state = state.model_copy(
        update={
            "count": state.count + len(new_alerts),
            "last_seen_s": max(state.last_seen_s, now_s),
            "sample_post_ids": tuple(samples),
            "category": latest.category or state.category,
            "template_version": latest.template_version or state.template_version,
            "runbook_url": latest.runbook_url or state.runbook_url,
            "base_severity": latest.severity,  # the template's current severity
            "confidence_max": best,
            "confidence_sum": state.confidence_sum + sum(confidences),
            "confidence_count": state.confidence_count + len(confidences),
        }
    )
    return refresh(state, buckets, now_s, policy)


def due_status(state: IncidentState, now_s: float, policy: IncidentPolicy) -> IncidentStatus | None:
    """The record to publish now, if any: ``open`` first; ``updated`` at once when the incident starts
    spreading or its severity changes, otherwise at most every ``update_interval_s`` while the count grows
    or the spreading flag falls."""
    last = state.emitted
    if last is None:
        return "open"
    if state.severity != last.severity or (state.spreading and not last.spreading):
        return "updated"
    if now_s - last.at_s < policy.update_interval_s:
        return None
    if state.count != last.count or state.spreading != last.spreading:
        return "updated"
    return None


def should_resolve(state: IncidentState, now_s: float, policy: IncidentPolicy) -> bool:
    return now_s - state.last_seen_s >= policy.resolve_after_s


def mark_emitted(state: IncidentState, now_s: float) -> IncidentState:
    return state.model_copy(
        update={
            "emitted": Emitted(
                at_s=now_s, count=state.count, severity=state.severity, spreading=state.spreading
            )
        }
    )


def resolved(state: IncidentState) -> IncidentState:
    """The final state: a quiet incident is not spreading."""
    return state.model_copy(update={"spreading": False})


def to_record(state: IncidentState, status: IncidentStatus, now_s: float) -> dict[str, Any]:
    """The ``incidents`` topic record (CONTRACT.md), plus optional extras."""
    return {
        "incident_id": state.incident_id,
        "template_id": state.template_id,
        "status": status,
        "severity": state.severity,
        "count": state.count,
        "rate_per_min": state.rate_per_min,
        "baseline_per_min": state.baseline_per_min,
        "spreading": state.spreading,
        "peak_rate_per_min": state.peak_rate_per_min,
        "peak_at": None if state.peak_at_s is None else iso_from_epoch_s(state.peak_at_s),
        "first_seen_at": iso_from_epoch_s(state.first_seen_s),
        "last_seen_at": iso_from_epoch_s(state.last_seen_s),
        "sample_post_ids": list(state.sample_post_ids),
        # extras
        "category": state.category,
        "template_version": state.template_version,
        "base_severity": state.base_severity,
        "runbook_url": state.runbook_url,
        "confidence": state.confidence_max,
        "confidence_mean": incident_confidence_mean(state),
        "emitted_at": iso_from_epoch_s(now_s),
    }


def incident_confidence_mean(state: IncidentState) -> float | None:
    """The mean confidence of the incident's alerts, to three places; None when none carried one."""
    if state.confidence_count == 0:
        return None
    return round(state.confidence_sum / state.confidence_count, 3)
