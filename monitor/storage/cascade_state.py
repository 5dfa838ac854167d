"""The cascade's shared state in Redis: workers of one deployment pool the rows their gate learns from.

Each worker pushes chunks (:class:`~monitor.core.cascade.ReservoirChunk`: static and transformer vectors of
posts the model scored, and the background sum of the posts it saw) onto one capped LIST per transformer
and static model, and reads the list back when it recalibrates. A worker that starts (or restarts) loads it
before its first calibration, so its gate starts where the group's is instead of cold. The rows are post
vectors, independent of the catalogue: every worker fits its map and calibrates for its own catalogue
version from them, so a hot reload never reuses a stale map. The list is capped (``max_chunks``, newest
kept) and expires ``ttl_s`` after the last push; a chunk of another format or dimensions is ignored.

Every call here is made from the cascade's background thread, never from the batch: a slow or dead Redis
delays the gate's next calibration, not a post.
"""

from __future__ import annotations

from typing import Protocol

import redis

from monitor.storage.keys import Keys


class SharedStateStore(Protocol):
    """Where the cascade's chunks live: Redis in the worker, a list in unit tests."""

    def push(self, blob: bytes) -> None: ...

    def load(self) -> list[bytes]:
        """Every chunk kept, newest first."""
        ...


class RedisSharedState:
    def __init__(
        self, client: redis.Redis, keys: Keys, model: str, static_model: str, *, max_chunks: int, ttl_s: int
    ) -> None:
        if max_chunks < 1:
            raise ValueError("max_chunks must be >= 1")
        self.client = client
        self.key = keys.cascade_reservoir(model, static_model)
        self.max_chunks = max_chunks
        self.ttl_s = ttl_s

    def push(self, blob: bytes) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.lpush(self.key, blob)
        pipe.ltrim(self.key, 0, self.max_chunks - 1)
        pipe.expire(self.key, self.ttl_s)
        pipe.execute()

    def load(self) -> list[bytes]:
        raw = self.client.lrange(self.key, 0, self.max_chunks - 1)
        return [b for b in raw if isinstance(b, bytes)]  # type: ignore[union-attr]


class MemorySharedState:
    """The same contract in memory (unit tests; several stages may share one)."""

    def __init__(self, max_chunks: int = 64) -> None:
        self.max_chunks = max_chunks
        self.chunks: list[bytes] = []
        self.fail = False  # True: every call raises, as a dead Redis would

    def push(self, blob: bytes) -> None:
        if self.fail:
            raise redis.ConnectionError("store down")
        self.chunks = [blob, *self.chunks][: self.max_chunks]

    def load(self) -> list[bytes]:
        if self.fail:
            raise redis.ConnectionError("store down")
        return list(self.chunks)
