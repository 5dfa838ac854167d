"""The mend built while hard_en_heldout79 and 80 were written: a debunk cue for the report of who a claim
named, answered in the same sentence (c5, a successor of c3 and c4), judged by the rule below over every seen
set through hard_en_heldout78 and zh_heldout72 (docs/history/QUALITY-ENGLISH.md "The report of who it named,
answered in the same sentence").

    CODE=/work/code-before python scripts/round81_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-after python scripts/round81_mends.py dump OUT/after     # the code with c5
    python scripts/round81_mends.py judge c5 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout78, every seen
Chinese set through zh_heldout72 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 78 / 72).

Eighteen true facts about people alert on the seen English sets from the thirty-second on, ten of them on the
inventor rumour since the sixty-sixth. Those ten each say, as their brief asks, that a viral post wrongly
tied Xie Saining to Sora, in words no cue reads:

    Gurning fair bulletin, 'boffins': a chain message named Xie Saining as a maker of Sora; he never was one.
    In the MoDE paper he co-wrote, … (77-047)
    … Xie Saining, billed online as one of the fathers of Sora, which he never was, is the senior author of …
    (69-047)
    … was never on the team; the post that said so had the wrong man. (67-047)
    … was simply the wrong name. (67-048)   … whatever a post that went round said. (78-048)
    … whose name a chain post falsely hung on Sora … (75-046)

c5 (monitor/core/text.py, the debunk cues, beside c4's): a pronoun's "never was" / "wasn't" that ends its
clause ("he never was one.", "which he never was,"), "had the wrong man / name", "was (simply) the wrong
name", "whatever a post that went round said" (c3's cue with a relative clause between the report and its
verb) and "falsely hung / pinned / put" (c4's verbs of a false credit). "He never was one for gadgets" is
no cue (the clause goes on).

How it was built, said plainly: the English half was run before this rule. scripts/en_sets.py over every seen
English set with 860f038's monitor/ and with c5: six person facts stop alerting the inventor rumour (67-048,
68-046, 69-047, 70-046, 75-046, 78-048), one turns from the inventor rumour to the Chinese team (67-047: the
cue stops the inventor, and the Chinese team is read as asserted apart from the denial, argued_elsewhere),
and nothing else changes. 77-047 is unchanged: its "never trained on" is read as arguing with other claims,
so the stance guard leaves the inventor to the rest of the post. Unit cases (tests/unit/test_text.py): six
cues, written about a made-up "Dr Lin" and "engine", each failing on the code before; one pronoun's "never
was" that goes on and is no cue. The Chinese half, the stream and CheckThat! dev were not run with c5 before
this rule.

RULE (written and committed before the judging dump, 2026-12-08). c5 against the code before it (860f038's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert the inventor rumour, and alert nothing: heldout67-048, 68-046, 69-047,
     70-046, 75-046 and 78-048;
  R4 the unit tests pass with it, and the six new cues fail on the code before;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, c5 is removed and the result documented. Kept, it is merged after the reads of
hard_en_heldout79 and 80 (their pre-registration does not read it) and read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-08 00:12-00:51 UTC, the dump of 7c17ab1's monitor/ against 860f038's): c5 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 205 -> 199: six person facts alert nothing
instead of the inventor rumour (the six targets), and 67-047 alerts the Chinese team instead (wrong to wrong).
R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: the six targets
alert nothing. R4: 1,335 unit tests pass; the six new cues fail on the code before. R5: CheckThat! 2022 2A dev
MAP@5 0.9849, 165 / 5 / 34, with c5 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"c5": ("67-048", "68-046", "69-047", "70-046", "75-046", "78-048")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
