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

from typing import Any

import faust
from faust.transport.drivers import aiokafka as driver


def bounded_fetch_app(fetch_max_wait_ms: int) -> type[faust.App]:
    """A ``faust.App`` subclass whose worker consumer waits at most ``fetch_max_wait_ms`` per fetch."""

    class BoundedFetchThread(driver.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport: Any) -> Any:
            consumer = super()._create_worker_consumer(transport)
            # read by AIOKafkaConsumer.start() when it builds its fetcher; faust passes a constant
            consumer._fetch_max_wait_ms = fetch_max_wait_ms
            return consumer

    class BoundedFetchConsumer(driver.Consumer):
        def _new_consumer_thread(self) -> Any:
            return BoundedFetchThread(self, loop=self.loop, beacon=self.beacon)

    class BoundedFetchTransport(driver.Transport):
        Consumer = BoundedFetchConsumer

    class BoundedFetchApp(faust.App):
        def _new_transport(self) -> Any:
            return BoundedFetchTransport(self.conf.broker_consumer, self)

    return BoundedFetchApp
