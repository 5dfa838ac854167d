"""The mend built while hard_en_heldout77 and 78 were written: the seller's waiver does not lift a claim the
post quotes to dismiss, whichever guard stopped it (w3, a successor of the removed w1), judged by the rule
below over every seen set through hard_en_heldout76 and zh_heldout70 (docs/history/QUALITY-ENGLISH.md "The
waiver keeps off a claim quoted to be dismissed").

    CODE=/work/code-before python scripts/round79_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-after python scripts/round79_mends.py dump OUT/after     # the code with w3
    python scripts/round79_mends.py judge w3 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout76, every seen
Chinese set through zh_heldout70 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 76 / 70).

On the read of hard_en_heldout75, three two-claim posts alerted the claim they quote to dismiss:

    Two things, folks. A guy on the buy-sell page says 'Sora videos are the money window of a lifetime, join
    my team for $40'. That's a bunch of baloney: nobody who joined him made a cent, … But this one's real:
    the clip of a farmer in a combine … is 100% Sora, nothing filmed, … (75-019, gold: the mislabelled video)

In all three (75-019 and 75-035 get rich, 75-029 the official app) the stance guard stopped the quoted
claim, v2 read the dismissal (`quoted_to_be_dismissed`), and the seller's waiver lifted the claim again (p
0.95-0.98), because the post has a price and a payment ask: in the quotation, or for the other claim it makes.
v2 keeps the waiver off a claim the post quotes to dismiss only where the negative guard stopped it.

w3 (matching._first_waivable): the same holds where the stance guard stopped it. A seller who runs a rival's
offer down and then makes the same one is still the waiver's to read (v2's exception: the claim made again in
a later clause that neither argues nor reports).

It is w1's reading with v2's exception. w1 (the waiver never lifts a stance stop of a claim an English clause
dismisses right after a report that quotes it) was removed by its unseen reads: 2 right and 1 wrong over four
reads, the wrong one `74-009`, whose dismissed director group turned to the fake APK, a sibling of its gold
official app. w3 does the same to `74-009` (traced), so it is no successor "without turning a wrong alert to
another wrong template" there: that post's sibling is for the ranking, not the waiver. Its own unseen reads
decide.

How it was built, said plainly: one edit, traced on five posts with the code before and after: 75-019,
75-029 and 75-035 alert their gold (the mislabelled video, account rental, the generation service), 74-014
its gold API access instead of get rich, 74-009 the fake APK instead of the director group. A unit case
(tests/unit/test_sellerguard.py): a quoted gift-card claim called rubbish before the writer sells bike
repairs is not waived (it is on the code before); a rival's same offer run down and made again still is. No
other set, the Chinese half, the stream or CheckThat! dev was run with it before this rule.

RULE (written and committed before the judging dump, 2026-12-07). w3 against the code before it (2d90bfa's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert the claim they deny, and alert their gold or nothing: heldout74-014,
     75-019, 75-029 and 75-035;
  R4 the unit tests pass with it, and the quoted-and-dismissed case fails on the code before;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, w3 is removed and the result documented. Kept, it is merged after the reads of
hard_en_heldout77 and 78 (their pre-registration does not read it) and read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 20:28-21:20 UTC, the dump of e22fddd's monitor/ against 2d90bfa's): w3 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 213 -> 196: sixteen posts turn right (fifteen
two-claim posts alert their gold instead of the claim they dismiss, among them the four targets and the eleven
w1's removal had turned, and the debunk heldout34-040 alerts nothing), and two wrong alerts change to another
wrong decision (74-009 to the fake APK, 68-006 to no alert: their gold, the official app and the public
release, stay below). R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting.
R3: 74-014 alerts API access, 75-019 the mislabelled video, 75-029 account rental and 75-035 the generation
service, their gold. R4: 1,327 unit tests pass; the quoted-and-dismissed case fails on the code before. R5:
CheckThat! 2022 2A dev MAP@5 0.9849 with w3 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"w3": ("74-014", "75-019", "75-029", "75-035")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
