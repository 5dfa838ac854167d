"""Two mends after the reads of hard_en_heldout49 / 50, judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "A clip's provenance told of 'it'; a victim's loss is no assertion").

    CODE=/work/code-before python scripts/round51_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-p2 python scripts/round51_mends.py dump OUT/p2           # the code before plus mend p2
    python scripts/round51_mends.py judge p2 OUT/before OUT/p2

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout50, every seen
Chinese set through zh_heldout46 and their stream among 1,000 background reviews).

Two debunks of the seen sets alert at confidence 0.96 (their reads, docs/history/QUALITY-ROUNDS.md):

p2  hard_en_heldout49-045, a trials commentator on a clip captioned "made by Sora": "that's not Sora. It was
    filmed at this very field in 2018 by Jenny Atkinson …". Mend p1 reads a clip's provenance when a noun
    names the clip ("the footage was filmed on 9 March 2018 by …"); here a pronoun opens the sentence, so
    no cue is read, the post argues only by "not", and argued_elsewhere sets that negation against other
    claims. p2: the same provenance with "it", "this" or "that" opening its sentence (the verb filmed,
    recorded or shot, then a year within seven words) is a debunk cue. On the seen sets it reads three
    posts, all debunks of the mislabelled clip (heldout33-045, 43-041, 49-045).
l1  hard_en_heldout49-036, a caver's loss report: "A chap … said he'd make a custom Sora video of our Easter
    trip if I sent him a script … I paid £45 on a Fat Face gift card. … and then he blocked me. … OpenAI
    hasn't let anyone outside its red-team testers … use Sora". A Chinese victim's loss ("拉黑了我") is
    read as a loss, and a post that tells one is never read as asserting the offer apart while it argues
    against other claims (argued_elsewhere). The English victim's cues (the seller blocked me or left the
    chat, I never got my refund) are read as debunk cues only, so the report of the offer reads as its
    assertion and the stance guard is skipped. l1: a post carrying one of those English cues is not read
    by argued_elsewhere either. On the seen sets 13 posts carry one, all debunks (loss reports).

RULE (written and committed before any judging run, 2026-12-06). Each mend is kept only if, against the code
before it (main's monitor/ at this file's commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (R1 covers both languages);
  R3 its target stops alerting: hard_en_heldout49-045 (p2), hard_en_heldout49-036 (l1);
  R4 the unit tests pass with it (its case fails on the code before);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones (run from outside the repository: ``python -m`` reads the current folder first).

RESULT (2026-12-06 07:24-07:38 UTC; docs/history/QUALITY-ENGLISH.md "A clip's provenance told of 'it'; a
victim's loss is no assertion"): KEEP both. Each stops its target and moves nothing else, in either
language, alone or in the stream; 0 of 1,000 reviews alert; the new unit cases fail on the code before;
CheckThat! dev 165 / 5 / 34 with each. Their first unseen reads (hard_en_heldout51 / 52, zh_heldout47 / 48,
07:39) changed nothing: the next reads decide.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout51 / 52, zh_heldout47 / 48), where it is out of sample, under the rule
pre-registered in docs/QUALITY.md for them.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

STOPS = {
    "p2": ("english", (("heldout49", "heldout49-045"),)),
    "l1": ("english", (("heldout49", "heldout49-036"),)),
}


if __name__ == "__main__":
    mend_cli(judge_by(STOPS, gains=False), __doc__)
