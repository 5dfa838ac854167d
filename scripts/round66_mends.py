"""The mend after the read of hard_en_heldout65: a claim a post quotes to dismiss is no seller's to waive
(w1), judged by the rule below over every seen set through hard_en_heldout64 and zh_heldout58
(docs/history/QUALITY-ENGLISH.md "A claim quoted to be dismissed is no seller's to waive").

    CODE=/work/code-before python scripts/round66_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round66_mends.py dump OUT/after                           # this checkout
    python scripts/round66_mends.py judge w1 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout64, every seen
Chinese set through zh_heldout58 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 64 / 58, so that the code before is the dump of
round65_mends.py's "after").

Two-claim posts quote one claim in full ("In the group somebody shared: 'Auditions now for the first film
whose script Sora co-wrote: join as one of the first AI directors …'"), dismiss it ("Isso é balela, that's
hogwash: those QR groups only collect your number and your fee") and assert another apart. The stance guard
stops the claim quoted, as it should; but the post sells something, so the seller's waiver (a learned reading
of posts that sell and vouch for themselves, monitor/core/sellerguard.py) read the cue as a seller's vouching
and lifted the claim the post dismisses. On hard_en_heldout65's read two of the six two-claim posts that
alerted the claim they deny were lifted so (65-022, 65-035). The mend: the waiver never lifts a candidate the
stance guard stopped where an English clause dismisses, right after it, a report that quotes this very claim
(matching._report_answered reads "this", as the guard's argued_elsewhere does); it looks on down the ranking.
A seller vouching for his own offer ("100% legit, not a scam!") quotes no claim to dismiss (unit cases).

How it was built, said plainly: by tracing the six two-claim posts of hard_en_heldout65 (read once at
02:35 UTC) that alerted the claim they deny, then one run of the English half of the dump (scripts/en_sets.py)
against the code before (1ca0a96's monitor/): 4 decisions changed, all right (heldout34-040, a debunk, alerts
nothing; heldout44-022, heldout56-014 and heldout61-016 alert their gold template instead of another, the
last two instead of the director group they dismiss). So the English half is in sample; the Chinese half, the
stream and CheckThat! dev are not yet run with it.

RULE (written and committed before the judging dump, 2026-12-07). w1 against the code before it (1ca0a96's
monitor/, whose dump is round65_mends.py's "after"), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert what they alerted: heldout56-014 and heldout61-016 (the director group they
     dismiss) and heldout34-040 (a debunk);
  R4 the unit tests pass with it (tests/unit/test_matching.py's dismissed report is one it reads; the
     seller's own vouch is not);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, w1 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 02:55-03:12 UTC, the dump of 1506ac3's monitor/ against round65_mends.py's "after"): w1
KEEP. R1: no right alert lost, no post without gold newly alerting, wrong alerts 162 -> 158; the four
decisions of the English run above (34-040 stopped; 44-022, 56-014 and 61-016 alert their gold template).
R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 34-040 alerts
nothing, 56-014 API access and 61-016 the APK, their gold templates. R4: the unit tests pass (1,295 with
the floors that followed). R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with w1 and without
(identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"w1": ("34-040", "56-014", "61-016")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
