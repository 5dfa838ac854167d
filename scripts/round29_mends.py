"""The mends after the read of hard_en_heldout29 (and zh_heldout25), judged by the rule below over every
seen set (docs/history/QUALITY-ENGLISH.md "Mends after the twenty-ninth read").

    CODE=/work/code-before python scripts/round29_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-v3 python scripts/round29_mends.py dump OUT/v3           # the code before plus mend v3
    python scripts/round29_mends.py judge v3 OUT/before OUT/v3

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout29, every seen
Chinese set through head_folds.LAST_SEEN_ZH and their stream among 1,000 background reviews).

The mends, each written after the read of hard_en_heldout29 on main's code (e94f96e), looking at the posts
named:

v3  a seller setting itself apart vouches: "we are / I'm not like those (the, these, other) …", "we're
    nothing like the others". Written looking at hard_en_heldout29-031 (a Bangla-English course: "We are not
    like those fake pages who sell one PDF and block you", stopped by a negative exemplar on the cue "fake
    pages"; the seller waiver's estimate 0.81, under its cut 0.9).
v4  in a post that sells in the first person, "don't buy the bootleg / knock-off / counterfeit / pirated /
    copycat …" is a swipe at the others (``_VOUCH_AGAINST_OTHERS``). Written looking at
    hard_en_heldout29-032 (a Japanese-English prompt pack: "Please don't buy the bootleg packs, they are
    machine-translated garbage", stopped by the stance guard).

A third candidate, l1 (the victim's loss: "the seller has blocked me", "I request a full refund",
"chargeback"), written looking at hard_en_heldout29-036 (a card dispute form alerting the paid course), was
tried on that post before this rule was written: the cues are read but the post still alerts. It is not
judged.

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/, or the kept mends before it), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (both mends read English text, and Chinese posts go through the same reading: R1 covers both);
  R3 its gain: v3 hard_en_heldout29-031, v4 hard_en_heldout29-032 alerts its gold template;
  R4 the unit tests pass;
  R5 CheckThat! 2022 2A dev decisions at the default line have no more false alerts than the code before.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout30, zh_heldout26), where it is out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

MENDS = ("v3", "v4")
GAIN = {"v3": "heldout29-031", "v4": "heldout29-032"}


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    post = GAIN[mend]
    row = j.tally.english[("heldout29", post)]
    r3 = row["matched"] in set(row["gold"])
    j.verdict(mend, "both", r3, f"{post} alerts its gold template (now: {row['matched']})")


if __name__ == "__main__":
    mend_cli(judge, __doc__)
