"""Durable sink delivery through real Redis to a real local HTTP server: a sink that is down loses nothing,
keeps order, counts its failures; rejected records are parked; two workers never deliver a record twice."""

from __future__ import annotations

import time
from typing import Any

import pytest

from monitor.core.incidents import AlertFacts, IncidentPolicy
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.sinks import AlertmanagerSink, DurableDelivery, HttpSink, SlackSink, WebhookSink
from monitor.storage.incidents import IncidentStore
from monitor.storage.keys import Keys
from monitor.tools.stack import free_port

from ..unit.test_sinks import Receiver, receiving

pytestmark = pytest.mark.integration

POLICY = IncidentPolicy(rate_window_s=60, bucket_s=10, update_interval_s=0, resolve_after_s=5)
T0 = 1_700_000_000.0


def make_sink(kind: str, url: str) -> HttpSink:
    return {"webhook": WebhookSink, "slack": SlackSink, "alertmanager": AlertmanagerSink}[kind](
        url, timeout_s=1.0
    )


def delivery(sink: HttpSink, client: Any, keys: Keys, metrics: Metrics, owner: str = "w1") -> DurableDelivery:
    return DurableDelivery(
        sink, client, keys, metrics, base_backoff_s=0.05, max_backoff_s=0.3, idle_wait_s=0.2, owner=owner
    )


def incident_records(store: IncidentStore) -> list[dict[str, Any]]:
    """A small incident through the real store: open, a few updates, resolved (all queued for the sink)."""
    out: list[dict[str, Any]] = []
    for i in range(4):
        facts = AlertFacts(alert_id=f"al_{i}", post_id=f"p{i}", template_id="scam-1", severity="high")
        out += store.record_alerts([facts], T0 + i)[0]
    out += store.tick(T0 + 60)
    return out


def failures(metrics: Metrics, sink: str) -> float:
    return metrics.sink_failures.labels(sink)._value.get()


@pytest.mark.parametrize("kind", ["webhook", "slack", "alertmanager"])
def test_sink_down_then_up_loses_nothing_and_keeps_order(settings: Any, redis_conn: Any, kind: str) -> None:
    keys, metrics = Keys(settings.redis_prefix), Metrics()
    port = free_port()  # nothing listens there yet: the endpoint is down
    d = delivery(make_sink(kind, f"http://127.0.0.1:{port}"), redis_conn, keys, metrics)
    store = IncidentStore(redis_conn, keys, POLICY, outbox_keys=[d.queue_key])
    records = incident_records(store)
    assert records[0]["status"] == "open" and records[-1]["status"] == "resolved"
    assert d.pending() == len(records), "every published record is queued durably"

    d.start()
    try:
        deadline = time.monotonic() + 15
        while failures(metrics, kind) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert failures(metrics, kind) >= 3, "delivery attempts against a down endpoint count as failures"
        assert d.pending() == len(records), "nothing is dropped while the sink is down"
        with receiving(port) as rx:  # the endpoint comes back
            bodies = rx.wait_for(len(records))
            time.sleep(0.5)
            assert len(rx.bodies()) == len(records), "each record exactly once"
    finally:
        d.stop()
    assert d.pending() == 0
    assert metrics.sink_delivered.labels(kind)._value.get() == len(records)
    if kind == "webhook":
        assert bodies == records
    elif kind == "slack":
        statuses = [b["text"].split(" is ")[1].split(":")[0].split(" ")[0] for b in bodies]
        assert statuses == [r["status"] for r in records]
    else:
        assert [b[0]["annotations"]["incident_id"] for b in bodies] == [r["incident_id"] for r in records]
        assert bodies[-1][0]["endsAt"] == records[-1]["emitted_at"]


