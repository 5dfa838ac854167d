"""Why the worker limits numpy's BLAS threads (docs/PERFORMANCE.md, "Cascade", all-topical stream).

``products``: one process runs the cascade gate's two products (a 64-post batch of static vectors through
the learned map, 64 x 257 @ 257 x 384, then against 104 exemplars) every 50 ms, as a batch thread does
between transformer calls, and reports the time spent in them and each thread's CPU seconds (from
/proc): with OpenBLAS's default (a thread per core) its helper thread spins and the hand-off waits for it.
``workers``: two processes, each with one ONNX thread (the bench's layout), encode 64-post batches for
25 s with the gate's products before each batch; reports posts/s.

    .venv/bin/python scripts/blas_contention.py products --blas 2|1
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/blas_contention.py workers --blas 0|1   # 0: the default
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import time
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits


def gate_products(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (
        rng.random((64, 257), dtype=np.float32),
        rng.random((257, 384), dtype=np.float32),
        rng.random((384, 104), dtype=np.float32),
    )


def thread_cpu_s() -> dict[str, float]:
    out = {}
    for tid in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{tid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        out[tid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def products(blas: int) -> None:
    if blas:
        threadpool_limits(blas, user_api="blas")
    a, w, p = gate_products(np.random.default_rng(0))
    (a @ w) @ p
    before, spent = thread_cpu_s(), 0.0
    for _ in range(100):
        started = time.perf_counter()
        (a @ w) @ p
        spent += time.perf_counter() - started
        time.sleep(0.05)
    after = thread_cpu_s()
    cpu = {tid: round(after[tid] - before.get(tid, 0.0), 2) for tid in after}
    print(
        f"blas threads {blas or 'default'}: 100 products took {spent * 1000:.0f} ms; CPU s per thread {cpu}; "
        f"load {os.getloadavg()[0]:.2f}"
    )


def _worker(blas: int, queue: Any) -> None:
    from monitor.embedding import load_embedder

    embedder = load_embedder("all-MiniLM-L6-v2", "onnx", 16, 1)
    if blas:
        threadpool_limits(blas, user_api="blas")
    texts = [f"post number {i} about the weather, football and whatever else people write" for i in range(64)]
    a, w, p = gate_products(np.random.default_rng(0))
    embedder.encode_queries(texts)
    started, posts = time.perf_counter(), 0
    while time.perf_counter() - started < 25:
        (a @ w) @ p
        embedder.encode_queries(texts)
        posts += len(texts)
    queue.put(posts / (time.perf_counter() - started))


def workers(blas: int) -> None:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(blas, queue)) for _ in range(2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    rates = [queue.get() for _ in procs]
    print(
        f"blas threads {blas or 'default'}: {sum(rates):.1f} posts/s in all "
        f"({' + '.join(f'{r:.1f}' for r in rates)}); load {os.getloadavg()[0]:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["products", "workers"])
    ap.add_argument("--blas", type=int, default=0, help="BLAS threads (0: the library's default)")
    args = ap.parse_args()
    (products if args.mode == "products" else workers)(args.blas)


if __name__ == "__main__":
    main()
