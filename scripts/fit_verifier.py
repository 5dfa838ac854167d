"""Fit and check the learned verifier (monitor/core/verifier.py) on the seen English sets.

    dump  run every seen English set and the demo stream through the matcher (cascade off, rules as
          shipped, no verifier) and write, per post, its label, gold templates, today's decision and the
          verifier's view of its first candidates: OUT/views.jsonl
    loso  leave-one-set-out: fit on every set but one, decide the left-out one, for every set; print the
          fold-by-fold table (today's code vs the verifier) and the pooled figures
    fit   fit on every set and print the parameters for monitor/core/verifier_params.py

    HF_HUB_OFFLINE=1 MONITOR_CASCADE=off python scripts/fit_verifier.py dump /tmp/ver
    python scripts/fit_verifier.py loso /tmp/ver [--mode band|full --cut 0.7 --width 0.05 --l2 1.0]
    python scripts/fit_verifier.py loso /tmp/ver --nested    # width, l2, cut chosen inside each fold
    python scripts/fit_verifier.py fit /tmp/ver > params.json

Never run on an unseen set: the sets are named below, and each is a seen one (docs/QUALITY.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from head_folds import decision_row, dump_decisions, seen_sets
from logistic_fit import fit_standardised

from monitor.core.verifier import FEATURES, CandidateView, Verifier, features

SEEN = ["tune", *(f"heldout{n}" for n in ["", "2", "3", "4", "5", "6", "7", "8", "9"])]


def sets() -> list[tuple[str, Path, Path]]:
    """(name, posts, qrels) of the SEEN English sets and the demo stream."""
    return seen_sets("en", SEEN, [])


def dump(out: Path) -> None:
    from monitor.config import Settings
    from monitor.core.matching import candidate_views

    def views_of(raw, hits, templates, policy, *, lexical=None, post=None, **more):  # type: ignore[no-untyped-def]
        return candidate_views(raw, hits, templates, policy, lexical=lexical, post=post)

    def row(name, d, run, labels, views):  # type: ignore[no-untyped-def]
        return {
            **decision_row(name, d, run, labels),
            "sup": d.suppressed_by,
            "views": [v.__dict__ for v in views or []],
        }

    settings = Settings()
    assert settings.cascade == "off", "MONITOR_CASCADE=off: every post through the transformer"
    out.mkdir(parents=True, exist_ok=True)
    dump_decisions(out / "views.jsonl", sets(), settings, views_of, row, ensure_ascii=True)


def load(folder: Path) -> list[dict]:
    rows = [json.loads(line) for line in (folder / "views.jsonl").read_text().splitlines() if line]
    for r in rows:
        views = [CandidateView(**v) for v in r["views"]]
        if views and not any("pick" in v for v in r["views"]):  # a dump from before the field
            pick = next((v for v in views if v.score >= v.threshold and v.guard is None), None)
            views = [dataclasses.replace(v, pick=True) if v is pick else v for v in views]
        r["views"] = views
    return rows


def train_rows(rows: list[dict], width: float, window: int, corr: bool) -> tuple[np.ndarray, np.ndarray]:
    zero, one = (0.0,) * len(FEATURES), (1.0,) * len(FEATURES)
    # the candidates the full mode weighs, whatever the mode: the band's own are too few to fit on alone
    probe = Verifier(zero, zero, one, 0, 0.5, width, window, corroborated=corr, mode="full")
    x, y = [], []
    for r in rows:
        for v in r["views"]:
            if probe.eligible(v):
                x.append(features(v))
                y.append(1.0 if v.template_id in r["gold"] else 0.0)
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)


def fit(
    rows: list[dict], cut: float, width: float, window: int, l2: float, corr: bool, mode: str, name: str = ""
) -> Verifier:
    x, y = train_rows(rows, width, window, corr)
    w, b, mean, scale = fit_standardised(x, y, l2)
    return Verifier(tuple(w), tuple(mean), tuple(scale), b, cut, width, window, name, corr, mode)


def outcome(r: dict, chosen: str | None) -> tuple[int, int, int, bool]:
    """(tp, fp, fn, a debunk alerting) of one post's decision."""
    gold = set(r["gold"])
    tp = int(chosen is not None and chosen in gold)
    fp = int(chosen is not None and chosen not in gold)
    fn = int(bool(gold) and chosen not in gold)
    return tp, fp, fn, chosen is not None and r["kind"] == "debunk"


def figures(rows: list[dict], chosen: list[str | None]) -> dict:
    tp = fp = fn = deb = 0
    for r, c in zip(rows, chosen, strict=True):
        a, b, m, d = outcome(r, c)
        tp, fp, fn, deb = tp + a, fp + b, fn + m, deb + d
    debunks = sum(1 for r in rows if r["kind"] == "debunk")
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "p": tp / (tp + fp) if tp + fp else 1.0,
        "r": tp / (tp + fn) if tp + fn else 1.0,
        "debunks": deb,
        "of": debunks,
    }


