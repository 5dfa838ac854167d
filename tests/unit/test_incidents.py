"""Incident rules with plain values: velocity, spreading, escalation, rate-limited updates, resolution."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.clock import iso_from_epoch_s
from monitor.core.incidents import (
    AlertFacts,
    IncidentPolicy,
    IncidentState,
    apply_alerts,
    bucket_of,
    due_status,
    escalate,
    expired_buckets,
    incident_id_for,
    is_spreading,
    mark_emitted,
    refresh,
    resolved,
    should_resolve,
    to_record,
    window_rates,
)

POLICY = IncidentPolicy()  # 60 s rate window, 1 h baseline, 10 s buckets, 3x and >= 5/min, 60 s updates
T0 = 1_700_000_000.0  # a multiple of 10: bucket boundaries are easy to read


def facts(
    i: int, template_id: str = "scam-1", severity: Any = "high", confidence: float | None = None
) -> AlertFacts:
    return AlertFacts(
        alert_id=f"al_{i}",
        post_id=f"p{i}",
        template_id=template_id,
        severity=severity,
        category="scam",
        template_version=3,
        runbook_url="docs/runbooks/template-spreading.md",
        confidence=confidence,
    )


class Sim:
    """Feeds alerts through the pure rules the way the store does (buckets, emit, mark)."""

    def __init__(self, policy: IncidentPolicy = POLICY) -> None:
        self.policy = policy
        self.buckets: Counter[int] = Counter()
        self.state: IncidentState | None = None
        self.records: list[dict[str, Any]] = []

    def alerts(self, now_s: float, items: list[AlertFacts]) -> None:
        self.buckets[bucket_of(now_s, self.policy.bucket_s)] += len(items)
        self.state = apply_alerts(self.state, items, self.buckets, now_s, self.policy)
        self._maybe_emit(now_s)

    def tick(self, now_s: float) -> None:
        assert self.state is not None
        self.state = refresh(self.state, self.buckets, now_s, self.policy)
        if should_resolve(self.state, now_s, self.policy):
            final = mark_emitted(resolved(self.state), now_s)
            self.records.append(to_record(final, "resolved", now_s))
            self.state = None
            return
        self._maybe_emit(now_s)

    def _maybe_emit(self, now_s: float) -> None:
        assert self.state is not None
        status = due_status(self.state, now_s, self.policy)
        if status is not None:
            self.state = mark_emitted(self.state, now_s)
            self.records.append(to_record(self.state, status, now_s))


# --- velocity ---------------------------------------------------------------------------------------
def test_rate_counts_the_last_window_per_minute() -> None:
    buckets = {bucket_of(T0 - s, 10): 1 for s in range(0, 60, 10)}  # 6 alerts in the last minute
    rate, baseline = window_rates(buckets, T0 + 5, POLICY)
    assert rate == 6.0
    assert baseline == 0.0


def test_baseline_is_the_hour_before_the_rate_window() -> None:
    # 59 alerts spread over the 59 minutes before the rate window: 1 per minute
    buckets = {bucket_of(T0 - 60 - 60 * m, 10): 1 for m in range(59)}
    buckets[bucket_of(T0, 10)] = 2
    rate, baseline = window_rates(buckets, T0, POLICY)
    assert rate == 2.0
    assert baseline == pytest.approx(1.0, abs=0.01)


def test_buckets_older_than_the_baseline_window_are_ignored_and_expire() -> None:
    old = bucket_of(T0 - 2 * 3600, 10)
    buckets = {old: 500, bucket_of(T0, 10): 1}
    assert window_rates(buckets, T0, POLICY) == (1.0, 0.0)
    assert expired_buckets(buckets, T0, POLICY) == [old]


def test_policy_rejects_inconsistent_windows() -> None:
    with pytest.raises(ValueError, match="baseline_window_s"):
        IncidentPolicy(rate_window_s=60, baseline_window_s=60)
    with pytest.raises(ValueError, match="bucket_s"):
        IncidentPolicy(rate_window_s=5, bucket_s=10)


# --- spreading and severity -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rate", "baseline", "expected"),
    [
        (6.0, 0.0, True),  # from nothing, above the floor
        (4.9, 0.0, False),  # under the absolute floor
        (30.0, 10.0, True),  # exactly 3x
        (29.0, 10.0, False),  # busy template, not 3x its baseline
        (100.0, 40.0, False),
    ],
)
def test_spreading_needs_ratio_and_floor(rate: float, baseline: float, expected: bool) -> None:
    assert is_spreading(rate, baseline, False, POLICY) is expected


def test_spreading_has_hysteresis() -> None:
    assert is_spreading(3.0, 0.0, True, POLICY), "stays on above half the floor"
    assert not is_spreading(3.0, 0.0, False, POLICY), "does not turn on under the floor"
    assert not is_spreading(2.0, 0.0, True, POLICY), "turns off under half the floor"
    assert not is_spreading(10.0, 7.0, True, POLICY), "turns off under half the ratio"


@pytest.mark.parametrize(
    ("base", "up"), [("low", "medium"), ("medium", "high"), ("high", "critical"), ("critical", "critical")]
)
def test_escalate_one_level(base: Any, up: str) -> None:
    assert escalate(base) == up


# --- lifecycle --------------------------------------------------------------------------------------
def test_first_alert_opens_an_incident() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(1)])
    assert len(sim.records) == 1
    r = sim.records[0]
    assert r["status"] == "open"
    assert r["incident_id"] == incident_id_for("scam-1", "al_1", T0)
    assert r["template_id"] == "scam-1"
    assert (r["count"], r["severity"], r["spreading"]) == (1, "high", False)
    assert r["sample_post_ids"] == ["p1"]
    assert r["first_seen_at"] == r["last_seen_at"] == "2023-11-14T22:13:20.000Z"
    assert r["rate_per_min"] == 1.0
    assert r["baseline_per_min"] == 0.0
    assert (r["category"], r["template_version"]) == ("scam", 3)
    assert r["runbook_url"] == "docs/runbooks/template-spreading.md"


def test_growth_is_rate_limited_and_spreading_goes_out_at_once() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(1)])
    sim.alerts(T0 + 1, [facts(2)])
    sim.alerts(T0 + 2, [facts(3)])
    assert len(sim.records) == 1, "slow growth waits for the update interval"
    sim.alerts(T0 + 3, [facts(4), facts(5)])  # 5 in the last minute: spreading from a zero baseline
    assert len(sim.records) == 2
    r = sim.records[-1]
    assert (r["status"], r["spreading"], r["count"]) == ("updated", True, 5)
    assert r["severity"] == "critical", "escalated one level from high"
    assert r["base_severity"] == "high"
    for i in range(6, 40):
        sim.alerts(T0 + 3 + i * 0.1, [facts(i)])
    assert len(sim.records) == 2, "more posts within the interval: no record"
    sim.tick(T0 + 64)
    assert len(sim.records) == 3
    assert (sim.records[-1]["status"], sim.records[-1]["count"]) == ("updated", 39)
    sim.tick(T0 + 70)
    assert len(sim.records) == 3, "nothing changed: no record"


def test_severity_stays_escalated_after_spreading_stops() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(i) for i in range(6)])
    assert sim.records[-1]["spreading"] and sim.records[-1]["severity"] == "critical"
    sim.tick(T0 + 200)  # the rate window has slid past the burst
    r = sim.records[-1]
    assert (r["status"], r["spreading"], r["severity"]) == ("updated", False, "critical")


def test_quiet_incident_resolves_and_the_next_alert_opens_a_new_one() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(1)])
    sim.tick(T0 + 899)
    assert sim.records[-1]["status"] == "open"
    sim.tick(T0 + 900)
    r = sim.records[-1]
    assert (r["status"], r["count"], r["spreading"]) == ("resolved", 1, False)
    assert sim.state is None
    sim.alerts(T0 + 1000, [facts(2)])
    assert sim.records[-1]["status"] == "open"
    assert sim.records[-1]["incident_id"] != sim.records[0]["incident_id"]


def test_samples_are_bounded_and_unique() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(1), facts(1), *[facts(i) for i in range(2, 20)]])
    assert sim.records[0]["sample_post_ids"] == ["p1", "p2", "p3", "p4", "p5"]


def test_template_severity_change_is_followed() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(1, severity="low")])
    sim.alerts(T0 + 1, [facts(2, severity="high")])
    r = sim.records[-1]
    assert (r["status"], r["severity"]) == ("updated", "high")


def test_burst_of_sixty_posts_in_six_seconds_gives_a_handful_of_records() -> None:
    sim = Sim()
    for i in range(60):
        now = T0 + i * 0.1
        sim.alerts(now, [facts(i)])
        if i % 20 == 0:
            sim.tick(now)
    for s in range(7, 1000, 2):
        sim.tick(T0 + s)
        if sim.state is None:
            break
    statuses = [r["status"] for r in sim.records]
    assert statuses[0] == "open" and statuses[-1] == "resolved"
    assert len(sim.records) <= 5, statuses
    assert sum(r["spreading"] for r in sim.records) >= 1
    assert sim.records[-1]["count"] == 60


def test_records_after_a_burst_carry_its_peak_rate_and_when_it_was() -> None:
    """60 posts in six seconds, then quiet: the resolve record says rate 0 and not spreading, but its peak
    says 60/min at the burst, and every record before it carries the peak so far."""
    sim = Sim()
    for i in range(60):
        sim.alerts(T0 + i * 0.1, [facts(i)])
    sim.tick(T0 + 300)  # the burst left the rate window
    sim.tick(T0 + 2000)  # resolves
    final = sim.records[-1]
    assert (final["status"], final["rate_per_min"], final["spreading"]) == ("resolved", 0.0, False)
    assert final["peak_rate_per_min"] == 60.0
    assert final["peak_at"] == iso_from_epoch_s(T0 + 5.9)
    peaks = [r["peak_rate_per_min"] for r in sim.records]
    assert peaks == sorted(peaks) and peaks[0] >= 1.0
    assert all(r["peak_rate_per_min"] >= r["rate_per_min"] for r in sim.records)


def test_peak_keeps_the_first_time_the_highest_rate_was_reached() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(i) for i in range(10)])
    assert sim.state is not None
    assert (sim.state.peak_rate_per_min, sim.state.peak_at_s) == (10.0, T0)
    sim.tick(T0 + 5)  # same rate, later: the peak time stays
    assert sim.state.peak_at_s == T0
    sim.alerts(T0 + 120, [facts(99)])  # a lower rate later does not lower the peak
    assert (sim.state.rate_per_min, sim.state.peak_rate_per_min) == (1.0, 10.0)


def test_incident_confidence_is_its_best_alert_and_the_mean_of_all() -> None:
    sim = Sim()
    sim.alerts(T0, [facts(0)])  # an alert without a confidence (written before it existed)
    assert sim.state is not None
    first = to_record(sim.state, "open", T0)
    assert (first["confidence"], first["confidence_mean"]) == (None, None)
    sim.alerts(T0 + 1, [facts(1, confidence=0.6), facts(2, confidence=0.9)])
    sim.alerts(T0 + 2, [facts(3, confidence=0.3)])  # a weaker alert later keeps the best
    record = to_record(sim.state, "updated", T0 + 2)
    assert record["confidence"] == 0.9
    assert record["confidence_mean"] == 0.6  # (0.6 + 0.9 + 0.3) / 3: the alert without one is not counted
    assert sim.state.count == 4


@settings(max_examples=60, deadline=None)
@given(gaps=st.lists(st.floats(min_value=0.0, max_value=30.0), min_size=1, max_size=200))
def test_records_are_bounded_by_time_not_by_posts(gaps: list[float]) -> None:
    """Whatever the arrival pattern: open + resolve + one update per interval, plus immediate records for
    turning spreading on (each needs a previously published "off", itself rate-limited) and escalation."""
    sim = Sim()
    now = T0
    for i, gap in enumerate(gaps):
        now += gap
        sim.alerts(now, [facts(i)])
    sim.tick(now + POLICY.resolve_after_s)
    assert sim.records[-1]["status"] == "resolved"
    assert sim.records[-1]["count"] == len(gaps)
    periodic = (now - T0) / POLICY.update_interval_s + 1
    assert len(sim.records) <= 2 + periodic + (periodic + 1) + 1


# --- the human view: `monitor incidents tail` board -------------------------------------------------
def test_incident_board_keeps_one_row_per_incident_live_and_spreading_first() -> None:
    from rich.console import Console

    from monitor.tools.boards import IncidentBoard

    sim = Sim()
    sim.alerts(T0, [facts(1)])
    sim.alerts(T0 + 1, [facts(i) for i in range(2, 8)])  # spreading update of the same incident
    other = Sim()
    other.alerts(T0 + 2, [facts(100, template_id="quiet-rumour", severity="low")])
    other.tick(T0 + 2000)  # resolved
    board = IncidentBoard()
    for r in sim.records + other.records:
        board.add(r)
    rows = board.ordered()
    assert [r["template_id"] for r in rows] == ["scam-1", "quiet-rumour"]
    assert rows[0]["status"] == "updated" and rows[0]["count"] == 7
    console = Console(record=True, width=200)
    console.print(board.render())
    text = console.export_text()
    assert "incidents: 1 open, 1 spreading" in text
    assert text.count("scam-1") == 1 and "SPREADING" in text and "CRITICAL" in text
    assert text.index("scam-1") < text.index("quiet-rumour")


# --- the worker hook: a Redis error after a commit loses no record ----------------------------------
class _Pipe:
    def __init__(self, log: list[tuple[Any, ...]]) -> None:
        self.log = log

    def hset(self, *args: Any, **kwargs: Any) -> None:
        self.log.append(("hset", *args))

    def expire(self, *args: Any) -> None:
        self.log.append(("expire", *args))

    def hsetnx(self, *args: Any) -> None:
        self.log.append(("hsetnx", *args))

    def execute(self) -> list[Any]:
        return []


class _Client:
    def __init__(self) -> None:
        self.log: list[tuple[Any, ...]] = []

    def pipeline(self, transaction: bool = False) -> _Pipe:
        return _Pipe(self.log)


class _FlakyStore:
    """Commits template A's record, then fails on template B once (a Redis blip mid-batch)."""

    def __init__(self) -> None:
        from monitor.storage.keys import Keys

        self.client, self.keys = _Client(), Keys("t")
        self.calls = 0

    def record_alerts(
        self, alerts: list[AlertFacts], now_s: float, collect: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], dict[str, str]]:
        import redis

        self.calls += 1
        if self.calls == 1:
            collect.append({"incident_id": "inc_a", "template_id": "a", "status": "open", "severity": "high",
                            "count": 1, "rate_per_min": 1.0, "spreading": False})  # fmt: skip
            raise redis.ConnectionError("blip")
        return collect, {"a": "inc_a", "b": "inc_b"}  # the retry: A already counted, B nothing due

    def tick(self, now_s: float, collect: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return collect

    def open_count(self) -> int:
        return 1


def test_hook_keeps_committed_records_across_a_retried_batch() -> None:
    import redis

    from monitor.core.models import Alert
    from monitor.pipeline.incidents import IncidentHook
    from monitor.pipeline.metrics import Metrics
    from monitor.pipeline.processor import BatchOutput

    store = _FlakyStore()
    metrics = Metrics()
    hook = IncidentHook(store, metrics, alert_record_ttl_s=60)  # type: ignore[arg-type]
    alerts = [
        Alert(alert_id=f"al_{t}", post_id=f"p_{t}", template_id=t, template_version=1, category="scam",
              severity="high", score=0.9, post={"id": f"p_{t}", "text": "x"}, explanation={},
              created_at="2024-01-01T00:00:00Z")
        for t in ("a", "b")
    ]  # fmt: skip
    with pytest.raises(redis.ConnectionError):
        hook.on_batch(BatchOutput(), alerts)
    emits = hook.on_batch(BatchOutput(), alerts)  # what the worker's retry does
    assert [(e.topic, e.key, e.value["status"]) for e in emits] == [("incidents", "a", "open")]
    assert 'monitor_incidents_total{severity="high"} 1.0' in metrics.render().decode()
    linked = [entry for entry in store.client.log if entry[0] == "hset" and entry[2:3] == ("incident_id",)]
    assert [(e[1], e[3]) for e in linked] == [("t:alertrec:al_a", "inc_a"), ("t:alertrec:al_b", "inc_b")]
    assert hook.on_batch(BatchOutput(), alerts) == [], "a record goes out once"
