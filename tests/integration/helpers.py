"""Helpers for integration tests: run a worker process, read topics back."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson

from monitor.tools.stack import free_port

from ..conftest import env_for


def read_topic(
    settings: Any, topic: str, *, until: int | None = None, timeout_s: float = 60.0, idle_s: float = 3.0
) -> list[dict[str, Any]]:
    """Read a topic from the beginning until ``until`` records arrived or it is idle/timeout."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka_bootstrap(),
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    out: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout_s
    last = time.monotonic()
    try:
        while time.monotonic() < deadline:
            batch = consumer.poll(timeout_ms=300)
            for records in batch.values():
                for m in records:
                    out.append(orjson.loads(m.value))
                    last = time.monotonic()
            if until is not None and len(out) >= until:
                break
            if until is None and out and time.monotonic() - last > idle_s:
                break
    finally:
        consumer.close()
    return out


@contextlib.contextmanager
def running_worker(
    settings: Any, log: Path, timeout_s: float = 120.0, **env: str
) -> Iterator[dict[str, Any]]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "worker"],
        env=env_for(settings, MONITOR_METRICS_PORT=str(port), **env),
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    info = {"proc": proc, "metrics_port": port, "log": log}
    try:
        wait_healthy(port, proc, timeout_s, log)
        yield info
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def wait_healthy(port: int, proc: subprocess.Popen[bytes], timeout_s: float, log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"worker exited {proc.returncode}:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.HTTPError, ValueError):
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).json().get("healthy"):
                return
        time.sleep(0.3)
    raise AssertionError(f"worker not healthy in {timeout_s}s:\n{log.read_text()[-3000:]}")
