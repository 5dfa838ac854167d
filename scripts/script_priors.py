"""Fit the template priors across scripts (monitor.core.priors) on the seen Chinese sets, and check them on
sets they were not fitted on.

Stage 1 (``dump``) decides every seen Chinese set (``head_folds.LAST_SEEN_ZH``) through ``monitor eval``'s
path with the defaults (priors off) and writes one row per post: gold, the decision, the guard that stopped
it, and every candidate's fused score::

    MONITOR_MODEL=multilingual-e5-small python scripts/script_priors.py dump /tmp/priors/zh.jsonl

Stage 2 (``fit``) replays the decisions with an offset per template added to that template's fused score
for the order only (monitor.core.priors): the candidate that leads after the offsets alerts if its own
score reaches the cross-script line (or the post alerted it already), the candidates it passed do not; a
post a guard stopped stays stopped. Offsets come from a grid of non-positive values, chosen
template by template (three passes) to maximise right alerts less ``--cost`` times wrong ones (a wrong
template or an alert on a post without gold; a debunk, loss report or person fact counts twice). The replay
is an approximation of the decision layer (the guards and readers are not re-run), so the shipped offsets
are checked again through the real path (``monitor eval`` with ``MONITOR_SCRIPT_PRIORS=true``)::

    python scripts/script_priors.py fit /tmp/priors/zh.jsonl --check 25 30  # fit before N, replay on N..
    python scripts/script_priors.py fit /tmp/priors/zh.jsonl --write        # all seen sets
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from head_folds import (
    LAST_SEEN_ZH,
    dump_decisions,
    named_sets,
    numbered,
    set_number,
    write_params,
)  # scripts/ on sys.path

MODEL = "multilingual-e5-small"
GRID = (0.0, -0.005, -0.01, -0.015, -0.02, -0.03)
WARNINGS = ("debunk", "debunk_loss", "debunk_plain", "person_fact")
PARAMS = Path("monitor/core/priors_params.py")


def dump(out: Path) -> None:
    os.environ.setdefault("MONITOR_MODEL", MODEL)
    from monitor.config import Settings

    def row(name: str, d: Any, run: Any, labels: Mapping[str, dict], _: Any) -> dict[str, Any]:
        return {
            "set": name,
            "id": d.post_id,
            "gold": sorted(run.qrels.get(d.post_id, ())),
            "kind": labels.get(d.post_id, {}).get("kind"),
            "matched": d.template_id if d.matched else None,
            "score": d.score,
            "sup": d.suppressed_by,
            "cands": [[c.template_id, round(c.score, 4)] for c in d.candidates],
        }

    named = named_sets(numbered(["zh", "zh_tune2"], "zh_heldout", LAST_SEEN_ZH))
    dump_decisions(out, named, Settings(), lambda *_, **__: None, row)


def replay(rows: Sequence[Mapping[str, Any]], offsets: Mapping[str, float], line: float) -> dict[str, int]:
    """Right / wrong / missed alerts with ``offsets`` added to each candidate's fused score."""
    tp = fp = fn = warned = 0
    for r in rows:
        gold = r["gold"]
        if r["sup"] or not r["cands"]:
            fn += bool(gold)
            continue
        _, score, first = max((c[1] + offsets.get(c[0], 0.0), c[1], c[0]) for c in r["cands"])
        if score >= line or first == r["matched"]:
            if first in gold:
                tp += 1
                continue
            fp += 1
            warned += r.get("kind") in WARNINGS
        fn += bool(gold)
    return {"tp": tp, "fp": fp, "fn": fn, "warnings": warned}


def gain(counts: Mapping[str, int], cost: float) -> float:
    return counts["tp"] - cost * (counts["fp"] + counts["warnings"])


def fit(rows: Sequence[Mapping[str, Any]], line: float, cost: float) -> dict[str, float]:
    templates = sorted({c[0] for r in rows for c in r["cands"]})
    offsets: dict[str, float] = {}
    for _ in range(3):
        for t in templates:
            best = max(GRID, key=lambda v: (gain(replay(rows, {**offsets, t: v}, line), cost), v))
            offsets[t] = best
    return {t: v for t, v in sorted(offsets.items()) if v}


def cross_script_line() -> float:
    """The Chinese post -> English exemplar threshold of the model (default less the bridged offset)."""
    from monitor.embedding.loader import resolve_model

    spec = resolve_model(MODEL)
    return round(spec.default_threshold - (spec.bridged_language_offset or spec.cross_language_offset), 6)


def write(offsets: Mapping[str, float], fitted_on: str) -> None:
    doc = (
        "Fitted template priors across scripts per model: written by\n``scripts/script_priors.py fit "
        '--write``, not by hand. See :mod:`monitor.core.priors` and\ndocs/MULTILINGUAL.md "Template priors '
        'across scripts".'
    )
    entry = {"script": "zh", "fitted_on": fitted_on, "offsets": dict(offsets)}
    write_params(PARAMS, "SCRIPT_PRIORS", doc, {MODEL: entry})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    f = sub.add_parser("fit")
    f.add_argument("rows", type=Path)
    f.add_argument("--cost", type=float, default=3.0, help="a wrong alert weighs this many right ones")
    f.add_argument("--check", type=int, nargs="*", default=[], help="fit on sets before N, replay on N..")
    f.add_argument("--write", action="store_true", help="fit on every seen set, write priors_params.py")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out)
        return
    rows = [json.loads(line) for line in args.rows.read_text().splitlines()]
    line = cross_script_line()
    print(f"cross-script line {line}; {len(rows)} posts; cost {args.cost}")
    print("| fitted on | offsets | replayed on | right / wrong / missed, off | with the offsets |")
    print("|---|---|---|---|---|")
    for cut in args.check:
        train = [r for r in rows if set_number(r["set"]) < cut]
        test = [r for r in rows if set_number(r["set"]) >= cut]
        offsets = fit(train, line, args.cost)
        shown = ", ".join(f"{t.removeprefix('sora-')} {v:+.3f}" for t, v in offsets.items())
        before, after = replay(test, {}, line), replay(test, offsets, line)
        print(
            f"| sets < {cut} | {shown} | sets >= {cut} | {before['tp']} / {before['fp']} / {before['fn']}"
            f" ({before['warnings']} warnings) | {after['tp']} / {after['fp']} / {after['fn']}"
            f" ({after['warnings']} warnings) |"
        )
    if args.write:
        offsets = fit(rows, line, args.cost)
        sets = sorted({r["set"] for r in rows}, key=set_number)
        write(offsets, f"{MODEL}: {sets[0]} .. {sets[-1]} ({len(rows)} posts), cost {args.cost}")
        print("wrote", PARAMS, offsets)


if __name__ == "__main__":
    main()
