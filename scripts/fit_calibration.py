"""Fit the confidence calibrator of one model (monitor/core/calibration.py) and check it on other sets.

Every ``--fit`` set runs through the worker's matcher (``monitor eval``'s code path, memory index); each
post gives the features of its decision and whether the decided template (or, unmatched, the best
candidate) is one of its gold templates. The rows are split by domain, as the worker splits them: a
catalogue with a subject (one wave: the demo and hard sets) and one without (unrelated claims:
CheckThat!), see ``catalogue_subject`` in monitor/core/matching.py. One logistic model is fitted per domain
(``--l2`` and ``--l2-open``); the topical one leaves out the learned ranker's features, so that a model
without a ranker (E5) is calibrated the same way. Every ``--check`` set is then scored (expected
calibration error, Brier, reliability table). Checks never feed the fit: choose settings on dev-like
sets, and read a test split once.

    export MONITOR_STATE_DIR=/tmp/quality-state
    D=../shared/data/claim-matching/checkthat2022-2a-en
    .venv/bin/python scripts/fit_calibration.py \\
        --fit $D/claims.jsonl $D/posts-train.jsonl $D/qrels-train.tsv \\
        --fit monitor/demo/templates.jsonl monitor/demo/posts.jsonl monitor/demo/qrels.tsv \\
        --check $D/claims.jsonl $D/posts-dev.jsonl $D/qrels-dev.tsv [--write]

``--write`` stores the weights for ``MONITOR_MODEL`` in monitor/core/calibration_params.py.
"""

from __future__ import annotations

import argparse
import json
import os
import pprint
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from monitor.config import Settings
from monitor.core.calibration import FEATURES, Calibrator, calibrator_for, fit_logistic, reliability
from monitor.core.calibration_params import CALIBRATION
from monitor.embedding import load_embedder
from monitor.tools.evaluate import MatchedSet, match_set

PARAMS = Path(__file__).resolve().parents[1] / "monitor" / "core" / "calibration_params.py"
HEADER = '''"""Fitted calibration weights per model: written by ``scripts/fit_calibration.py``, not by hand.

See :mod:`monitor.core.calibration` for the features and docs/history/QUALITY-CONFIDENCE.md for how they were
fitted and checked."""

from __future__ import annotations

from typing import Any

'''


# features, right?, topical?, the post's writing system (langid.writing_system; "" for a model without
# cross-script thresholds)
Rows = tuple[list[tuple[float, ...]], list[bool], list[bool], list[str]]
RANK_ONLY = ("rank", "rank_gap")  # the learned ranker's features: only the open-catalogue model uses them


def rows_of(run: MatchedSet) -> Rows:
    xs, ys, topical, scripts = [], [], [], []
    texts = {p.id: p.text for p in run.posts}
    for d in run.decisions:
        if d.confidence_features is None:
            continue
        chosen = d.template_id or d.candidates[0].template_id
        xs.append(d.confidence_features)
        ys.append(chosen in run.qrels.get(d.post_id, set()))
        topical.append(d.topical)
        scripts.append(run.policy.post_writing_system(texts[d.post_id]))
    return xs, ys, topical, scripts


def fit_domain(
    rows: Rows,
    topical: bool,
    l2: float,
    scale: float,
    label: str,
    skip: tuple[str, ...] = (),
    scripts: Callable[[str], bool] = lambda s: True,
) -> Calibrator | None:
    """A calibrator fitted on the rows of one domain (None when it has no rows); ``skip``: features
    left out (weight 0); ``scripts``: which posts' writing systems it is fitted on."""
    keep = [i for i, name in enumerate(FEATURES) if name not in skip]
    mine = [t == topical and scripts(s) for t, s in zip(rows[2], rows[3], strict=True)]
    xs = [[x[i] for i in keep] for x, m in zip(rows[0], mine, strict=True) if m]
    ys = [y for y, m in zip(rows[1], mine, strict=True) if m]
    if not xs:
        return None
    fitted, bias = fit_logistic(xs, ys, l2=l2)
    weights = [0.0] * len(FEATURES)
    for i, w in zip(keep, fitted, strict=True):
        weights[i] = w
    return Calibrator(tuple(weights), bias, scale, f"{label} ({len(ys)} posts, l2 {l2:g})")


def confidences(calibrator: Calibrator, rows: Rows) -> list[float]:
    return [
        calibrator.for_domain(t, s).probability(x) for x, t, s in zip(rows[0], rows[2], rows[3], strict=True)
    ]


