"""The workers' hubness estimates, pooled (monitor.storage.hubness_state).

A worker estimates each English exemplar's hubness from the Chinese posts it reads (monitor.core.hubness)
and corrects nothing before ``MONITOR_HUBNESS_MIN_POSTS`` of them. Scaled out on Kafka partitions, each
worker sees only its share of the stream; restarted, it starts from nothing and decides its first posts
without the correction (and with the grey band the correction replaces). :class:`HubnessSharing` exchanges
the estimates through Redis every ``MONITOR_HUBNESS_SHARE_S`` seconds on a daemon thread, once at start-up
before the first batch: each worker writes its own observations and adopts the others'. A slow or dead Redis
delays the exchange, never a post; the worker then corrects from what it saw itself, as it did alone.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Mapping

import redis

from monitor.core.hubness import ExemplarKey, exemplar_digest
from monitor.core.models import Template
from monitor.pipeline.processor import Processor
from monitor.storage.hubness_state import HubnessStore, Observations

log = logging.getLogger(__name__)


def digests(templates: Mapping[str, Template]) -> dict[ExemplarKey, str]:
    """Each exemplar of the catalogue by its key (template id, kind, index) and its digest."""
    return {
        (t.id, kind, index): exemplar_digest(t.id, kind, text)
        for t in templates.values()
        for kind, index, text in t.exemplars()
    }


class HubnessSharing:
    """Exchange a processor's hubness observations with the other workers' through ``store``."""

    def __init__(
        self,
        processor: Processor,
        store: HubnessStore,
        interval_s: float,
        worker_id: str | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        if processor.hubness is None:
            raise ValueError("the processor has no hubness estimator (MONITOR_HUBNESS_WEIGHT=0?)")
        self.processor = processor
        self.store = store
        self.interval_s = interval_s
        self.worker_id = worker_id or uuid.uuid4().hex[:12]
        # adopts the workers' observations and writes none of its own (the console's "try it" box: the
        # posts ops try are no part of the stream)
        self.read_only = read_only
        self.exchanges = 0
        self.failures = 0
        self.others = 0  # the other workers whose observations the last exchange adopted
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def sync(self) -> bool:
        """One exchange: write this worker's observations, adopt every other worker's. False when the store
        failed (logged; the worker keeps what it had)."""
        estimator = self.processor.hubness
        assert estimator is not None
        by_key = digests(self.processor.catalogue.templates)
        posts, own = self.processor.own_hubness()
        mine: Observations = {
            "posts": posts,
            "k": estimator.k,
            "tops": {by_key[key]: top for key, top in own.items() if key in by_key},
        }
        try:
            if not self.read_only:
                self.store.save(self.worker_id, mine)
            everyone = self.store.load()
        except (redis.RedisError, OSError) as exc:
            self.failures += 1
            log.warning("hubness exchange failed (%s); correcting from this worker's own posts", exc)
            return False
        by_digest = {digest: key for key, digest in by_key.items()}
        others, workers = 0, 0
        tops: dict[ExemplarKey, list[float]] = {}
        for worker, seen in everyone.items():
            if worker == self.worker_id or seen.get("k") != estimator.k:
                continue  # this worker's own, or estimated with another k: not comparable
            workers += 1
            others += int(seen.get("posts", 0))
            for digest, top in dict(seen.get("tops", {})).items():
                key = by_digest.get(digest)
                if key is not None:  # an exemplar the catalogue no longer has is left out
                    tops.setdefault(key, []).extend(float(v) for v in top)
        self.processor.adopt_hubness(others, tops)
        self.exchanges += 1
        self.others = workers
        return True

    def start(self) -> None:
        """One exchange now (the first batch is corrected with what the others saw), then one every
        ``interval_s`` on a daemon thread."""
        if self.sync():
            estimator = self.processor.hubness
            log.info(
                "hubness estimates shared every %gs: adopted %d Chinese posts from %d other workers (%s)",
                self.interval_s,
                estimator.others_posts if estimator is not None else 0,
                self.others,
                "correcting now" if self.processor.policy.hubness is not None else "not enough posts yet",
            )
        self._thread = threading.Thread(target=self._run, name="monitor-hubness-share", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread. No last exchange: a stopping worker does not wait on Redis, and what it wrote
        at its last exchange (at most ``interval_s`` old) outlives it until the TTL."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.sync()
            except Exception:  # never let the thread die on a surprise: the next round tries again
                self.failures += 1
                log.exception("hubness exchange failed")
