"""The mend after the read of hard_en_heldout42 and zh_heldout38, judged by the rule below over every seen
set (docs/history/QUALITY-ENGLISH.md "A denial of what the clause before reported").

    CODE=/work/code-before python scripts/round42_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-d1 python scripts/round42_mends.py dump OUT/d1           # the code before plus mend d1
    python scripts/round42_mends.py judge d1 OUT/before OUT/d1                # likewise d1b (the addendum)

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout42, every seen
Chinese set through zh_heldout38 and their stream among 1,000 background reviews).

Two of the ten misses of hard_en_heldout42 are two-claim posts stopped by the stance guard on the claim they
assert: a Swiss model-railway club reports "a man in the Märklin collectors' chat offers a 'Sora API key,
official, CHF 49 by TWINT'", answers "Das isch Seich, it's nonsense: OpenAI does not give Sora to the public
through its API at all", then asserts the inventor rumour in a clause of its own (-002); a sweet shop reports
a generation-service offer, answers "it's not true: OpenAI only gave Sora to its testers", then asserts the
Chinese-team rumour (-010). ``argued_elsewhere`` (monitor.core.matching) lets such a post through when its
denials name another claim, two or more of that claim's words; here the denial names it by "it": the words
are in the clause before, the offer it answers. The mend, written after the read looking at these two posts
(and at hard_en_heldout41-014 / -027, two-claim posts of the read before stopped the same way) and tried on
them before this rule was written:

d1  in ``argued_elsewhere``, a denial that shares two words with no claim (the words of the question before
    it counted, as before) takes the words of the clause before it: the denial answers what that clause
    reported. Where the joined words share two or more of this claim's text words, the post argues against
    this claim (as an arguing clause with two of its words does): a debunk that states a claim in one
    sentence and answers "It's nonsense" in the next is read exactly as before. Both languages (Chinese
    clauses are read through the bridge, as before).

RULE (written and committed before any judging run, 2026-12-05). The mend is kept only if, against the code
before it (main's monitor/ at the commit before this file), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (the mend reads text of both languages: R1 covers both);
  R3 its gain: hard_en_heldout42-002 and hard_en_heldout42-010 alert their gold templates;
  R4 the unit tests pass with it;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before.

ADDENDUM (committed before its run, 2026-12-05, after d1's judging run): d1 fails R1 (English: 5 right
alerts lost, 4 posts newly wrong among them three debunks; Chinese: 2 right alerts lost). Its losses are
sellers' swipes ("not like the lads at the market") after their own offer, which joined the offer's words
and so read as arguing with the offer; its debunks are denials joined to a clause of facts that happened to
share two words with a sibling claim. d1b, judged by the same rule against the same code before:

d1b d1, where the clause before must be an English report of someone else's words: it holds a quotation
    (quotation marks, or single quotes opening after a space) and no negation or stance cue of its own; it
    shares two or more of another template's claim words and fewer than two of this claim's; the denial is
    an English clause. The joined words never make the post argue with this claim (no early "no"). R3 as for
    d1.

RESULT (2026-12-05 19:28-19:40 UTC; docs/history/QUALITY-ENGLISH.md "A denial of what the clause before
reported"): d1 REMOVE (R1: English 5 right alerts lost, 4 newly wrong, three of them debunks; Chinese 2
lost). d1b KEEP: R1 7 right alerts gained (heldout38-002, -029, -031, -033, heldout39-027, heldout42-002,
-010), none lost, nothing newly wrong, no Chinese decision changed, 0 of 1,000; R3 both posts alert their
gold templates; R4 the unit tests pass; R5 CheckThat! 2022 2A dev 165 / 5 / 34 with and without it.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout43, zh_heldout39), where it is out of sample; it is pre-registered there by the
rule of docs/QUALITY.md "Pre-registered for hard_en_heldout43 and zh_heldout39".
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

GAIN = {
    mend: ("english", (("heldout42", "heldout42-002"), ("heldout42", "heldout42-010")))
    for mend in ("d1", "d1b")
}


if __name__ == "__main__":
    mend_cli(judge_by(GAIN, gains=True), __doc__)
