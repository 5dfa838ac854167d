"""The hubness estimates the workers of one deployment share in Redis (monitor.core.hubness).

Each worker writes only what it saw itself: one field per worker in one HASH per model, holding JSON
(``posts``: the Chinese posts it read; ``tops``: each exemplar's highest cosines from them, keyed by
:func:`~monitor.core.hubness.exemplar_digest`), with a per-field TTL (HEXPIRE) refreshed on every write. A
read is one HGETALL, however many other keys the deployment keeps. A worker reads the
others' and adopts them, so the correction covers the whole stream, not one partition's share of it, and a
worker that starts (or restarts) corrects from its first batch instead of after ``MONITOR_HUBNESS_MIN_POSTS``
posts of its own. Nothing is counted twice however often they exchange: a worker's own observations live
under its own field only. A restarted worker gets a new id; its old observations stay until their TTL.

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
        key = self.keys.hubness(self.model)
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(key, worker_id, json.dumps(observations, separators=(",", ":")))
        pipe.hexpire(key, self.ttl_s, worker_id)
        pipe.execute()

    def load(self) -> dict[str, Observations]:
        raw_fields = self.client.hgetall(self.keys.hubness(self.model))
        out: dict[str, Observations] = {}
        for field, raw in sorted(raw_fields.items()):  # type: ignore[union-attr]
            worker = field.decode() if isinstance(field, bytes) else str(field)
            try:
                out[worker] = json.loads(raw)
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
