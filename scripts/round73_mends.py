"""The mend after the reads of hard_en_heldout71 and 72: an English quotation that ends its sentence keeps
its closing mark in the clause that reports it (e1), judged by the rule below over every seen set through
hard_en_heldout72 and zh_heldout66 (docs/history/QUALITY-ENGLISH.md "A quotation keeps its closing mark").

    CODE=/work/code-before python scripts/round73_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-after python scripts/round73_mends.py dump OUT/after     # the code with e1
    python scripts/round73_mends.py judge e1 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout72, every seen
Chinese set through zh_heldout66 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 72 / 66).

Two-claim posts report one claim, answer it, then make another: "My cousin keeps saying 'Sora was built by
a Chinese team.' Mai jing, not true: OpenAI's report lists thirteen authors … What is true: Sora is open
source now, OpenAI put the code and the model on GitHub". The guards read such a post clause by clause
(matching._apart_clauses): a report of someone else's words, an answer right after it that denies the claim
the report quotes, and a clause that asserts another claim apart (argued_elsewhere), which may then alert
though the post argues. A quotation that a colon opens keeps its closing mark in its clause; one that a
speech verb opens without a colon ("keeps saying 'Sora was …'") was cut at its last full stop, so the report
lost its closing mark (no longer a quotation to _reports, so no report) and the answer began with it (read
as an opening quotation). Of hard_en_heldout71's six two-claim misses, 71-023 (above) and 71-035 were cut so.

e1 (matching._apart_clauses): a sentence end right before the closing mark of any English quotation cuts the
clause after the mark, as for a quotation a colon opens. Nothing else of the split changes: a boundary in
the middle of such a quotation still cuts it (a seller's offer that runs its rivals down is still read
sentence by sentence), and a quotation with Chinese in it keeps its old cuts (a Chinese clause answers no
report; read without that condition, 110 Chinese posts of the seen sets were cut differently).

How it was built, said plainly: by tracing hard_en_heldout71's six two-claim misses (read once at 11:56
UTC), then one run of the English half of the dump (scripts/en_sets.py) against the code before (744c024's
monitor/), of the version without the Chinese condition: 2 decisions right (heldout48-033 and 71-023 alert
their gold template instead of nothing), none wrong. 155 English posts of the seen sets are cut differently.
71-035 is cut right too but still alerts nothing: its asserted claim (the generation service) is stopped by a
look-alike of the mislabelled video. 71-016, 71-017 and 71-032 do not reach the asserted claim's template
among their candidates at all. So the English half is in sample; the Chinese half, the stream and CheckThat!
dev are not yet run with it.

RULE (written and committed before the judging dump, 2026-12-07). e1 against the code before it (744c024's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its target alerts its gold template: heldout71-023 (open source, where it alerted nothing);
  R4 the unit tests pass with it (tests/unit/test_matching.py: a report with no colon, an answer that
     denies it and a claim asserted apart: the claim alerts and the reported one does not; alone, the
     reported claim is stopped), and the new case fails on the code before;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, e1 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 14:22-15:26 UTC, the dump of 1b3bd56's monitor/ against 744c024's): e1 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 185 -> 185; heldout48-033 (the prompt pack) and
71-023 (open source) alert their gold template instead of nothing, the two decisions of the English run
above. R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 71-023
alerts open source. R4: the unit tests pass (1,315, with its new case; the case fails on the code before).
R5: CheckThat! 2022 2A dev MAP@5 0.9849 with e1 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"e1": ("71-023",)})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
