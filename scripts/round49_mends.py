"""The mend after the reads of hard_en_heldout49 / 50, judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "The seller's waiver reads a seller").

    CODE=/work/code-before python scripts/round49_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-w1 python scripts/round49_mends.py dump OUT/w1           # the code before plus mend w1
    python scripts/round49_mends.py judge w1 OUT/before OUT/w1

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout50, every seen
Chinese set through zh_heldout46 and their stream among 1,000 background reviews).

Two notices that quote a get-rich leaflet whole and tell the reader not to pay alert it, at confidence 0.99
and 0.99: hard_en_heldout49-037 (a roller derby captain: "A few of you have been sent this on Instagram …:
'Skaters! Sora is the money window of our lifetime … Join my team, £25 on a Vue gift card.' Please don't
pay, and don't reply. …") and hard_en_heldout50-037 (a bridge club secretary: "Several of you found this on
your table: 'SORA: THE MONEY WINDOW OF THE CENTURY. … Join now, £50 on a Whittard gift card.' Please don't
pay it. …"). The stance guard stops the candidate (cue:refuse), as q1b reads it, and the seller's waiver
(monitor.core.sellerguard) lifts it again: its features count the price and the payment ask, which stand
inside the quotation.

w1  the seller's waiver does not lift a scam candidate in a post that sells nothing of its own: no selling
    act outside its quotations once the clauses that tell the reader not to pay or scan are left out
    (monitor.core.text.sells_of_its_own, with the claim's and the topic's words, as the refusal reading of
    argued_elsewhere asks it). A rumour candidate is read by the waiver as before.

RULE (written and committed before any judging run, 2026-12-06). The mend is kept only if, against the code
before it (main's monitor/ at this file's commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (R1 covers both languages);
  R3 its targets stop alerting: hard_en_heldout49-037 and hard_en_heldout50-037;
  R4 the unit tests pass with it (its case fails on the code before: a notice that quotes a priced offer
     whole and says "Please don't pay it" is not lifted by the waiver);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones (run from outside the repository: ``python -m`` reads the current folder first).

RESULT (2026-12-06 04:52-05:01 UTC; docs/history/QUALITY-ENGLISH.md "The seller's waiver reads a seller"):
REMOVE. R3 passes (both notices stop), and the mend stops two more debunks (hard_en_heldout22-043, 39-043),
but R1 fails: it loses three right alerts the waiver had lifted, sellers whose offer sells_of_its_own does
not read as a selling act of their own (hard_en_heldout16-022, "… official Sora API access … CHF 0.80 per
second of generated video. Reach out in my DMs"; hard_en_heldout34-013, a two-claim seller; zh_heldout9-041,
"今天加入还来得及" after a quoted saying). sells_of_its_own reads a refusal's scope, not every way to sell.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets, where it is out of sample, under the rule pre-registered in docs/QUALITY.md for them.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

STOPS = {
    "w1": ("english", (("heldout49", "heldout49-037"), ("heldout50", "heldout50-037"))),
}


if __name__ == "__main__":
    mend_cli(judge_by(STOPS, gains=False), __doc__)
