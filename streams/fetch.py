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

log = logging.getLogger("monitor.worker")
# how long faust's stop waits for its consumer thread (which leaves the group and closes its connections)
CONSUMER_THREAD_STOP_S = 3.0
# and for its producer to flush (records not acknowledged by then belong to batches that were not acked)
PRODUCER_STOP_S = 2.0


async def bounded(what: str, step: Any, timeout_s: float) -> None:
    """Await one step of faust's shutdown for at most ``timeout_s``; log instead of raising.

    With the broker gone, aiokafka's close retries requests for their timeouts (the producer's is 20
    minutes), and the consumer's fetcher re-raises a cancelled fetch as ``CancelledError``, which mode
    treats as fatal: its thread then never signals that it shut down and faust's stop waits forever."""
    try:
        await asyncio.wait_for(step, timeout_s)
    except TimeoutError:
        log.warning("stopping: %s did not finish in %.0fs; not waiting", what, timeout_s)
    except (asyncio.CancelledError, Exception) as exc:  # the process is stopping
        log.warning("stopping: %s failed (%s); going on", what, type(exc).__name__)


class BoundedStopThread(WorkerThread):
    """The thread faust runs its Kafka consumer in, as a daemon whose stop waits a bounded time.

    mode's WorkerThread is non-daemon and its ``stop()`` blocks the event loop until the thread ends; with
    the broker gone, the consumer's last commit and leave-group requests retry for their request timeouts
    (tens of seconds), during which SIGTERM could not end the process. Giving up on that thread is safe:
    offsets it failed to commit are reprocessed by the partitions' next owner (at least once)."""

    def __init__(self, service: Any, **kwargs: Any) -> None:
        super().__init__(service, **kwargs)
        self.daemon = True

    def stop(self) -> None:
        if not self.is_stopped.wait(CONSUMER_THREAD_STOP_S):
            log.warning(
                "kafka consumer thread still closing after %.0fs; not waiting", CONSUMER_THREAD_STOP_S
            )
            return
        if self.is_alive():
            self.join(CONSUMER_THREAD_STOP_S)


def bounded_fetch_app(
    fetch_max_wait_ms: int, stopping: Callable[[], bool] = lambda: False
) -> type[faust.App]:
    """A ``faust.App`` subclass whose worker consumer waits at most ``fetch_max_wait_ms`` per fetch, and
    whose shutdown is bounded (``stopping()``: the worker abandons batches, so waiting for them is moot)."""

    class BoundedFetchThread(driver.AIOKafkaConsumerThread):
        Worker = BoundedStopThread

        async def on_thread_stop(self) -> None:
            await bounded("kafka consumer close", super().on_thread_stop(), CONSUMER_THREAD_STOP_S)

        def _create_worker_consumer(self, transport: Any) -> Any:
            consumer = super()._create_worker_consumer(transport)
            # read by AIOKafkaConsumer.start() when it builds its fetcher; faust passes a constant
            consumer._fetch_max_wait_ms = fetch_max_wait_ms
            return consumer

    class BoundedFetchConsumer(driver.Consumer):
        def _new_consumer_thread(self) -> Any:
            return BoundedFetchThread(self, loop=self.loop, beacon=self.beacon)

    class BoundedStopProducer(driver.Producer):
        async def on_stop(self) -> None:
            await bounded("kafka producer close", super().on_stop(), PRODUCER_STOP_S)

    class BoundedFetchTransport(driver.Transport):
        Consumer = BoundedFetchConsumer
        Producer = BoundedStopProducer

    class BoundedFetchApp(faust.App):
        def _new_transport(self) -> Any:
            return BoundedFetchTransport(self.conf.broker_consumer, self)

        async def _consumer_wait_empty(self, consumer: Any, logger: Any) -> None:
            # faust waits until every event taken from the stream is acked (stream_wait_empty): on a
            # rebalance that lets the batch in flight finish. A stopping worker abandons its batches, which
            # are never acked, so on shutdown the wait would only end with the watchdog: commit what is
            # acked and go on.
            if not stopping():
                await super()._consumer_wait_empty(consumer, logger)
                return
            await bounded("commit of acked offsets", consumer.commit_and_end_transactions(), PRODUCER_STOP_S)

    return BoundedFetchApp
