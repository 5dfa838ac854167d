"""What the learned heads' leave-one-set-out scripts share (fit_seller_guard.py, fit_stance_reader.py): the
seen sets of a language, the P / R line, the inner choice of L2 and cut, and writing a head's fitted
parameters into its params module. Each script keeps what differs: its rows, its label, its outcome and the
gain its acceptance rule counts.
"""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from logistic_fit import Standardised

DATA = Path("tests/data")
DEMO = ("demo", Path("monitor/demo/posts.jsonl"), Path("monitor/demo/qrels.tsv"))


def numbered(first: Sequence[str], stem: str, last: int) -> list[str]:
    """``first`` then ``stem``, ``stem2`` … ``stem{last}``: a family of held-out sets' names."""
    return [*first, *(f"{stem}{n}" for n in ["", *map(str, range(2, last + 1))])]


def named_sets(names: Sequence[str]) -> list[tuple[str, Path, Path]]:
    """(name, posts, qrels) of sets of ``tests/data`` named in full."""
    return [(s, DATA / f"{s}_posts.jsonl", DATA / f"{s}_qrels.tsv") for s in names]


def seen_sets(lang: str, en_sets: Sequence[str], zh_sets: Sequence[str]) -> list[tuple[str, Path, Path]]:
    """(name, posts, qrels) of a language's sets: English ``hard_en_<name>`` and the demo stream, Chinese
    ``<name>``."""
    if lang == "en":
        return [*named_sets([f"hard_en_{s}" for s in en_sets]), DEMO]
    return named_sets(zh_sets)


def fmt(c: Mapping[str, int]) -> str:
    """``P / R (tp/fp/fn)`` of a count."""
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return f"{p:.3f} / {r:.3f} ({c['tp']}/{c['fp']}/{c['fn']})"


def choose_l2_cut(
    l2s: Iterable[float],
    cuts: Iterable[float],
    inner_probs: Callable[[float], dict[str, float]],
    gain: Callable[[dict[str, float], float], float | None],
    *,
    never: tuple[float, float],
) -> tuple[float, float]:
    """(l2, cut) with the highest ``gain(probs, cut)`` over the ``l2s`` (``inner_probs(l2)``: every inner
    set's rows scored by a head fitted without that set) and ``cuts``; ``None``: a choice the rule forbids.
    ``never`` (l2, cut) when nothing gains; on ties the most cautious (a higher cut, then a higher L2)."""
    best = (0.0, *never)  # gain, l2, cut: "change nothing"
    for l2 in l2s:
        probs = inner_probs(l2)
        for cut in cuts:
            g = gain(probs, cut)
            if g is None:
                continue
            if g > best[0] or (
                g == best[0] and g > 0 and (cut > best[2] or (cut == best[2] and l2 > best[1]))
            ):
                best = (g, l2, cut)
    return best[1], best[2]


def head_entry(
    model: Standardised, *, cut: float, l2: float, fitted_on: str, languages: Sequence[str]
) -> dict[str, Any]:
    """A fitted head as its params module stores it."""
    return {
        "weights": [round(float(v), 6) for v in model.weights],
        "mean": [round(float(v), 6) for v in model.mean],
        "scale": [round(float(v), 6) for v in model.scale],
        "bias": round(model.bias, 6),
        "cut": cut,
        "l2": l2,
        "fitted_on": fitted_on,
        "languages": list(languages),
    }


def write_params(target: Path, variable: str, doc: str, entries: Mapping[str, dict[str, Any]]) -> None:
    """Write ``entries`` (model -> head) into the params module ``target`` under ``variable``; the other
    models' entries there stay (each model's languages are decided, and refitted, on their own)."""
    shipped = runpy.run_path(str(target))[variable] if target.exists() else {}
    body = json.dumps({**shipped, **entries}, indent=4)
    target.write_text(
        f'"""{doc}"""\n\nfrom typing import Any\n\n{variable}: dict[str, dict[str, Any]] = {body}\n'
    )
    # in the house format: `make lint` checks the params modules like the rest of monitor/
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(target)], check=False)