def summary(name: str, calibrator: Calibrator, rows: Rows) -> str:
    ys = rows[1]
    pairs = list(zip(confidences(calibrator, rows), ys, strict=True))
    ece, table, brier = reliability(pairs)
    lines = [
        f"{name}: {len(pairs)} posts ({sum(rows[2])} topical), {sum(ys)} right;"
        f" ECE {ece:.4f}, Brier {brier:.4f}"
    ]
    for row in table:
        lines.append(
            f"    {row['lo']:.1f}-{row['hi']:.1f}  n={row['n']:<5} conf={row['confidence']:.3f}"
            f"  acc={row['accuracy']:.3f}"
        )
    return "\n".join(lines)


def cross_validated_l2(
    rows: Rows,
    candidates: list[float],
    scale: float,
    groups: list[int],
    scripts: Callable[[str], bool] = lambda s: True,
    label: str = "",
    scored: Callable[[str], bool] | None = None,
    names: list[str] | None = None,
) -> float:
    """The topical penalty with the lowest out-of-fold ECE, one fold per fit set (leave one set out: the
    error on a set written apart from the others, as a held-out set is, not on rows of the same sets);
    ``scripts``: the posts the model is fitted on; ``scored``: the posts its error is read on (default:
    the same)."""
    scored = scored or scripts
    best: tuple[float, float] | None = None
    folds = sorted(set(groups))
    for l2 in candidates:
        pairs: list[tuple[float, bool]] = []
        per_fold: list[str] = []
        for f in folds:
            train = tuple([v for v, g in zip(part, groups, strict=True) if g != f] for part in rows)
            test = tuple([v for v, g in zip(part, groups, strict=True) if g == f] for part in rows)
            model = fit_domain(train, True, l2, scale, "cv", RANK_ONLY, scripts)  # type: ignore[arg-type]
            if model is None:
                continue
            conf = [model.probability(x) for x in test[0]]
            fold = [
                (c, y) for c, y, t, s in zip(conf, test[1], test[2], test[3], strict=True) if t and scored(s)
            ]
            pairs += fold
            if fold and names:
                per_fold.append(f"{names[f]} {reliability(fold)[0]:.3f} ({len(fold)})")
        ece, _, brier = reliability(pairs)
        print(
            f"{label}leave-one-set-out l2 {l2:g}: ECE {ece:.4f}, Brier {brier:.4f}"
            f" ({len(pairs)} topical posts)"
        )
        if per_fold:  # each set scored by the model fitted on the others
            print(f"{label}    per set: {'; '.join(per_fold)}")
        if best is None or ece < best[0]:
            best = (ece, l2)
    assert best is not None
    print(f"{label}cv: l2 {best[1]:g} chosen")
    return best[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fit", nargs=3, action="append", required=True, metavar=("CLAIMS", "POSTS", "QRELS"))
    ap.add_argument("--check", nargs=3, action="append", default=[], metavar=("CLAIMS", "POSTS", "QRELS"))
    ap.add_argument("--l2", type=float, default=1.0, help="penalty of the topical model")
    ap.add_argument("--l2-open", type=float, default=1.0, help="penalty of the open-catalogue model")
    ap.add_argument(
        "--cv-l2",
        nargs="+",
        type=float,
        default=[],
        help="choose the topical penalty among these by leave-one-fit-set-out ECE",
    )
    ap.add_argument(
        "--by-script",
        nargs="+",
        default=[],
        metavar="SCRIPT",
        help="fit separate topical weights for posts of these writing systems (e.g. zh), each with its own "
        "leave-one-set-out penalty; the main topical weights are then fitted on the other posts",
    )
    ap.add_argument(
        "--only-script",
        action="store_true",
        help="with --write: replace only the --by-script weights, keep the model's main and open-catalogue "
        "weights as they are (a per-language refit that cannot move another language's confidence)",
    )
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    settings = Settings()
    embedder = load_embedder(
        settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads
    )

    def run(paths: list[str]) -> MatchedSet:
        return match_set(settings, Path(paths[0]), Path(paths[1]), Path(paths[2]), embedder=embedder)

    pooled: Rows = ([], [], [], [])
    names = []
    per_set = []
    for paths in args.fit:
        rows = rows_of(run(paths))
        for part, more in zip(pooled, rows, strict=True):
            part += more  # type: ignore[operator]
        names.append(Path(paths[1]).name)
        per_set.append((Path(paths[1]).name, rows))
    spec = embedder.spec
    split = set(args.by_script)
    topical_names = " + ".join(
        n for n, r in per_set if any(t and s not in split for t, s in zip(r[2], r[3], strict=True))
    )
    open_names = " + ".join(n for n, r in per_set if not all(r[2]))
    groups = [n for n, (_, rows) in enumerate(per_set) for _ in rows[0]]

    def main_posts(s: str) -> bool:
        return s not in split

    l2 = (
        cross_validated_l2(pooled, args.cv_l2, spec.score_scale, groups, main_posts)
        if args.cv_l2
        else args.l2
    )
    topical = fit_domain(
        pooled, True, l2, spec.score_scale, f"{spec.name}: {topical_names}", RANK_ONLY, main_posts
    )
    by_script: dict[str, Calibrator] = {}
    for script in args.by_script:

        def only(s: str, script: str = script) -> bool:
            return s == script

        names_s = " + ".join(n for n, r in per_set if script in r[3])
        l2_s = (
            cross_validated_l2(
                pooled, args.cv_l2, spec.score_scale, groups, only, f"[{script}] ", names=names
            )
            if args.cv_l2
            else args.l2
        )
        fitted = fit_domain(
            pooled, True, l2_s, spec.score_scale, f"{spec.name}, {script} posts: {names_s}", RANK_ONLY, only
        )
        if fitted is not None:
            by_script[script] = fitted
        if args.cv_l2:  # for comparison: one model for all posts, its out-of-set error on these posts
            cross_validated_l2(
                pooled, args.cv_l2, spec.score_scale, groups, lambda s: True, f"[pooled on {script}] ", only
            )
    open_catalogue = fit_domain(pooled, False, args.l2_open, spec.score_scale, f"{spec.name}: {open_names}")
    if topical is None:
        raise SystemExit("no topical rows: pass at least one set of a one-wave catalogue (e.g. the demo)")
    if open_catalogue is None:
        # no open-catalogue set given (CheckThat! under this model): keep what the model has now for that
        # domain (its own earlier weights, or MiniLM's on this model's score scale)
        open_catalogue = calibrator_for(spec.name, spec.score_scale).open_catalogue
    calibrator = Calibrator(
        topical.weights,
        topical.bias,
        topical.score_scale,
        topical.fitted_on,
        open_catalogue,
        by_script or None,
    )
    shipped = calibrator_for(spec.name, spec.score_scale)
    for name, rows in per_set:  # the weights shipped now, on each set's posts of the split scripts
        for script in args.by_script:
            part = tuple(
                [v for v, t, s in zip(col, rows[2], rows[3], strict=True) if t and s == script]
                for col in rows
            )
            if part[0]:
                print(summary(f"shipped weights, {script} posts of {name}", shipped, part))  # type: ignore[arg-type]
    if args.only_script:
        calibrator = Calibrator(
            shipped.weights,
            shipped.bias,
            shipped.score_scale,
            shipped.fitted_on,
            shipped.open_catalogue,
            {**(shipped.by_script or {}), **by_script} or None,
        )
    print("weights:", json.dumps(calibrator.as_dict(), indent=2))
    print(summary("fit (in-sample, pooled)", calibrator, pooled))
    for name, rows in per_set:
        print(summary(f"fit set {name} (in-sample)", calibrator, rows))
    for paths in args.check:
        print(summary(f"CHECK {paths[1]} (not fitted on)", calibrator, rows_of(run(paths))), flush=True)
    if args.write:
        params = dict(CALIBRATION)
        params[spec.name] = calibrator.as_dict()
        write_calibration(params)
        print(f"wrote {PARAMS} ({spec.name}; features {', '.join(FEATURES)})")


def write_calibration(params: dict[str, dict[str, Any]]) -> None:
    """Write every model's weights into monitor/core/calibration_params.py, in the house format (so that
    `make lint` passes on the written file); scripts/calibration_loso.py writes through it too."""
    PARAMS.write_text(
        HEADER + "CALIBRATION: dict[str, dict[str, Any]] = " + pprint.pformat(params, width=100) + "\n",
        encoding="utf-8",
    )
    ruff = Path(sys.executable).with_name("ruff")
    if ruff.exists():
        subprocess.run([str(ruff), "format", "--quiet", str(PARAMS)], check=False)


if __name__ == "__main__":
    main()
