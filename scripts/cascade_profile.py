"""Where a warmed cascade worker's batch thread spends its time on the mixed stream (docs/PERFORMANCE.md
"What blocks 10×"), in process: the processor of one worker (the demo catalogue, ONNX, one thread like the
bench's workers) sees ``--warmup`` untimed off-topic posts, then the bench's 98 %-off-topic stream in
batches of 64; each part of the batch is timed by wrapping it (no sampling profiler):

* ``prepare``: normalise and scam signals of the posts the cache did not decide; the full reading
  (stance, negations, quotes) and writing system of the posts the gate passed
* ``static``: the distilled model's encode; ``gate``: the rest of the gate (map, cosines, BM25, bounds)
* ``model``: the transformer's encode of the posts the gate passed; ``decide``: KNN, BM25, rules for them
* ``other``: the rest of ``embed_decide_stages`` (cache look-ups, bookkeeping)
* ``parse``, ``language``: :meth:`Processor.parse` and :meth:`Processor.with_language` of the raw messages;
  ``records``: the rest of :meth:`Processor.process` (the ``matches`` records and alerts, metrics);
  ``serialise``: the records as the worker encodes them (``model_dump(mode="json")`` + orjson). Kafka,
  Redis and the hooks are not in it: the bench's ``worker_cpu_ms_per_post`` measures the whole worker

Each part is reported in wall time and in CPU time of the batch thread (``time.thread_time``: what the
other engineers' load on this machine moves least); BLAS is limited to ``--blas-threads`` (1, as the
worker's ``MONITOR_BLAS_THREADS``) once everything is loaded, as in the worker.

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
import orjson
from exemplar_index import exemplar_index  # the scripts folder is on sys.path when a script runs

import monitor.pipeline.cascade as cascade_module
from monitor.core.ingest import RawMessage
from monitor.core.matching import MatchPolicy
from monitor.core.models import Template
from monitor.embedding import limit_blas_threads, load_embedder
from monitor.embedding.static import load_static_embedder
from monitor.pipeline.cascade import CascadeConfig, CascadeStage
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.registry import parse_template_lines
from monitor.tools.bench import BASELINE_BATCH, generate_posts, measure_encode
from monitor.tools.demo import demo_file
from monitor.tools.mixbench import mixed_stream, read_background, split_warmup

ROOT = Path(__file__).resolve().parents[1]


CPU: dict[str, float] = defaultdict(float)  # thread CPU seconds per part (beside the wall totals)


def timed(totals: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - t0
            CPU[name] += time.thread_time() - c0

    return wrapper


def dumps(record: Any) -> bytes:
    """What the worker sends for a record (streams.app._dumps)."""
    return orjson.dumps(record.model_dump(mode="json"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warmup", type=int, default=5000)
    ap.add_argument("--posts", type=int, default=600)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--cprofile", type=int, default=0, help="print this many cProfile rows to stderr")
    ap.add_argument("--blas-threads", type=int, default=1, help="as MONITOR_BLAS_THREADS (0: leave them)")
    ap.add_argument(
        "--stream",
        choices=("mixed", "topical"),
        default="mixed",
        help="mixed: the --mix bench's 98 %% off-topic stream; topical: the all-topical bench's posts (the "
        "demo stream's texts, each with a filler: every post about the catalogue's subjects)",
    )
    ap.add_argument("--no-cascade", action="store_true", help="the same run with the cascade off")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare encode of the stream (minutes)")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    embedder = load_embedder("all-MiniLM-L6-v2", "onnx", 64, args.threads)
    static = load_static_embedder(embedder.spec)
    background = read_background(ROOT.parent / "shared" / "data")
    warm_bg, timed_bg = split_warmup(background, args.warmup, seed=3)
    demo = [json.loads(line) for line in demo_file("posts.jsonl").read_text().splitlines() if line.strip()]
    if args.stream == "topical":  # what `monitor bench` (all-topical) sends: warm-up and timed posts alike
        base = [d["text"] for d in demo]
        stream = generate_posts(args.posts, base, id_prefix="tput-", seed=0)
        warm = generate_posts(args.warmup, base, id_prefix="warm-", seed=1)
    else:
        stream, _ = mixed_stream(
            args.posts, timed_bg, [(d["id"], d["text"]) for d in demo], seed=0, prefix="t"
        )
        warm, _ = mixed_stream(args.warmup, warm_bg, [], seed=4, prefix="w")

    # Templates (with a version), as the worker's catalogue holds them: alerts carry the version
    templates = {
        t.id: Template(**t.model_dump())
        for t in parse_template_lines(demo_file("templates.jsonl").read_text().splitlines())[0]
    }
    index = exemplar_index(embedder, templates)
    policy = MatchPolicy(default_threshold=embedder.spec.default_threshold)
    proc = Processor(embedder, index, StaticCatalogue(templates), policy, Metrics())
    if not args.no_cascade:
        proc.cascade = CascadeStage(static, embedder, policy, proc.lexical, proc.metrics, CascadeConfig())
    limit_blas_threads(args.blas_threads)
    serialise: list[Callable[[Any], bytes]] = [dumps]

    def run(posts: list[dict[str, Any]]) -> list[str]:
        stages: list[str] = []
        for start in range(0, len(posts), 64):
            part = [
                RawMessage(orjson.dumps({"id": p["id"], "text": p["text"]}), offset=start + k)
                for k, p in enumerate(posts[start : start + 64])
            ]
            out = proc.process(part)
            for record in out.matches:
                serialise[0](record)
            stages += out.decided_by
        return stages

    run(warm)
    if proc.cascade is not None:
        proc.cascade.cache.clear()  # as the bench: no timed post is a repost of a warm-up one

    totals: dict[str, float] = defaultdict(float)
    lengths: dict[str, list[int]] = defaultdict(list)
    cascade = proc.cascade
    static.encode = timed(totals, "static", static.encode)  # type: ignore[method-assign]
    embedder.encode_queries = timed(totals, "model", embedder.encode_queries)  # type: ignore[method-assign]
    proc._decide = timed(totals, "decide", proc._decide)  # type: ignore[method-assign]
    if cascade is not None:
        cascade._gate = timed(totals, "gate+static", cascade._gate)  # type: ignore[method-assign]
        cascade._recalibrate = timed(totals, "recalibrate", cascade._recalibrate)  # type: ignore[method-assign]
    proc.parse = timed(totals, "parse", proc.parse)  # type: ignore[method-assign]
    proc.with_language = timed(totals, "language", proc.with_language)  # type: ignore[method-assign]
    # what Processor.process calls (embed_decide_stages is a wrapper of it that process does not use)
    proc.embed_decide_result = timed(totals, "embed_decide", proc.embed_decide_result)  # type: ignore[method-assign]
    proc.process = timed(totals, "process", proc.process)  # type: ignore[method-assign]
    serialise[0] = timed(totals, "serialise", dumps)
    if cascade is not None:
        original_run = cascade.run

        def run_with_prepare(ids: Any, raws: Any, normalise: Any, read: Any, *rest: Any) -> Any:
            return original_run(
                ids, raws, timed(totals, "prepare", normalise), timed(totals, "prepare", read), *rest
            )

        cascade.run = run_with_prepare  # type: ignore[method-assign]
    # the scam signals the gate reads (every post the cache did not decide) are part of preparing it
    cascade_module.extract_signals = timed(totals, "prepare", cascade_module.extract_signals)  # type: ignore[attr-defined]
    # CPU time (this process), not wall: the machine is shared
    profiler = cProfile.Profile(time.process_time) if args.cprofile else None
    t0, c0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
    if profiler is not None:
        profiler.enable()
    stages = run(stream)
    total = time.perf_counter() - t0
    cpu_total, process_cpu = time.thread_time() - c0, time.process_time() - p0
    cpu = dict(CPU)
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.cprofile)
    totals = defaultdict(float, totals)  # a copy: the bare encode below goes through the wrapped encoder
    for post, stage in zip(stream, stages, strict=True):
        lengths[stage].append(len(post["text"]))
    bare = (
        float("nan")
        if args.no_bare
        else measure_encode(embedder, [p["text"] for p in stream], BASELINE_BATCH)
    )

    def split(t: dict[str, float], whole: float) -> dict[str, float]:
        out = {
            "parse": t["parse"],
            "language": t["language"],
            "prepare": t["prepare"],
            "static": t["static"],
            "gate": t["gate+static"] - t["static"] - t["recalibrate"],
            "recalibrate (inline here)": t["recalibrate"],
            "model": t["model"],
            "decide": t["decide"],
        }
        out["other"] = t["embed_decide"] - sum(out[k] for k in list(out)[2:])
        out["records"] = t["process"] - t["embed_decide"] - t["parse"] - t["language"]
        out["serialise"] = t["serialise"]
        out["loop"] = whole - t["process"] - t["serialise"]
        return out

    parts = split(totals, total)
    cpu_parts = split(defaultdict(float, cpu), cpu_total)
    gated = max(1, stages.count("gate"))
    not_model = [k for k in cpu_parts if k not in ("model", "decide")]
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
        "cpu_seconds": round(cpu_total, 3),
        "process_cpu_seconds": round(process_cpu, 3),
        "cpu_ms_per_post_by_part": {k: round(1000 * v / len(stream), 3) for k, v in cpu_parts.items()},
        "cpu_share_by_part": {k: round(v / cpu_total, 3) for k, v in cpu_parts.items()},
        # the batch thread's CPU outside the transformer and the decision layer, per stream post: what a
        # gate-decided post costs (the model's posts pay it too, then the model)
        "cpu_ms_per_post_outside_model": round(1000 * sum(cpu_parts[k] for k in not_model) / len(stream), 3),
        "gated_posts": gated,
        "load_avg": os.getloadavg(),
        "calibration": None if cascade is None else cascade.stats(),
    }
    report["stream"] = args.stream
    report["cascade"] = not args.no_cascade
    if args.json:
        print(json.dumps(report))
        return
    for key, value in report.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
