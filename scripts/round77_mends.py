"""The mend after the reads of hard_en_heldout75 and 76: a victim's story that the seller vanished once paid
is a loss told by its victim (l2), judged by the rule below over every seen set through hard_en_heldout76
and zh_heldout70 (docs/history/QUALITY-ENGLISH.md "A seller gone once paid").

    CODE=/work/code-before python scripts/round77_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-after python scripts/round77_mends.py dump OUT/after     # the code with l2
    python scripts/round77_mends.py judge l2 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout76, every seen
Chinese set through zh_heldout70 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 76 / 70).

A debunk that tells its writer's own loss warns the others: "Beware the 'Sora earners' group'. Posting so
nobody else falls for it. … I paid £30 to join the 'earners' group'. They posted screenshots of payouts, then
asked for £60 more for the 'pro tier', then the admin disappeared and the group went silent." (75-036, which
alerted get rich at 0.96), and "… I scanned it, gave my number and paid the $30 'place fee'. The group
posted a logo and a countdown, then asked for another $50 for 'training', then went quiet and the admin left."
(73-036, which alerted the director group: the stance guard stopped it, and the seller's waiver lifted it). A
loss told by its victim is a debunk cue (text._VICTIM_EN: "they blocked me", "he's left the group", "never
got my refund"), and it keeps a post from reading as one that asserts a claim apart; these two say it in
words it did not read. A "Beware" alone does not stop a scam template: scammers warn of rivals too.

l2 (text._VICTIM_EN): the seller gone once paid, told as what came next: "then" the admin, seller, organiser,
group, chat, channel or account disappeared, vanished, went quiet, silent or dark, left (ending its clause)
or deleted it all; "then" they, he or she disappeared, vanished or went quiet; "and" or "then" the admin,
seller or organiser disappeared, vanished or left (ending its clause). A seller's "our admin left early
today" or "then the seller left a note: 99 pounds" is not read.

How it was built, said plainly: from the two posts above (75-036 read once at 18:00 UTC; 73-036 at 15:45),
then one run of scripts/en_sets.py on hard_en_heldout73 and 75 alone with the cue: both stop alerting, nothing
else on those two sets changes. The new forms match 5 posts of tests/data and the demo, none with a gold
template. The other seen sets, the Chinese half, the stream and CheckThat! dev are not yet run with it.

RULE (written and committed before the judging dump, 2026-12-07). l2 against the code before it (177bd46's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets alert nothing: heldout73-036 (the director group) and 75-036 (get rich);
  R4 the unit tests pass with it (tests/unit/test_text.py: the two stories read as a debunk; a seller's own
     admin who left, and a seller's note after "then", do not), and the new cases fail on the code before;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, l2 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 18:37-19:18 UTC, the dump of 444e503's monitor/ against 177bd46's): l2 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 215 -> 213: the two targets alert nothing, and
nothing else changes. R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting.
R3: 73-036 and 75-036 alert nothing. R4: the unit tests pass, with four new cases; the two stories fail on the
code before. R5: CheckThat! 2022 2A dev MAP@5 0.9849 with l2 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"l2": ("73-036", "75-036")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