def decide_with(ver: Verifier, r: dict) -> str | None:
    """What decide() does with the verifier on the policy (monitor.core.matching)."""
    if ver.mode == "band" and r["matched"]:
        return str(r["matched"])
    view, _ = ver.choose(r["views"])
    return view.template_id if view is not None else None


def fmt(f: dict) -> str:
    return f"{f['p']:.3f} / {f['r']:.3f} ({f['tp']}/{f['fp']}/{f['fn']}), {f['debunks']} of {f['of']}"


def loso(
    rows: list[dict], cut: float, width: float, window: int, l2: float, corr: bool, mode: str, verbose: bool
) -> dict:
    names = list(dict.fromkeys(r["set"] for r in rows))
    base_all: list[str | None] = []
    ver_all: list[str | None] = []
    ordered: list[dict] = []
    lines = []
    for name in names:
        test = [r for r in rows if r["set"] == name]
        ver = fit([r for r in rows if r["set"] != name], cut, width, window, l2, corr, mode)
        base = [r["matched"] for r in test]
        mine = [decide_with(ver, r) for r in test]
        fb, fv = figures(test, base), figures(test, mine)
        lines.append(f"| {name} | {fmt(fb)} | {fmt(fv)} |")
        base_all += base
        ver_all += mine
        ordered += test
        if verbose:
            for r, b, m in zip(test, base, mine, strict=True):
                if b != m:
                    print(f"  {r['id']} {r['kind']} gold={r['gold']} today={b} verifier={m}", file=sys.stderr)
    pb, pv = figures(ordered, base_all), figures(ordered, ver_all)
    lines.append(f"| **pooled** | {fmt(pb)} | {fmt(pv)} |")
    return {"lines": lines, "base": pb, "ver": pv}


GRID = [(w, l2, c) for c in (0.9, 0.7, 0.5) for w in (0.05, 0.1) for l2 in (10.0, 1.0)]


def nested(rows: list[dict], window: int, corr: bool, mode: str) -> list[str]:
    """Leave-one-set-out with the settings (width, l2, cut) chosen inside each fold: for every left-out set,
    each setting of :data:`GRID` is scored by a leave-one-set-out over the other sets alone (tp - 3 fp,
    the first in grid order on a tie: the most cautious), and the chosen one is fitted on them all."""
    names = list(dict.fromkeys(r["set"] for r in rows))
    lines, base_all, ver_all, ordered = [], [], [], []
    for name in names:
        train = [r for r in rows if r["set"] != name]
        test = [r for r in rows if r["set"] == name]
        best, best_score = GRID[0], None
        for w, l2, c in GRID:
            score = 0
            for inner in dict.fromkeys(r["set"] for r in train):
                ver = fit([r for r in train if r["set"] != inner], c, w, window, l2, corr, mode)
                part = [r for r in train if r["set"] == inner]
                f = figures(part, [decide_with(ver, r) for r in part])
                score += f["tp"] - 3 * f["fp"]
            if best_score is None or score > best_score:
                best, best_score = (w, l2, c), score
        w, l2, c = best
        ver = fit(train, c, w, window, l2, corr, mode)
        base, mine = [r["matched"] for r in test], [decide_with(ver, r) for r in test]
        chosen = f"width {w}, l2 {l2}, cut {c}"
        lines.append(f"| {name} | {chosen} | {fmt(figures(test, base))} | {fmt(figures(test, mine))} |")
        base_all += base
        ver_all += mine
        ordered += test
    lines.append(f"| **pooled** | | {fmt(figures(ordered, base_all))} | {fmt(figures(ordered, ver_all))} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["dump", "loso", "fit"])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--cut", type=float, default=0.7)
    ap.add_argument("--width", type=float, default=0.05)
    ap.add_argument("--window", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--mode", choices=["band", "full"], default="band")
    ap.add_argument("--any", action="store_true", help="weigh any candidate under the line, not only scams")
    ap.add_argument("--nested", action="store_true", help="choose width, l2 and cut inside each fold")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.what == "dump":
        dump(args.folder)
        return
    rows = load(args.folder)
    if args.what == "loso" and args.nested:
        print("| left-out set | chosen on the other sets | today's code | verifier (fitted without it) |")
        print("|---|---|---|---|")
        print("\n".join(nested(rows, args.window, not args.any, args.mode)))
        return
    if args.what == "loso":
        res = loso(rows, args.cut, args.width, args.window, args.l2, not args.any, args.mode, args.verbose)
        print("| left-out set | today's code: P / R (tp/fp/fn), debunks alerting ", end="")
        print("| verifier (fitted without it) |")
        print("|---|---|---|")
        print("\n".join(res["lines"]))
        return
    name = (
        f"all-MiniLM-L6-v2: hard_en_tune, hard_en_heldout..heldout9, demo ({len(rows)} posts, l2 {args.l2})"
    )
    ver = fit(rows, args.cut, args.width, args.window, args.l2, not args.any, args.mode, name)
    print(json.dumps(ver.as_dict(), indent=4))


if __name__ == "__main__":
    main()
