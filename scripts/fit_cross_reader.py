"""The cross reader: MiniLM reads a candidate's claim and the post TOGETHER, a small logistic head says
whether the post spreads that claim; judged by nested leave-one-set-out over the seen English sets.

    dump   every seen English set and the demo through the matcher (cascade off, rules as shipped), per
           post its label, gold, today's decision, the post's text and the verifier's views of its first
           candidates: OUT/views.jsonl (the same as scripts/fit_verifier.py dump, plus the text)
    embed  MiniLM features of (claim, post) for each post's first WINDOW candidates: OUT/pairs.npz
    loso   nested LOSO: for each left-out set, the head (its L2) and how it is used (veto / rescue / swap
           cuts) are chosen by an inner LOSO over the other sets, fitted on them all and applied to the
           left-out set; prints the fold table and the pooled figures, today's code vs the cross reader

    HF_HUB_OFFLINE=1 MONITOR_CASCADE=off python scripts/fit_cross_reader.py dump /tmp/pr
    HF_HUB_OFFLINE=1 python scripts/fit_cross_reader.py embed /tmp/pr
    python scripts/fit_cross_reader.py loso /tmp/pr [-v]

Never run on an unseen set: the sets are named below, and each is a seen one (docs/QUALITY.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small matrices on a shared machine: threads only contend
os.environ.setdefault("OMP_NUM_THREADS", "1")

import fit_verifier as fv
from head_folds import seen_sets

SEEN = [*fv.SEEN, "heldout10"]
WINDOW = 3


def sets() -> list[tuple[str, Path, Path]]:
    """(name, posts, qrels) of the SEEN English sets and the demo stream."""
    return seen_sets("en", SEEN, [])


def dump(out: Path) -> None:
    fv.sets = sets  # type: ignore[assignment]
    fv.dump(out)
    texts: dict[str, str] = {}
    for _, posts, _ in sets():
        for line in posts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                p = json.loads(line)
                texts[p["id"]] = p["text"]
    rows = [json.loads(x) for x in (out / "views.jsonl").read_text().splitlines() if x]
    with open(out / "views.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            r["text"] = texts[r["id"]]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def embed(folder: Path) -> None:
    import time

    import torch
    from sentence_transformers import SentenceTransformer

    from monitor.embedding.crossreader import pair_features

    claims = {}
    for line in Path("monitor/demo/templates.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            t = json.loads(line)
            claims[t["id"]] = t["text"]
    rows = [json.loads(x) for x in (folder / "views.jsonl").read_text().splitlines() if x]
    from monitor.embedding.loader import resolve_model

    model = SentenceTransformer(str(resolve_model("all-MiniLM-L6-v2").path), device="cpu")
    torch.set_num_threads(1)
    keys, feats = [], []
    t0 = time.perf_counter()
    n = 0
    with torch.inference_mode():
        for r in rows:
            ids = [v["template_id"] for v in r["views"][:WINDOW]]
            if not ids:
                continue
            x = pair_features(model, [claims[i] for i in ids], r["text"])
            n += len(ids)
            for i, row in zip(ids, x, strict=True):
                keys.append(f"{r['id']}\t{i}")
                feats.append(row)
    dt = time.perf_counter() - t0
    print(f"{len(rows)} posts, {n} pairs, {dt:.1f} s ({1000 * dt / len(rows):.1f} ms/post)", flush=True)
    np.savez_compressed(folder / "pairs.npz", keys=np.array(keys), x=np.asarray(feats, dtype=np.float32))


def fit_head(
    x: np.ndarray, y: np.ndarray, l2: float, iters: int = 200
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """L2 logistic regression on standardised features (L-BFGS-free: Nesterov gradient steps)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = (x - mean) / scale
    n, d = z.shape
    w = np.zeros(d)
    b = float(np.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3)))
    q = np.ones(d) / np.sqrt(d)  # the largest singular value of z by power iteration (an SVD is slow)
    for _ in range(30):
        q = z.T @ (z @ q)
        q /= np.linalg.norm(q)
    lr = 1.0 / (0.25 * float(np.linalg.norm(z @ q)) ** 2 / n + l2 / n)
    vw, vb = w.copy(), b
    for t in range(iters):
        p = 1 / (1 + np.exp(-np.clip(z @ vw + vb, -30, 30)))
        gw = z.T @ (p - y) / n + (l2 / n) * vw
        gb = float((p - y).mean())
        w_new, b_new = vw - lr * gw, vb - lr * gb
        mom = t / (t + 3)
        vw, vb = w_new + mom * (w_new - w), b_new + mom * (b_new - b)
        w, b = w_new, b_new
    return w, b, mean, scale


