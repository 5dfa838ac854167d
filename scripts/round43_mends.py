"""The mend after the read of hard_en_heldout43 and the English confidence weights that shipped after it,
judged by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md "Where a clip really came
from").

    CODE=/work/code-before python scripts/round43_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-p1 python scripts/round43_mends.py dump OUT/p1           # the code before plus mend p1
    python scripts/round43_mends.py judge p1 OUT/before OUT/p1

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout43, every seen
Chinese set through zh_heldout39 and their stream among 1,000 background reviews).

With the English confidence weights shipped at 19:50 UTC (scripts/calibration_loso.py, PROSPECTIVE CHECK,
THIRD) the confidence line lifts two seen debunks on the mislabelled-video rumour: a regimental media
statement ("A video is circulating with the caption 'made by Sora, prompt below' … The footage was filmed on
9 March 2018 by the unit's combat camera team", hard_en_heldout37-042) and a lifeboat station's note ("The
clip shared this week with the caption 'made by Sora, prompt below' … is our own footage. It was recorded by
the station's fixed camera at 15:42 on 2 January 2019", hard_en_heldout40-042). They answer the caption with
where the clip came from, and no "no". The mend, written looking at these two posts and tried on them
before this rule was written:

p1  a debunk cue (monitor.core.text, the stance kind ``debunk``, English) for the provenance of a clip:
    footage, a clip, a video, a film or a recording that "was filmed / recorded / shot / captured … on / in
    <a date with a year>", or that "is our own footage".

RULE (written and committed before any judging run, 2026-12-05). The mend is kept only if, against the code
before it (main's monitor/ at the commit before this file), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (the cue is English, so no Chinese decision may change: R1 covers it);
  R3 its gain: hard_en_heldout37-042 and hard_en_heldout40-042 no longer alert;
  R4 the unit tests pass with it;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

RESULT (2026-12-05 19:52-20:10 UTC; docs/history/QUALITY-ENGLISH.md "Where a clip really came from"): p1
KEEP. R1: it changes the two debunks and nothing else, English or Chinese, alone or in the stream; 0 of
1,000. R3: both no longer alert. R4: the unit tests pass (two new stance cases in tests/unit/test_text.py,
which fail on the code before, and an assertion in the rumour's own words that must read no stance). R5:
CheckThat! 2022 2A dev 165 / 5 / 34 with and without it.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets, where it is out of sample.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

STOPS = {"p1": ("english", (("heldout37", "heldout37-042"), ("heldout40", "heldout40-042")))}


if __name__ == "__main__":
    mend_cli(judge_by(STOPS, gains=False), __doc__)
