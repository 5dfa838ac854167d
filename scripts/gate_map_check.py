"""Offline check before wiring a learned map into the gate: does a linear map from the static space to the
transformer space predict transformer cosines better than today's centred static cosines?

Fits a ridge map W (raw static vector + 1 -> transformer query vector) on the demo catalogue's exemplars
plus background posts (the end of the SMS ham and CheckThat! files: what a worker's model would have
scored), then, on held-out background posts (the start of the files), compares against each positive
exemplar:

* the Pearson correlation of (post, exemplar) cosines: mapped static vs transformer, centred static vs
  transformer;
* the gate share the no-lexical-evidence check would reach, each calibrated the same way (recall first:
  among exemplar pairs, and the fit posts' pairs, whose transformer cosine is at least the lowest threshold,
  the lowest predicted cosine minus the margin; exemplars' mapped vectors cross-fitted by template folds).

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/gate_map_check.py [--fit-posts 1500] [--eval-posts 1000] \
        [--ridge R]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from monitor.core.cascade import background_mean, centre, fit_static_map, map_static
from monitor.core.matching import MatchPolicy
from monitor.core.text import normalize
from monitor.embedding import load_embedder
from monitor.embedding.static import load_static_embedder
from monitor.pipeline.cascade import CascadeConfig
from monitor.storage.registry import parse_template_lines

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def read(path: Path, where: dict[str, str] | None = None) -> list[str]:
    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            d = json.loads(line)
            if where is None or all(d.get(k) == v for k, v in where.items()):
                out.append(d["text"])
    return out


def floor_at(dense: np.ndarray, pred: np.ndarray, level: float) -> float:
    close = dense >= level
    return float(pred[close].min()) if close.any() else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit-posts", type=int, default=1500)
    ap.add_argument("--eval-posts", type=int, default=1000)
    ap.add_argument("--ridge", type=float, default=CascadeConfig().map_ridge)
    ap.add_argument("--margin", type=float, default=0.05)
    args = ap.parse_args()
    embedder = load_embedder("all-MiniLM-L6-v2", "onnx")
    static = load_static_embedder(embedder.spec)
    templates = parse_template_lines((ROOT / "monitor/demo/templates.jsonl").read_text().splitlines())[0]
    rows = [(t.id, kind, text) for t in templates for kind, _i, text in t.exemplars()]
    ex_texts = [normalize(r[2]) for r in rows]
    positive = np.asarray([r[1] != "negative" for r in rows])
    tid = np.asarray([r[0] for r in rows])
    required = min(
        MatchPolicy(default_threshold=embedder.spec.default_threshold).lowest_threshold(t) for t in templates
    )

    ham = read(SHARED / "scam/sms-spam-collection/messages.jsonl", {"label": "ham"})
    tweets = read(SHARED / "claim-matching/checkthat2022-2a-en/posts-train.jsonl")
    half_fit, half_eval = args.fit_posts // 2, args.eval_posts // 2
    fit_texts = [normalize(t) for t in ham[-half_fit:] + tweets[-half_fit:]]
    eval_texts = [normalize(t) for t in ham[:half_eval] + tweets[:half_eval]]

    ex_s, fit_s, ev_s = (static.encode(x) for x in (ex_texts, fit_texts, eval_texts))
    ex_q = embedder.encode_queries(ex_texts)
    ex_p = embedder.encode_passages(ex_texts)[positive]
    fit_q = embedder.encode_queries(fit_texts)
    ev_q = embedder.encode_queries(eval_texts)

    # today: centred static cosines, calibrated on exemplar pairs
    mean = background_mean(ex_s, fit_s.sum(axis=0), len(fit_s))
    ex_c, ev_c = centre(ex_s, mean), centre(ev_s, mean)
    off_diag = ~np.eye(len(rows), dtype=bool)[:, positive]
    pair_dense = (ex_q @ ex_p.T)[off_diag]
    pair_static = (ex_c @ ex_c[positive].T)[off_diag]
    actual = ev_q @ ex_p.T
    static_cos = ev_c @ ex_c[positive].T
    thr_static = floor_at(pair_dense, pair_static, required) - args.margin

    # the map: fitted on exemplars + fit posts; exemplars' own mapped vectors cross-fitted by template
    w = fit_static_map(np.vstack([ex_s, fit_s]), np.vstack([ex_q, fit_q]), ridge=args.ridge)
    ex_m = np.zeros_like(ex_q)
    for t in np.unique(tid):
        out = tid == t
        w_t = fit_static_map(np.vstack([ex_s[~out], fit_s]), np.vstack([ex_q[~out], fit_q]), ridge=args.ridge)
        ex_m[out] = map_static(ex_s[out], w_t)
    mapped_pairs = (ex_m @ ex_p.T)[off_diag]
    # model-scored posts: their pairs against the exemplars (out of sample: a W without the fit posts' half)
    half = len(fit_s) // 2
    w_a = fit_static_map(np.vstack([ex_s, fit_s[:half]]), np.vstack([ex_q, fit_q[:half]]), ridge=args.ridge)
    post_pred = (map_static(fit_s[half:], w_a) @ ex_p.T).ravel()
    post_dense = (fit_q[half:] @ ex_p.T).ravel()
    mapped_cos = map_static(ev_s, w) @ ex_p.T
    thr_map_ex = floor_at(pair_dense, mapped_pairs, required) - args.margin
    thr_map = min(
        thr_map_ex,
        floor_at(post_dense, post_pred, required) if (post_dense >= required).any() else thr_map_ex,
    )
    resid = (actual - mapped_cos).ravel()

    report = {
        "required_dense": round(required, 4),
        "exemplars": len(rows),
        "pairs_at_required": int((pair_dense >= required).sum()),
        "fit_posts_pairs_at_required": int((post_dense >= required).sum()),
        "pearson_static_centred": round(float(np.corrcoef(static_cos.ravel(), actual.ravel())[0, 1]), 4),
        "pearson_mapped": round(float(np.corrcoef(mapped_cos.ravel(), actual.ravel())[0, 1]), 4),
        "residual_mapped_q99_q999_max": [round(float(x), 4) for x in np.quantile(resid, [0.99, 0.999, 1.0])],
        "eval_max_actual": round(float(actual.max()), 4),
        "threshold_static": round(thr_static, 4),
        "threshold_mapped": round(thr_map, 4),
        "gated_no_lexical_static": round(float((static_cos.max(axis=1) < thr_static).mean()), 4),
        "gated_no_lexical_mapped": round(float((mapped_cos.max(axis=1) < thr_map).mean()), 4),
        "recall_violations_static": int(
            ((static_cos.max(axis=1) < thr_static) & (actual.max(axis=1) >= required)).sum()
        ),
        "recall_violations_mapped": int(
            ((mapped_cos.max(axis=1) < thr_map) & (actual.max(axis=1) >= required)).sum()
        ),
    }
    # the curve at lower required levels (posts with lexical evidence need less of the transformer)
    for r in (required - 0.1, required - 0.2, required - 0.3):
        ts = floor_at(pair_dense, pair_static, r) - args.margin
        tm = min(floor_at(pair_dense, mapped_pairs, r), floor_at(post_dense, post_pred, r)) - args.margin
        report[f"at_{r:.3f}"] = {
            "gated_static": round(float((static_cos.max(axis=1) < ts).mean()), 4),
            "gated_mapped": round(float((mapped_cos.max(axis=1) < tm).mean()), 4),
            "violations_mapped": int(((mapped_cos.max(axis=1) < tm) & (actual.max(axis=1) >= r)).sum()),
        }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