def predict(head: tuple[np.ndarray, float, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, b, mean, scale = head
    return 1 / (1 + np.exp(-np.clip(((x - mean) / scale) @ w + b, -30, 30)))


def attach(rows: list[dict], folder: Path) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Features per (row, view index) for each post's first WINDOW candidates."""
    data = np.load(folder / "pairs.npz")
    index = {k: i for i, k in enumerate(data["keys"].tolist())}
    x = data["x"].astype(np.float64)
    # add the decision layer's own readings (monitor.core.verifier.features): where the candidate stands
    sel, feats, where = [], [], []
    for ri, r in enumerate(rows):
        for vi, v in enumerate(r["views"][:WINDOW]):
            sel.append(index[f"{r['id']}\t{v.template_id}"])
            feats.append(fv.features(v))
            where.append((ri, vi))
    return np.hstack([x[sel], np.asarray(feats)]), where


def labels(rows: list[dict], where: list[tuple[int, int]]) -> np.ndarray:
    return np.array(
        [1.0 if rows[ri]["views"][vi].template_id in rows[ri]["gold"] else 0.0 for ri, vi in where]
    )


# how the estimate is used (p: the cross reader's estimate of the candidate):
#   veto  the rules' alert T stops when p(T) < veto
#   swap  another of the first candidates, within `width` under its line or over it, replaces T when its p
#         reaches `keep` and exceeds p(T) by 0.2
#   rescue a post the rules let nothing alert: the best first candidate within `width` under its line (or
#         stopped by a guard over it) alerts when p >= keep
SETTINGS = [
    {"veto": v, "keep": k, "width": w, "swap": s, "guarded": g}
    for v in (0.0, 0.05, 0.1, 0.2, 0.3)
    for k in (1.01, 0.95, 0.9, 0.8)
    for w in (0.0, 0.05)
    for s in (False, True)
    for g in (False, True)
]


def decide(r: dict, probs: dict[int, float], s: dict) -> str | None:
    views = r["views"][:WINDOW]
    rules = r["matched"]
    short = any(v.guard == "short_text" for v in views)
    if short:
        return rules

    def reachable(v) -> bool:  # type: ignore[no-untyped-def]
        if v.score >= v.threshold:
            return v.guard is None or s["guarded"]
        return v.score >= v.threshold - s["width"] and (v.guard is None or s["guarded"])

    if rules is not None:
        ti = next((i for i, v in enumerate(views) if v.template_id == rules), None)
        if ti is None:
            return rules
        pt = probs[ti]
        if s["swap"]:
            best = max(
                (i for i, v in enumerate(views) if i != ti and reachable(v)),
                key=lambda i: probs[i],
                default=None,
            )
            if best is not None and probs[best] >= s["keep"] and probs[best] > pt + 0.2:
                return views[best].template_id
        if pt < s["veto"]:
            return None
        return rules
    best = max((i for i, v in enumerate(views) if reachable(v)), key=lambda i: probs[i], default=None)
    if best is not None and probs[best] >= s["keep"]:
        return views[best].template_id
    return None


def apply(rows: list[dict], probs: dict[int, dict[int, float]], s: dict) -> list[str | None]:
    return [decide(r, probs.get(ri, {}), s) for ri, r in enumerate(rows)]


def utility(f: dict) -> float:
    return f["tp"] - 3 * f["fp"]


def probs_for(
    head, x: np.ndarray, where: list[tuple[int, int]], idx: list[int]
) -> dict[int, dict[int, float]]:  # type: ignore[no-untyped-def]
    p = predict(head, x[idx])
    out: dict[int, dict[int, float]] = {}
    for k, j in enumerate(idx):
        ri, vi = where[j]
        out.setdefault(ri, {})[vi] = float(p[k])
    return out


def nested(
    rows: list[dict],
    x: np.ndarray,
    y: np.ndarray,
    where: list[tuple[int, int]],
    l2s: list[float],
    verbose: bool,
) -> None:
    names = list(dict.fromkeys(r["set"] for r in rows))
    set_of = np.array([rows[ri]["set"] for ri, _ in where])
    all_base, all_mine, ordered, lines = [], [], [], []
    for name in names:
        outer_train = [n for n in names if n != name]
        # inner LOSO: out-of-fold estimates for every training set, per l2
        inner_probs: dict[float, dict[int, dict[int, float]]] = {}
        for l2 in l2s:
            acc: dict[int, dict[int, float]] = {}
            for inner in outer_train:
                tr = [j for j in range(len(where)) if set_of[j] != name and set_of[j] != inner]
                te = [j for j in range(len(where)) if set_of[j] == inner]
                head = fit_head(x[tr], y[tr], l2)
                acc.update(probs_for(head, x, where, te))
            inner_probs[l2] = acc
        train_rows = [(ri, r) for ri, r in enumerate(rows) if r["set"] != name]
        best, best_u = None, None
        for l2 in l2s:
            for s in SETTINGS:
                chosen = [decide(r, inner_probs[l2].get(ri, {}), s) for ri, r in train_rows]
                u = utility(fv.figures([r for _, r in train_rows], chosen))
                if best_u is None or u > best_u:
                    best, best_u = (l2, s), u
        l2, s = best  # type: ignore[misc]
        tr = [j for j in range(len(where)) if set_of[j] != name]
        te = [j for j in range(len(where)) if set_of[j] == name]
        head = fit_head(x[tr], y[tr], l2)
        probs = probs_for(head, x, where, te)
        test = [(ri, r) for ri, r in enumerate(rows) if r["set"] == name]
        base = [r["matched"] for _, r in test]
        mine = [decide(r, probs.get(ri, {}), s) for ri, r in test]
        tr_rows = [r for _, r in test]
        lines.append(
            f"| {name} | l2 {l2}, {json.dumps(s)} | {fv.fmt(fv.figures(tr_rows, base))} | "
            f"{fv.fmt(fv.figures(tr_rows, mine))} |"
        )
        print(lines[-1], flush=True)
        if verbose:
            for (_ri, r), b, m in zip(test, base, mine, strict=True):
                if b != m:
                    print(
                        f"  {r['id']} {r['kind']} gold={r['gold']} today={b} reader={m} :: {r['text'][:90]}"
                    )
        all_base += base
        all_mine += mine
        ordered += tr_rows
    before, after = fv.fmt(fv.figures(ordered, all_base)), fv.fmt(fv.figures(ordered, all_mine))
    print(f"| **pooled** | | {before} | {after} |")


def fixed(
    rows: list[dict], x: np.ndarray, y: np.ndarray, where: list[tuple[int, int]], l2: float, s: dict
) -> str:
    """Plain LOSO with one setting given beforehand (a sensitivity check, not a choice): pooled figures."""
    set_of = np.array([rows[ri]["set"] for ri, _ in where])
    base, mine, ordered = [], [], []
    for name in dict.fromkeys(r["set"] for r in rows):
        tr = [j for j in range(len(where)) if set_of[j] != name]
        te = [j for j in range(len(where)) if set_of[j] == name]
        probs = probs_for(fit_head(x[tr], y[tr], l2), x, where, te)
        test = [(ri, r) for ri, r in enumerate(rows) if r["set"] == name]
        base += [r["matched"] for _, r in test]
        mine += [decide(r, probs.get(ri, {}), s) for ri, r in test]
        ordered += [r for _, r in test]
    return f"{fv.fmt(fv.figures(ordered, base))} -> {fv.fmt(fv.figures(ordered, mine))}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["dump", "embed", "loso"])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--l2", type=float, nargs="+", default=[100.0])
    ap.add_argument("--only-views", action="store_true", help="the head without the MiniLM pair features")
    ap.add_argument(
        "--only-pairs", action="store_true", help="the head without the decision layer's readings"
    )
    ap.add_argument("--setting", help='one setting, JSON (e.g. {"veto": 0.3}): plain LOSO, pooled figures')
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.what == "dump":
        dump(args.folder)
        return
    if args.what == "embed":
        embed(args.folder)
        return
    rows = fv.load(args.folder)
    x, where = attach(rows, args.folder)
    nf = len(fv.FEATURES)
    if args.only_views:
        x = x[:, -nf:]
    elif args.only_pairs:
        x = x[:, :-nf]
    y = labels(rows, where)
    print(
        f"{len(rows)} posts, {len(where)} pairs, {int(y.sum())} positive, {x.shape[1]} features", flush=True
    )
    if args.setting:
        s = {
            "veto": 0.0,
            "keep": 1.01,
            "width": 0.0,
            "swap": False,
            "guarded": False,
            **json.loads(args.setting),
        }
        for l2 in args.l2:
            print(f"l2 {l2}, {json.dumps(s)}: {fixed(rows, x, y, where, l2, s)}", flush=True)
        return
    print("| left-out set | chosen on the other sets | today's code | cross reader (fitted without it) |")
    print("|---|---|---|---|")
    nested(rows, x, y, where, args.l2, args.verbose)


if __name__ == "__main__":
    main()
