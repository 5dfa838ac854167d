"""Shared state of the emerging-narrative clusters, in Redis, so that every worker (one per partition group)
adds to the same clusters and ``monitor candidates`` / the API read them.

Layout (keys in :mod:`monitor.keys`, one namespace per model: vectors of different models never mix)::

    cand:<model>:c:<id>    STRING  one cluster as JSON (centroid float32 and example vectors float16, base64)
    cand:<model>:ids       SET     live cluster ids
    cand:<model>:changes   ZSET    id -> revision of its last change (deletions too), trimmed
    cand:<model>:rev       STRING  revision counter; :floor = highest revision trimmed from the change log
    cand:<model>:lock      STRING  writer lock (one batch at a time, a few milliseconds)
    cand:<model>:hidden    HASH    id -> {"status": "dismissed"|"promoted", ...}

Each worker keeps a replica in memory. Per batch, under the lock: read the ids changed since its revision
(one ZRANGEBYSCORE, then only those clusters), assign its posts locally, write back the clusters it touched.
Reads (list, API) need no lock.
"""

from __future__ import annotations

import base64
import contextlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson
import redis

from monitor.core.candidates import (
    CandidateView,
    Cluster,
    ClusterConfig,
    ClusterSet,
    Example,
    rank,
    template_from_candidate,
)
from monitor.core.clock import iso, utcnow
from monitor.core.models import TemplateIn
from monitor.errors import MonitorError, TemplateNotFound
from monitor.storage.keys import Keys
from monitor.storage.registry import ImportResult, TemplateRegistry, current_actor

# how a worker waiting for the writer lock retries it: after 1 ms, doubling to 20 ms between tries.
# redis-py's own blocking acquire retries every 0.1 s, so a batch whose worker found the lock held by
# another waited ~100 ms per try although the holder keeps it a few ms; with two workers every batch takes
# two such locks (the candidates' and the burst stage's) in the batch's path (docs/PERFORMANCE.md
# "Cascade: latency"). A try is one SET NX round trip.
LOCK_FIRST_POLL_S = 0.001
LOCK_MOST_POLL_S = 0.02


def lock_poll_delays(
    timeout_s: float, first_s: float = LOCK_FIRST_POLL_S, most_s: float = LOCK_MOST_POLL_S
) -> Iterator[float]:
    """The pauses between tries of a lock within ``timeout_s``: ``first_s`` doubling to ``most_s``, the
    last one cut so that they add up to ``timeout_s`` (a last try follows it)."""
    left, delay = timeout_s, first_s
    while left > 1e-9:
        step = min(delay, left)
        yield step
        left -= step
        delay = min(most_s, delay * 2)


