"""Exploration, not shipped (docs/history/QUALITY-ENGLISH.md "A learned verifier"): does the post's own
MiniLM vector add to
the verifier? A logistic "spreads a claim" head over the 384-d post vector (fitted, like everything here,
without the left-out set; its scores for the training posts come from an inner leave-one-set-out) is
stacked as one more feature of the full-mode verifier.

    HF_HUB_OFFLINE=1 python scripts/verifier_stance_head.py /tmp/ver [hl2=1 width=0.0 cut=0.5 l2=1]

FOLDER is a ``scripts/fit_verifier.py dump`` folder; the post vectors are written there once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import fit_verifier as fv
from logistic_fit import fit_standardised

from monitor.core.verifier import features


def vectors(folder: Path) -> dict[str, np.ndarray]:
    path = folder / "vectors.npz"
    if not path.exists():
        from monitor.config import Settings
        from monitor.core.text import normalize
        from monitor.tools.evaluate import embedder_from_settings, load_posts

        emb = embedder_from_settings(Settings())
        ids, vecs = [], []
        for _, posts, _ in fv.sets():
            ps = load_posts(posts)
            vecs.append(np.asarray(emb.encode_queries([normalize(p.text) for p in ps])))
            ids += [p.id for p in ps]
        np.savez(path, ids=np.array(ids), vectors=np.vstack(vecs))
    d = np.load(path)
    return dict(zip(d["ids"], d["vectors"], strict=True))


def main() -> None:
    folder = Path(sys.argv[1])
    args = dict(a.split("=") for a in sys.argv[2:])
    hl2, width = float(args.get("hl2", 1)), float(args.get("width", 0.0))
    cut, l2 = float(args.get("cut", 0.5)), float(args.get("l2", 1))
    rows = fv.load(folder)
    vec = vectors(folder)

    def near(r: dict) -> bool:
        return any(v.score >= v.threshold - 0.1 for v in r["views"][:3])

    def head_fit(train: list[dict]):  # type: ignore[no-untyped-def]
        tr = [r for r in train if r["views"] and near(r)]
        x = np.array([vec[r["id"]] for r in tr])
        y = np.array([1.0 if r["gold"] else 0.0 for r in tr])
        w, b, m, s = fit_standardised(x, y, hl2)
        return lambda r: float(((vec[r["id"]] - m) / s) @ w + b)

    def weighed(v) -> bool:  # type: ignore[no-untyped-def]
        return v.index < 3 and v.score >= v.threshold - width and v.guard != "short_text"

    names = list(dict.fromkeys(r["set"] for r in rows))
    base_all, ver_all, ordered = [], [], []
    for name in names:
        test = [r for r in rows if r["set"] == name]
        train = [r for r in rows if r["set"] != name]
        h: dict[str, float] = {}
        for inner in dict.fromkeys(r["set"] for r in train):
            f = head_fit([r for r in train if r["set"] != inner])
            h.update({r["id"]: f(r) for r in train if r["set"] == inner})
        f = head_fit(train)
        h.update({r["id"]: f(r) for r in test})
        x = [[*features(v), h[r["id"]]] for r in train for v in r["views"] if weighed(v)]
        y = [1.0 if v.template_id in r["gold"] else 0.0 for r in train for v in r["views"] if weighed(v)]
        w, b, m, s = fit_standardised(np.array(x), np.array(y), l2)
        mine = []
        for r in test:
            best: tuple[str | None, float] = (None, 0.0)
            for v in r["views"]:
                if weighed(v):
                    z = (np.array([*features(v), h[r["id"]]]) - m) / s
                    p = float(1 / (1 + np.exp(-(z @ w + b))))
                    best = (v.template_id, p) if p > best[1] else best
            mine.append(best[0] if best[1] >= cut else None)
        base = [r["matched"] for r in test]
        print(f"| {name} | {fv.fmt(fv.figures(test, base))} | {fv.fmt(fv.figures(test, mine))} |")
        base_all += base
        ver_all += mine
        ordered += test
    print(
        f"| **pooled** | {fv.fmt(fv.figures(ordered, base_all))} | {fv.fmt(fv.figures(ordered, ver_all))} |"
    )


if __name__ == "__main__":
    main()
