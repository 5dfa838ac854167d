"""How long a worker waits for the candidates' writer lock when another worker holds it
(monitor.storage.candidates; docs/PERFORMANCE.md "Cascade: latency").

Two threads stand for two workers on one Redis (a throwaway redis-server on a free loopback port): each, in
a loop, takes the lock, holds it ``--hold-ms`` (what sync + cluster + commit take), releases it and then
works ``--work-ms`` outside it (the rest of its batch). Holding and working are sleeps, so the figures do
not depend on the machine's load much. Reports the wait per acquisition (mean, p50, p99, max) and the share
of acquisitions that waited, for redis-py's blocking acquire (polls every 0.1 s, what the store used) and
for :func:`acquire_polling` (1 ms doubling to 20 ms).

    .venv/bin/python scripts/candidate_lock_wait.py [--rounds 200] [--hold-ms 10] [--work-ms 40] [--json]
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from typing import Any

import numpy as np
import redis
from scratch_redis import scratch_redis  # the scripts folder is on sys.path when a script runs

from monitor.storage.candidates import acquire_polling


def run(client: redis.Redis, mode: str, rounds: int, hold_s: float, work_s: float) -> dict[str, Any]:
    waits: list[float] = []
    guard = threading.Lock()

    def worker(offset_s: float) -> None:
        time.sleep(offset_s)
        for _ in range(rounds):
            lock = client.lock(f"lockwait:{mode}", timeout=30.0, blocking_timeout=30.0)
            started = time.perf_counter()
            ok = lock.acquire() if mode == "redis-py" else acquire_polling(lock, 30.0)
            waited = time.perf_counter() - started
            assert ok
            time.sleep(hold_s)
            lock.release()
            with guard:
                waits.append(waited)
            time.sleep(work_s)

    threads = [threading.Thread(target=worker, args=(i * (hold_s + work_s) / 3,)) for i in range(2)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    w = np.asarray(waits) * 1000
    return {
        "acquisitions": len(w),
        "waited_over_2ms": round(float((w > 2.0).mean()), 3),  # more than a few round trips
        "wait_ms_mean": round(float(w.mean()), 2),
        "wait_ms_p50": round(float(np.percentile(w, 50)), 2),
        "wait_ms_p99": round(float(np.percentile(w, 99)), 2),
        "wait_ms_max": round(float(w.max()), 2),
        "rounds_per_s_per_thread": round(rounds / elapsed, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--hold-ms", type=float, default=10.0)
    ap.add_argument("--work-ms", type=float, default=40.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with scratch_redis("lockwait-") as client:
        report = {
            "hold_ms": args.hold_ms,
            "work_ms": args.work_ms,
            **{
                mode: run(client, mode, args.rounds, args.hold_ms / 1000, args.work_ms / 1000)
                for mode in ("redis-py", "polling")
            },
        }
    if args.json:
        print(json.dumps(report))
        return
    for mode in ("redis-py", "polling"):
        print(mode, report[mode])


if __name__ == "__main__":
    main()
