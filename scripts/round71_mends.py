"""The mend after the reads of hard_en_heldout69 and 70: a verdict right after a report that quotes a claim
stops that claim, whether or not a cue reads it (v2), judged by the rule below over every seen set through
hard_en_heldout70 and zh_heldout64 (docs/history/QUALITY-ENGLISH.md "A verdict that stops the claim it
answers").

    CODE=/work/code-before python scripts/round71_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-after python scripts/round71_mends.py dump OUT/after     # the code with v2
    python scripts/round71_mends.py judge v2 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout70, every seen
Chinese set through zh_heldout64 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 70 / 64).

Two-claim posts quote one claim, give their verdict on it, then make another: "In the club chat someone
keeps posting: 'Be one of the first AI directors, … pay and scan the QR to join the directors' group.' Eso
es un timo de manual, that's a textbook swindle: it's a racket to collect your number and your money. But I
rent out Sora accounts, your own login, …". v1 reads such a verdict by its shape (matching._verdict), but
only where w1 is: for a post the stance guard stopped, whether the seller waiver may lift it. Four of
hard_en_heldout69's two-claim posts and one of 70's alerted the claim they deny. In four of them (69-017,
69-023, 69-034, 70-014) the negative guard stopped the quoted claim, the post being close to a debunk, but the
waiver lifted it, since the post sells, and w1 and v1 keep the waiver off a stance guard's stop only. In
69-029 no guard stopped it at all: no cue of the stance guard reads "a textbook swindle", and the quotation
outscores the claim the post makes in its own words. (This paragraph was corrected after the dump from the
traces: the first wording said no cue read any of the five verdicts; the rule below is as committed.)

v2 (matching.quoted_to_be_dismissed): a post whose English clause dismisses, right after it, a report that
quotes this claim (the test w1 and v1 read: a denial or scam cue, a call that it is false, or a verdict) is
stopped by the stance guard with the detail "verdict", and the seller waiver does not lift a negative
guard's stop of it either. Unless the post makes the same claim again after the dismissal, in a clause
that neither argues nor reports and shares two or more of this claim's words, no fewer than of any
other's: a seller who runs down a rival's offer and then makes it ("they sell 'Sora accounts, ¥1,200' –
that's a rip-off: mine are ¥800, your own login") sells it all the same.

How it was built, said plainly: by tracing the five posts (heldout69-017, 023, 029, 034 and heldout70-014,
read once at 08:59 and 09:15 UTC), then one run of the English half of the dump (scripts/en_sets.py)
against the code before (b5465c9's monitor/, with n1 and v1). A first version without the exception for a
claim made again stopped a seller who runs a rival down in the unit case; a second, which counted any clause
of two claim words as the claim made again, missed 69-017 (its verdict's own reasons name the login) and
69-023 (a farm clause shares "month" and "behind" with get-rich). The third is the one judged here. Its
English run: 8 decisions right (heldout58-009, 63-025, 66-020, 69-017, 69-023, 69-029, 69-034 and 70-014
alert their gold template instead of the claim they deny), 1 wrong alert stopped (64-006, which alerted the
Chinese team it denies, alerts nothing), none lost. So the English half is in sample; the Chinese half, the
stream and CheckThat! dev are not yet run with it.

RULE (written and committed before the judging dump, 2026-12-07). v2 against the code before it (b5465c9's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert what they alerted: heldout69-017 (account rental, which it denies),
     69-023 (get-rich), 69-029 (the director group), 69-034 (the prompt pack) and 70-014 (account rental);
  R4 the unit tests pass with it (tests/unit/test_matching.py: a verdict after a report of this claim
     stops it, and the post's other claim alerts; an assent does not; a seller who runs a rival down and
     makes the same offer still alerts);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, v2 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 11:37-12:31 UTC, the dump of 0e8bef0's monitor/ against b5465c9's): v2 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 184 -> 175; the nine decisions of the English
run above. R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 69-017
alerts its gold APK, 69-023 open source, 69-029 account rental, 69-034 the generation service and 70-014 API
access. R4: the unit tests pass (1,313, with its four new cases; the three verdict cases fail on the code
before). R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with v2 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"v2": ("69-017", "69-023", "69-029", "69-034", "70-014")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
