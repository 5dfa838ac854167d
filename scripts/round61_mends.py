"""The mend after the reads of hard_en_heldout61 / 62: the correction of whom a claim named, told as an
aside, judged by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md "The correction told as
an aside").

    CODE=/work/code-before python scripts/round61_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round61_mends.py dump OUT/after                           # this checkout
    python scripts/round61_mends.py judge c2 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout62, every seen
Chinese set through zh_heldout56 and their stream among 1,000 background reviews).

A person fact of the 61st set alerts the inventor rumour it corrects in passing: "Xie Saining (not, as a
viral post claimed, one of Sora's inventors) is the last-named author of 'Graph Structure of Neural
Networks' …" (heldout61-047, 0.93). c1 (round56_mends.py) reads "whatever the viral post said" and "a viral
post had wrongly named"; this aside it does not. The mend, c2, is one more debunk cue beside c1's: "not" or
"never", set off by a bracket, comma or dash before it, then "as" a post, story, rumour, message, caption,
headline or chain mail "said", "claimed", "had it" or "would have it". The bracket, comma or dash keeps it off
an assertion made against what posts say ("The video model is not, as some posts say, closed: it is open to
everyone now", a unit case).

How it was built, said plainly: by reading that post, then one run of the English half of the dump
(scripts/en_sets.py, finished 21:00 UTC) against the code before (23c7f96): 1 decision right (61-047 alerts
nothing), none wrong. So the English half is in sample; the Chinese half, the stream and CheckThat! dev are
not yet run with it.

RULE (written and committed before the judging dumps, 2026-12-06). c2 against the code before it (23c7f96's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its target no longer alerts: heldout61-047;
  R4 the unit tests pass with it (tests/unit/test_text.py's two new debunk readings fail on the code before);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, c2 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-06 20:56-21:18 UTC, the dumps of 23c7f96's monitor/ and a1e7161's): c2 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 154 -> 153 (61-047, the one change). R2: no
Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 61-047 alerts nothing
(stopped by the stance guard). R4: the 1,277 unit tests pass (the 2 new readings fail on the code before).
R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with c2 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"c2": ("61-047",)})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
