"""Fit the learned fusion re-ranker (monitor/core/ranking.py) on CheckThat! train, choose it on dev.

Every post of a ``--train`` set runs through the worker's pieces (normalize, the embedder, the 20 nearest
exemplars, BM25: scripts/tune_matching.py's ``prepare``); each of its candidate templates gives one row of
:data:`monitor.core.ranking.RANK_FEATURES`, labelled by the qrels. A listwise linear model (a softmax over
each post's candidates, the gold one's likelihood maximised) is fitted per L2 penalty (``--l2``); the
penalty with the best MAP@5 on the ``--dev`` sets is kept. ``--report`` sets are scored once with the
chosen model and never feed a choice: pass a test split there only to read it, once, at the end.

Every training post counts twice: with its dates and with the four date features zeroed (as in a
catalogue without ``first_seen``, or a post that states no date), so that one set of weights ranks both
ways. Dev is scored both ways too (``undated``: the templates' ``first_seen`` dropped); the penalty with the
best mean of the two is kept.

    export MONITOR_STATE_DIR=/tmp/quality-state
    D=../shared/data/claim-matching/checkthat2022-2a-en
    .venv/bin/python scripts/fit_ranker.py --train $D train --dev $D dev [--report $D test] [--write]

``--write`` stores the chosen weights for the model in monitor/core/ranking_params.py (only when it beats
the hand-set fusion on dev, unless ``--force``).
"""

from __future__ import annotations

import argparse
import json
import os
import pprint
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tune_matching import Prepared, prepare

from monitor.config import Settings
from monitor.core.evaluation import ranking_metrics
from monitor.core.matching import MatchPolicy, candidate_evidence, rank_candidates
from monitor.core.ranking import DATE_FEATURES, RANK_FEATURES, Ranker, rank_features
from monitor.core.ranking_params import RANKING
from monitor.embedding import load_embedder

PARAMS = Path(__file__).resolve().parents[1] / "monitor" / "core" / "ranking_params.py"
HEADER = '''"""Fitted re-ranker weights per model: written by ``scripts/fit_ranker.py``, not by hand.

See :mod:`monitor.core.ranking` for the features and docs/history/QUALITY-CHECKTHAT.md "The learned re-ranker"
for how they were fitted and checked."""

from __future__ import annotations

from typing import Any

'''


Group = tuple[np.ndarray, np.ndarray]  # one post: feature rows of its candidates, 1.0 for the gold ones


def groups_of(data: Prepared, policy: MatchPolicy, score_scale: float) -> list[Group]:
    """Per post with a gold template among its candidates: their feature rows and labels."""
    out: list[Group] = []
    fused = replace(policy, ranker=None)
    for post, text, hits, lex in zip(data.posts, data.analyzed, data.hits, data.lexical, strict=True):
        gold = data.qrels.get(post.id)
        if not gold:
            continue
        ranked = rank_candidates(text, hits, fused, lexical=lex, templates=data.templates)
        labels = np.asarray([1.0 if c.template_id in gold else 0.0 for c in ranked])
        if labels.sum() == 0:
            continue  # the candidates miss the gold template: nothing to learn about their order
        evidence = candidate_evidence(text, hits, ranked, data.templates)
        out.append((np.asarray(rank_features(evidence, score_scale), dtype=np.float64), labels))
    return out


def undated(groups: list[Group]) -> list[Group]:
    """The same posts as if nothing had a date: the date features zeroed."""
    columns = [RANK_FEATURES.index(name) for name in DATE_FEATURES]
    out = []
    for x, y in groups:
        x = x.copy()
        x[:, columns] = 0.0
        out.append((x, y))
    return out


def without_dates(data: Prepared) -> Prepared:
    """``data`` with the templates' ``first_seen`` dropped: how an undated catalogue ranks."""
    templates = {tid: t.model_copy(update={"first_seen": None}) for tid, t in data.templates.items()}
    return replace(data, templates=templates)


