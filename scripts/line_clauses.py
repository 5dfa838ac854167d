"""A line break ends a clause: the judgement of ``monitor.core.segments.clause_text`` against the one-line
text the clause path split before it (docs/history/QUALITY-ENGLISH.md "A line break ends a clause").

    git worktree add /tmp/lines 4d7eee4                       # the change, reverted after its judgement
    git archive 3593de6 monitor scripts | tar -x -C /work/code-before       # the code before it
    HF_HUB_OFFLINE=1 PYTHONPATH=/work/code-before .venv/bin/python /work/code-before/scripts/en_sets.py OLD
    (cd /tmp/lines && HF_HUB_OFFLINE=1 /work/main/.venv/bin/python scripts/en_sets.py NEW)
    .venv/bin/python scripts/line_clauses.py judge OLD NEW

Why: ``monitor.core.text.normalize`` folds a post into one line. The clause path split that line, so a chat
line or a list item stating a claim ran into the line after it, and a statement followed by a question line
("SORA IS OPEN TO EVERYONE NOW" / "wait fr??", hard_en_heldout19-004, Twitch chat) was read as part of the
question and never scored on its own. The clause path now splits the post normalised line by line.

ACCEPTANCE RULE (written and committed before the judging runs, 2026-12-04). The line-aware clause text
stays (default path, clause scoring on, as shipped) if both hold:

1. quality: on the seen English sets other than hard_en_heldout19 (tune, heldout, heldout2..18, the demo),
   ``scripts/en_sets.py`` on the code before the change (3593de6) against this code: no false alert added,
   no debunk newly alerting, and no fewer right alerts, summed over those sets. hard_en_heldout19 motivated
   the change, so its changes are reported apart and count for nothing; sellers_tune (training-only) is
   reported, not judged;
2. cost: ``cost 2000 0.075``: the clause_default.py stream (2,000 off-topic English texts, SMS ham and
   CheckThat! 2022 tweets, with 7.5 % demo posts), default settings (cascade and clause scoring on), the
   old one-line clause text and the new one alternated in one process, 3 rounds each: the ratio of the
   medians (old time / new time) >= 0.95. One run on a quiet machine (load average under 0.5) decides.

If either fails the change is reverted (no setting is added) and the result is documented as a negative one.

RESULT (docs/history/QUALITY-ENGLISH.md "A line break ends a clause"): rule 1 FAILS (judged sets: right +0,
false +1, debunks +0: heldout16-009, a YouTube description of a fake APK that missed, now alerts the
wrong template, the official-app rumour, at 0.7925); the cost was not run. The change was reverted; its
code is commit 4d7eee4 (the ``cost`` mode that alternated the two clause texts went with it). On
heldout19, not judged, it lifted heldout19-017, not the Twitch chat it was written for (a chat line keeps
its speaker's handle, "pixelmonk_ sora is open to everyone now": 0.545 to the closest example, the bare
line 0.625).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

JUDGED_OUT = {"heldout19", "sellers_tune"}


def _rows(folder: Path) -> dict[str, dict[str, dict[str, object]]]:
    return {
        f.name.removesuffix(".jsonl"): {
            (r := json.loads(line))["id"]: r for line in f.read_text().splitlines() if line.strip()
        }
        for f in sorted(folder.glob("*.jsonl"))
    }


def _outcome(row: dict[str, object]) -> str:
    """right (a gold template alerted), false (another alerted), debunk (a debunk alerted), none."""
    matched, gold = row["matched"], row["gold"]
    if matched is None:
        return "none"
    if isinstance(gold, list) and matched in gold:
        return "right"
    return "debunk" if "debunk" in str(row.get("kind") or "") else "false"


def judge(old_dir: Path, new_dir: Path) -> None:
    old, new = _rows(old_dir), _rows(new_dir)
    totals = {"right": 0, "false": 0, "debunk": 0}
    print("| set | changed posts | right alerts | false alerts | debunks alerting |")
    print("|---|---|---|---|---|")
    for name in sorted(old, key=lambda n: (n in JUDGED_OUT, n)):
        delta = {"right": 0, "false": 0, "debunk": 0}
        changed = []
        for pid, before in old[name].items():
            after = new[name][pid]
            a, b = _outcome(before), _outcome(after)
            if (before["matched"], before["sup"]) != (after["matched"], after["sup"]):
                text = str(after["text"])[:70]
                changed.append(f"{pid}: {a}/{before['sup']} -> {b}/{after['sup']}  {text!r}")
            for k in delta:
                delta[k] += (b == k) - (a == k)
        if name not in JUDGED_OUT:
            for k in totals:
                totals[k] += delta[k]
        tag = " (not judged)" if name in JUDGED_OUT else ""
        counts = " | ".join(f"{delta[k]:+d}" for k in ("right", "false", "debunk"))
        print(f"| {name}{tag} | {len(changed)} | {counts} |")
        for line in changed:
            print(f"    {line}", file=sys.stderr)
    ok = totals["false"] <= 0 and totals["debunk"] <= 0 and totals["right"] >= 0
    print(
        f"judged sets: right {totals['right']:+d}, false {totals['false']:+d}, "
        f"debunks {totals['debunk']:+d}: rule 1 {'PASSES' if ok else 'FAILS'}"
    )


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "judge":
        judge(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
