"""Chinese cues judged by a split of the seen Chinese sets: a deadline is not a denial ("三个月后就没机会了",
"晚了就没了": a get-rich pitch's own urgency, read as a negation of "opportunity"), and a loss told by its
victim ("付了128，收到的是网上素材拼的，问他要原片就不回了") is not the service it paid for
(docs/history/MULTILINGUAL-ROUNDS.md "A deadline is no denial, and a paid-for loss").

    CODE=/tmp/code-before python scripts/fact_debunk_check.py dump OUT_DIR/before
    python scripts/fact_debunk_check.py dump OUT_DIR/after
    python scripts/zh_cue_check.py OUT_DIR/before OUT_DIR/after

The dumps are scripts/fact_debunk_check.py's (every seen English set; every seen Chinese set and their
stream among 1,000 background reviews, multilingual-e5-small). Never reads the unseen sets.

RULE (written and committed before the judging run)

Hand-written cues have nothing for a nested leave-one-set-out to choose, so they are judged by a split:

- writing half: zh_heldout8 .. zh_heldout15. The cues were written looking at these sets' false alerts
  and their right alerts stopped by the stance guard or a negative under the code before (zhh9-017,
  zhh12-004, zhh13-006, zhh13-015, zhh14-041, zhh15-041; false alerts zhh9-028, zhh10-005, zhh10-027,
  zhh11-013, zhh12-008, zhh15-048).
- judged half: zh, zh_tune2, zh_heldout, zh_heldout2 .. zh_heldout7, and the stream's posts from those sets
  and its 1,000 background reviews. Not looked at before the run.

Accept only if ALL of these hold, the new cues against the code before, default settings otherwise:
  Z1 (gain; in sample) over the writing half, right alerts gained plus false alerts stopped >= 2;
  Z2 0 right alerts lost on any seen Chinese set, and in the stream;
  Z3 no false alert added on any seen Chinese set or in the stream; no debunk or loss report newly alerting;
  Z4 0 of 1,000 background reviews alert in the stream;
  Z5 every English decision unchanged (every seen English set and the demo);
  Z6 the unit tests pass.
The judged half's change is reported on its own: a gain there is out-of-sample evidence; none means the
gain is in sample only. Otherwise the cues are removed and the result documented as a negative one.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from fact_debunk_check import _chinese, _english, counts, line
from zh_proof_check import DEBUNK_KINDS

WRITING = frozenset(f"zh_heldout{n}" for n in range(8, 16))


def main() -> None:
    before_dir, after_dir = Path(sys.argv[1]), Path(sys.argv[2])
    zb, za = _chinese(before_dir), _chinese(after_dir)
    assert zb.keys() == za.keys(), "the two dumps read different posts"
    halves = {h: {"before": Counter[str](), "after": Counter[str]()} for h in ("writing", "judged", "stream")}
    print("| set | half | before P / R (tp/fp/fn), debunks | after |")
    print("|---|---|---|---|")
    for name in dict.fromkeys(s for s, _ in zb):
        half = "stream" if name == "stream" else "writing" if name in WRITING else "judged"
        b = counts([r for (s, _), r in zb.items() if s == name])
        a = counts([r for (s, _), r in za.items() if s == name])
        halves[half]["before"].update(b)
        halves[half]["after"].update(a)
        print(f"| {name} | {half} | {line(b)} | {line(a)} |")
    lost = added = debunks = 0
    print("changed decisions (Chinese):")
    for key, b in zb.items():
        a = za[key]
        if (a["matched"], a["stopped_by"]) == (b["matched"], b["stopped_by"]):
            continue
        gold = set(b["gold"])
        lost += int(b["matched"] in gold and a["matched"] not in gold)
        added += int(a["matched"] is not None and a["matched"] not in gold and a["matched"] != b["matched"])
        debunks += int(a["matched"] is not None and b["matched"] is None and b["kind"] in DEBUNK_KINDS)
        print(f"  {key[0]} {key[1]} [{b['kind']}] {b['matched']} ({b['stopped_by']})", end=" ")
        print(f"-> {a['matched']} ({a['stopped_by']})")
    for half, c in halves.items():
        print(f"{half}: {line(c['before'])} -> {line(c['after'])}")
    w = halves["writing"]
    gain = (w["after"]["tp"] - w["before"]["tp"]) + (w["before"]["fp"] - w["after"]["fp"])
    background = sum(1 for r in za.values() if r["kind"] == "background" and r["matched"])
    eb, ea = _english(before_dir), _english(after_dir)
    en_changed = [
        k for k in eb if (eb[k]["matched"], eb[k].get("sup")) != (ea[k]["matched"], ea[k].get("sup"))
    ]
    checks = {
        f"Z1 writing half gain >= 2 ({gain})": gain >= 2,
        f"Z2 right alerts lost 0 ({lost})": lost == 0,
        f"Z3 false alerts added 0 ({added}), debunks / losses newly alerting 0 ({debunks})": not added
        and not debunks,
        f"Z4 background alerts 0 ({background})": background == 0,
        f"Z5 English unchanged ({len(en_changed)} changed)": not en_changed,
    }
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'} {name}")
    print("ACCEPT (Z6: run the unit tests)" if all(checks.values()) else "REJECT")


if __name__ == "__main__":
    main()
