"""The gate's old logic against its new one on the same inputs and calibration (docs/PERFORMANCE.md
"Cascade: per-template bars, per-template bounds, a lighter read"): on the profile's warm-up + stream,
per batch, the old logic (wide curves, the lowest threshold for templates without BM25, one reward for
all templates, one bound for every template) against the new one. Prints posts judged, skipped by each,
and skipped by the old but not the new (0 for a sound superset).

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/cascade_gate_logic_check.py
"""

import dataclasses
import json
from pathlib import Path

import numpy as np
from exemplar_index import exemplar_index  # the scripts folder is on sys.path when a script runs

import monitor.pipeline.cascade as cm
from monitor.core.cascade import combine_bounds
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
embedder = load_embedder("all-MiniLM-L6-v2", "onnx", 64, 1)
static = load_static_embedder(embedder.spec)
background = read_background(ROOT.parent / "shared" / "data")
warm_bg, timed_bg = split_warmup(background, 5000, seed=3)
demo = [json.loads(line) for line in demo_file("posts.jsonl").read_text().splitlines() if line.strip()]
stream, _ = mixed_stream(600, timed_bg, [(d["id"], d["text"]) for d in demo], seed=0, prefix="t")
warm, _ = mixed_stream(5000, warm_bg, [], seed=4, prefix="w")
templates = {t.id: t for t in parse_template_lines(demo_file("templates.jsonl").read_text().splitlines())[0]}
index = exemplar_index(embedder, templates)
policy = MatchPolicy(default_threshold=embedder.spec.default_threshold)
proc = Processor(embedder, index, StaticCatalogue(templates), policy, Metrics())
proc.cascade = CascadeStage(static, embedder, policy, proc.lexical, proc.metrics, CascadeConfig())
real = cm.template_gate_slack
batch = []


def wrapped(inputs, cal, **kw):
    s = real(inputs, cal, **kw)
    n, T = s.shape
    sig = np.asarray(inputs.signal).reshape(n, -1).max(axis=1)
    old_in = dataclasses.replace(
        inputs, thresholds=np.full(T, np.asarray(inputs.thresholds).min()), signal=sig
    )
    old = real(old_in, dataclasses.replace(cal, templates=None), **kw)
    batch.append((s, old))
    return s


cm.template_gate_slack = wrapped
tot = {"warm": [0, 0, 0, 0], "stream": [0, 0, 0, 0]}


def run(posts, key):
    for start in range(0, len(posts), 64):
        batch.clear()
        part = [Post(id=p["id"], text=p["text"]) for p in posts[start : start + 64]]
        proc.embed_decide_stages(part)
        if not batch:
            continue
        new, _, _ = combine_bounds([b[0] for b in batch])
        old = np.zeros(len(new), dtype=bool)
        for b in batch:
            old |= b[1].min(axis=1) > 0  # old: one bound proves every template
        t = tot[key]
        t[0] += len(new)
        t[1] += int(new.sum())
        t[2] += int(old.sum())
        t[3] += int((old & ~new).sum())


run(warm, "warm")
proc.cascade.cache.clear()
run(stream, "stream")
print(
    {k: dict(judged=v[0], new_skips=v[1], old_logic_skips=v[2], old_not_new=v[3]) for k, v in tot.items()},
    proc.cascade.stats()["map_rows"],
)
