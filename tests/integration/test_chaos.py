"""The chaos scenarios of ``make chaos`` at test sizes: real workers, a private embedded broker and Redis.

Each test kills, stops or feeds garbage to something, then checks the scorecard: no input lost, no alert
twice, the worker survived (or came back) and said so on /health and /metrics.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from monitor.core.ingest import parse_post
from monitor.core.models import TemplateIn, alert_id_for
from monitor.errors import PostInvalid
from monitor.storage.connections import ensure_topics, kafka_producer
from monitor.storage.dedup import AlertDedup
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.chaos import (
    IN_DOUBT_LOG,
    ChaosEnv,
    ChaosSizes,
    ScenarioResult,
    chaos_env,
    hostile_inputs,
    run_scenario,
)

from ..conftest import SESSION_TIMEOUT_S
from .helpers import read_topic, running_worker

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SIZES = ChaosSizes(
    posts=60,
    rate_per_s=15.0,
    kills=1,
    replay=False,
    outage_s=8.0,
    pause_s=SESSION_TIMEOUT_S + 2.0,  # longer than the session timeout: the group really expires the member
    session_timeout_s=SESSION_TIMEOUT_S,
    worker_start_timeout_s=150.0,
    settle_timeout_s=90.0,
)


@pytest.fixture(scope="module")
def env(embedder: Any) -> Iterator[ChaosEnv]:
    with chaos_env(SIZES, say=print) as chaos:
        chaos.embedder = embedder
        yield chaos


def _check(result: ScenarioResult) -> None:
    detail = result.model_dump_json(indent=1)
    assert result.failures == [], detail
    assert result.lost == 0, detail
    assert result.duplicate_alerts == 0, detail
    assert result.alerts_missing == 0, detail
    assert result.decided > 0, detail
    assert result.ok


def test_hostile_input_is_dead_lettered_and_the_worker_stays_up(env: ChaosEnv) -> None:
    unparseable = 0
    for _, raw in hostile_inputs():
        try:
            parse_post(raw)
        except PostInvalid:
            unparseable += 1
    result = run_scenario(env, "hostile")
    _check(
        result
    )  # includes: the same worker process healthy at the end; 2 MB / 100k emoji flagged truncated
    assert unparseable >= 15
    assert result.dead_lettered == unparseable, result  # each one, matched by partition and offset
    assert result.posts_sent == result.decided + result.dead_lettered


def test_kill9_mid_stream_loses_nothing_and_alerts_once(env: ChaosEnv) -> None:
    result = run_scenario(env, "kill9")
    _check(result)
    assert result.decided == SIZES.posts
    assert result.alerts > 0


def test_redis_outage_is_visible_and_the_worker_catches_up(env: ChaosEnv) -> None:
    result = run_scenario(env, "redis-outage")
    _check(result)  # includes: health and monitor_dependency_up went down, no commit during the outage
    assert result.decided == SIZES.posts
    assert any("committed offsets held" in n for n in result.notes), result.notes


def test_broker_pause_loses_nothing(env: ChaosEnv) -> None:
    result = run_scenario(env, "broker-pause")
    _check(result)
    assert result.decided == SIZES.posts


def test_sigterm_in_each_outage_exits_cleanly_and_loses_nothing(env: ChaosEnv) -> None:
    result = run_scenario(env, "sigterm")
    _check(result)  # includes: exit 0 within 10 s without the watchdog in every outage state
    assert result.decided == SIZES.posts
    assert sum("SIGTERM," in n for n in result.notes) == 4, result.notes


def test_consumer_group_churn_loses_nothing_and_alerts_once(env: ChaosEnv) -> None:
    result = run_scenario(env, "churn")
    _check(result)  # includes: the worker leaving with SIGTERM exited 0 within 10 s
    assert result.decided == SIZES.posts
    assert result.alerts > 0


def test_stack_down_up_keeps_every_template(env: ChaosEnv) -> None:
    result = run_scenario(env, "stack-restart")
    _check(result)  # includes: same templates, versions and vectors after down/up; alerts fire after
    assert result.alerts > 0


# --- the crash window, made deterministic ------------------------------------------------------------------
COURSE = TemplateIn(
    id="sora-course",
    category="scam",
    severity="critical",
    text="Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group",
    examples=("Sora tutorial class only 199 RMB, pay and join our WeChat group",),
)
COURSE_POST = "S0RA video course only ¥99!! scan the QR code and join our group to learn it fast"


def test_alerts_left_pending_by_a_killed_worker_are_sent_exactly_once(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path
) -> None:
    """What `kill -9` between the broker's ack and the Redis mark leaves behind, set up by hand: two alerts
    claimed (pending), one of them already in the topic. Reprocessing sends the other one, and only it."""
    keys = Keys(settings.redis_prefix)
    TemplateRegistry(redis_conn, keys, embedder).upsert_many([COURSE])
    ensure_topics(settings, [settings.posts_topic, settings.alerts_topic, settings.matches_topic])
    in_topic, not_sent = alert_id_for("crash-1", COURSE.id), alert_id_for("crash-2", COURSE.id)
    claimed, in_doubt = AlertDedup(redis_conn, keys, 3600).claim([in_topic, not_sent], {})
    assert claimed == [in_topic, not_sent]
    assert in_doubt == {}
    producer = kafka_producer(settings)
    producer.send(
        settings.alerts_topic,
        key=b"crash-1",
        value=orjson.dumps({"alert_id": in_topic, "post_id": "crash-1", "template_id": COURSE.id}),
    )
    producer.flush(10)
    producer.close()
    posts = [orjson.dumps({"id": pid, "text": COURSE_POST}) for pid in ("crash-1", "crash-2")]
    with running_worker(settings, tmp_path / "worker.log") as worker:
        produce_lines(settings, posts)
        matches = read_topic(settings, settings.matches_topic, until=2, timeout_s=60)
        assert {m["post_id"]: m["template_id"] for m in matches} == {
            "crash-1": COURSE.id,
            "crash-2": COURSE.id,
        }
        alerts = read_topic(settings, settings.alerts_topic, until=3, timeout_s=10, idle_s=3)
        assert sorted(a["alert_id"] for a in alerts) == sorted([in_topic, not_sent]), alerts
        metrics = worker.metrics()
        assert "monitor_alerts_deduplicated_total 1.0" in metrics
    assert redis_conn.get(keys.alert_sent(in_topic)) == "1"
    assert redis_conn.get(keys.alert_sent(not_sent)) == "1"
    # the worker logs the in-doubt alerts per batch: the two posts may arrive in one batch or in two
    doubt = [m.groups() for m in IN_DOUBT_LOG.finditer((tmp_path / "worker.log").read_text())]
    assert (sum(int(n) for n, _ in doubt), sum(int(f) for _, f in doubt)) == (2, 1), doubt
