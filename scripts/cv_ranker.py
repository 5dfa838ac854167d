"""Exploration: dump per-candidate features of CheckThat! splits once, then compare ranker variants by
grouped cross-validation (folds by post) on train+dev and by train -> dev. Test splits are never read here.

    export MONITOR_STATE_DIR=/tmp/rank-state-rank
    D=../shared/data/claim-matching/checkthat2022-2a-en
    .venv/bin/python scripts/cv_ranker.py dump --set $D train --set $D dev --out /tmp/rank-dump.pkl
    .venv/bin/python scripts/cv_ranker.py cv --dump /tmp/rank-dump.pkl
    flock /tmp/measure.lock .venv/bin/python scripts/cv_ranker.py cost --set $D dev
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def dump(args: argparse.Namespace) -> None:
    from tune_matching import prepare

    from monitor.config import Settings
    from monitor.core.matching import MatchPolicy, candidate_evidence, rank_candidates
    from monitor.core.ranking import rank_features
    from monitor.embedding import load_embedder

    settings = Settings()
    embedder = load_embedder("all-MiniLM-L6-v2")
    base = MatchPolicy()
    fused = replace(base, ranker=None)
    out = []
    for d, split in args.set:
        directory = Path(d)
        data = prepare(
            embedder,
            settings,
            directory / "claims.jsonl",
            directory / f"posts-{split}.jsonl",
            directory / f"qrels-{split}.tsv",
            knn_k=50,
            lexical_k=base.lexical_candidates,
        )
        for post, text, hits, lex in zip(data.posts, data.analyzed, data.hits, data.lexical, strict=True):
            gold = data.qrels.get(post.id)
            if not gold:
                continue
            ranked = rank_candidates(text, hits, fused, lexical=lex, templates=data.templates)
            evidence = candidate_evidence(text, hits, ranked, data.templates)
            x = np.asarray(rank_features(evidence, 1.0), dtype=np.float64)
            extra = {"fused": np.asarray([c.score for c in ranked])}
            y = np.asarray([1.0 if c.template_id in gold else 0.0 for c in ranked])
            out.append({"split": split, "post": post.id, "x": x, "extra": extra, "y": y, "ngold": len(gold)})
        print(split, len(data.posts), flush=True)
    with open(args.out, "wb") as fh:
        pickle.dump(out, fh)


def ap5(order: np.ndarray, y: np.ndarray, ngold: int) -> float:
    hits = 0
    total = 0.0
    for k, i in enumerate(order[:5], start=1):
        if y[i] > 0:
            hits += 1
            total += hits / k
    return total / min(ngold, 5) if ngold else 0.0


def extend(g: dict, variant: str) -> np.ndarray:
    """``base``: the 18 features before the date ones; ``date``: all of RANK_FEATURES; ``gap``: score gaps."""
    x = g["x"] if "date" in variant else g["x"][:, :18]
    e = g["extra"]
    cols = [x]
    if "gap" in variant:
        dense = x[:, 0]
        cols.append((dense - dense.max())[:, None])
        fused = e["fused"]
        cols.append((fused - fused.max())[:, None])
        rank = np.argsort(np.argsort(-fused)) + 1
        cols.append((1.0 / rank)[:, None])
    if "inter" in variant:
        cols.append((x[:, 0] * x[:, 5])[:, None])
        cols.append((x[:, 14] * x[:, 15])[:, None])
        cols.append((x[:, 0] ** 2)[:, None])
    return np.hstack(cols)


def fit_mlp(groups: list[tuple[np.ndarray, np.ndarray]], hidden: int, l2: float, seed: int = 0):
    from scipy.optimize import minimize

    dim = groups[0][0].shape[1]
    xs = np.vstack([x for x, _ in groups])
    mu = xs.mean(0)
    sd = xs.std(0) + 1e-6
    gs = [((x - mu) / sd, y / y.sum()) for x, y in groups]
    rng = np.random.default_rng(seed)
    n1 = dim * hidden
    w0 = np.concatenate(
        [rng.normal(0, 0.3, n1), np.zeros(hidden), rng.normal(0, 0.3, hidden), rng.normal(0, 0.1, dim)]
    )

    def unpack(w):
        W1 = w[:n1].reshape(dim, hidden)
        b1 = w[n1 : n1 + hidden]
        w2 = w[n1 + hidden : n1 + 2 * hidden]
        wl = w[n1 + 2 * hidden :]
        return W1, b1, w2, wl

    X = np.vstack([x for x, _ in gs])
    T = np.concatenate([t for _, t in gs])
    bounds = np.cumsum([0] + [len(t) for _, t in gs])
    gid = np.repeat(np.arange(len(gs)), [len(t) for _, t in gs])

    def f(w):
        W1, b1, w2, wl = unpack(w)
        H = np.tanh(X @ W1 + b1)
        s = H @ w2 + X @ wl
        mx = np.maximum.reduceat(s, bounds[:-1])
        z = s - mx[gid]
        ez = np.exp(z)
        tot = np.add.reduceat(ez, bounds[:-1])
        p = ez / tot[gid]
        loss = -(T * (z - np.log(tot[gid]))).sum() + 0.5 * l2 * (w[:n1] @ w[:n1] + w2 @ w2 + wl @ wl)
        ds = p - T
        gw2 = H.T @ ds + l2 * w2
        gwl = X.T @ ds + l2 * wl
        dH = np.outer(ds, w2) * (1 - H**2)
        gW1 = X.T @ dH + l2 * W1
        gb1 = dH.sum(0)
        return loss, np.concatenate([gW1.ravel(), gb1, gw2, gwl])

    res = minimize(f, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    W1, b1, w2, wl = unpack(res.x)

    def score(x):
        z = (x - mu) / sd
        return np.tanh(z @ W1 + b1) @ w2 + z @ wl

    return score


def undated(g: dict) -> dict:
    """The post as if neither it nor its candidates had a date (an undated catalogue)."""
    x = g["x"].copy()
    x[:, 18:22] = 0.0
    return {**g, "x": x}


def evaluate(score, gs: list[dict], variant: str) -> float:
    total = 0.0
    for g in gs:
        if g["y"].sum() == 0:
            continue
        if "eval-undated" in variant:
            g = undated(g)
        s = score(extend(g, variant))
        order = np.lexsort((-g["extra"]["fused"], -s))
        total += ap5(order, g["y"], g["ngold"])
    return total / len(gs)


def make(model: str, train: list[dict], variant: str):
    from fit_ranker import fit

    if "mask" in variant:  # every post twice: with its dates and without (the undated ranker in one)
        train = train + [undated(g) for g in train]
    groups = [(extend(g, variant), g["y"]) for g in train if g["y"].sum() > 0]
    kind, _, rest = model.partition(":")
    if kind == "lin":
        w = np.asarray(fit(groups, float(rest)))
        return lambda x: x @ w
    hidden, l2 = rest.split("/")
    return fit_mlp(groups, int(hidden), float(l2))


def cv(args: argparse.Namespace) -> None:
    with open(args.dump, "rb") as fh:
        data = pickle.load(fh)  # noqa: S301 - this script's own dump
    train = [g for g in data if g["split"] == "train"]
    dev = [g for g in data if g["split"] == "dev"]
    pool = train + dev
    rng = np.random.default_rng(7)
    folds = rng.permutation(len(pool)) % args.folds
    for variant in args.variants.split(","):
        for model in args.models.split(","):
            cvs = []
            for k in range(args.folds):
                tr = [g for g, f in zip(pool, folds, strict=True) if f != k]
                te = [g for g, f in zip(pool, folds, strict=True) if f == k]
                cvs.append(evaluate(make(model, tr, variant), te, variant) * len(te))
            cvmap = sum(cvs) / len(pool)
            scorer = make(model, train, variant)
            row = {
                "variant": variant,
                "model": model,
                "cv(train+dev)": round(cvmap, 4),
                "train": round(evaluate(scorer, train, variant), 4),
                "dev": round(evaluate(scorer, dev, variant), 4),
            }
            print(row, flush=True)


def cost(args: argparse.Namespace) -> None:
    """ms per post of rank_candidates (fused order vs the shipped ranker) over one split, best of 3."""
    import time

    from tune_matching import prepare

    from monitor.config import Settings
    from monitor.core.matching import MatchPolicy, rank_candidates
    from monitor.core.ranking import ranker_for
    from monitor.embedding import load_embedder

    embedder = load_embedder("all-MiniLM-L6-v2")
    base = MatchPolicy()
    ((d, split),) = args.set
    directory = Path(d)
    data = prepare(
        embedder,
        Settings(),
        directory / "claims.jsonl",
        directory / f"posts-{split}.jsonl",
        directory / f"qrels-{split}.tsv",
        knn_k=50,
        lexical_k=base.lexical_candidates,
    )
    rows = list(zip(data.analyzed, data.hits, data.lexical, strict=True))
    learned = replace(base, ranker=ranker_for("all-MiniLM-L6-v2"))
    for name, policy in (("fused order", replace(base, ranker=None)), ("learned ranker", learned)):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            n = 0
            for text, hits, lex in rows:
                n += len(rank_candidates(text, hits, policy, lexical=lex, templates=data.templates))
            best = min(best, time.perf_counter() - start)
        print(f"{name}: {1000 * best / len(rows):.2f} ms/post ({n / len(rows):.1f} candidates/post)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["dump", "cv", "cost"])
    ap.add_argument("--set", nargs=2, action="append", default=[])
    ap.add_argument("--out", help="dump: the file to write")
    ap.add_argument("--dump", help="cv: the dump to read")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--variants", default="base,date")
    ap.add_argument("--models", default="lin:0.01,lin:0.03,lin:0.1,lin:0.3,lin:1")
    args = ap.parse_args()
    {"dump": dump, "cv": cv, "cost": cost}[args.mode](args)


if __name__ == "__main__":
    main()
