"""The mends after the read of hard_en_heldout32 and zh_heldout29, judged by the rule below over every seen
set (docs/history/QUALITY-ENGLISH.md "Mends after the thirty-second read").

    CODE=/work/code-before python scripts/round32_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-e8 python scripts/round32_mends.py dump OUT/e8           # the code before plus mend e8
    python scripts/round32_mends.py judge e8 OUT/before OUT/e8
    CODE=/work/code-e8e10 python scripts/round32_mends.py dump OUT/e8e10     # e8 and e10
    python scripts/round32_mends.py judge e10 OUT/e8 OUT/e8e10

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout33, every seen
Chinese set through zh_heldout29 and their stream among 1,000 background reviews).

Three of the four false alerts of hard_en_heldout32 alerted the claim a two-claim post denies, in eye
dialect the cue lists do not read: "he got nothin' to do with it, so stop sharin' dat" (-035), "Don' pay dem
'be a AI director wid Sora' QR group" (-022). The mends, each written after the read of both sets on main's
code (monitor/ of 7b23373), looking at the posts named, and tried on those posts before this rule was written:

e8  eye dialect spelled out in the normaliser: a dropped g ("sellin'", "nothin'", "sayin'") and a dropped t
    ("don'", "ain'"), so that the cue lists and BM25 read the words (a word whose own "in" ends before a
    closing quote, "your own login'", is left). Written looking at hard_en_heldout32-035 (the inventor
    rumour denied in Caymanian English, the "made by Sora" clip asserted; alerting the inventor rumour).
    English only: the rewrite needs an apostrophe after Latin letters.
e10 the seller waiver does not lift a claim the post names only in a refusal ("don't pay them for …"), two
    of its words there and fewer than two anywhere else: the post sells something else. Written looking at
    hard_en_heldout32-022 (the director group refused, the generation service sold; with e8 the refusal is
    read, and the waiver lifted the refused director group over the service). Judged on top of e8: without
    e8 the post's refusal is not read.

The Chinese misses of zh_heldout29 were looked at and no mend was written: most sit under the line with the
right template first (19 of 30 alone); the two stopped as scare-quoted quote a banner (“Sora有我交大人”) and a
contest track's name (“AI导演”), and over every seen Chinese set that guard stops 8 right posts and 9 debunks
(current code), so no quote reading was found that tells them apart.

RULE (written and committed before any judging run, 2026-12-05). A mend is kept only if, against the code
before it (main's monitor/ at this commit; for e10, that plus e8), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (every mend reads text of both languages or neither's but its own: R1 covers both);
  R3 its gain: for e8 hard_en_heldout32-035 no longer alerts; for e10 hard_en_heldout32-022 alerts its gold
     template;
  R4 the unit tests pass with it;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before. R5 is
     run once, on the kept mends together.

RESULT (2026-12-05 05:07-05:24 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the thirty-second read"):
e8 REMOVE (R1: heldout30-016, a Black Country post that denies the get-rich claim ("I ay gonna tell yer
yow'll be earnin' thousands a day") and sells a prompt pack, now alerts get rich: "earnin'" spelled out gives
the denied claim its words; heldout32-035 no longer alerts, as written for). e10 passes R1-R3 on top of e8
(heldout32-022 alerts the generation service; nothing else moves), but without e8 the refusal it needs is
not read and it changes nothing: REMOVE with e8. R4 and R5 were not needed.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout34, zh_heldout30), where it is out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

GAIN = {"e10": ("english", "heldout32", "heldout32-022")}
STOPS = {"e8": ("english", "heldout32", "heldout32-035")}
MENDS = (*GAIN, *STOPS)


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    if mend in STOPS:
        j.stopped(mend, *STOPS[mend])
    else:
        j.gained(mend, *GAIN[mend])


if __name__ == "__main__":
    mend_cli(judge, __doc__)
