"""The console's live feed on the real broker and Redis: one topic watcher per API process wakes every
connected browser when an incident or alert record arrives (one shared queue read), and falls back to one
shared Redis poll, shown in the badge's source, when the broker cannot be reached."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from monitor.api import create_app
from monitor.api.live import LiveEvent, LiveFeed, Subscription
from monitor.embedding import HashingEmbedder
from monitor.storage.connections import ensure_topics
from monitor.storage.kafka import TopicWatch, produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.stack import free_port

pytestmark = pytest.mark.integration
BROWSERS = 25


async def wait_for(
    sub: Subscription, kind: str, data: str | None = None, timeout_s: float = 15.0
) -> LiveEvent:
    deadline = time.monotonic() + timeout_s
    while (left := deadline - time.monotonic()) > 0:
        event = await sub.next(left)
        if event is not None and event.kind == kind and data in (None, event.data):
            return event
    raise AssertionError(f"no {kind} {data or ''} event within {timeout_s}s")


def test_topic_records_wake_every_browser_with_one_shared_read(settings: Any, redis_conn: Any) -> None:
    ensure_topics(settings, [settings.incidents_topic, settings.alerts_topic])
    key = f"{settings.redis_prefix}:live-test"
    redis_conn.set(key, "v0")
    reads: list[str] = []

    def digest() -> str:
        value = str(redis_conn.get(key))
        reads.append(value)
        return value

    async def scenario() -> None:
        watch = TopicWatch(settings, [settings.incidents_topic, settings.alerts_topic], check_s=2.0).run
        # the polls are far apart: only a record on a topic can wake the feed within the test
        feed = LiveFeed(digest, watch, poll_s=300, slow_poll_s=300, min_interval_s=0.1)
        subs = [feed.subscribe() for _ in range(BROWSERS)]
        await feed.start()
        try:
            for sub in subs:
                await wait_for(sub, "mode", "topics")
                await wait_for(sub, "queue", "v0")
            await asyncio.sleep(1.0)
            redis_conn.set(key, "v1")  # a change nobody announced: no record, no event
            assert await subs[0].next(3.0) is None
            before = len(reads)
            await asyncio.to_thread(
                produce_lines,
                settings,
                [b'{"incident_id": "i1", "status": "open"}'],
                topic=settings.incidents_topic,
            )
            for sub in subs:
                await wait_for(sub, "queue", "v1")
            assert len(reads) - before == 1, "one read for all the browsers"
            redis_conn.set(key, "v2")
            await asyncio.to_thread(
                produce_lines, settings, [b'{"alert_id": "a1"}'] * 50, topic=settings.alerts_topic
            )
            for sub in subs:
                await wait_for(sub, "queue", "v2")
            await asyncio.sleep(1.0)
            assert len(reads) - before <= 4, "a burst of records is coalesced into a few reads"
        finally:
            await feed.stop()

    asyncio.run(scenario())


def test_an_unreachable_broker_falls_back_to_a_shared_redis_poll(settings: Any, redis_conn: Any) -> None:
    down = settings.model_copy(update={"kafka_url": f"kafka://127.0.0.1:{free_port()}"})
    key = f"{settings.redis_prefix}:live-test"
    redis_conn.set(key, "v0")

    async def scenario() -> None:
        watch = TopicWatch(down, [down.incidents_topic], check_s=1.0, request_timeout_s=1.0).run
        feed = LiveFeed(lambda: str(redis_conn.get(key)), watch, poll_s=0.5, slow_poll_s=300)
        sub = feed.subscribe()
        await feed.start()
        try:
            await wait_for(sub, "mode", "polling", timeout_s=30)
            redis_conn.set(key, "v1")
            await wait_for(sub, "queue", "v1", timeout_s=5)  # the shared poll sees it
        finally:
            started = time.monotonic()
            await feed.stop()
            assert time.monotonic() - started < 12, "stopping does not hang on the dead broker"

    asyncio.run(scenario())


def test_the_api_runs_one_watcher_from_its_lifespan(settings: Any, redis_conn: Any) -> None:
    ensure_topics(settings, [settings.incidents_topic, settings.alerts_topic])
    registry = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), HashingEmbedder())
    app = create_app(settings.model_copy(update={"api_token": SecretStr("t0ken-live")}), registry)
    feed: LiveFeed = app.state.live
    with TestClient(app) as client:
        deadline = time.monotonic() + 30
        while feed.mode != "topics" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert feed.mode == "topics"
        assert feed._thread is not None and feed._thread.is_alive()
        assert 'monitor_console_live_mode{mode="topics"} 1.0' in client.get("/metrics").text
        assert client.get("/ui/events").status_code == 401  # signed-in browsers only
    assert feed._thread is None, "stopped with the app"
