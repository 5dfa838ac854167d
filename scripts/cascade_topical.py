"""The cascade's cost on an all-topical stream, in process (docs/PERFORMANCE.md "Cascade"): the bench's
stream (the demo posts with a filler, every post about the catalogue's subject) through three processors
of the demo catalogue on ONNX with one thread, batch by batch in rotating order so that the machine's load
moves all three alike:

* ``off``: no cascade; ``on``: the cascade as the worker runs it (gate back-off on);
  ``on, no back-off``: the gate on every batch (``MONITOR_CASCADE_GATE_BACKOFF_POSTS=0``)

Reports seconds per variant, the ratio to ``off``, the share of posts each stage decided, and whether the
decisions are equal. numpy's BLAS runs one thread (as in the worker: ``MONITOR_BLAS_THREADS``).

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/cascade_topical.py [--posts 1200] [--batch 60] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from typing import Any

from exemplar_index import exemplar_index  # the scripts folder is on sys.path when a script runs

from monitor.core.backoff import BackoffConfig
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
from monitor.tools.bench import generate_posts
from monitor.tools.demo import demo_file


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=1200)
    ap.add_argument("--batch", type=int, default=60)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    embedder = load_embedder("all-MiniLM-L6-v2", "onnx", 16, 1)
    static = load_static_embedder(embedder.spec)
    limit_blas_threads(1)
    lines = demo_file("templates.jsonl").read_text().splitlines()
    templates = {t.id: Template(**t.model_dump()) for t in parse_template_lines(lines)[0]}
    index = exemplar_index(embedder, templates)
    policy = MatchPolicy(default_threshold=embedder.spec.default_threshold)

    def processor(config: CascadeConfig | None) -> Processor:
        proc = Processor(embedder, index, StaticCatalogue(templates), policy, Metrics())
        if config is not None:
            proc.cascade = CascadeStage(static, embedder, policy, proc.lexical, proc.metrics, config)
        return proc

    variants = {
        "off": processor(None),
        "on": processor(CascadeConfig()),
        "on, no back-off": processor(
            dataclasses.replace(CascadeConfig(), backoff=BackoffConfig(window_posts=0))
        ),
    }
    base = [json.loads(line)["text"] for line in demo_file("posts.jsonl").read_text().splitlines() if line]
    posts = generate_posts(args.posts, base, id_prefix="t-", seed=0)
    for proc in variants.values():  # load everything once (language detector, first calibration)
        proc.process([RawMessage(json.dumps(p).encode(), "posts", 0, 0, 1.0) for p in posts[:8]])
    seconds = dict.fromkeys(variants, 0.0)
    stages: dict[str, list[str]] = {name: [] for name in variants}
    decisions: dict[str, list[tuple[bool, str | None]]] = {name: [] for name in variants}
    names = list(variants)
    for b, start in enumerate(range(0, len(posts), args.batch)):
        batch = [
            RawMessage(json.dumps(p).encode(), "posts", 0, 0, 1.0) for p in posts[start : start + args.batch]
        ]
        for name in names[b % len(names) :] + names[: b % len(names)]:
            t0 = time.perf_counter()
            out = variants[name].process(batch)
            seconds[name] += time.perf_counter() - t0
            stages[name] += out.decided_by
            decisions[name] += [(m.matched, m.template_id) for m in out.matches]
    report: dict[str, Any] = {
        "posts": len(posts),
        "variants": {
            name: {
                "seconds": round(seconds[name], 2),
                "posts_per_s": round(len(posts) / seconds[name], 1),
                "ratio_to_off": round(seconds["off"] / seconds[name], 3),
                "stages": {s: stages[name].count(s) for s in ("cache", "gate", "model")},
                "decisions_equal_off": decisions[name] == decisions["off"],
                "backed_off": _backed_off(variants[name]),
            }
            for name in variants
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for name, v in report["variants"].items():
        print(
            f"{name:16s} {v['posts_per_s']:7.1f} posts/s  x{v['ratio_to_off']:.3f} of off  "
            f"stages {v['stages']}  equal {v['decisions_equal_off']}  backed off {v['backed_off']}"
        )


def _backed_off(proc: Processor) -> bool | None:
    return None if proc.cascade is None else bool(proc.cascade.stats()["gate_backed_off"])


if __name__ == "__main__":
    main()
