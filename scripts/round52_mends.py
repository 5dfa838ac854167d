"""The mend after the reads of hard_en_heldout51 / 52, judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "The waiver reads a notice's own acts").

    CODE=/work/code-before python scripts/round52_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-w2 python scripts/round52_mends.py dump OUT/w2           # the code before plus mend w2
    python scripts/round52_mends.py judge w2 OUT/before OUT/w2

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout52, every seen
Chinese set through zh_heldout48 and their stream among 1,000 background reviews).

Notices that quote an offer whole and tell the reader not to pay alert it at 0.99 on four seen sets
(hard_en_heldout49-037, 50-037, 51-037, 52-042). On 49-037 and 50-037 the stance guard stops the candidate
and the seller's waiver lifts it again: its features count the price and the payment ask that stand inside
the quotation. w1 (scripts/round49_mends.py), which set the waiver aside in any post that sells nothing of
its own, was removed: it lost sellers whose acts the signals do not read.

w2  the waiver's selling-act features (acts, ask, channel, price, promise, and where they stand against the
    first stance cue) are read outside the post's quotations when the text outside them refuses ("Please
    don't pay", "don't scan it": a refuse cue). A seller with no quotation, or one that quotes without
    refusing, is read as before. Looked at before this rule on seven posts: it stops 49-037 and 50-037 and
    keeps the three sellers w1 lost (heldout16-022, 34-013, zhh9-041); 51-037 and 52-042 still alert (not
    through the waiver).

RULE (written and committed before any judging run, 2026-12-06). The mend is kept only if, against the code
before it (main's monitor/ at this file's commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (R1 covers both languages);
  R3 its targets stop alerting: hard_en_heldout49-037 and hard_en_heldout50-037;
  R4 the unit tests pass with it (its case fails on the code before);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones (run from outside the repository: ``python -m`` reads the current folder first).

RESULT (2026-12-06 08:26-08:31 UTC; docs/history/QUALITY-ENGLISH.md "The waiver reads a notice's own acts"):
REMOVE. R3 passes (49-037 and 50-037 stop), but R1 fails on the English sets alone: two right alerts the
waiver had lifted are lost. heldout42-026 (a driving school quotes a prompt-pack offer, says "Don't buy", and
asserts open source after "But here is the good news, and it's true") is now stopped by the stance guard;
heldout48-031 (a hardware shop quotes the official-app claim, says "don't download", then rents accounts
"₹600 a week by SBI transfer") now alerts the official app instead of account rental. Both refuse one
claim and assert another: the features the waiver was fitted on read the whole post, and reading a
two-claim post's acts without its quotation moves it off what the head learned. The Chinese half of the
dumps was not judged: R1 had failed.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets, where it is out of sample, under the rule pre-registered in docs/QUALITY.md for them.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

STOPS = {
    "w2": ("english", (("heldout49", "heldout49-037"), ("heldout50", "heldout50-037"))),
}


if __name__ == "__main__":
    mend_cli(judge_by(STOPS, gains=False), __doc__)
