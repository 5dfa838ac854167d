"""The console's live feed without services: fan-out of one shared read, bounded per-browser queues, the
source shown in the badge (topics / polling) and a clean stop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from monitor.api.live import LiveEvent, LiveFeed

Watch = Callable[[threading.Event, Callable[[int], None], Callable[[bool, str | None], None]], None]


class Digest:
    def __init__(self) -> None:
        self.value = "a"
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return self.value


def scripted_watch(steps: list[tuple[str, object]], done: threading.Event) -> Watch:
    """A stand-in for TopicWatch.run: reports states and records in order, then waits for the stop."""

    def run(stop: threading.Event, on_records: Callable[[int], None], on_state: Callable[..., None]) -> None:
        for kind, value in steps:
            if kind == "state":
                on_state(*value)  # type: ignore[misc]
            elif kind == "records":
                on_records(value)  # type: ignore[arg-type]
            elif kind == "sleep":
                stop.wait(value)  # type: ignore[arg-type]
        done.set()
        stop.wait()

    return run


async def next_of(sub, kind: str, data: str | None = None, timeout_s: float = 3.0) -> LiveEvent:  # type: ignore[no-untyped-def]
    """The next event of that kind (and data, when given), skipping others."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        left = deadline - asyncio.get_running_loop().time()
        assert left > 0, f"no {kind} event"
        event = await sub.next(left)
        if event is not None and event.kind == kind and data in (None, event.data):
            return event


def test_topic_records_fan_out_to_every_browser_with_one_shared_read() -> None:
    async def scenario() -> None:
        digest, done = Digest(), threading.Event()
        steps: list[tuple[str, object]] = [("state", (True, None)), ("sleep", 0.5), ("records", 3)]
        feed = LiveFeed(digest, scripted_watch(steps, done), poll_s=60, slow_poll_s=60, min_interval_s=0.0)
        subs = [feed.subscribe() for _ in range(20)]
        assert (await subs[0].next(1)) == LiveEvent("mode", "starting")
        await feed.start()
        try:
            for sub in subs:
                await next_of(sub, "mode", "topics")
            digest.value = "b"
            await asyncio.to_thread(done.wait, 3)
            for sub in subs:
                await next_of(sub, "queue", "b")
            # one read per wake for all 20 browsers (the start read + the mode change + the records)
            assert digest.calls <= 4
        finally:
            await feed.stop()

    asyncio.run(scenario())


def test_an_unreachable_broker_falls_back_to_one_shared_poll_and_says_so() -> None:
    async def scenario() -> None:
        digest, done = Digest(), threading.Event()
        steps: list[tuple[str, object]] = [("state", (False, "NoBrokersAvailable"))]
        feed = LiveFeed(digest, scripted_watch(steps, done), poll_s=0.2, slow_poll_s=60, min_interval_s=0.0)
        sub = feed.subscribe()
        await feed.start()
        try:
            await next_of(sub, "mode", "polling")
            assert feed.reason == "NoBrokersAvailable"
            digest.value = "changed"
            await next_of(sub, "queue", "changed")  # the poll found it, no record needed
        finally:
            await feed.stop()
        assert feed._thread is None and feed._task is None

    asyncio.run(scenario())


def test_a_browser_that_does_not_read_cannot_grow_memory() -> None:
    async def scenario() -> None:
        digest = Digest()
        feed = LiveFeed(digest, None, poll_s=0.01, slow_poll_s=60, queue_size=3, min_interval_s=0.0)
        slow, fast = feed.subscribe(), feed.subscribe()
        await feed.start()
        got = []
        try:
            for i in range(30):
                digest.value = f"v{i}"
                feed.notify()
                event = await next_of(fast, "queue")
                got.append(event.data)
        finally:
            await feed.stop()
        assert slow.queue.qsize() <= 3 and slow.dropped >= 20
        latest = [slow.queue.get_nowait().data for _ in range(slow.queue.qsize())]
        assert latest[-1] == "v29"  # the newest news is kept, the oldest dropped
        assert got[-1] == "v29"
        feed.unsubscribe(slow)
        feed.unsubscribe(fast)
        assert not feed.subscribers

    asyncio.run(scenario())
