"""Where a warmed cascade worker's batch thread spends its time on the mixed stream (docs/PERFORMANCE.md
"What blocks 10x"), in process: the processor of one worker (the demo catalogue, ONNX, one thread like the
bench's workers) sees ``--warmup`` untimed off-topic posts, then the bench's 98 %-off-topic stream in
batches of 64; each part of the batch is timed by wrapping it (no sampling profiler):

* ``prepare``: normalise and scam signals of the posts the cache did not decide; the full reading
  (stance, negations, quotes) and writing system of the posts the gate passed
* ``static``: the distilled model's encode; ``gate``: the rest of the gate (map, cosines, BM25, bounds)
* ``model``: the transformer's encode of the posts the gate passed; ``decide``: KNN, BM25, rules for them
* ``other``: the rest of ``embed_decide_stages`` (cache look-ups, bookkeeping); parsing posts and the worker
  around the processor (Kafka, records, Redis, hooks) are not in it: the bench's ceiling phase measures those

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/cascade_profile.py [--warmup 5000] [--posts 600] [--json]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

import monitor.pipeline.cascade as cascade_module
from monitor.core.matching import MatchPolicy
from monitor.core.models import Post
from monitor.embedding import load_embedder
from monitor.embedding.static import load_static_embedder
from monitor.pipeline.cascade import CascadeConfig, CascadeStage
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex
from monitor.storage.registry import parse_template_lines
from monitor.tools.bench import BASELINE_BATCH, measure_encode
from monitor.tools.demo import demo_file
from monitor.tools.mixbench import mixed_stream, read_background, split_warmup

ROOT = Path(__file__).resolve().parents[1]


def timed(totals: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - t0

    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warmup", type=int, default=5000)
    ap.add_argument("--posts", type=int, default=600)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--cprofile", type=int, default=0, help="print this many cProfile rows to stderr")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    embedder = load_embedder("all-MiniLM-L6-v2", "onnx", 64, args.threads)
    static = load_static_embedder(embedder.spec)
    background = read_background(ROOT.parent / "shared" / "data")
    warm_bg, timed_bg = split_warmup(background, args.warmup, seed=3)
    demo = [json.loads(line) for line in demo_file("posts.jsonl").read_text().splitlines() if line.strip()]
    stream, _ = mixed_stream(args.posts, timed_bg, [(d["id"], d["text"]) for d in demo], seed=0, prefix="t")
    warm, _ = mixed_stream(args.warmup, warm_bg, [], seed=4, prefix="w")

    templates = {
        t.id: t for t in parse_template_lines(demo_file("templates.jsonl").read_text().splitlines())[0]
    }
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    vectors = embedder.encode_passages([r[3] for r in rows])
    index = MemoryIndex()
    index.add((r[0], r[1], r[2], r[3], vectors[n]) for n, r in enumerate(rows))
    policy = MatchPolicy(default_threshold=embedder.spec.default_threshold)
    proc = Processor(embedder, index, StaticCatalogue(templates), policy, Metrics())
    proc.cascade = CascadeStage(static, embedder, policy, proc.lexical, proc.metrics, CascadeConfig())

    def run(posts: list[dict[str, Any]]) -> list[str]:
        stages: list[str] = []
        for start in range(0, len(posts), 64):
            part = [Post(id=p["id"], text=p["text"]) for p in posts[start : start + 64]]
            stages += proc.embed_decide_stages(part)[2]
        return stages

    run(warm)
    proc.cascade.cache.clear()  # as the bench: no timed post is a repost of a warm-up one

    totals: dict[str, float] = defaultdict(float)
    lengths: dict[str, list[int]] = defaultdict(list)
    cascade = proc.cascade
    static.encode = timed(totals, "static", static.encode)  # type: ignore[method-assign]
    embedder.encode_queries = timed(totals, "model", embedder.encode_queries)  # type: ignore[method-assign]
    proc._decide = timed(totals, "decide", proc._decide)  # type: ignore[method-assign]
    cascade._gate = timed(totals, "gate+static", cascade._gate)  # type: ignore[method-assign]
    cascade._recalibrate = timed(totals, "recalibrate", cascade._recalibrate)  # type: ignore[method-assign]
    original_run = cascade.run

    def run_with_prepare(ids: Any, raws: Any, normalise: Any, read: Any, *rest: Any) -> Any:
        return original_run(
            ids, raws, timed(totals, "prepare", normalise), timed(totals, "prepare", read), *rest
        )

    cascade.run = run_with_prepare  # type: ignore[method-assign]
    # the scam signals the gate reads (every post the cache did not decide) are part of preparing it
    cascade_module.extract_signals = timed(totals, "prepare", cascade_module.extract_signals)  # type: ignore[attr-defined]
    profiler = cProfile.Profile() if args.cprofile else None
    t0 = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    stages = run(stream)
    total = time.perf_counter() - t0
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.cprofile)
    totals = defaultdict(float, totals)  # a copy: the bare encode below goes through the wrapped encoder
    for post, stage in zip(stream, stages, strict=True):
        lengths[stage].append(len(post["text"]))
    bare = measure_encode(embedder, [p["text"] for p in stream], BASELINE_BATCH)
    gate_rest = totals["gate+static"] - totals["static"] - totals["recalibrate"]
    parts = {
        "prepare": totals["prepare"],
        "static": totals["static"],
        "gate": gate_rest,
        "recalibrate (inline here)": totals["recalibrate"],
        "model": totals["model"],
        "decide": totals["decide"],
    }
    parts["other"] = total - sum(parts.values())
    report = {
        "posts": len(stream),
        "warmup": args.warmup,
        "seconds": round(total, 3),
        "posts_per_s": round(len(stream) / total, 1),
        "bare_onnx_posts_per_s_same_posts": round(bare, 1),
        "stage_share": {s: round(stages.count(s) / len(stages), 4) for s in ("cache", "gate", "model")},
        "mean_chars": {s: round(float(np.mean(v)), 1) for s, v in lengths.items()},
        "seconds_by_part": {k: round(v, 3) for k, v in parts.items()},
        "ms_per_post_by_part": {k: round(1000 * v / len(stream), 3) for k, v in parts.items()},
        "share_by_part": {k: round(v / total, 3) for k, v in parts.items()},
        "model_ms_per_model_post": round(1000 * totals["model"] / max(1, stages.count("model")), 2),
        "load_avg": os.getloadavg(),
        "calibration": cascade.stats(),
    }
    if args.json:
        print(json.dumps(report))
        return
    for key, value in report.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
