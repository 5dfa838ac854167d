"""The mend after the reads of hard_en_heldout61 / 62: the bracketed note of whose a copied insert is,
judged by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md "Whose the insert is").

    CODE=/work/code-before python scripts/round63_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round63_mends.py dump OUT/after                           # this checkout
    python scripts/round63_mends.py judge b1 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout62, every seen
Chinese set through zh_heldout56 and their stream among 1,000 background reviews).

Club logs and record sheets copy an insert or a flyer found among them and say in brackets whose it is not:
"Insert left in the tin (nothing to do with the club): my own Sora video course, …" (heldout56-028). "nothing
to do with" is a denial cue ("he has said he had nothing to do with Sora"), so the stance guard read the note
as a denial of the course the insert sells and stopped it. Of the 30 English posts of the 41st-62nd sets that
the stance guard stops short of their gold template, 9 carry such a note. The mend, b1: "nothing to do with"
inside a bracket that closes right before a colon is no denial cue. A bracketed denial the sentence goes on
after ("Xie Saining (he has said he had nothing to do with it), is the last-named author"), one in no bracket
("That flyer has nothing to do with us: please ignore it") and one no colon follows ("The 'Sora app' (nothing
to do with OpenAI) is a copy") stay denials (unit cases).

How it was built, said plainly: by reading the stance guard's stops on the seen sets (which cue pattern
fires on which words of each stopped post), then one run of the English half of the dump
(scripts/en_sets.py, finished 22:33 UTC) against the code before (dac055d): 9 decisions right
(46-035, 47-033, 47-035, 48-028, 50-028, 52-028, 54-034, 56-028, 58-016 alert their gold template), none
wrong. So the English half is in sample; the Chinese half, the stream and CheckThat! dev are not yet run
with it.

RULE (written and committed before the judging dumps, 2026-12-06). b1 against the code before it (dac055d's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets alert their gold template: heldout52-028, heldout56-028 and heldout58-016 (the three that
     alerted nothing, the stance guard's stops of the last six sets);
  R4 the unit tests pass with it (tests/unit/test_text.py's two new notes with no stance fail on the code
     before);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, b1 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-06 22:38-23:16 UTC, the dumps of dac055d's monitor/ and 94a5ce3's): b1 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 153 -> 152 (47-033, from the APK to its gold
generation service); 9 right alerts gained (46-035, 47-033, 47-035, 48-028, 50-028, 52-028, 54-034, 56-028,
58-016). R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 52-028 and
56-028 alert the paid course, 58-016 the director group. R4: the 1,283 unit tests pass (the 2 new notes with
no stance fail on the code before). R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with b1 and without
(identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"b1": ("52-028", "56-028", "58-016")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
