"""What keeps the posts the gate passes from being decided (docs/PERFORMANCE.md "Cascade: a larger gate
share"): on the profile's warm-up and 600-post mixed stream (``scripts/cascade_profile.py``), for every post
the gate passes, the templates it could not prove unable to match (per template, the better of the two
bounds), whether that template's check carried a BM25 bonus, the transformer cosine the post needed, how
far each bar would have to rise to decide the post, and the mapped calibration's pairs at each level (how
many, their minimum and low order statistics: what a quantile calibration could read).

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/cascade_binding.py [--warmup 5000] [--fold-by exemplar|template]
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import numpy as np
from exemplar_index import exemplar_index  # the scripts folder is on sys.path when a script runs

import monitor.pipeline.cascade as cm
from monitor.core.matching import MatchPolicy
from monitor.core.models import Post
from monitor.embedding import load_embedder
from monitor.embedding.static import load_static_embedder
from monitor.pipeline.cascade import CascadeConfig, CascadeStage
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.registry import parse_template_lines
from monitor.tools.demo import demo_file
from monitor.tools.mixbench import mixed_stream, read_background, split_warmup

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warmup", type=int, default=5000)
    ap.add_argument("--fold-by", default=CascadeConfig().map_fold_by, choices=["exemplar", "template"])
    args = ap.parse_args()
    embedder = load_embedder("all-MiniLM-L6-v2", "onnx", 64, 1)
    static = load_static_embedder(embedder.spec)
    background = read_background(ROOT.parent / "shared" / "data")
    warm_bg, timed_bg = split_warmup(background, 5000, seed=3)
    demo = [json.loads(line) for line in demo_file("posts.jsonl").read_text().splitlines() if line.strip()]
    stream, _ = mixed_stream(600, timed_bg, [(d["id"], d["text"]) for d in demo], seed=0, prefix="t")
    warm, _ = mixed_stream(args.warmup, warm_bg, [], seed=4, prefix="w")
    templates = {
        t.id: t for t in parse_template_lines(demo_file("templates.jsonl").read_text().splitlines())[0]
    }
    index = exemplar_index(embedder, templates)
    policy = MatchPolicy(default_threshold=embedder.spec.default_threshold)
    proc = Processor(embedder, index, StaticCatalogue(templates), policy, Metrics())
    config = CascadeConfig(map_fold_by=args.fold_by)
    proc.cascade = CascadeStage(static, embedder, policy, proc.lexical, proc.metrics, config)

    real_slack, real_combine, real_pairs = cm.template_gate_slack, cm.combine_bounds, cm.calibrate_pairs
    spaces: list[tuple] = []
    batches: list[tuple] = []
    last_pairs: dict[str, np.ndarray] = {}
    timed = [False]

    def slack_w(inputs, cal, **kw):  # type: ignore[no-untyped-def]
        s = real_slack(inputs, cal, **kw)
        spaces.append((inputs, s))
        return s

    def combine_w(slacks):  # type: ignore[no-untyped-def]
        out = real_combine(slacks)
        if timed[0]:
            batches.append((list(spaces), out[0]))
        spaces.clear()
        return out

    def pairs_w(dense, predicted, **kw):  # type: ignore[no-untyped-def]
        last_pairs["dense"], last_pairs["predicted"] = np.asarray(dense), np.asarray(predicted)
        return real_pairs(dense, predicted, **kw)

    cm.template_gate_slack, cm.combine_bounds, cm.calibrate_pairs = slack_w, combine_w, pairs_w

    def run(items: list[dict]) -> list[str]:
        stages: list[str] = []
        for s in range(0, len(items), 64):
            part = [Post(id=p["id"], text=p["text"]) for p in items[s : s + 64]]
            stages += proc.embed_decide_stages(part)[2]
        return stages

    run(warm)
    proc.cascade.cache.clear()
    timed[0] = True
    stages = run(stream)
    print("stream stages:", dict(collections.Counter(stages)))
    names = list(proc.cascade._template_column)
    blocking_per_post, kinds, per_template, needed, raise_to_skip = (
        [],
        collections.Counter(),
        collections.Counter(),
        [],
        [],
    )
    for judged, skip in batches:
        best = np.maximum.reduce([s for _, s in judged])
        inputs = judged[0][0]
        n = len(best)
        signal = np.broadcast_to(np.asarray(inputs.signal, dtype=np.float64).reshape(n, -1), best.shape)
        bm25 = {
            (r, c): v
            for r, c, v in zip(
                inputs.bm25_rows.tolist(),
                inputs.bm25_columns.tolist(),
                inputs.bm25_scores.tolist(),
                strict=True,
            )
        }
        for i in np.flatnonzero(~skip):
            blocking = np.flatnonzero(best[i] <= 0)
            blocking_per_post.append(len(blocking))
            raise_to_skip.append(float(-best[i].min()))
            for t in blocking:
                per_template[names[t]] += 1
                lexical = bm25.get((int(i), int(t)), 0.0)
                kinds["with BM25" if lexical else "without BM25"] += 1
                bonus = (
                    policy.lexical_weight * lexical / (lexical + policy.lexical_saturation)
                    if lexical
                    else 0.0
                )
                needed.append(round(float(inputs.thresholds[t] - bonus - signal[i, t]), 2))
    print("posts the gate passed (judged):", len(blocking_per_post))
    print("templates blocking each:", sorted(collections.Counter(blocking_per_post).items()))
    print("blocking checks:", dict(kinds))
    print("blocking templates:", per_template.most_common())
    r = np.asarray(raise_to_skip)
    for d in (0.01, 0.02, 0.05, 0.1, 0.2):
        print(f"every bar raised by {d}: {int((r < d).sum())} of {len(r)} passed posts decided")
    levels = np.asarray(needed)
    print(
        "transformer cosine the blocking checks needed: quartiles",
        np.round(np.quantile(levels, [0, 0.25, 0.5, 0.75, 1]), 3).tolist(),
    )
    d, p = last_pairs["dense"], last_pairs["predicted"]
    print("mapped calibration pairs (last calibration):", len(d))
    for level in (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.78):
        close = np.sort(p[d >= level])
        if len(close):
            k5 = close[min(4, len(close) - 1)]
            print(f"  pairs at >= {level}: {len(close):6d}  min {close[0]:.3f}  5th smallest {k5:.3f}")


if __name__ == "__main__":
    main()
