"""The mend after the reads of hard_en_heldout59 / 60: the boast and the con as the plain man's dismissal,
judged by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md "The boast and the con").

    CODE=/work/code-before python scripts/round58_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round58_mends.py dump OUT/after                           # this checkout
    python scripts/round58_mends.py judge d3 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout60, every seen
Chinese set through zh_heldout54 and their stream among 1,000 background reviews).

Three two-claim posts of the 59th set quote the claim they deny, dismiss it in words d2 (round57_mends.py)
does not know, then assert another claim, and alert the one they deny: "Athu verum thallu, that's just big
talk: OpenAI's report on Sora has thirteen names on it …", "Eso es puro juega vivo, that's a con: OpenAI has
released no Sora API …", "Eso es puro embeleco, hermano, that's a con: nobody can rent you Sora …". The
mend, d3, adds the boast and the con to d2's words (``_DISMISSAL`` in monitor/core/text.py): "big talk",
"tall talk", "idle talk", "empty talk", "hot air", "a con", "a con job", "a joke", "malarkey", "blarney",
"humbug", "bunk", "eyewash", "moonshine", "a crock", "bull". Nothing else changes: d2's reading of a
dismissal (it denies the claim it names; right after a report it answers that report) does the rest.

How it was built, said plainly: by reading those three posts, then one run of the English half of the dump
(scripts/en_sets.py, finished 19:37 UTC) against the code before (aaa26b5): 5 decisions right (the three
targets, heldout55-028 and heldout60-002 no longer alert the claim they deny; 59-034 and 60-002 now alert
their gold template), 0 wrong. So the English half is in sample; the Chinese half, the stream and
CheckThat! dev are not yet run with it.

RULE (written and committed before the judging dumps, 2026-12-06). d3 against the code before it (aaa26b5's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert the template they deny (each alerts its gold template or nothing):
     heldout59-025, 59-032, 59-034;
  R4 the unit tests pass with it (tests/unit/test_text.py's and test_matching.py's new cases: 6 readings
     and 2 denials fail on the code before);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, d3 is removed and the result documented. Kept, it is read on the next unseen sets
(hard_en_heldout61 / 62, zh_heldout55 / 56) under the rule pre-registered in docs/QUALITY.md.

RESULT (2026-12-06 19:40-20:22 UTC, the dumps of aaa26b5's monitor/ and 5dcc0be's): d3 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 150 -> 145 (the 5 changes of the in-sample
run). R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 59-025 and
59-032 alert nothing, 59-034 its gold template (the generation service). R4: the 1,258 unit tests pass (the
8 new cases fail on the code before). R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with d3 and
without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"d3": ("59-025", "59-032", "59-034")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
