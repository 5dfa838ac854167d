"""Choose the cross-script threshold (Chinese post -> English exemplar) and measure the hubness correction,
on TUNING sets only.

For each candidate offset (``MatchPolicy.bridged_language_offset``) and hubness weight, every tuning post
is decided through the worker's matcher (``monitor eval``'s path); its outcome (tp / fp / fn) is kept per
post, so that a k-fold cross-validated choice costs no extra runs: in each fold the operating point is
chosen on the other folds (highest recall at precision >= ``--min-precision``, then the highest
precision, then the offset closest to the shipped one) and scored on the fold left out. The fold scores
pooled are an honest estimate of the choice; the point chosen on all tuning posts is what ships.

Hubness (``--hub-weights``): ``r(e)`` of each exemplar is estimated from ``--background`` posts (Chinese
off-topic text, ``../shared/data/background/zh-reviews.jsonl``), ``--hub-sample`` of them.

    MONITOR_STATE_DIR=/tmp/zh-state MONITOR_MODEL=multilingual-e5-small \\
      .venv/bin/python scripts/zh_operating_point.py \\
        --set monitor/demo/templates.jsonl tests/data/zh_posts.jsonl tests/data/zh_qrels.tsv \\
        --offsets 0 0.005 0.01 0.015 0.02 --hub-weights 0 0.5 1.0 \\
        --background ../shared/data/background/zh-reviews.jsonl

Never pass a held-out set here: read it once with ``monitor eval`` after the choice.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

from monitor.config import Settings
from monitor.core.hubness import HubnessCorrection
from monitor.embedding import load_embedder
from monitor.pipeline.policies import policy_from_settings
from monitor.tools.evaluate import embed_cached, load_templates, match_set

Outcome = tuple[int, int, int]  # tp, fp, fn of one post


def outcomes(run) -> dict[str, Outcome]:  # type: ignore[no-untyped-def]
    out = {}
    for d in run.decisions:
        gold = run.qrels.get(d.post_id, set())
        pred = d.template_id
        tp = int(pred is not None and pred in gold)
        fp = int(pred is not None and pred not in gold)
        fn = int(bool(gold) and not tp)
        out[d.post_id] = (tp, fp, fn)
    return out


def pr(rows: list[Outcome]) -> tuple[float, float]:
    tp = sum(r[0] for r in rows)
    fp = sum(r[1] for r in rows)
    fn = sum(r[2] for r in rows)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 0.0)


def choose(
    points: dict[tuple[float, float], dict[str, Outcome]], ids: list[str], min_p: float, shipped: float
):
    def key(point: tuple[float, float]) -> tuple[float, ...]:
        p, r = pr([points[point][i] for i in ids])
        ok = p >= min_p
        return (ok, r if ok else p, p, -abs(point[0] - shipped), -point[1])

    return max(points, key=key)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", nargs=3, action="append", required=True, metavar=("CLAIMS", "POSTS", "QRELS"))
    ap.add_argument("--offsets", nargs="+", type=float, default=[0.0, 0.005, 0.01, 0.015, 0.02])
    ap.add_argument("--hub-weights", nargs="+", type=float, default=[0.0])
    ap.add_argument("--hub-k", type=int, default=10)
    ap.add_argument("--hub-sample", type=int, default=1000)
    ap.add_argument("--background", type=Path)
    ap.add_argument(
        "--seen-posts",
        action="store_true",
        help="add the sets' own posts to the background: what a worker estimating from the posts it has "
        "seen (MONITOR_HUBNESS_WEIGHT) gets in a stream that carries the wave among off-topic posts",
    )
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--min-precision", type=float, default=0.95)
    ap.add_argument(
        "--leave-one-set-out",
        action="store_true",
        help="folds are the --set files: each set is scored with the point chosen on the others (every set "
        "passed must be seen already: held-out names are allowed only with this flag, as a check of the "
        "choice's transfer to a set it was not chosen on)",
    )
    args = ap.parse_args()
    if not args.leave_one_set_out and any("heldout" in part for s in args.set for part in s):
        raise SystemExit("a held-out set is never tuned on")
    settings = Settings()
    embedder = load_embedder(
        settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads
    )
    base = policy_from_settings(settings, embedder)
    shipped = base.bridged_language_offset or 0.0
    background = np.zeros((0, embedder.dim), dtype=np.float32)
    if args.background is not None and any(args.hub_weights):
        texts = [
            json.loads(line)["text"] for line in args.background.read_text(encoding="utf-8").splitlines()
        ]
        random.Random(0).shuffle(texts)
        texts = texts[: args.hub_sample]
        if args.seen_posts:
            for _, posts_path, _ in args.set:
                lines = Path(posts_path).read_text(encoding="utf-8").splitlines()
                texts += [json.loads(line)["text"] for line in lines if line.strip()]
        background = embedder.encode_queries(texts)
    points: dict[tuple[float, float], dict[str, Outcome]] = {}
    for weight in args.hub_weights:
        hubness: dict[str, HubnessCorrection | None] = {}
        for claims, _, _ in args.set:
            if weight and claims not in hubness:
                templates, _ = load_templates(Path(claims))
                rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
                vecs = embed_cached(embedder, [r[3] for r in rows], settings.state_dir / "cache", None, "")
                hubness[claims] = HubnessCorrection.from_vectors(
                    [(r[0], r[1], r[2]) for r in rows], vecs, background, k=args.hub_k, weight=weight
                )
                r = np.array(list(hubness[claims].hubness.values()))
                print(f"hubness of {claims}: mean {r.mean():.4f} sd {r.std():.4f}", end=" ")
                print(f"min {r.min():.4f} max {r.max():.4f}")
        for offset in args.offsets:
            merged: dict[str, Outcome] = {}
            for claims, posts, qrels in args.set:
                policy = dataclasses.replace(
                    base, bridged_language_offset=offset, hubness=hubness.get(claims)
                )
                run = match_set(
                    settings, Path(claims), Path(posts), Path(qrels), embedder=embedder, policy=policy
                )
                merged.update({f"{posts}:{k}": v for k, v in outcomes(run).items()})
            points[(offset, weight)] = merged
            p, r = pr(list(merged.values()))
            print(f"offset {offset:.3f} hub weight {weight:.2f}: P {p:.3f} R {r:.3f}", end=" ")
            print("(all tuning posts, in-sample)", flush=True)
    ids = sorted(next(iter(points.values())))
    families = {"all points": points}
    if len(args.hub_weights) > 1:  # the offset chosen with the hubness weight held fixed, per weight
        for w in args.hub_weights:
            families[f"hub weight {w:g}"] = {k: v for k, v in points.items() if k[1] == w}
    for name, family in families.items():
        cv_rows: list[Outcome] = []
        picks: dict[tuple[float, float], int] = {}
        for repeat in range(args.repeats):
            order = ids[:]
            random.Random(repeat).shuffle(order)
            for f in range(args.folds):
                test = order[f :: args.folds]
                train = [i for i in order if i not in set(test)]
                point = choose(family, train, args.min_precision, shipped)
                picks[point] = picks.get(point, 0) + 1
                cv_rows += [family[point][i] for i in test]
        p, r = pr(cv_rows)
        print(
            f"{name}: cross-validated ({args.repeats}x{args.folds}-fold) choice: P {p:.3f} R {r:.3f}", end=""
        )
        print(f"; picks {picks}")
    if args.leave_one_set_out:
        # each set scored at the point chosen on the other sets: the transfer of the choice to a new set
        loso_rows: list[Outcome] = []
        for _, posts, _ in args.set:
            test = [i for i in ids if i.startswith(f"{posts}:")]
            train = [i for i in ids if not i.startswith(f"{posts}:")]
            point = choose(points, train, args.min_precision, shipped)
            rows = [points[point][i] for i in test]
            loso_rows += rows
            p, r = pr(rows)
            fp = sum(row[1] for row in rows)
            print(f"left out {posts}: chosen on the others offset {point[0]}, hub weight {point[1]}", end=" ")
            print(f"-> P {p:.3f} R {r:.3f} ({fp} false alerts)")
        p, r = pr(loso_rows)
        print(f"leave-one-set-out pooled: P {p:.3f} R {r:.3f}")
    final = choose(points, ids, args.min_precision, shipped)
    p, r = pr([points[final][i] for i in ids])
    print(f"chosen on all tuning posts: offset {final[0]}, hub weight {final[1]}", end=" ")
    print(f"(in-sample P {p:.3f} R {r:.3f})")


if __name__ == "__main__":
    main()
