"""SIGTERM a worker with posts flowing after its broker (and Redis) died, N times over (docs/RELIABILITY.md).

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/sigterm_outages.py 6

The broker-gone states of the chaos ``sigterm`` scenario at the sizes of tests/integration/test_chaos.py,
repeated in one embedded stack (restarted after each outage) to catch a stop that hangs only sometimes.
Prints each exit status and time, and the log of every run (kept under the stack's folder).
"""

from __future__ import annotations

import sys

from monitor.tools.chaos import ChaosSizes, _sigterm_in_outage, chaos_env

SIZES = ChaosSizes(
    posts=60,
    rate_per_s=15.0,
    kills=1,
    replay=False,
    outage_s=8.0,
    pause_s=8.0,
    session_timeout_s=6.0,
    worker_start_timeout_s=150.0,
    settle_timeout_s=90.0,
)
OUTAGES = {"broker gone": ("kafka",), "broker and redis gone": ("kafka", "redis")}


def main(repeats: int) -> None:
    with chaos_env(SIZES, say=print) as env:
        env.load_model()
        env.keep_logs = True
        for i in range(repeats):
            for j, (what, kill) in enumerate(OUTAGES.items()):
                run = _sigterm_in_outage(env, 100 + 2 * i + j, what, kill)
                print(i, *run.notes, *run.failures, run.workers[-1].log_path, sep="  ", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