def fit(groups: list[Group], l2: float, iterations: int = 100) -> tuple[float, ...]:
    """Conditional logit (softmax over each post's candidates; a post with two gold templates splits its
    target between them), L2-penalised, by Newton's method with a backtracking line search."""
    dim = groups[0][0].shape[1]

    def loss_grad_hess(w: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        loss = 0.5 * l2 * float(w @ w)
        grad = l2 * w
        hess = l2 * np.eye(dim)
        for x, y in groups:
            s = x @ w
            s = s - s.max()
            p = np.exp(s)
            total = p.sum()
            p /= total
            t = y / y.sum()
            loss -= float(t @ (s - np.log(total)))
            grad = grad + x.T @ (p - t)
            xp = x.T @ p
            hess = hess + (x * p[:, None]).T @ x - np.outer(xp, xp)
        return loss, grad, hess

    w = np.zeros(dim)
    loss, grad, hess = loss_grad_hess(w)
    for _ in range(iterations):
        step = np.linalg.solve(hess, grad)
        size = 1.0
        while size > 1e-6:
            candidate = w - size * step
            new_loss, new_grad, new_hess = loss_grad_hess(candidate)
            if new_loss <= loss:
                break
            size /= 2
        else:
            break
        converged = loss - new_loss < 1e-10
        w, loss, grad, hess = candidate, new_loss, new_grad, new_hess
        if converged:
            break
    return tuple(round(float(v), 6) for v in w)


def map_at_5(data: Prepared, policy: MatchPolicy) -> dict[str, float]:
    rankings = {}
    for post, text, hits, lex in zip(data.posts, data.analyzed, data.hits, data.lexical, strict=True):
        ranked = rank_candidates(text, hits, policy, lexical=lex, templates=data.templates)
        rankings[post.id] = [c.template_id for c in ranked[:5]]
    metrics = ranking_metrics(rankings, {p: g for p, g in data.qrels.items() if p in rankings})
    return {k: round(v, 4) for k, v in metrics.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs=2, action="append", required=True, metavar=("DIR", "SPLIT"))
    ap.add_argument("--dev", nargs=2, action="append", required=True, metavar=("DIR", "SPLIT"))
    ap.add_argument("--report", nargs=2, action="append", default=[], metavar=("DIR", "SPLIT"))
    ap.add_argument("--l2", default="0.01,0.1,1,10", help="penalties to try (chosen on --dev)")
    ap.add_argument("--model", default=os.environ.get("MONITOR_MODEL", "all-MiniLM-L6-v2"))
    ap.add_argument(
        "--knn", type=int, default=None, help="exemplar hits per post (default: MONITOR_KNN_K, the worker's)"
    )
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--force", action="store_true", help="write even when dev does not improve")
    args = ap.parse_args()
    settings = Settings()
    embedder = load_embedder(args.model)
    scale = embedder.spec.score_scale
    base = MatchPolicy()
    knn_k = args.knn or settings.knn_k

    def load(d: str, split: str) -> Prepared:
        directory = Path(d)
        return prepare(
            embedder,
            settings,
            directory / "claims.jsonl",
            directory / f"posts-{split}.jsonl",
            directory / f"qrels-{split}.tsv",
            knn_k=knn_k,
            lexical_k=base.lexical_candidates,
        )

    train = [load(d, s) for d, s in args.train]
    dev = [(f"{Path(d).name}/{s}", load(d, s)) for d, s in args.dev]
    dev += [(f"{name} undated", without_dates(data)) for name, data in dev]
    groups = [g for data in train for g in groups_of(data, base, scale)]
    groups += undated(groups)
    rows = sum(len(y) for _, y in groups)
    print(
        f"train: {len(groups) // 2} posts (twice) with the gold template among {rows // 2} candidates",
        flush=True,
    )
    fused_dev = {name: map_at_5(data, base)["map@5"] for name, data in dev}
    print(json.dumps({"ranker": "hand-set fusion", "dev map@5": fused_dev}), flush=True)
    names = " + ".join(f"{Path(d).name}/{s}" for d, s in args.train)
    best: tuple[float, Ranker] | None = None
    for l2 in (float(v) for v in args.l2.split(",")):
        ranker = Ranker(fit(groups, l2), scale, f"{embedder.spec.name}: {names} (l2 {l2:g}, knn {knn_k})")
        policy = replace(base, ranker=ranker)
        scores = {name: map_at_5(data, policy)["map@5"] for name, data in dev}
        mean = sum(scores.values()) / len(scores)
        print(json.dumps({"l2": l2, "dev map@5": scores}), flush=True)
        if best is None or mean > best[0]:
            best = (mean, ranker)
    assert best is not None
    mean, ranker = best
    print("chosen:", json.dumps(ranker.as_dict(), indent=2))
    policy = replace(base, ranker=ranker)
    for (d, s), data in zip(args.train, train, strict=True):
        print(json.dumps({"set": f"{Path(d).name}/{s}", "fit": "in-sample", **map_at_5(data, policy)}))
    for d, s in args.report:
        data = load(d, s)
        row = {"set": f"{Path(d).name}/{s}", "fused": map_at_5(data, base)["map@5"], **map_at_5(data, policy)}
        print(json.dumps(row), flush=True)
    improves = mean > sum(fused_dev.values()) / len(fused_dev)
    if args.write and (improves or args.force):
        params = dict(RANKING)
        params[embedder.spec.name] = ranker.as_dict()
        PARAMS.write_text(
            HEADER + "RANKING: dict[str, dict[str, Any]] = " + pprint.pformat(params, width=100) + "\n",
            encoding="utf-8",
        )
        ruff = Path(sys.executable).with_name("ruff")
        if ruff.exists():
            subprocess.run([str(ruff), "format", "--quiet", str(PARAMS)], check=False)
        print(f"wrote {PARAMS} ({embedder.spec.name}; features {', '.join(RANK_FEATURES)})")
    elif args.write:
        print("not written: the learned ranker does not beat the hand-set fusion on dev")


if __name__ == "__main__":
    main()
