"""CPU a worker's batch spends in the candidates' store (monitor.storage.candidates): take the writer lock,
sync the replica (reading what the other worker changed), advance the stream clock, commit this batch's
changed clusters, release; what the burst stage does per batch (docs/PERFORMANCE.md).

Two replicas stand for two workers on one Redis (a throwaway redis-server on a free loopback port) and take
turns: each batch ``--posts`` random static-like vectors (256 dims) join or open clusters of the replica's
set, then the store calls run and their CPU time is read with ``time.thread_time`` (the client's side: what
the bench's worker CPU counts; Redis's own CPU is not in it). Run it against another tree with
``PYTHONPATH=<tree>`` to compare (a tree without ``sync_advancing`` advances the clock separately).

    .venv/bin/python scripts/candidates_store_cost.py [--batches 300] [--posts 55] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

import numpy as np
import redis
from scratch_redis import scratch_redis  # the scripts folder is on sys.path when a script runs

from monitor.core.candidates import ClusterConfig, PostIn
from monitor.storage.candidates import CandidateStore
from monitor.storage.keys import Keys


def run(client: redis.Redis, batches: int, posts: int, dim: int, seed: int) -> dict[str, Any]:
    cfg = ClusterConfig(join_threshold=0.6, min_size=4, min_authors=3, merge_threshold=1.0, max_clusters=5000)
    store = CandidateStore(client, Keys("cost"), "cost-static", cfg)
    replicas = [store.replica(), store.replica()]
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(400, dim)).astype(np.float32)  # posts recur on topics: joins, as the stream
    cpu = [0.0, 0.0]
    wall = 0.0
    n = 0
    for b in range(batches):
        w = b % 2
        replica = replicas[w]
        started_cpu, started = time.thread_time(), time.perf_counter()
        with store.locked() as ok:
            assert ok
            if hasattr(store, "sync_advancing"):
                store.sync_advancing(replica, posts)
            else:
                store.advance_stream(posts)
                store.sync(replica)
            cpu[w] += time.thread_time() - started_cpu
            batch = []
            for k in range(posts):
                base = topics[int(rng.integers(len(topics)))] if rng.random() < 0.7 else rng.normal(size=dim)
                v = (base + rng.normal(scale=0.4, size=dim)).astype(np.float32)
                batch.append(
                    PostIn(f"p{b}-{k}", f"post {b} {k} some words here", f"a{int(rng.integers(5000))}", v)
                )
            touched, _ = replica.clusters.add_batch(batch, 1000.0 + b)
            removed = replica.clusters.enforce_capacity(1000.0 + b)
            started_cpu = time.thread_time()
            store.commit(replica, touched - removed, removed)
        cpu[w] += time.thread_time() - started_cpu
        wall += time.perf_counter() - started
        n += 1
    return {
        "batches": n,
        "posts_per_batch": posts,
        "clusters": len(replicas[0].clusters),
        "store_cpu_ms_per_batch": round(1000 * sum(cpu) / n, 3),
        "store_cpu_us_per_post": round(1e6 * sum(cpu) / n / posts, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batches", type=int, default=300)
    ap.add_argument("--posts", type=int, default=55)
    ap.add_argument("--dim", type=int, default=256)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with scratch_redis("storecost-", decode_responses=True) as client:
        report = run(client, args.batches, args.posts, args.dim, args.seed)
    print(json.dumps(report) if args.json else report)


if __name__ == "__main__":
    main()
