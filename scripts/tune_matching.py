"""Reproduce the matching weights and the default threshold in docs/history/QUALITY-CHECKTHAT.md.

It runs the worker's own pieces — normalize, the embedder, MemoryIndex (exact cosine), LexicalChannel, and
monitor.matching.rank_candidates / decide — once per labelled set, then sweeps the policy:

  ranking    MAP@5 for each (lexical_weight, lexical_saturation) on claim-matching splits (tune on train/dev)
  decisions  precision / recall / debunk alerts for each policy and threshold on a labelled set with
             negatives (labels.jsonl beside the posts file gives the kinds); ``--folds 2`` picks the
             threshold on one half of the posts and reports it on the other
  cost       milliseconds per post of normalise+encode and of lexical+decide, on one claim catalogue

    .venv/bin/python scripts/tune_matching.py ranking \\
        --set ../shared/data/claim-matching/checkthat2022-2a-en train --set … dev
    .venv/bin/python scripts/tune_matching.py decisions --dir monitor/demo [--folds 2]
    .venv/bin/python scripts/tune_matching.py cost \\
        --set ../shared/data/claim-matching/checkthat2022-2a-en test

Vectors are cached under $MONITOR_STATE_DIR/cache like ``monitor eval``'s.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from monitor.config import Settings
from monitor.core.evaluation import ranking_metrics
from monitor.core.lexical import LexicalChannel
from monitor.core.matching import Hit, MatchPolicy, decide, rank_candidates
from monitor.core.models import Post, Template
from monitor.core.text import PostText, analyze, normalize
from monitor.embedding import Embedder, load_embedder
from monitor.storage.index import MemoryIndex
from monitor.tools.evaluate import embed_cached, load_labels, load_posts, load_qrels, load_templates


@dataclass
class Prepared:
    templates: dict[str, Template]
    posts: list[Post]
    analyzed: list[PostText]
    hits: list[list[Hit]]
    lexical: list[dict[str, float]]
    qrels: dict[str, set[str]]
    kinds: dict[str, str]


def prepare(
    embedder: Embedder,
    settings: Settings,
    claims: Path,
    posts_path: Path,
    qrels: Path,
    knn_k: int = 50,  # the worker's MONITOR_KNN_K
    lexical_k: int = 20,
) -> Prepared:
    """Everything that does not depend on the policy: exemplar hits and BM25 rows, per post."""
    templates, _ = load_templates(claims)
    posts = load_posts(posts_path)
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    vectors = embed_cached(embedder, [r[3] for r in rows], settings.state_dir / "cache", None, "")
    index = MemoryIndex()
    index.add((*r, vectors[n]) for n, r in enumerate(rows))
    texts = [normalize(p.text) for p in posts]
    hits: list[list[Hit]] = []
    lexical: list[dict[str, float]] = []
    channel = LexicalChannel()
    for start in range(0, len(posts), 64):
        part = texts[start : start + 64]
        batch = index.search(embedder.encode_queries(part), knn_k)
        hits += batch
        lexical += channel.rows(templates, part, [[h.template_id for h in hs] for hs in batch], lexical_k)
    kinds = {p: str(row.get("kind", "?")) for p, row in load_labels(posts_path).items()}
    return Prepared(
        templates,
        posts,
        [analyze(p.text, t) for p, t in zip(posts, texts, strict=True)],
        hits,
        lexical,
        load_qrels(qrels),
        kinds,
    )


def map_at_5(data: Prepared, policy: MatchPolicy) -> float:
    rankings = {}
    for post, text, hits, lex in zip(data.posts, data.analyzed, data.hits, data.lexical, strict=True):
        ranked = rank_candidates(text, hits, policy, lexical=lex, templates=data.templates)
        rankings[post.id] = [c.template_id for c in ranked[:5]]
    return ranking_metrics(rankings, {p: g for p, g in data.qrels.items() if p in rankings})["map@5"]


def decision_curve(data: Prepared, policy: MatchPolicy, thresholds: list[float]) -> list[dict[str, Any]]:
    """For each default threshold: precision, recall and alerts on debunks (template thresholds unset)."""
    never = replace(policy, default_threshold=float("inf"))
    would = []
    for post, text, hits, lex in zip(data.posts, data.analyzed, data.hits, data.lexical, strict=True):
        d = decide(post.id, post.text, hits, data.templates, never, lexical=lex, post=text)
        would.append((post.id, d.would_match))
    out = []
    for th in thresholds:
        tp = fp = fn = debunk = 0
        for post_id, match in would:
            gold = data.qrels.get(post_id, set())
            pred = match[0] if match is not None and match[1] >= th else None
            if pred is not None and pred in gold:
                tp += 1
            else:
                fp += pred is not None
                fn += bool(gold)
            debunk += pred is not None and data.kinds.get(post_id) == "debunk"
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        out.append(
            {
                "threshold": th,
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "debunk_alerts": debunk,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", choices=["ranking", "decisions", "cost"])
    parser.add_argument(
        "--folds", type=int, default=0, help="decisions: pick on the other folds, report on each"
    )
    parser.add_argument(
        "--set",
        nargs=2,
        action="append",
        metavar=("DIR", "SPLIT"),
        default=[],
        help="claim-matching dir and split (ranking)",
    )
    parser.add_argument("--dir", type=Path, default=Path("monitor/demo"), help="labelled set (decisions)")
    parser.add_argument("--model", default=os.environ.get("MONITOR_MODEL", "all-MiniLM-L6-v2"))
    parser.add_argument("--weights", default="0.3,0.4,0.5", help="decisions: lexical weights to sweep")
    parser.add_argument("--thresholds", default="0.70:0.90:0.01", help="decisions: start:stop:step")
    args = parser.parse_args(argv)
    settings = Settings()
    embedder = load_embedder(args.model)
    base = MatchPolicy()
    if args.mode == "ranking":
        sets = [
            prepare(
                embedder,
                settings,
                Path(d) / "claims.jsonl",
                Path(d) / f"posts-{s}.jsonl",
                Path(d) / f"qrels-{s}.tsv",
            )
            for d, s in args.set
        ]
        grid = [(0.0, 10.0), *itertools.product([0.3, 0.4, 0.5, 0.6], [5.0, 10.0, 20.0])]
        for weight, saturation in grid:  # weight 0: the dense channel alone
            policy = replace(base, lexical_weight=weight, lexical_saturation=saturation)
            scores = [round(map_at_5(data, policy), 4) for data in sets]
            names = [f"{Path(d).name}/{s}" for d, s in args.set]
            row = {"lexical_weight": weight, "lexical_saturation": saturation}
            print(json.dumps({**row, "map@5": dict(zip(names, scores, strict=True))}), flush=True)
    elif args.mode == "decisions":
        data = prepare(
            embedder, settings, args.dir / "templates.jsonl", args.dir / "posts.jsonl", args.dir / "qrels.tsv"
        )
        lo, hi, step = (float(x) for x in args.thresholds.split(":"))
        thresholds = [round(lo + step * i, 4) for i in range(round((hi - lo) / step) + 1)]
        if args.folds:
            print(json.dumps(held_out(data, base, thresholds, args.folds)))
            return 0
        weights = [float(w) for w in args.weights.split(",")]
        for weight, discount in itertools.product(weights, [0.0, 0.1]):
            policy = replace(base, lexical_weight=weight, negative_stance_discount=discount)
            for row in decision_curve(data, policy, thresholds):
                print(json.dumps({"lexical_weight": weight, "negative_stance_discount": discount, **row}))
    else:
        directory, split = args.set[0]
        print(json.dumps(cost(embedder, Path(directory), split, base)))
    return 0


def held_out(data: Prepared, policy: MatchPolicy, thresholds: list[float], folds: int) -> dict[str, Any]:
    """Pick the threshold with the best F1 (and no debunk alert) on the other folds, report it on each."""
    out = []
    for k in range(folds):
        tune = _subset(data, lambda i, k=k: i % folds != k)
        test = _subset(data, lambda i, k=k: i % folds == k)

        def f1(row: dict[str, Any]) -> float:
            p, r = row["precision"], row["recall"]
            return 0.0 if row["debunk_alerts"] or not p + r else 2 * p * r / (p + r)

        chosen = max(decision_curve(tune, policy, thresholds), key=f1)["threshold"]
        out.append({"fold": k, "threshold": chosen, **decision_curve(test, policy, [chosen])[0]})
    return {"folds": out}


def _subset(data: Prepared, keep: Any) -> Prepared:
    idx = [i for i in range(len(data.posts)) if keep(i)]
    ids = {data.posts[i].id for i in idx}
    return Prepared(
        data.templates,
        [data.posts[i] for i in idx],
        [data.analyzed[i] for i in idx],
        [data.hits[i] for i in idx],
        [data.lexical[i] for i in idx],
        {p: g for p, g in data.qrels.items() if p in ids},
        data.kinds,
    )


def cost(embedder: Embedder, directory: Path, split: str, policy: MatchPolicy) -> dict[str, float]:
    """The decision layer's share of the per-post cost, measured in one process under the same load."""
    templates, _ = load_templates(directory / "claims.jsonl")
    posts = load_posts(directory / f"posts-{split}.jsonl")[:192]
    settings = Settings()
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    vectors = embed_cached(embedder, [r[3] for r in rows], settings.state_dir / "cache", None, "")
    index = MemoryIndex()
    index.add((*r, vectors[n]) for n, r in enumerate(rows))
    channel = LexicalChannel()
    started = time.perf_counter()
    channel.index_for(templates)
    build_s = time.perf_counter() - started
    model_s = rest_s = 0.0
    for _pass in range(2):  # the first pass warms the per-template caches; the second is measured
        model_s = rest_s = 0.0
        for start in range(0, len(posts), 32):
            part = posts[start : start + 32]
            t0 = time.perf_counter()
            texts = [normalize(p.text) for p in part]
            vecs = embedder.encode_queries(texts)
            t1 = time.perf_counter()
            hits = index.search(vecs, 20)  # exact search stands in for Redis: not counted
            t2 = time.perf_counter()
            lex = channel.rows(templates, texts, [[h.template_id for h in hs] for hs in hits], 20)
            for p, t, h, x in zip(part, texts, hits, lex, strict=True):
                decide(p.id, p.text, h, templates, policy, lexical=x, post=analyze(p.text, t))
            t3 = time.perf_counter()
            model_s += t1 - t0
            rest_s += t3 - t2
    n = len(posts)
    return {
        "templates": len(templates),
        "lexical_index_build_s": round(build_s, 2),
        "normalize_encode_ms_per_post": round(1000 * model_s / n, 3),
        "lexical_decide_ms_per_post": round(1000 * rest_s / n, 3),
        "share_of_model_cost": round(rest_s / model_s, 4),
    }


if __name__ == "__main__":
    sys.exit(main())
