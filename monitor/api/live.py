"""The console's live feed: one watcher per API process, fanned out to every connected browser.

A :class:`~monitor.storage.kafka.TopicWatch` follows the ``incidents`` and ``alerts`` topics from their end
(no consumer group) in a thread of its own. Records arriving there wake the feed, which reads the queue
once (one Redis read for the whole process, not one per browser) and, when it changed, tells every
subscriber. Changes that never reach a topic (a reviewer of another API process taking an incident) are
caught by a slow shared poll of the same read.

When the broker cannot be reached, the feed falls back to polling that read every ``poll_s`` (still one
poll per process) and says so: each subscriber gets a ``mode`` event (``topics`` | ``polling``) that the
connection badge shows.

Each subscriber has a bounded queue: a browser that does not read its stream loses the oldest signals
(counted), never grows the server's memory. Signals are idempotent ("the queue changed, reload it"),
so a dropped one loses nothing the next one does not carry.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

log = logging.getLogger(__name__)

Mode = Literal["starting", "topics", "polling"]


@dataclass(frozen=True)
class LiveEvent:
    kind: Literal["queue", "mode"]
    data: str

    def encode(self) -> bytes:
        return f"event: {self.kind}\ndata: {self.data}\n\n".encode()


class Subscription:
    """One browser's bounded queue of events."""

    def __init__(self, size: int, on_drop: Callable[[], None]) -> None:
        self.queue: asyncio.Queue[LiveEvent] = asyncio.Queue(maxsize=size)
        self._on_drop = on_drop
        self.dropped = 0

    def offer(self, event: LiveEvent) -> None:
        if self.queue.full():
            with contextlib.suppress(asyncio.QueueEmpty):
                self.queue.get_nowait()  # the oldest goes: a newer signal carries the same news
            self.dropped += 1
            self._on_drop()
        self.queue.put_nowait(event)

    async def next(self, timeout_s: float) -> LiveEvent | None:
        try:
            return await asyncio.wait_for(self.queue.get(), timeout_s)
        except TimeoutError:
            return None


class LiveFeed:
    """``digest()`` (blocking; run in a worker thread) fingerprints what the browsers show: a change of it
    is what they are told about. ``watch`` runs in a thread: ``watch(stop, on_records, on_state)``
    (:meth:`monitor.storage.kafka.TopicWatch.run`); None: polling only."""

    def __init__(
        self,
        digest: Callable[[], str],
        watch: Callable[[threading.Event, Callable[[int], None], Callable[[bool, str | None], None]], None]
        | None,
        *,
        poll_s: float = 2.0,
        slow_poll_s: float = 15.0,
        queue_size: int = 16,
        min_interval_s: float = 0.3,
        metrics: Any = None,
    ) -> None:
        self.digest = digest
        self.watch = watch
        self.poll_s = poll_s
        self.slow_poll_s = slow_poll_s
        self.queue_size = queue_size
        self.min_interval_s = min_interval_s
        self.metrics = metrics
        self.mode: Mode = "starting" if watch is not None else "polling"
        self.reason: str | None = None
        self.last_digest = ""
        self.subscribers: set[Subscription] = set()
        self.reads = 0  # digest reads (shared by all subscribers): what tests and metrics look at
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None

    # --- lifecycle (the app's lifespan) ---------------------------------------------------------------
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._stop.clear()
        if self.watch is not None:
            self._thread = threading.Thread(target=self._watch, name="console-live-watch", daemon=True)
            self._thread.start()
        self._task = asyncio.create_task(self._refresh_loop(), name="console-live-feed")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._thread is not None:
            # a daemon thread: it ends by itself within a request timeout if it is inside a client call
            await asyncio.to_thread(self._thread.join, 2.0)
        self._task, self._thread = None, None

    # --- subscribers ---------------------------------------------------------------------------------
    def subscribe(self) -> Subscription:
        sub = Subscription(self.queue_size, self._dropped)
        sub.offer(LiveEvent("mode", self.mode))
        self.subscribers.add(sub)
        self._gauge()
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        self.subscribers.discard(sub)
        self._gauge()

    def notify(self) -> None:
        """Something changed here (an action of this process): read the queue now. Thread-safe."""
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    # --- internals -----------------------------------------------------------------------------------
    def _publish(self, event: LiveEvent) -> None:
        for sub in list(self.subscribers):
            sub.offer(event)

    def _set_mode(self, mode: Mode, reason: str | None) -> None:
        if mode == self.mode and reason == self.reason:
            return
        if mode != self.mode:
            log.info("console live feed: %s%s", mode, f" ({reason})" if reason else "")
        self.mode, self.reason = mode, reason
        if self.metrics is not None:
            self.metrics.set_live_mode(mode)
        self._publish(LiveEvent("mode", mode))
        if self._wake is not None:
            self._wake.set()  # the poll interval depends on the mode

    def _watch(self) -> None:
        assert self.watch is not None
        assert self._loop is not None
        loop = self._loop

        def on_records(n: int) -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed while stopping
                loop.call_soon_threadsafe(self._records, n)

        def on_state(up: bool, reason: str | None) -> None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._set_mode, "topics" if up else "polling", reason)

        try:
            self.watch(self._stop, on_records, on_state)
        except Exception:  # never expected (the watch retries by itself): fall back to polling for good
            log.exception("console live feed: the topic watch stopped; polling Redis instead")
            on_state(False, "topic watch stopped")

    def _records(self, n: int) -> None:
        if self.metrics is not None:
            self.metrics.live_records.inc(n)
        if self._wake is not None:
            self._wake.set()

    async def _refresh_loop(self) -> None:
        assert self._wake is not None
        last_read = 0.0
        while not self._stop.is_set():
            interval = self.slow_poll_s if self.mode == "topics" else self.poll_s
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), interval)
            self._wake.clear()
            # a burst of records is one read: at most one per min_interval_s
            wait = self.min_interval_s - (time.monotonic() - last_read)
            if wait > 0:
                await asyncio.sleep(wait)
                self._wake.clear()
            last_read = time.monotonic()
            try:
                digest = await asyncio.to_thread(self.digest)
            except Exception as exc:  # Redis down: the browsers keep what they show; retried next round
                log.warning("console live feed: queue read failed: %s", exc)
                continue
            self.reads += 1
            if digest != self.last_digest:
                self.last_digest = digest
                self._publish(LiveEvent("queue", digest))

    def _dropped(self) -> None:
        if self.metrics is not None:
            self.metrics.live_dropped.inc()

    def _gauge(self) -> None:
        if self.metrics is not None:
            self.metrics.live_clients.set(len(self.subscribers))