def test_rejected_record_is_parked_and_the_queue_moves_on(settings: Any, redis_conn: Any) -> None:
    keys, metrics = Keys(settings.redis_prefix), Metrics()
    with receiving() as rx:
        rx.statuses = [400]
        d = delivery(WebhookSink(rx.url), redis_conn, keys, metrics)
        redis_conn.lpush(d.queue_key, "not json")  # a corrupt entry must not block the queue either
        for i in range(3):
            d.enqueue({"incident_id": f"inc_{i}"})
        d.start()
        try:
            bodies = rx.wait_for(2)
        finally:
            d.stop()
    assert bodies == [{"incident_id": "inc_1"}, {"incident_id": "inc_2"}]
    assert redis_conn.lrange(keys.sink_dead("webhook"), 0, -1) == ['{"incident_id":"inc_0"}', "not json"]
    assert failures(metrics, "webhook") == 2
    assert d.pending() == 0


def test_two_workers_deliver_each_record_once_in_order(settings: Any, redis_conn: Any) -> None:
    keys = Keys(settings.redis_prefix)
    with receiving() as rx:
        a = delivery(WebhookSink(rx.url), redis_conn, keys, Metrics(), owner="worker-a")
        b = delivery(WebhookSink(rx.url), redis_conn, keys, Metrics(), owner="worker-b")
        for i in range(20):
            a.enqueue({"n": i})
        a.start()
        b.start()
        try:
            rx.wait_for(20)
            time.sleep(0.5)
        finally:
            a.stop()
            b.stop()
        assert rx.bodies() == [{"n": i} for i in range(20)]


def test_record_in_flight_at_a_crash_is_delivered_first(settings: Any, redis_conn: Any) -> None:
    keys = Keys(settings.redis_prefix)
    redis_conn.lpush(keys.sink_inflight("slack"), b'{"incident_id":"inc_crashed","status":"open"}')
    with receiving() as rx:
        d = delivery(SlackSink(rx.url), redis_conn, keys, Metrics())
        d.enqueue({"incident_id": "inc_next", "status": "open"})
        d.start()
        try:
            bodies = rx.wait_for(2)
        finally:
            d.stop()
    assert "inc_crashed" in bodies[0]["blocks"][0]["text"]["text"]
    assert "inc_next" in bodies[1]["blocks"][0]["text"]["text"]


def test_receiver_helper_is_really_down_before_start() -> None:
    """Guard for the tests above: an unstarted Receiver's port refuses connections."""
    import httpx

    rx = Receiver()
    with pytest.raises(httpx.ConnectError):
        httpx.post(rx.url, json={}, timeout=1)


def test_a_record_that_keeps_failing_is_parked_after_max_attempts_and_the_queue_moves_on(
    settings: Any, redis_conn: Any
) -> None:
    keys, metrics = Keys(settings.redis_prefix), Metrics()
    with receiving() as rx:
        rx.statuses = [500, 500, 500]  # the head record fails three times (a 5xx is retried)
        d = DurableDelivery(
            WebhookSink(rx.url, timeout_s=1.0),
            redis_conn,
            keys,
            metrics,
            base_backoff_s=0.05,
            max_backoff_s=0.1,
            idle_wait_s=0.2,
            owner="w1",
            max_attempts=3,
        )
        for i in range(3):
            d.enqueue({"incident_id": f"inc_{i}"})
        head = []
        d.start()
        try:
            deadline = time.monotonic() + 10
            while len(rx.bodies()) < 2 and time.monotonic() < deadline:
                head.append(metrics.sink_head_failures.labels("webhook")._value.get())
                time.sleep(0.02)
        finally:
            d.stop()
    assert rx.bodies() == [{"incident_id": "inc_1"}, {"incident_id": "inc_2"}]
    assert redis_conn.lrange(keys.sink_dead("webhook"), 0, -1) == ['{"incident_id":"inc_0"}']
    assert metrics.sink_parked.labels("webhook", "retries_exhausted")._value.get() == 1
    assert metrics.sink_parked.labels("webhook", "rejected")._value.get() == 0
    assert max(head) >= 2, "the blocked head record shows while it blocks"
    assert metrics.sink_head_failures.labels("webhook")._value.get() == 0
    assert d.pending() == 0
