"""The mend after the reads of hard_en_heldout73 and 74: a correction told in a word, of a credit or of the
report that gave it, is a debunk cue (c4), judged by the rule below over every seen set through
hard_en_heldout74 and zh_heldout68 (docs/history/QUALITY-ENGLISH.md "A correction told in a word").

    CODE=/work/code-before python scripts/round75_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-after python scripts/round75_mends.py dump OUT/after     # the code with c4
    python scripts/round75_mends.py judge c4 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout74, every seen
Chinese set through zh_heldout68 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 74 / 68).

Person facts tell a true fact about a person a false claim named, and say the claim was wrong. The stance
guard stops them by a debunk cue, which reads the correction in the forms the earlier sets used ("a viral post
had wrongly named him as one of its inventors", "not, as a viral post claimed, one of them", c1, c2, c3). On
hard_en_heldout73 and 74 four person facts alerted the inventor rumour: they name Sora's own team or app
beside the correction (so the off-subject guard no longer applies), and say it in words no cue read:

    73-047  "the post that went viral calling Xie Saining a father of Sora was mistaken, but his 2019 paper …"
    74-047  "the credit a chain message handed Xie Saining was never his. Thomas Dimson, an engineering lead
             on OpenAI's Sora team, …"
    74-048  "Xie Saining's name went round as a Sora maker, mistakenly, but the people who actually run it …"
    74-049  "Xie Saining was wrongly made one of Sora's fathers by a much-shared post; the person OpenAI
             actually sends out as head of Sora is Bill Peebles …"

c4 (text._STANCE_PATTERNS, "debunk"): the error told in a word, in four forms: an adverb of error after a
passive or copular verb, one word apart at most ("was wrongly made", "is mistakenly credited"); an adverb of
error set off by commas or ending its clause ("as a Sora maker, mistakenly, but"); a post, story, rumour,
message, caption or headline that "was mistaken", in the same sentence; and a credit that "was never his",
"hers" or "theirs". "I was mistaken about the bus times" names no report, and "Mistakenly deleted my last
post" sets nothing off: neither is read.

How it was built, said plainly: from the four person facts above (read once at 15:45 UTC), then one run of
scripts/en_sets.py on hard_en_heldout73 and 74 alone with the cue: the four stop alerting, nothing else on
those two sets changes. A grep of every English set of tests/data for the four words (wrongly, wrongfully,
mistakenly, erroneously, "in error", "was mistaken", "was never his") finds them in 22 posts, all person facts
without a gold template. The other seen sets, the Chinese half, the stream and CheckThat! dev are not yet run
with it.

RULE (written and committed before the judging dump, 2026-12-07). c4 against the code before it (244eb01's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets alert nothing: heldout73-047, 74-047, 74-048 and 74-049 (each alerted the inventor rumour);
  R4 the unit tests pass with it (tests/unit/test_text.py: the four forms read as a debunk, and an error
     that is no report's, and an adverb that sets nothing off, do not), and the new cases fail on the code
     before;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, c4 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 17:11-17:56 UTC, the dump of 63a2973's monitor/ against 244eb01's): c4 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 210 -> 206: the four targets alert nothing, and
nothing else changes. R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting.
R3: 73-047, 74-047, 74-048 and 74-049 alert nothing. R4: the unit tests pass, with six new cases; the four
that read the correction fail on the code before. R5: CheckThat! 2022 2A dev MAP@5 0.9849 with c4 and without
(identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"c4": ("73-047", "74-047", "74-048", "74-049")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
