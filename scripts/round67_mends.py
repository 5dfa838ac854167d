"""The mend after the read of hard_en_heldout65: a negation right after a report that quotes a claim answers
that claim (n1), judged by the rule below over every seen set through hard_en_heldout66 and zh_heldout60
(docs/history/QUALITY-ENGLISH.md "A negation that answers the report before it").

    CODE=/work/code-before python scripts/round67_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round67_mends.py dump OUT/after                           # this checkout
    python scripts/round67_mends.py judge n1 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout66, every seen
Chinese set through zh_heldout60 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 66 / 60).

Two-claim posts quote one claim whole after a colon ("In the harbour chat someone keeps saying: 'OpenAI's
official Sora app has landed in the stores, Apple and Google both.'"), answer it with a negation in words the
claim does not use ("Ohaueha, what a fuss over nothing: the 'Sora' apps in those stores are copies by other
developers, and none of them is OpenAI's") and assert another claim apart. No cue is in the answer, and its
negation reaches none of the claim's words, so no guard stopped the claim quoted, and the report itself was
read as asserting it (hard_en_heldout65-031 alerted the official app it denies). d1b already reads such a
negation as an answer to a report of ANOTHER claim; n1 reads it as an answer to a report of THIS claim: an
English clause that negates and asks nothing, right after a report whose quotation a colon opens and which
quotes this claim (two or more of its claim words, no fewer than of any other's), stops this claim as the
stance guard's "negation", and the report no longer counts as asserting it apart (matching.negates_report_of).
A claim phrased with a negation ("not a single real camera") is answered only by a negation that reaches
other words (claim_negation), and a seller's own quoted title ("'Sora for Funeral Professionals': …") is no
report: both were right alerts lost by a first version without those two conditions.

How it was built, said plainly: by tracing the two-claim posts of hard_en_heldout65 (read once at 02:35 UTC)
that alerted the claim they deny, then two runs of the English half of the dump (scripts/en_sets.py) against
the code before (17053d7's monitor/). The first version (any negation, any quotation) gained 5 right alerts
and lost 4 (heldout9-012, 21-013, 36-025: the mislabelled-video claim repeated with its own negation;
38-030: a seller's quoted title and a swipe). The second, this one: 8 decisions right (heldout47-010, 49-004,
50-031, 62-014 and 65-031 alert their gold template instead of the claim they deny; the debunks 53-039,
56-037 and 62-038 alert nothing), 3 wrong alerts changed (51-034 stops the claim it denies and alerts
nothing; 53-038, a debunk, and 63-035 alert another wrong template), no right alert lost. So the English half
is in sample; the Chinese half, the stream and CheckThat! dev are not yet run with it.

RULE (written and committed before the judging dump, 2026-12-07). n1 against the code before it (17053d7's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert what they alerted: heldout65-031 (the official app it denies), heldout49-004
     (the Chinese team it denies) and heldout53-039 (a debunk);
  R4 the unit tests pass with it (tests/unit/test_matching.py: a report answered by a negation stops the claim
     it quotes; a seller's own quoted title and a claim repeated with its own negation do not);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, n1 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 05:01-06:00 UTC, the dump of 4151095's monitor/ against 17053d7's): n1 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 171 -> 162; the eleven decisions of the English
run above. R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 65-031
alerts its gold prompt pack, 49-004 its gold public release, 53-039 nothing. R4: the unit tests pass (1,300,
with its four new cases, which need negates_report_of). R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5
0.9849, with n1 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"n1": ("65-031", "49-004", "53-039")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
