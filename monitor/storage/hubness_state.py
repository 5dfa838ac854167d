"""The hubness estimates the workers of one deployment share in Redis (monitor.core.hubness).

Each worker writes only what it saw itself: one JSON string per worker and model (``posts``: the Chinese
posts it read; ``tops``: each exemplar's highest cosines from them, keyed by
:func:`~monitor.core.hubness.exemplar_digest`), with a TTL refreshed on every write. A worker reads the
others' and adopts them, so the correction covers the whole stream, not one partition's share of it, and a
worker that starts (or restarts) corrects from its first batch instead of after ``MONITOR_HUBNESS_MIN_POSTS``
posts of its own. Nothing is counted twice however often they exchange: a worker's own observations live
under its own key only. A restarted worker gets a new id; its old observations stay until their TTL.

Every call is made from the sharing thread (monitor.pipeline.hubness_share), never from a batch.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

import redis

from monitor.storage.keys import Keys

Observations = dict[str, Any]  # {"posts": int, "k": int, "tops": {digest: [cosine, ...]}}


class HubnessStore(Protocol):
    """Where the workers' observations live: Redis in the worker, a dict in unit tests."""

    def save(self, worker_id: str, observations: Observations) -> None: ...

    def load(self) -> dict[str, Observations]:
        """Every worker's observations still kept, by worker id."""
        ...


class RedisHubnessStore:
    def __init__(self, client: redis.Redis, keys: Keys, model: str, *, ttl_s: int) -> None:
        self.client = client
        self.keys = keys
        self.model = model
        self.ttl_s = ttl_s

    def save(self, worker_id: str, observations: Observations) -> None:
        key = self.keys.hubness_worker(self.model, worker_id)
        self.client.set(key, json.dumps(observations, separators=(",", ":")), ex=self.ttl_s)

    def load(self) -> dict[str, Observations]:
        names = sorted(self.client.scan_iter(match=self.keys.hubness_pattern(self.model), count=500))
        if not names:
            return {}
        prefix = self.keys.hubness_worker(self.model, "")
        out: dict[str, Observations] = {}
        for name, raw in zip(names, self.client.mget(names), strict=True):  # type: ignore[arg-type]
            if raw is None:
                continue  # expired between the scan and the read
            text = name.decode() if isinstance(name, bytes) else str(name)
            try:
                out[text.removeprefix(prefix)] = json.loads(raw)
            except (TypeError, ValueError):
                continue  # not ours, or cut short: the next write replaces it
        return out


class MemoryHubnessStore:
    """The same contract in memory (unit tests; several workers may share one)."""

    def __init__(self) -> None:
        self.data: dict[str, Observations] = {}
        self.fail = False  # True: every call raises, as a dead Redis would

    def save(self, worker_id: str, observations: Observations) -> None:
        if self.fail:
            raise redis.ConnectionError("store down")
        self.data[worker_id] = json.loads(json.dumps(observations))

    def load(self) -> dict[str, Observations]:
        if self.fail:
            raise redis.ConnectionError("store down")
        return {k: json.loads(json.dumps(v)) for k, v in self.data.items()}
