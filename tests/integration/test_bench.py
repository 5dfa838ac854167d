"""A small ``monitor bench --json`` run against the session's broker and Redis: schema and sane numbers."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from typing import Any

import pytest

from ..conftest import env_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CONTRACT_KEYS = {"posts", "posts_per_s", "p50_ms", "p99_ms", "encode_only_posts_per_s"}


def test_bench_json_reports_throughput_latency_and_encode_rate(settings: Any, redis_conn: Any) -> None:
    # MONITOR_KAFKA_URL / MONITOR_REDIS_URL are set: the bench uses this stack in its own namespace
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "monitor.cli",
            "bench",
            "--posts",
            "120",
            "--latency-posts",
            "40",
            "--encode-rounds",
            "1",
            "--json",
        ],
        env=env_for(settings),
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])

    assert set(report) >= CONTRACT_KEYS | {"ratio", "templates", "backend", "model", "batch_size", "machine"}
    assert report["posts"] == 120
    assert report["latency_posts"] == 40
    assert report["duplicates"] == 0
    assert report["stack"] == "external"
    assert report["templates"] == 14  # the demo catalogue
    assert report["backend"] == "onnx"  # the default runtime
    assert report["model"] == "all-MiniLM-L6-v2"
    assert report["machine"]["cores"] >= 1
    # throughput is the phase's own posts over its own window (first send to last decision), so it
    # agrees with the phase summary, and no post's latency can be longer than that window
    phase = report["throughput"]
    assert phase["posts"] == 120
    assert report["posts_per_s"] == pytest.approx(phase["posts"] / phase["duration_s"], rel=0.01)
    assert phase["max_ms"] <= phase["duration_s"] * 1000 + 1
    assert phase["p50_ms"] <= phase["p90_ms"] <= phase["p99_ms"] <= phase["max_ms"]
    assert math.isfinite(report["encode_only_posts_per_s"]) and report["encode_only_posts_per_s"] > 0
    assert report["ratio"] == pytest.approx(
        report["posts_per_s"] / report["encode_only_posts_per_s"], rel=0.01
    )
    assert 0 < report["p50_ms"] <= report["p99_ms"] < 120_000
    assert report["latency_rate_posts_per_s"] == pytest.approx(report["posts_per_s"] / 2, rel=0.02, abs=0.5)
    # a backlog is taken in big batches, a trickle in small ones
    assert report["throughput"]["mean_batch_size"] >= 4
    assert 0 < report["throughput"]["encode_share"] <= 1.5

    # it cleaned up after itself: no bench keys or index left in Redis
    assert not list(redis_conn.scan_iter("bench-*", count=1000))
    assert not [n for n in redis_conn.execute_command("FT._LIST") if str(n).startswith("bench-")]


def test_worker_consumer_fetch_wait_is_bounded() -> None:
    """The embedded broker holds a fetch for its whole max wait: the worker's consumer must use ours."""
    import asyncio

    from streams.fetch import bounded_fetch_app

    async def build() -> int:
        app = bounded_fetch_app(77)("t-fetch", broker="kafka://127.0.0.1:9", web_enabled=False)
        consumer = app.consumer._thread._create_worker_consumer(app.transport)
        try:
            return int(consumer._fetch_max_wait_ms)
        finally:
            await consumer.stop()

    assert asyncio.run(build()) == 77
