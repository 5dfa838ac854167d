"""The mend after the reads of hard_en_heldout57 / 58: the plain man's dismissal of a claim he quotes,
judged by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md "The plain man's dismissal").

    CODE=/work/code-before python scripts/round57_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round57_mends.py dump OUT/after                           # this checkout
    python scripts/round57_mends.py judge d2 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout58, every seen
Chinese set through zh_heldout52 and their stream among 1,000 background reviews).

Most English misses of the 57th and 58th sets are two-claim posts that quote the claim they deny whole,
dismiss it in a dialect word glossed in English, then assert another: "My neighbour keeps posting: 'The
official Sora app is out on the App Store …' See om jama, that's twaddle: the 'Sora' apps in the stores are
made by other developers, not by OpenAI. But this one is real: Sora is open to the public now." Three on each
set alert the claim they deny. The mend, d2, has three parts:

1. the plain man's dismissal words are a debunk cue (``_DISMISSAL`` in monitor/core/text.py: "that's
   twaddle", "it's all rubbish", "that's hogwash", "that ain't so", "that's just tales" …);
2. in ``argued_elsewhere`` (monitor/core/matching.py) an English clause that dismisses denies the claim it
   names, as a negation does (not "a hoax" or "not true": news and fact checks call claims so);
3. an English clause that dismisses right after a report of someone else's words (``_reports``) answers
   that report, whatever words its facts share (``_report_answered``): it denies the claim the report quotes,
   and argues against this claim when the report quotes this one. Last session's try of the words alone lost
   three right alerts through the older branch, which read any arguing clause that shares two words of the
   asserted claim as arguing against it ("Nope, that ain't so: OpenAI's own people made it", then "OpenAI
   made Sora open source").

How it was built, said plainly: by reading the two-claim posts of the 57th and 58th sets and last session's
losses, and running the English half of the dump (scripts/en_sets.py) after each change, with the code before
at 7670be7. The last of those runs (16:31 UTC) gave, against the code before: 18 decisions right (wrong
alerts stopped or mended, misses now alerting their gold template), 1 wrong alert changed to another wrong
template (heldout44-022: the Chinese-team claim it denies is stopped, and the official app comes next, not
its gold fake APK, which its competitor swipe "not like the APKs from the market" stops as before); no right
alert lost. So the English half is in sample; the Chinese half, the stream and CheckThat! dev are not yet
run with it.

RULE (written and committed before the judging dumps, 2026-12-06). d2 against the code before it (7670be7's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert the template they deny (each alerts its gold template or nothing):
     heldout36-034, 54-009, 55-022, 56-009, 56-015, 57-026, 58-006, 58-014;
  R4 the unit tests pass with it (tests/unit/test_matching.py's and test_text.py's new cases: 3 decisions
     and 6 stance readings fail on the code before);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, d2 is removed and the result documented. Kept, it is read on the next unseen sets
(hard_en_heldout59 / 60, zh_heldout53 / 54) under the rule pre-registered in docs/QUALITY.md.

RESULT (2026-12-06 16:39-16:59 UTC, the dumps of 7670be7's monitor/ and cd3e370's): d2 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 152 -> 141 (18 decisions right, heldout44-022
from one wrong template to another). R2: no Chinese decision changed, alone or in the stream; 0 of 1,000
reviews alerting. R3: all eight targets (36-034 and 57-026 alert nothing, the other six their gold
template). R4: the 1,246 unit tests pass. R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with d2
and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong(
    {"d2": ("36-034", "54-009", "55-022", "56-009", "56-015", "57-026", "58-006", "58-014")}
)

if __name__ == "__main__":
    mend_cli(judge, __doc__)
