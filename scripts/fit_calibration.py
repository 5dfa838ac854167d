"""Fit the confidence calibrator of one model (monitor/core/calibration.py) and check it on other sets.

Every ``--fit`` set runs through the worker's matcher (``monitor eval``'s code path, memory index); each
post gives the features of its decision and whether the decided template (or, unmatched, the best
candidate) is one of its gold templates. A logistic model is fitted on the pooled ``--fit`` rows; every
``--check`` set is then scored with it (expected calibration error, Brier, reliability table). Checks never
feed the fit: choose settings (``--l2``) on dev-like sets, and read a test split once.

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
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from monitor.config import Settings
from monitor.core.calibration import FEATURES, Calibrator, fit_logistic, reliability
from monitor.core.calibration_params import CALIBRATION
from monitor.embedding import load_embedder
from monitor.tools.evaluate import MatchedSet, match_set

PARAMS = Path(__file__).resolve().parents[1] / "monitor" / "core" / "calibration_params.py"
HEADER = '''"""Fitted calibration weights per model: written by ``scripts/fit_calibration.py``, not by hand.

See :mod:`monitor.core.calibration` for the features and docs/QUALITY.md for how they were fitted and
checked."""

from __future__ import annotations

from typing import Any

'''


def rows_of(run: MatchedSet) -> tuple[list[tuple[float, ...]], list[bool]]:
    xs, ys = [], []
    for d in run.decisions:
        if d.confidence_features is None:
            continue
        chosen = d.template_id or d.candidates[0].template_id
        xs.append(d.confidence_features)
        ys.append(chosen in run.qrels.get(d.post_id, set()))
    return xs, ys


def summary(name: str, calibrator: Calibrator, xs: list[tuple[float, ...]], ys: list[bool]) -> str:
    pairs = [(calibrator.probability(x), y) for x, y in zip(xs, ys, strict=True)]
    ece, table, brier = reliability(pairs)
    lines = [f"{name}: {len(pairs)} posts, {sum(ys)} right; ECE {ece:.4f}, Brier {brier:.4f}"]
    for row in table:
        lines.append(
            f"    {row['lo']:.1f}-{row['hi']:.1f}  n={row['n']:<5} conf={row['confidence']:.3f}"
            f"  acc={row['accuracy']:.3f}"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fit", nargs=3, action="append", required=True, metavar=("CLAIMS", "POSTS", "QRELS"))
    ap.add_argument("--check", nargs=3, action="append", default=[], metavar=("CLAIMS", "POSTS", "QRELS"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    settings = Settings()
    embedder = load_embedder(
        settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads
    )

    def run(paths: list[str]) -> MatchedSet:
        return match_set(settings, Path(paths[0]), Path(paths[1]), Path(paths[2]), embedder=embedder)

    fit_x: list[tuple[float, ...]] = []
    fit_y: list[bool] = []
    names = []
    per_set = []
    for paths in args.fit:
        xs, ys = rows_of(run(paths))
        fit_x += xs
        fit_y += ys
        names.append(Path(paths[1]).name)
        per_set.append((Path(paths[1]).name, xs, ys))
    weights, bias = fit_logistic(fit_x, fit_y, l2=args.l2)
    spec = embedder.spec
    calibrator = Calibrator(weights, bias, spec.score_scale, f"{spec.name}: " + " + ".join(names))
    print("weights:", json.dumps(calibrator.as_dict(), indent=2))
    print(summary("fit (in-sample, pooled)", calibrator, fit_x, fit_y))
    for name, xs, ys in per_set:
        print(summary(f"fit set {name} (in-sample)", calibrator, xs, ys))
    for paths in args.check:
        xs, ys = rows_of(run(paths))
        print(summary(f"CHECK {paths[1]} (not fitted on)", calibrator, xs, ys))
    if args.write:
        params = dict(CALIBRATION)
        params[spec.name] = calibrator.as_dict()
        PARAMS.write_text(
            HEADER + "CALIBRATION: dict[str, dict[str, Any]] = " + pprint.pformat(params, width=100) + "\n",
            encoding="utf-8",
        )
        ruff = Path(sys.executable).with_name("ruff")
        if ruff.exists():  # the house format, so that `make lint` passes on the written file
            subprocess.run([str(ruff), "format", "--quiet", str(PARAMS)], check=False)
        print(f"wrote {PARAMS} ({spec.name}; features {', '.join(FEATURES)})")


if __name__ == "__main__":
    main()
