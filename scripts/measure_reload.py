"""Reload latency: time from a registry write returning to a running worker's /health showing the new
catalogue version. Starts its own worker (``monitor worker``) against the configured stack and Redis prefix.

    eval "$(monitor up)"
    .venv/bin/python scripts/measure_reload.py --repeat 10          # prints one JSON line

Each round changes one probe template's example (a real add/update: embedded, written, audited), then polls
the worker's /health every 5 ms. Run it against a catalogue of any size (e.g. after a 15k import).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from monitor.config import get_settings
from monitor.core.models import TemplateIn
from monitor.embedding import load_embedder
from monitor.storage.connections import redis_client
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.stack import free_port


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--log", type=Path, default=Path(tempfile.gettempdir()) / "measure-reload-worker.log")
    args = parser.parse_args()

    settings = get_settings()
    emb = load_embedder(settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads)
    registry = TemplateRegistry(redis_client(settings), Keys(settings.redis_prefix), emb)
    port = free_port()
    env = {**os.environ, "MONITOR_METRICS_PORT": str(port)}
    worker = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "worker"],
        env=env,
        stdout=args.log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    health = f"http://127.0.0.1:{port}/health"
    try:
        wait(lambda: httpx.get(health, timeout=1).json().get("healthy"), 300, worker)
        samples = []
        for i in range(args.repeat):
            probe = TemplateIn(
                id="reload-probe",
                category="test",
                severity="low",
                text="reload latency probe template, never matches anything real",
                examples=(f"probe round {i} {time.time()}",),
            )
            registry.upsert_many([probe])
            returned = time.perf_counter()
            version = registry.version()
            wait(
                lambda v=version: httpx.get(health, timeout=1).json()["catalogue_version"] >= v,
                30,
                worker,
                0.005,
            )
            samples.append((time.perf_counter() - returned) * 1000)
            time.sleep(random.uniform(0.2, 1.2))  # a random phase against the worker's poll timer
        report = httpx.get(health, timeout=5).json()
        print(
            json.dumps(
                {
                    "rounds": len(samples),
                    "p50_ms": round(statistics.median(samples), 1),
                    "max_ms": round(max(samples), 1),
                    "samples_ms": [round(s, 1) for s in samples],
                    "templates_active": report["templates_active"],
                    "catalogue_poll_s": settings.catalogue_poll_s,
                }
            )
        )
        registry.remove("reload-probe")
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()


def wait(check: object, timeout_s: float, proc: subprocess.Popen[bytes], every_s: float = 0.2) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"worker exited with {proc.returncode}")
        try:
            if check():  # type: ignore[operator]
                return
        except (httpx.HTTPError, ValueError, KeyError):
            pass
        time.sleep(every_s)
    raise SystemExit(f"timed out after {timeout_s}s")


if __name__ == "__main__":
    main()
