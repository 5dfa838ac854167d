"""Per-batch cost of the console's near-miss writes on the worker's path, against the configured Redis.

    eval "$(monitor up)"
    .venv/bin/python scripts/nearmiss_write_cost.py --rounds 60        # prints one JSON line

A 64-post batch (32 alerts, 16 debunks a guard stops, 16 posts just below the threshold: 32 near misses,
all of one template) is written the way the incident hook writes it: one pipelined round trip with the
alert records, with and without the near misses queued on it, interleaved (``on``/``off`` alternate which
goes first). Also times the pure selection on the batch's 64 decisions. Its keys are removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import uuid

from monitor.config import Settings
from monitor.core.clock import iso, utcnow
from monitor.core.matching import Decision, Hit, MatchPolicy, decide
from monitor.core.models import Alert, Post, Template, alert_id_for
from monitor.core.nearmiss import select_near_misses
from monitor.storage.alertindex import ensure_indexes
from monitor.storage.connections import redis_client
from monitor.storage.incidents import save_alert_records
from monitor.storage.keys import Keys
from monitor.storage.nearmiss import write_near_misses
from monitor.tools.harness import drop_redis_prefix

POLICY = MatchPolicy(default_threshold=0.6)
TEMPLATE = Template(
    id="bridge-closed",
    category="rumour",
    severity="medium",
    text="The Golden Gate bridge will be closed to traffic for a whole year from Monday.",
)


def batch() -> tuple[list[Post], list[Decision]]:
    posts, decisions = [], []
    for i in range(64):
        if i % 4 == 0:
            text, score = f"Fact check {i}: no, the Golden Gate bridge is not closing for a year", 0.85
        elif i % 4 == 1:
            text, score = f"Heard the Golden Gate might shut down for repairs at some point {i}", 0.55
        else:
            text, score = f"Golden Gate bridge closed to traffic for a whole year from Monday {i}", 0.9
        post = Post(id=f"p{i}", text=text, author=f"u{i}", lang="en", url=f"https://x.example/{i}")
        hits = [Hit(TEMPLATE.id, "text", 0, TEMPLATE.text, score)]
        posts.append(post)
        decisions.append(decide(post.id, text, hits, {TEMPLATE.id: TEMPLATE}, POLICY))
    return posts, decisions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    client = redis_client(Settings())
    keys = Keys(f"nmcost{uuid.uuid4().hex[:6]}")
    ensure_indexes(client, keys)
    posts, decisions = batch()
    alerts = [
        Alert(
            alert_id=alert_id_for(p.id, TEMPLATE.id),
            post_id=p.id,
            template_id=TEMPLATE.id,
            template_version=1,
            category="rumour",
            severity="medium",
            score=0.9,
            post=p.summary(),
            explanation=d.explanation,
            created_at=iso(utcnow()),
        )
        for p, d in zip(posts, decisions, strict=True)
        if d.matched
    ]
    started = time.perf_counter()
    for _ in range(200):
        misses = select_near_misses(posts, decisions, 0.1)
    select_ms = (time.perf_counter() - started) / 200 * 1000
    timings: dict[str, list[float]] = {"off": [], "on": []}
    try:
        for i in range(args.rounds):
            for mode in ("off", "on") if i % 2 else ("on", "off"):

                def extra(pipe: object) -> None:
                    write_near_misses(pipe, keys, misses, time.time(), per_template=50, ttl_s=3600)

                t = time.perf_counter()
                save_alert_records(client, keys, alerts, {}, 3600, extra=extra if mode == "on" else None)
                timings[mode].append((time.perf_counter() - t) * 1000)
    finally:
        drop_redis_prefix(client, keys.prefix)
    print(
        json.dumps(
            {
                "alerts": len(alerts),
                "near_misses": len(misses),
                "select_ms": round(select_ms, 3),
                "write_alerts_only_median_ms": round(statistics.median(timings["off"]), 2),
                "write_with_near_misses_median_ms": round(statistics.median(timings["on"]), 2),
                "rounds": args.rounds,
            }
        )
    )


if __name__ == "__main__":
    main()
