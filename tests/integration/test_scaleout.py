"""Scale-out: two workers in one consumer group split a 4-partition topic; no post is processed twice."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from monitor.core.models import TemplateIn
from monitor.storage.connections import ensure_topics
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.harness import WorkerProcess

from .helpers import read_topic

pytestmark = [pytest.mark.integration, pytest.mark.slow]

POSTS = 200
TEMPLATE = TemplateIn(
    id="sora-course",
    category="scam",
    severity="critical",
    text="Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group",
)


def assigned_partitions(log_text: str, topic: str) -> set[int] | None:
    """The partitions of ``topic`` a faust worker holds, from its log's last "Setting newly assigned
    partitions" table (``| topic | {0, 2} |`` or ``{0-3}``); None before one, or while revoking."""
    assigned_at = log_text.rfind("Setting newly assigned partitions")
    if assigned_at < 0 or log_text.rfind("Revoking previously assigned partitions") > assigned_at:
        return None
    found = re.search(rf"\|\s*{re.escape(topic)}\s*\|\s*\{{([^}}]*)\}}", log_text[assigned_at:])
    if not found:
        return set()
    out: set[int] = set()
    for part in found.group(1).split(","):
        lo, _, hi = part.strip().partition("-")
        out |= set(range(int(lo), int(hi or lo) + 1))
    return out


def wait_for_split(
    workers: list[WorkerProcess], topic: str, partitions: int, timeout_s: float
) -> list[set[int]]:
    """Wait until the workers' latest assignments are disjoint and cover every partition."""
    deadline = time.monotonic() + timeout_s
    latest: list[set[int] | None] = []
    while time.monotonic() < deadline:
        for w in workers:
            w.check_alive()
        latest = [assigned_partitions(w.log_path.read_text(errors="replace"), topic) for w in workers]
        sets = [a for a in latest if a]
        complete = len(sets) == len(workers) and sum(len(a) for a in sets) == partitions
        if complete and set().union(*sets) == set(range(partitions)):
            return sets
        time.sleep(0.3)
    raise AssertionError(f"partitions never split between the workers: {latest}")


def test_two_workers_split_the_partitions_and_process_each_post_once(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path
) -> None:
    assert settings.topic_partitions == 4
    TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder).upsert_many([TEMPLATE])
    ensure_topics(settings, [settings.posts_topic, settings.matches_topic, settings.alerts_topic])
    # both start at once (model loading in parallel); each has its own metrics port and log
    workers = [WorkerProcess(settings, tmp_path / f"w{i}.log") for i in range(2)]
    try:
        for w in workers:
            w.wait_healthy(75)
        split = wait_for_split(workers, settings.posts_topic, 4, timeout_s=30)
        assert all(len(a) == 2 for a in split), split
        lines = [
            json.dumps(
                {"id": f"s{i:04d}", "text": f"post number {i}: is this Sora course for real?"}
            ).encode()
            for i in range(POSTS)
        ]
        produce_lines(settings, lines)
        matches = read_topic(settings, settings.matches_topic, until=POSTS, timeout_s=75)
        time.sleep(1.0)  # a second copy would arrive after the first: give it a moment
        matches = read_topic(settings, settings.matches_topic, timeout_s=10, idle_s=1)

        counts = Counter(m["post_id"] for m in matches)
        assert set(counts) == {f"s{i:04d}" for i in range(POSTS)}, "every post gets a matches record"
        assert max(counts.values()) == 1, f"processed twice: {[p for p, c in counts.items() if c > 1]}"

        processed = [httpx.get(w.url("/health"), timeout=5).json()["processed"] for w in workers]
        assert sum(processed) == POSTS, processed
        assert all(n > 0 for n in processed), f"one worker did all the work: {processed}"
        # the split follows the partitions: each worker saw only posts of its own partitions
        assert wait_for_split(workers, settings.posts_topic, 4, timeout_s=1) == split, "rebalanced mid-run"
    finally:
        for w in workers:
            w.stop()
