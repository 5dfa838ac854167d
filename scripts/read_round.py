"""Read a pair of unseen held-out sets once, as a round's pre-registration asks: each set through the
defaults, through each switch turned the other way, and through copies of ``monitor/`` with one mend undone;
then a summary of what each switch and each mend changes (docs/QUALITY.md "Pre-registered for …").

    python scripts/read_round.py OUT hard_en_heldout59 zh_heldout53 [--less NAME=DIR ...]
                                 [--less-en NAME=DIR ...] [--less-zh NAME=DIR ...]
    python scripts/read_round.py OUT --summary       # print the summary of a finished read again

``--less NAME=DIR`` reads both sets with ``PYTHONPATH=DIR``, a copy of ``monitor/`` with mend NAME undone
(scripts/mend_copies.py writes one per mend: the mend's lines cut from a copy, or the commit before it);
``--less-en`` reads the English set only (an English cue no Chinese post carries), ``--less-zh`` the Chinese
set only (a mend whose code no English post reaches). The English set is read
with MiniLM, the Chinese one with multilingual-e5-small, alone and among 1,000 background reviews
(scripts/zh_stream.py); the two languages run side by side. ``OUT`` gets one file of per-post decisions
(scripts/zh_decisions.py) per language and variant, ``en_def.jsonl``, ``zs_rev-d2.jsonl`` …, and each set's
``monitor eval --json`` report (MAP@5, calibration).

The summary gives, per variant, precision / recall (tp/fp/fn) and the posts without gold that alert, and
the decisions it changes, each marked RIGHT (a right alert gained, a wrong one stopped or mended) or WRONG:
for a switch, what turning it the other way does; for a mend, what the mend does (the defaults against the
copy without it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from head_folds import (  # the scripts folder is on sys.path when a script runs
    check_code,
    count_alert,
    fmt,
    new_count,
)

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "monitor" / "demo" / "templates.jsonl"
DATA = ROOT / "tests" / "data"
E5 = {"MONITOR_MODEL": "multilingual-e5-small"}
# the switches of the last reads, each turned away from its default
EN_SWITCHES = {
    "width02": {"MONITOR_CONFIDENCE_LINE_WIDTH": "0.2"},
    "line0": {"MONITOR_CONFIDENCE_LINE": "0"},
    "late0": {"MONITOR_SEGMENT_LATE_CLAUSES": "false"},
    "floor35": {"MONITOR_SEGMENT_MIN_WHOLE_COSINE": "0.35"},
}
ZH_SWITCHES = {
    "width02": {"MONITOR_CONFIDENCE_LINE_WIDTH": "0.2"},
    "clause0": {"MONITOR_SEGMENT_CHINESE": "false"},
    "priors1": {"MONITOR_SCRIPT_PRIORS": "true"},
}


def _env(out: Path, extra: dict[str, str]) -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "MONITOR_STATE_DIR": str(out / "state"), **extra}


def _decisions(out: Path, name: str, stem: Path, extra: dict[str, str]) -> None:
    """scripts/zh_decisions.py on one set (``stem``: the path before ``_posts.jsonl``) into OUT/name.jsonl."""
    files = [str(stem) + suffix for suffix in ("_posts.jsonl", "_qrels.tsv", "_labels.jsonl")]
    cmd = [sys.executable, str(ROOT / "scripts" / "zh_decisions.py"), str(TEMPLATES), *files]
    with (out / f"{name}.jsonl").open("w") as rows, (out / f"{name}.err").open("w") as err:
        subprocess.run(cmd, env=_env(out, extra), stdout=rows, stderr=err, check=True, cwd=ROOT)


def _report(out: Path, name: str, stem: Path, extra: dict[str, str]) -> None:
    """``monitor eval --json`` of one set into OUT/name.json."""
    cmd = [sys.executable, "-m", "monitor.cli", "eval", "--claims", str(TEMPLATES), "--posts"]
    cmd += [f"{stem}_posts.jsonl", "--qrels", f"{stem}_qrels.tsv", "--json"]
    with (out / f"{name}.json").open("w") as report:
        subprocess.run(
            cmd, env=_env(out, extra), stdout=report, stderr=subprocess.DEVNULL, check=True, cwd=ROOT
        )


def check_codes(less: dict[str, str]) -> None:
    """Stop before reading when the defaults would not read this checkout's ``monitor/``, or a copy not its
    own (:func:`head_folds.check_code`)."""
    runs = {"the defaults": {}, **{name: {"PYTHONPATH": code} for name, code in less.items()}}
    for name, extra in runs.items():
        env = {**os.environ, **extra}
        check_code(name, env)


def _read_english(out: Path, stem: Path, less: dict[str, str]) -> None:
    _report(out, "en_eval", stem, {})
    _decisions(out, "en_def", stem, {})
    for name, extra in EN_SWITCHES.items():
        _decisions(out, f"en_{name}", stem, extra)
    for name, code in less.items():
        _decisions(out, f"en_rev-{name}", stem, {"PYTHONPATH": code})


def _read_chinese(out: Path, stem: Path, less: dict[str, str]) -> None:
    stream = out / "zs"
    files = [f"{stem}{suffix}" for suffix in ("_posts.jsonl", "_qrels.tsv", "_labels.jsonl")]
    cmd = [sys.executable, "zh_stream.py", str(stream), "0:1000", files[0], "--", files[1], "--", files[2]]
    subprocess.run(cmd, cwd=ROOT / "scripts", check=True, stdout=subprocess.DEVNULL)
    _report(out, "zh_eval", stem, E5)
    variants = {"def": {}, **ZH_SWITCHES, **{f"rev-{n}": {"PYTHONPATH": c} for n, c in less.items()}}
    for name, extra in variants.items():
        _decisions(out, f"zh_{name}", stem, {**E5, **extra})
        _decisions(out, f"zs_{name}", stream, {**E5, **extra})


def _load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {r["id"]: r for r in rows if "id" in r}


def scores(rows: dict[str, dict]) -> str:
    """Precision / recall (tp/fp/fn) of per-post decisions (head_folds' count and format), and the kinds of
    posts without gold that alert."""
    count = new_count()
    warnings: Counter[str] = Counter()
    for r in rows.values():
        count_alert(count, r, r.get("matched"), ())
        if r.get("matched") and not r["gold"]:
            warnings[r.get("kind", "?")] += 1
    alerting = ", ".join(f"{n} {k}" for k, n in sorted(warnings.items())) or "none"
    return f"{fmt(count)}; without gold alerting: {alerting}"


def changes(before: dict[str, dict], after: dict[str, dict]) -> list[tuple[str, str, bool]]:
    """The decisions that differ from ``before`` to ``after``: (post, what changed, right). A change is right
    when it makes a right alert or stops a wrong one."""
    out = []
    for post in sorted(before.keys() & after.keys()):
        was, now = before[post].get("matched"), after[post].get("matched")
        if was == now:
            continue
        gold = set(before[post]["gold"])
        right = (now is not None and now in gold) or (was is not None and was not in gold and now is None)
        kind = before[post].get("kind", "?")
        out.append((post, f"[{kind}] {was} -> {now}", right))
    return out


def summary(out: Path) -> None:
    for lang in ("en", "zh", "zs"):
        base = out / f"{lang}_def.jsonl"
        if not base.exists():
            continue
        defaults = _load(base)
        print(f"== {lang} defaults: {scores(defaults)}")
        for path in sorted(out.glob(f"{lang}_*.jsonl")):
            variant = path.stem.removeprefix(f"{lang}_")
            if variant in ("def", "posts", "labels"):
                continue
            rows = _load(path)
            # a mend: what it does (the copy without it -> the defaults); a switch: what turning it does
            before, after = (rows, defaults) if variant.startswith("rev-") else (defaults, rows)
            changed = changes(before, after)
            right = sum(r for _, _, r in changed)
            print(f"   {variant:10s} {scores(rows)}; {right} right, {len(changed) - right} wrong")
            for post, what, ok in changed:
                print(f"      {post} {what} {'RIGHT' if ok else 'WRONG'}")


def _pairs(args: list[str], flag: str) -> dict[str, str]:
    out = {}
    for i, a in enumerate(args):
        if a == flag:
            name, _, code = args[i + 1].partition("=")
            out[name] = str(Path(code).resolve())
    return out


def main() -> None:
    args = sys.argv[1:]
    if len(args) >= 2 and args[1] == "--summary":
        summary(Path(args[0]))
        return
    if len(args) < 3:
        raise SystemExit(__doc__)
    out, en, zh = Path(args[0]).resolve(), DATA / args[1], DATA / args[2]
    out.mkdir(parents=True, exist_ok=True)
    less, less_en, less_zh = _pairs(args, "--less"), _pairs(args, "--less-en"), _pairs(args, "--less-zh")
    check_codes({**less, **less_en, **less_zh})
    failed: list[BaseException] = []

    def run(read: Callable[[Path, Path, dict[str, str]], None], stem: Path, codes: dict[str, str]) -> None:
        try:
            read(out, stem, codes)
        except (subprocess.CalledProcessError, OSError) as exc:  # the other language goes on
            failed.append(exc)

    threads = [
        threading.Thread(target=run, args=(_read_english, en, {**less, **less_en})),
        threading.Thread(target=run, args=(_read_chinese, zh, {**less, **less_zh})),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summary(out)
    if failed:
        raise SystemExit(f"read failed: {failed} (stderr in {out}/*.err)")


if __name__ == "__main__":
    main()
