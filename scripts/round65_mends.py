"""The mends after the reads of hard_en_heldout63 / 64: a correction answered in a word or two beside the
report of it (c3), and "took down" what was published (t1), judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "Answered in a word or two; what was taken down").

    CODE=/work/code-before python scripts/round65_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round65_mends.py dump OUT/after                           # this checkout
    python scripts/round65_mends.py judge c3 OUT/before OUT/after
    python scripts/round65_mends.py judge t1 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout64, every seen
Chinese set through zh_heldout58 and their stream among 1,000 background reviews).

c3. A true fact about a person a false claim named says in a word or two, beside the report of the claim,
that it was wrong: "Xie Saining of NYU, whom a viral post listed among Sora's inventors (he says he wasn't),
is …" (heldout64-048), "the NYU researcher a viral post credited with inventing Sora (he didn't)"
(heldout64-049), "Bill Peebles, who headed Sora at OpenAI (a viral post named Xie Saining instead, wrongly)"
(heldout63-046), "(Xie Saining, despite the viral post, was never one of them)" (heldout63-049). These are the
four true facts about people that alerted the inventor rumour on the last two reads; c1 and c2 read other
words ("wrongly named", "not, as a viral post claimed, …"). The mend: these three shapes are debunk cues. A
report of a post with no answer to it, a bracket that agrees, and "despite the viral post" followed by an
assertion stay without a cue (unit cases).

t1. "took down" was a retraction cue whatever was taken down, so an apprentice cooper's log ("Monday: took
down 12 ex-bourbon barrels to rebuild as hogsheads") read as a retraction and the open-source claim in its
master's note was stopped (heldout54-026). The mend: "took down" is a retraction where what follows within
three words is something published (a post, an article, a listing …) or where it ends its clause; "took it
down" and "taken down" stay as they were.

How they were built, said plainly: by reading the wrong alerts of true facts about people over every seen
English set (11, four of them the last two reads' corrections of the inventor rumour) and the one "took down"
in the seen posts, then one run of the English half of the dump (scripts/en_sets.py) for each against the
code before (77d3a62): c3 changes 4 decisions, all right (63-046, 63-049, 64-048, 64-049 no longer alert the
inventor rumour), t1 with c3 changes 1, right (54-026 alerts open source). So the English half is in sample;
the Chinese half, the stream and CheckThat! dev are not yet run with them.

RULE (written and committed before the judging dumps, 2026-12-07). The two mends are judged on one pair of
dumps, 77d3a62's monitor/ against this commit's, and each decision that changes is laid to the mend whose
English run changed it (above); a change neither run made fails both. Each mend, over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets: c3's four no longer alert the inventor rumour and alert nothing; t1's heldout54-026
     alerts open source;
  R4 the unit tests pass with it (tests/unit/test_text.py's four c3 cases fail on the code before, and the
     cooper's log on the code before t1);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails for a mend, that mend is removed and the result documented. Kept, each is read on the next
unseen sets under the rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 01:45-02:27 UTC, the dumps of 77d3a62's monitor/ and 1ca0a96's): c3 KEEP, t1 KEEP. The
five decisions that changed are the five of the English runs above, each laid to its mend. c3: R1 no right
alert lost, no post without gold newly alerting, wrong alerts 166 -> 162 (its four targets); R2 no Chinese
decision changed, alone or in the stream, 0 of 1,000 reviews alerting; R3 63-046, 63-049, 64-048 and 64-049
alert nothing. t1: R1 no right alert lost, nothing newly alerting, 1 right alert gained (54-026); R2 as c3's;
R3 54-026 alerts open source. R4: the 1,293 unit tests pass (the four c3 cases fail on the code before, the
cooper's log on the code before t1). R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with them and
without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"c3": ("63-046", "63-049", "64-048", "64-049"), "t1": ("54-026",)})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
