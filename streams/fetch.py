"""A bound on how long the worker's Kafka fetch may wait for data (docs/PERFORMANCE.md).

faust's aiokafka driver hard-codes ``fetch_max_wait_ms=1500`` for the worker's consumer. Apache Kafka answers
a fetch as soon as one byte is available, so there the wait only bounds idle polling. The embedded tansu
broker holds every fetch for the whole wait, even when messages arrive meanwhile: a post produced while the
consumer waits is seen up to 1.5 s later (measured: 480 ms with a 1,500 ms wait, 9 ms with 100 ms). At low
and medium rates that wait dominated end-to-end latency. :func:`bounded_fetch_app` returns a ``faust.App``
class whose worker consumer uses ``MONITOR_CONSUMER_FETCH_MAX_WAIT_MS`` instead; idle polling then costs one
empty fetch per wait, nothing else changes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import faust
from faust.transport.drivers import aiokafka as driver
from mode.threads import WorkerThread

from streams.offsets import OnReread, safe_commit_consumer

log = logging.getLogger("monitor.worker")
# the most one step of a stopping worker's shutdown may take; all of them together share the stop budget
CONSUMER_THREAD_STOP_S = 1.5  # the consumer's close (leave group, commit) in its thread
PRODUCER_STOP_S = 1.0  # the producer's flush (records not acknowledged by then belong to unacked batches)
COMMIT_STOP_S = 1.0  # faust's stream/commit steps before the consumer closes
MIN_STEP_S = 0.1

StopLeft = Callable[[], float | None]  # seconds left in the stop budget; None while not stopping


def _never_stopping() -> float | None:
    return None


def step_timeout(stop_left: StopLeft, most_s: float) -> float:
    left = stop_left()
    return most_s if left is None else max(MIN_STEP_S, min(most_s, left))


async def bounded(what: str, step: Any, timeout_s: float) -> None:
    """Await one step of faust's shutdown for at most ``timeout_s``; log instead of raising.

    With the broker gone, aiokafka's close retries requests for their timeouts (the producer's is 20
    minutes), and the consumer's fetcher re-raises a cancelled fetch as ``CancelledError``, which mode
    treats as fatal: its thread then never signals that it shut down and faust's stop waits forever.

    Not ``asyncio.wait_for``: on a timeout it cancels the step and then waits until the step has finished
    cancelling, and a step of faust's shutdown can take as long to cancel as to finish (measured: a stop
    with the broker gone hung in the "commit of acked offsets" step until the watchdog forced the exit).
    Here a step that overruns is cancelled and left behind; the loop's last gather reaps it."""
    task = asyncio.ensure_future(step)
    try:
        done, _ = await asyncio.wait({task}, timeout=timeout_s)
    except asyncio.CancelledError:  # mode treats a cancelled stop step as fatal: the stop goes on
        task.cancel()
        log.warning("stopping: %s cancelled; going on", what)
        return
    if not done:
        task.cancel()
        task.add_done_callback(_consume_result)  # no "exception was never retrieved" at exit
        log.warning("stopping: %s did not finish in %.1fs; not waiting", what, timeout_s)
        return
    if task.cancelled():
        log.warning("stopping: %s failed (CancelledError); going on", what)
    elif (exc := task.exception()) is not None:  # the process is stopping
        log.warning("stopping: %s failed (%s); going on", what, type(exc).__name__)


