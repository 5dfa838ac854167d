"""CPU cost of clustering the cheap stage's posts (docs/PERFORMANCE.md "Cascade"): ``ClusterSet.add`` post by
post against ``ClusterSet.assign_batch`` (one product per batch) on the same posts, at ``--clusters`` live
clusters of ``--dim`` dims (the burst store holds up to 5,000 static vectors of 256 dims), batches of
``--batch``; random vectors, BLAS on one thread as in the worker. Both leave the same clusters (checked).

    .venv/bin/python scripts/candidates_assign_cost.py [--clusters 5000] [--posts 1200] [--batch 60]
"""

from __future__ import annotations

import argparse
import copy
import time

import numpy as np

from monitor.core.candidates import ClusterConfig, ClusterSet, PostIn, single_threaded_blas


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clusters", type=int, default=5000)
    ap.add_argument("--posts", type=int, default=1200)
    ap.add_argument("--batch", type=int, default=60)
    ap.add_argument("--dim", type=int, default=256)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    base = ClusterSet(ClusterConfig())
    with single_threaded_blas():
        for k in range(args.clusters):
            base.add(PostIn(f"x{k}", "t", "a", rng.normal(size=args.dim).astype(np.float32)), 1.0)
    posts = [
        PostIn(f"p{k}", "t", f"a{k}", rng.normal(size=args.dim).astype(np.float32)) for k in range(args.posts)
    ]
    batches = [posts[i : i + args.batch] for i in range(0, len(posts), args.batch)]
    results = {}
    for name in ("add", "assign_batch"):
        clusters = copy.deepcopy(base)
        ids = iter(range(10**9))
        clusters.id_factory = lambda ids=ids: f"n{next(ids)}"
        started = time.process_time()
        assigned = []
        with single_threaded_blas():
            for batch in batches:
                if name == "add":
                    assigned += [clusters.add(p, 2.0) for p in batch]
                else:
                    assigned += list(clusters.assign_batch(batch, 2.0))
        ms = (time.process_time() - started) * 1000 / len(posts)
        results[name] = assigned
        print(f"{name:>12}: {ms:.3f} ms CPU per post, {len(clusters)} clusters after")
    print("same assignments:", results["add"] == results["assign_batch"])


if __name__ == "__main__":
    main()
