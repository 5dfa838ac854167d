"""Incidents through real Redis and a real worker: idempotent counting across restarts and workers, one
resolution, and the on-call view of a burst — 60 reposts of one scam in ~6 s give a handful of records."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from monitor.core.incidents import AlertFacts, IncidentPolicy
from monitor.core.models import TemplateIn, alert_id_for
from monitor.storage.incidents import IncidentStore
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

from ..unit.test_sinks import Receiver
from .helpers import read_topic, running_worker

pytestmark = pytest.mark.integration

POLICY = IncidentPolicy(update_interval_s=60, resolve_after_s=30)
T0 = 1_700_000_000.0


def facts(i: int, template_id: str = "scam-1") -> AlertFacts:
    return AlertFacts(alert_id=f"al_{i}", post_id=f"p{i}", template_id=template_id, severity="high")


def test_counting_is_idempotent_across_workers_and_restarts(settings: Any, redis_conn: Any) -> None:
    keys = Keys(settings.redis_prefix)
    workers = [IncidentStore(redis_conn, keys, POLICY) for _ in range(4)]
    records: list[dict[str, Any]] = []
    lock = threading.Lock()

    def work(store: IncidentStore, ids: range) -> None:
        for i in ids:  # every alert id is delivered by two workers at once (a rebalance replay)
            out, _ = store.record_alerts([facts(i)], T0 + i * 0.05)
            with lock:
                records.extend(out)

    threads = [
        threading.Thread(target=work, args=(w, range(start, start + 50)))
        for w, start in zip(workers, (0, 0, 50, 50), strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    state = workers[0].get("scam-1")
    assert state is not None and state.count == 100
    assert [r["status"] for r in records].count("open") == 1
    assert len(records) <= 3, [r["status"] for r in records]  # open, spreading (+ maybe an escalation race)

    restarted = IncidentStore(redis_conn, keys, POLICY)  # a new process: the state is in Redis
    out, ids = restarted.record_alerts([facts(i) for i in range(100)], T0 + 10)
    assert out == []
    assert ids == {"scam-1": state.incident_id}
    assert restarted.get("scam-1").count == 100  # type: ignore[union-attr]
    assert restarted.open_count() == 1


def test_a_quiet_incident_resolves_once_across_workers(settings: Any, redis_conn: Any) -> None:
    keys = Keys(settings.redis_prefix)
    a, b = IncidentStore(redis_conn, keys, POLICY), IncidentStore(redis_conn, keys, POLICY)
    [opened], _ = a.record_alerts([facts(1)], T0)
    assert a.tick(T0 + 29) == [] and b.tick(T0 + 29) == []
    results: list[list[dict[str, Any]]] = []
    threads = [threading.Thread(target=lambda s=s: results.append(s.tick(T0 + 31))) for s in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    resolved = [r for rs in results for r in rs]
    assert [r["status"] for r in resolved] == ["resolved"]
    assert resolved[0]["incident_id"] == opened["incident_id"]
    assert a.open_count() == 0 and a.get("scam-1") is None
    [reopened], _ = b.record_alerts([facts(1)], T0 + 40)  # same alert id again: a new incident counts it
    assert reopened["status"] == "open" and reopened["incident_id"] != opened["incident_id"]


# --- end to end: a burst through the real worker ----------------------------------------------------
SCAM = TemplateIn(
    id="sora-course",
    category="scam",
    severity="high",
    text="Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group",
    examples=("Sora tutorial class only 199 RMB, pay and join our WeChat group",),
)
REPOSTS = [
    "S0RA video course only ¥99!! scan the QR code and join our group to learn it fast",
    "Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group",
    "Sora tutorial class only 199 RMB, pay and join our WeChat group today",
]


def read_until_resolved(settings: Any, timeout_s: float) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout_s
    records: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        records = read_topic(settings, settings.incidents_topic, timeout_s=5, idle_s=1.5)
        if any(r["status"] == "resolved" for r in records):
            time.sleep(1.0)  # nothing may follow the resolution: read once more
            return read_topic(settings, settings.incidents_topic, timeout_s=5, idle_s=1.5)
        time.sleep(1.0)
    raise AssertionError(f"no resolved incident in {timeout_s}s: {records}")


def test_burst_of_sixty_reposts_gives_a_handful_of_incident_records(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path
) -> None:
    keys = Keys(settings.redis_prefix)
    TemplateRegistry(redis_conn, keys, embedder).upsert_many([SCAM])
    posts = [
        {
            "id": f"burst-{i}",
            "text": REPOSTS[i % len(REPOSTS)],
            "author": f"acct{i}",
            "url": f"https://x.example/{i}",
        }
        for i in range(60)
    ]
    hook_port = Receiver().port  # the webhook endpoint is DOWN during the burst
    env = {
        "MONITOR_INCIDENT_RESOLVE_AFTER_S": "8",
        "MONITOR_INCIDENT_TICK_S": "1",
        "MONITOR_WEBHOOK_URL": f"http://127.0.0.1:{hook_port}/incidents",
        "MONITOR_SINK_MAX_BACKOFF_S": "1",
        # the endpoint is down for the whole burst: with 1 s backoff the default 12 attempts would park
        # the head record (bounded retries, tested in test_sinks); here every record must wait for it
        "MONITOR_SINK_MAX_ATTEMPTS": "1000",
        "MONITOR_SINK_TIMEOUT_S": "1",
    }
    with running_worker(settings, tmp_path / "worker.log", **env) as worker:
        started = time.monotonic()
        produce_lines(settings, [json.dumps(p).encode() for p in posts], rate=10.0)
        burst_s = time.monotonic() - started
        records = read_until_resolved(settings, timeout_s=60)

        print(f"\n60 posts produced in {burst_s:.1f}s -> {len(records)} incident records:")
        for r in records:
            print(json.dumps(r, ensure_ascii=False))

        assert 5.0 <= burst_s <= 8.0
        assert 2 <= len(records) <= 5
        assert records[0]["status"] == "open"
        assert records[-1]["status"] == "resolved"
        assert {r["incident_id"] for r in records} == {records[0]["incident_id"]}
        assert {r["template_id"] for r in records} == {"sora-course"}
        spreading = [r for r in records if r["spreading"]]
        assert len(spreading) >= 1
        assert spreading[0]["severity"] == "critical", "escalated one level from high while spreading"
        assert spreading[0]["rate_per_min"] >= 5.0
        final = records[-1]
        assert final["count"] == 60, "every delivered alert counted exactly once"
        assert final["spreading"] is False
        assert (
            set(final["sample_post_ids"]) <= {p["id"] for p in posts} and len(final["sample_post_ids"]) == 5
        )
        for r in records:
            assert set(r) >= {
                "incident_id", "template_id", "status", "severity", "count", "rate_per_min",
                "baseline_per_min", "spreading", "first_seen_at", "last_seen_at", "sample_post_ids",
            }  # fmt: skip

        # the webhook was down all along: it comes up now and receives every record, in order
        with_receiver = Receiver(hook_port).start()
        try:
            delivered = with_receiver.wait_for(len(records), timeout_s=20)
        finally:
            with_receiver.stop()
        assert delivered == records

        # alerts explain themselves and are kept (compact) for feedback
        alert_id = alert_id_for("burst-0", "sora-course")
        kept = redis_conn.hgetall(keys.alert_record(alert_id))
        assert kept["template_id"] == "sora-course" and kept["incident_id"] == records[0]["incident_id"]
        assert kept["text"] == REPOSTS[0] and kept["url"] == "https://x.example/0"
        alerts = read_topic(settings, settings.alerts_topic, until=60, timeout_s=20)
        assert len(alerts) == 60
        assert alerts[0]["explanation"]["runbook_url"] == "docs/runbooks/template-spreading.md"

        metrics = worker.metrics()
        ours = "\n".join(
            ln for ln in metrics.splitlines() if "incident" in ln or "sink" in ln or "hook" in ln
        )
        assert 'monitor_incidents_total{severity="high"} 1.0' in metrics, ours
        assert "monitor_incidents_open 0.0" in metrics
        delivered = [
            ln
            for ln in metrics.splitlines()
            if ln.startswith('monitor_sink_deliveries_total{sink="webhook"}')
        ]
        assert delivered and float(delivered[0].split()[-1]) >= 1  # the series exists from start-up at 0
        failed = [
            ln for ln in metrics.splitlines() if ln.startswith('monitor_sink_failures_total{sink="webhook"}')
        ]
        assert failed and float(failed[0].split()[-1]) >= 1


# --- feedback: `monitor alerts feedback`, precision gauge, false positive -> negative -------------------
def test_feedback_command_precision_gauge_and_add_negative(
    settings: Any, redis_conn: Any, embedder: Any
) -> None:
    import subprocess
    import sys

    from monitor.core.models import Alert, Post
    from monitor.pipeline.catalogue import Catalogue
    from monitor.pipeline.incidents import IncidentHook, feedback_counts_reader
    from monitor.pipeline.metrics import Metrics
    from monitor.pipeline.policies import policy_from_settings
    from monitor.pipeline.processor import Processor
    from monitor.storage.incidents import save_alert_records

    from ..conftest import ROOT, env_for

    keys = Keys(settings.redis_prefix)
    registry = TemplateRegistry(redis_conn, keys, embedder)
    registry.upsert_many([SCAM])
    posts = [Post(id="fb-1", text=REPOSTS[0], author="a1"), Post(id="fb-2", text=REPOSTS[2], author="a2")]
    alerts = [
        Alert(
            alert_id=alert_id_for(p.id, SCAM.id),
            post_id=p.id,
            template_id=SCAM.id,
            template_version=1,
            category=SCAM.category,
            severity=SCAM.severity,
            score=0.8,
            post=p.summary(),
            explanation={},
            created_at="2024-02-18T09:00:00.000Z",
        )
        for p in posts
    ]
    save_alert_records(redis_conn, keys, alerts, {SCAM.id: "inc_x"}, ttl_s=3600)  # what the worker keeps

    def monitor(*args: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-m", "monitor.cli", "alerts", "feedback", *args, "--json"],
            env=env_for(settings),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout))

    out = monitor(alerts[0].alert_id, "confirmed", "--note", "real scam", "--actor", "oncall-1")
    assert (out["verdict"], out["template_id"], out["precision"]) == ("confirmed", SCAM.id, 1.0)
    assert out["note"] == "real scam" and out["actor"] == "oncall-1"

    processor = Processor(
        embedder, registry.index(), Catalogue(registry), policy_from_settings(settings, embedder), Metrics()
    )
    processor.catalogue.refresh(force=True)
    [before] = processor.decide_posts([posts[1]])
    assert before.matched, "the post matches the template before the feedback"

    out = monitor(alerts[1].alert_id, "false-positive", "--add-negative")
    assert out["verdict"] == "false-positive" and out["precision"] == 0.5
    assert out["negative_added"] is True and out["template_version"] == 2
    assert registry.get(SCAM.id).negatives == (REPOSTS[2],)
    processor.catalogue.refresh()
    [after] = processor.decide_posts([posts[1]])
    assert not after.matched and after.suppressed_by == "negative", "one command stops that false positive"
    [still] = processor.decide_posts([posts[0]])
    assert still.matched, "the real scam still matches"

    # the mirror image: a confirmed post becomes an example of its template (once)
    out = monitor(alerts[0].alert_id, "confirmed", "--add-example")
    assert out["example_added"] is True and out["example_language"] == "alphabetic"
    assert out["template_version"] == 3
    assert registry.get(SCAM.id).examples == (*SCAM.examples, REPOSTS[0])
    again = monitor(alerts[0].alert_id, "confirmed", "--add-example")
    assert (again["example_added"], again["example_reason"]) == (False, "duplicate")
    processor.catalogue.refresh()
    [taught] = processor.decide_posts([posts[0]])
    assert taught.matched and taught.explanation["nearest_exemplar"]["kind"] == "example"

    metrics = Metrics()
    hook = IncidentHook(
        IncidentStore(redis_conn, keys, POLICY),
        metrics,
        alert_record_ttl_s=60,
        feedback_counts=feedback_counts_reader(redis_conn, keys),
    )
    hook.on_tick(time.time())
    text = metrics.render().decode()
    assert f'monitor_template_feedback_precision{{template_id="{SCAM.id}"}} 0.5' in text
    assert (
        f'monitor_template_feedback_verdicts{{template_id="{SCAM.id}",verdict="false-positive"}} 1.0' in text
    )

    unknown = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "alerts", "feedback", "al_nope", "confirmed"],
        env=env_for(settings),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert unknown.returncode == 1 and "no delivered alert" in unknown.stderr


def test_feedback_gauges_read_only_templates_with_feedback(settings: Any, redis_conn: Any) -> None:
    from monitor.pipeline.incidents import feedback_counts_reader
    from monitor.storage.feedback import VERDICTS

    keys = Keys(settings.redis_prefix)
    # counts written before the set of templates with feedback existed are found once, by a SCAN
    redis_conn.hset(keys.feedback_counts("legacy-t"), mapping={"confirmed": 2})
    redis_conn.sadd(keys.template_ids, *(f"quiet-{i}" for i in range(50)))  # no feedback: never read
    read = feedback_counts_reader(redis_conn, keys)
    expected = {v: 0 for v in VERDICTS} | {"confirmed": 2}
    assert read() == {"legacy-t": expected}
    assert redis_conn.smembers(keys.feedback_templates) == {"legacy-t"}
    redis_conn.delete(keys.feedback_counts("legacy-t"))
    assert read() == {}