def acquire_polling(lock: Any, timeout_s: float, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Try ``lock`` (a redis-py ``Lock``, non-blocking tries) until it is had or ``timeout_s`` of pauses
    (:func:`lock_poll_delays`) have passed; True once had."""
    deadline = time.monotonic() + timeout_s
    if lock.acquire(blocking=False):
        return True
    for delay in lock_poll_delays(timeout_s):
        sleep(min(delay, max(0.0, deadline - time.monotonic())))
        if lock.acquire(blocking=False):
            return True
        if time.monotonic() >= deadline:
            return False
    return False


_MGET_CHUNK = 500

# A commit in one script (atomic, one command: the client packs and parses one command, not one per
# cluster): write the changed clusters (with their TTL) and add them to the id set, delete the removed ones
# (key, id, hidden status), take a new revision and log every changed or removed id at it. KEYS: revision,
# change log, id set, hidden hash, then the changed clusters' keys, then the removed ones'. ARGV: TTL,
# number changed, number removed, the changed clusters' values, the changed ids, the removed ids. Returns
# the revision and the log's size.
_COMMIT = """
local ttl, nc, nr = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
for i = 1, nc do
    redis.call('SET', KEYS[4 + i], ARGV[3 + i], 'EX', ttl)
    redis.call('SADD', KEYS[3], ARGV[3 + nc + i])
end
for i = 1, nr do
    local cid = ARGV[3 + 2 * nc + i]
    redis.call('DEL', KEYS[4 + nc + i])
    redis.call('SREM', KEYS[3], cid)
    redis.call('HDEL', KEYS[4], cid)
end
local rev = redis.call('INCR', KEYS[1])
for i = 1, nc + nr do
    redis.call('ZADD', KEYS[2], rev, ARGV[3 + nc + i])
end
return {rev, redis.call('ZCARD', KEYS[2])}
"""


class CandidateNotFound(MonitorError):
    def __init__(self, candidate_id: str) -> None:
        super().__init__(f"no candidate with id {candidate_id!r}")
        self.candidate_id = candidate_id


class CandidateConflict(MonitorError):
    """Promotion would overwrite an existing template."""


# --- serialisation (pure) ------------------------------------------------------------------------------
def _b64(a: np.ndarray, dtype: str) -> str:
    return base64.b64encode(np.ascontiguousarray(a, dtype=dtype).tobytes()).decode("ascii")


def _unb64(s: str, dtype: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(s), dtype=dtype).astype(np.float32)


def encode_cluster(c: Cluster) -> bytes:
    ex_vecs = np.stack([e.vector for e in c.examples]) if c.examples else np.zeros((0, 0), np.float32)
    return orjson.dumps(
        {
            "id": c.id,
            "centroid": _b64(c.centroid, "<f4"),
            "size": c.size,
            "spread": c.spread,
            "recent": c.recent,
            "posts": c.posts,
            "author_count": c.author_count,
            "authors": c.authors,
            "first_seen_s": c.first_seen_s,
            "last_seen_s": c.last_seen_s,
            "updated_s": c.updated_s,
            "notified_s": c.notified_s,
            "notifications": c.notifications,
            "resolved": c.resolved,
            "escalated_s": c.escalated_s,
            "stream_recent": c.stream_recent,
            "stream_baseline": c.stream_baseline,
            "stream_at": c.stream_at,
            "examples": [
                {"post_id": e.post_id, "text": e.text, "author_key": e.author_key, "centrality": e.centrality}
                for e in c.examples
            ],
            "example_vectors": _b64(ex_vecs, "<f2"),
        }
    )


def decode_cluster(raw: str | bytes) -> Cluster:
    d: dict[str, Any] = orjson.loads(raw)
    centroid = _unb64(d["centroid"], "<f4")
    ex = d.get("examples") or []
    vecs = (
        _unb64(d["example_vectors"], "<f2").reshape(len(ex), -1) if ex else np.zeros((0, centroid.shape[0]))
    )
    return Cluster(
        id=d["id"],
        centroid=centroid,
        size=float(d["size"]),
        spread=float(d["spread"]),
        recent=float(d["recent"]),
        posts=int(d["posts"]),
        author_count=int(d["author_count"]),
        authors={str(k): int(v) for k, v in d["authors"].items()},
        first_seen_s=float(d["first_seen_s"]),
        last_seen_s=float(d["last_seen_s"]),
        updated_s=float(d["updated_s"]),
        examples=[
            Example(e["post_id"], e["text"], e["author_key"], v.astype(np.float32), float(e["centrality"]))
            for e, v in zip(ex, vecs, strict=True)
        ],
        notified_s=d.get("notified_s"),
        notifications=int(d.get("notifications", 0)),
        resolved=bool(d.get("resolved", False)),
        escalated_s=d.get("escalated_s"),
        stream_recent=float(d.get("stream_recent", 0.0)),
        stream_baseline=float(d.get("stream_baseline", 0.0)),
        stream_at=float(d.get("stream_at", 0.0)),
    )


# --- the store ---------------------------------------------------------------------------------------
@dataclass
class Replica:
    """A worker's in-memory copy of the clusters and the revision it reflects (-1: reload everything)."""

    clusters: ClusterSet
    rev: int = -1

    def invalidate(self) -> None:
        self.rev = -1


class CandidateStore:
    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        model: str,
        config: ClusterConfig,
        *,
        lock_timeout_s: float = 10.0,
        max_changes: int | None = None,
    ) -> None:
        self.client = client
        self.keys = keys
        self.model = model
        self.config = config
        self.lock_timeout_s = lock_timeout_s
        self.max_changes = max_changes or 4 * config.max_clusters
        # a safety net: clusters nobody touched for this long are gone even if no worker pruned them
        self.ttl_s = int(max(24 * 3600.0, 10 * config.size_half_life_s))
        self._commit_script = client.register_script(_COMMIT)  # EVALSHA; loaded on first use

    # --- reads (no lock) ---------------------------------------------------------------------------
    def _get_many(self, ids: Sequence[str]) -> list[Cluster | None]:
        # MGET: one command per chunk instead of one GET each (the client's packing and parsing per
        # command is most of a sync's CPU)
        raws: list[Any] = []
        for at in range(0, len(ids), _MGET_CHUNK):
            chunk = ids[at : at + _MGET_CHUNK]
            raws += self.client.mget([self.keys.candidate(self.model, cid) for cid in chunk])  # type: ignore[operator]
        return [None if raw is None else decode_cluster(raw) for raw in raws]

    def load(self) -> ClusterSet:
        """Every live cluster."""
        ids = sorted(str(cid) for cid in self.client.smembers(self.keys.candidate_ids(self.model)))  # type: ignore[union-attr]
        out = ClusterSet(self.config)
        for c in self._get_many(ids):
            if c is not None:
                out.put(c)
        return out

    def get(self, candidate_id: str) -> Cluster:
        (c,) = self._get_many([candidate_id])
        if c is None:
            raise CandidateNotFound(candidate_id)
        return c

    def hidden(self, ids: Sequence[str] | None = None) -> dict[str, str]:
        """Dismissed or promoted ids -> their status (all of them, or only among ``ids``)."""
        key = self.keys.candidate_hidden(self.model)
        items: Iterable[tuple[Any, Any]]
        if ids is None:
            items = self.client.hgetall(key).items()  # type: ignore[union-attr]
        else:
            if not ids:
                return {}
            items = zip(ids, self.client.hmget(key, list(ids)), strict=True)  # type: ignore[arg-type]
        return {str(cid): orjson.loads(v).get("status", "dismissed") for cid, v in items if v is not None}

    def list(
        self, now_s: float, *, limit: int | None = 20, n_examples: int = 5, include_hidden: bool = False
    ) -> list[CandidateView]:
        """Candidates, most urgent first (dismissed and promoted ones only with ``include_hidden``)."""
        clusters = self.load()
        return rank(
            clusters.clusters.values(),
            now_s,
            self.config,
            self.hidden(),
            limit=limit,
            n_examples=n_examples,
            include_hidden=include_hidden,
        )

    # --- ops actions -------------------------------------------------------------------------------
    def _hide(self, candidate_id: str, status: str, **extra: Any) -> None:
        if not self.client.exists(self.keys.candidate(self.model, candidate_id)):
            raise CandidateNotFound(candidate_id)
        record = {"status": status, "at": iso(utcnow()), **extra}
        self.client.hset(self.keys.candidate_hidden(self.model), candidate_id, orjson.dumps(record).decode())

    def dismiss(self, candidate_id: str, *, actor: str | None = None) -> None:
        """Hide a candidate. Its cluster keeps absorbing posts (so the same wave does not come back as a
        new candidate) until it fades."""
        self._hide(candidate_id, "dismissed", by=actor or current_actor())

    def mark_promoted(self, candidate_id: str, template_id: str, *, actor: str | None = None) -> None:
        self._hide(candidate_id, "promoted", template_id=template_id, by=actor or current_actor())

    # --- the worker's replica ----------------------------------------------------------------------
    def replica(self) -> Replica:
        return Replica(ClusterSet(self.config))

    @contextlib.contextmanager
    def locked(self) -> Iterator[bool]:
        """Hold the writer lock; yields False when it could not be had within ``lock_timeout_s``."""
        lock = self.client.lock(self.keys.candidate_lock(self.model), timeout=self.lock_timeout_s)
        if not acquire_polling(lock, self.lock_timeout_s):
            yield False
            return
        try:
            yield True
        finally:
            with contextlib.suppress(redis.exceptions.LockError):
                lock.release()

    def sync(self, replica: Replica) -> int:
        """Bring the replica up to date (call with the lock held). Returns how many clusters were read."""
        return self._sync(replica, None)[0]

    def sync_advancing(self, replica: Replica, posts: int) -> int:
        """:meth:`sync` and :meth:`advance_stream` in one round trip (call with the lock held): the new
        stream position."""
        return self._sync(replica, posts)[1]

    def _sync(self, replica: Replica, advance: int | None) -> tuple[int, int]:
        k, m = self.keys, self.model
        pipe = self.client.pipeline(transaction=False)
        pipe.get(k.candidate_revision(m))
        pipe.get(k.candidate_floor(m))
        pipe.zrangebyscore(k.candidate_changes(m), f"({max(replica.rev, 0)}", "+inf")
        if advance is not None:
            pipe.incrby(k.candidate_stream(m), max(0, advance))
        rev_raw, floor_raw, changed, *position = pipe.execute()
        pos = int(position[0]) if position else 0
        rev, floor = int(rev_raw or 0), int(floor_raw or 0)
        return self._apply_sync(replica, rev, floor, changed), pos

    def _apply_sync(self, replica: Replica, rev: int, floor: int, changed: Sequence[Any]) -> int:
        if rev == replica.rev:
            return 0
        if replica.rev < 0 or floor > replica.rev or rev < replica.rev:  # new, fell behind, or state reset
            fresh = self.load()
            replica.clusters = fresh
            replica.rev = rev
            return len(fresh)
        ids = list(changed)
        for cid, c in zip(ids, self._get_many(ids), strict=True):
            if c is None:
                replica.clusters.remove(cid)
            else:
                replica.clusters.put(c)
        replica.rev = rev
        return len(ids)

    def commit(self, replica: Replica, changed: Iterable[str], removed: Iterable[str]) -> None:
        """Write back what this worker changed (call with the lock held, right after :meth:`sync`)."""
        k, m = self.keys, self.model
        removed = set(removed)
        changed = {cid for cid in changed if cid not in removed and cid in replica.clusters}
        if not changed and not removed:
            return
        # one script, one round trip, atomic: the revision is taken inside it, so the change log's scores
        # are the revision this commit took, whoever else writes
        ch, rm = sorted(changed), sorted(removed)
        keys = [
            k.candidate_revision(m),
            k.candidate_changes(m),
            k.candidate_ids(m),
            k.candidate_hidden(m),
            *(k.candidate(m, cid) for cid in ch),
            *(k.candidate(m, cid) for cid in rm),
        ]
        values = [encode_cluster(replica.clusters.clusters[cid]) for cid in ch]
        rev, size = self._commit_script(keys=keys, args=[self.ttl_s, len(ch), len(rm), *values, *ch, *rm])
        replica.rev = int(rev)
        if size > self.max_changes:
            self._trim_changes(int(size) - self.max_changes // 2)

    def _trim_changes(self, count: int) -> None:
        k, m = self.keys, self.model
        oldest = self.client.zrange(k.candidate_changes(m), 0, count - 1, withscores=True)
        if not oldest:
            return
        pipe = self.client.pipeline(transaction=True)
        pipe.set(k.candidate_floor(m), int(max(float(pair[1]) for pair in oldest)))  # type: ignore[union-attr]
        pipe.zremrangebyrank(k.candidate_changes(m), 0, count - 1)
        pipe.execute()

    def advance_stream(self, posts: int) -> int:
        """Add ``posts`` to the stream position shared by every worker (the clock of the candidates' cheap
        stage: posts processed) and return the new position."""
        return int(self.client.incrby(self.keys.candidate_stream(self.model), max(0, posts)))  # type: ignore[arg-type]

    def claim_maintenance(self, interval_s: float) -> bool:
        """True for one caller per interval across workers (prune and merge run once, not once per worker)."""
        key = self.keys.candidate_maintenance(self.model)
        return bool(self.client.set(key, "1", nx=True, px=max(1, int(interval_s * 1000))))


# --- promotion ---------------------------------------------------------------------------------------
def promote(
    store: CandidateStore,
    registry: TemplateRegistry,
    candidate_id: str,
    *,
    category: str,
    severity: str,
    template_id: str | None = None,
    text: str | None = None,
    actor: str | None = None,
) -> tuple[TemplateIn, ImportResult]:
    """Turn a candidate into a template in one step (text: the most central post unless given; examples: the
    other central posts), then hide the candidate. Refuses to overwrite an existing template."""
    cluster = store.get(candidate_id)
    template = template_from_candidate(
        cluster, category=category, severity=severity, template_id=template_id, text=text
    )
    try:
        registry.get(template.id)
    except TemplateNotFound:
        pass
    else:
        raise CandidateConflict(f"template {template.id!r} already exists; pick another id")
    result = registry.upsert_many([template], actor=actor)
    store.mark_promoted(candidate_id, template.id, actor=actor)
    return template, result
