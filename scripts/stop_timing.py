"""How long a worker takes to exit after SIGTERM once its dependencies are gone (docs/RELIABILITY.md).

    WAIT=8 flock /tmp/measure.lock .venv/bin/python scripts/stop_timing.py both   # up | broker | redis | both

Starts a private embedded stack in a temp dir and a worker on it, waits until the worker is healthy, kills
the named services (SIGKILL), waits ``WAIT`` seconds, sends SIGTERM and prints the exit status and time. A
worker still running after 60 s is killed. Everything runs on 127.0.0.1 and is stopped at the end.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from monitor.tools.stack import EmbeddedStack, free_port

KILL = {"up": (), "broker": ("kafka",), "redis": ("redis",), "both": ("kafka", "redis")}


def main(mode: str) -> int:
    state = Path(tempfile.mkdtemp(prefix="stop-timing-"))
    stack = EmbeddedStack(state)
    data = stack.up()
    port = free_port()
    env = dict(
        os.environ,
        MONITOR_STATE_DIR=str(state),
        MONITOR_KAFKA_URL=data["kafka_url"],
        MONITOR_REDIS_URL=data["redis_url"],
        MONITOR_REDIS_PREFIX="stoptiming",
        MONITOR_APP_ID="stoptiming",
        MONITOR_POSTS_TOPIC="posts-stoptiming",
        MONITOR_MATCHES_TOPIC="matches-stoptiming",
        MONITOR_ALERTS_TOPIC="alerts-stoptiming",
        MONITOR_INCIDENTS_TOPIC="incidents-stoptiming",
        MONITOR_DLQ_TOPIC="posts-stoptiming.dlq",
        MONITOR_SESSION_TIMEOUT_S="6",
        MONITOR_METRICS_PORT=str(port),
        HF_HUB_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
    )
    log = state / "worker.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "worker"],
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        started = time.monotonic()
        while time.monotonic() - started < 240:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).json().get("healthy"):
                    break
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.3)
        print(f"healthy after {time.monotonic() - started:.1f}s")
        pids = json.loads((state / "stack.json").read_text())["pids"]
        for service in KILL[mode]:
            os.kill(pids[service], signal.SIGKILL)
        time.sleep(float(os.environ.get("WAIT", "8")))
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            status = str(proc.wait(60))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
            status = "still running after 60 s, killed"
        print(f"mode={mode} exit={status} after {time.monotonic() - t0:.1f}s")
    finally:
        if proc.poll() is None:
            proc.kill()
        stack.down()
    if os.environ.get("KEEP_LOG") != "1":
        shutil.rmtree(state, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "both"))