def _consume_result(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()


class BoundedStopThread(WorkerThread):
    """The thread faust runs its Kafka consumer in, as a daemon whose stop waits a bounded time.

    mode's WorkerThread is non-daemon and its ``stop()`` blocks the event loop until the thread ends; with
    the broker gone, the consumer's last commit and leave-group requests retry for their request timeouts
    (tens of seconds), during which SIGTERM could not end the process. Giving up on that thread is safe:
    offsets it failed to commit are reprocessed by the partitions' next owner (at least once)."""

    stop_left: StopLeft = staticmethod(_never_stopping)

    def __init__(self, service: Any, **kwargs: Any) -> None:
        super().__init__(service, **kwargs)
        self.daemon = True

    def stop(self) -> None:
        wait_s = step_timeout(self.stop_left, CONSUMER_THREAD_STOP_S)
        if not self.is_stopped.wait(wait_s):
            log.warning("kafka consumer thread still closing after %.1fs; not waiting", wait_s)
            return
        if self.is_alive():
            self.join(wait_s)


def bounded_fetch_app(
    fetch_max_wait_ms: int, stop_left: StopLeft = _never_stopping, on_reread: OnReread | None = None
) -> type[faust.App]:
    """A ``faust.App`` subclass whose worker consumer waits at most ``fetch_max_wait_ms`` per fetch, and
    whose shutdown is bounded: ``stop_left()`` is the time left in the stop budget once a stop began (the
    worker abandons its unfinished batches then, so waiting for them is moot). Its consumer never commits
    past a post no batch finished (streams/offsets.py); ``on_reread`` hears of each partition it reads
    again because a post was dropped."""

    class StopThread(BoundedStopThread):
        pass

    StopThread.stop_left = staticmethod(stop_left)  # type: ignore[method-assign]

    class BoundedFetchThread(driver.AIOKafkaConsumerThread):
        Worker = StopThread

        async def on_thread_stop(self) -> None:
            timeout_s = step_timeout(stop_left, CONSUMER_THREAD_STOP_S)
            await bounded("kafka consumer close", super().on_thread_stop(), timeout_s)

        def _create_worker_consumer(self, transport: Any) -> Any:
            consumer = super()._create_worker_consumer(transport)
            # read by AIOKafkaConsumer.start() when it builds its fetcher; faust passes a constant
            consumer._fetch_max_wait_ms = fetch_max_wait_ms
            return consumer

    class BoundedFetchConsumer(safe_commit_consumer(driver.Consumer, on_reread)):  # type: ignore[misc]
        def _new_consumer_thread(self) -> Any:
            return BoundedFetchThread(self, loop=self.loop, beacon=self.beacon)

        async def on_stop(self) -> None:  # the last commit: retries while the broker is gone
            if stop_left() is None:
                await super().on_stop()
                return
            await bounded("consumer commit", super().on_stop(), step_timeout(stop_left, COMMIT_STOP_S))

    class BoundedStopProducer(driver.Producer):
        async def on_stop(self) -> None:
            await bounded("kafka producer close", super().on_stop(), step_timeout(stop_left, PRODUCER_STOP_S))

    class BoundedFetchTransport(driver.Transport):
        Consumer = BoundedFetchConsumer
        Producer = BoundedStopProducer

    class BoundedFetchApp(faust.App):
        def _new_transport(self) -> Any:
            return BoundedFetchTransport(self.conf.broker_consumer, self)

        async def _producer_flush(self, logger: Any) -> None:
            # with the broker gone, records of abandoned batches wait out the producer's 20 min request
            # timeout: a stopping worker gives the flush a bounded time (those batches are not acked)
            if stop_left() is None:
                await super()._producer_flush(logger)
                return
            timeout_s = step_timeout(stop_left, PRODUCER_STOP_S)
            await bounded("producer flush", super()._producer_flush(logger), timeout_s)

        async def _stop_consumer(self) -> None:
            # pauses the partitions, stops the fetcher, commits: each may wait on a broker that is gone
            if stop_left() is None:
                await super()._stop_consumer()
                return
            await bounded("consumer pause", super()._stop_consumer(), step_timeout(stop_left, COMMIT_STOP_S))

        async def _consumer_wait_empty(self, consumer: Any, logger: Any) -> None:
            # faust waits until every event taken from the stream is acked (stream_wait_empty): on a
            # rebalance that lets the batch in flight finish. A stopping worker abandons its batches, which
            # are never acked, so on shutdown the wait would only end with the watchdog: commit what is
            # acked and go on.
            if stop_left() is None:
                await super()._consumer_wait_empty(consumer, logger)
                return
            timeout_s = step_timeout(stop_left, COMMIT_STOP_S)
            await bounded("commit of acked offsets", consumer.commit_and_end_transactions(), timeout_s)

    return BoundedFetchApp
