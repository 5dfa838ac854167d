"""The mend after the reads of hard_en_heldout67 and 68: a verdict on a quoted claim in words no cue reads
("Lord, that's a bald-faced lie: …") answers that claim, so the seller waiver cannot lift it (v1), judged by
the rule below over every seen set through hard_en_heldout68 and zh_heldout62 (docs/history/QUALITY-ENGLISH.md
"A verdict no cue reads").

    CODE=/work/code-before python scripts/round69_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-after python scripts/round69_mends.py dump OUT/after     # the code with v1
    python scripts/round69_mends.py judge v1 OUT/before OUT/after

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout68, every seen
Chinese set through zh_heldout62 and their stream among 1,000 background reviews; run from a checkout of the
commit that adds this script, whose LAST_SEEN is 68 / 62).

Two-claim posts that sell one thing quote another claim and give their verdict on it before the colon that
opens their reasons: "Some guy in our Facebook group is pushing a 'Sora masterclass, $49 …' Lord, that's a
bald-faced lie: the folks who bought those courses got OpenAI's own introduction pasted in a PDF … What I've
got is Sora accounts for rent, …". The stance guard stops the course claim, but the post sells, so the seller
waiver lifts the guard; w1 keeps a claim quoted to be dismissed out of the waiver's reach, but it reads a
dismissal only through the cue lists (a denial or scam cue, text.calls_false), and the verdict's words are an
open class the lists never catch up with ("a crooked scheme", "tall tales", "empty words", "a fib", "just
talk"). v1 reads the verdict by its shape instead (matching._verdict): an English clause right after a report
that quotes this claim, opening with "that's / it's / those are / this is" (after a word of the writer's own
dialect and a comma), a few words, then a colon and more; the few words must not assent ("that's right:",
"it's true:", "that's the real deal:", "that's huge:") unless they negate ("that's no good:"). It is read only
where w1 is: for a post the stance guard stopped, whether the seller waiver may lift it.

How it was built, said plainly: by tracing hard_en_heldout67-028 and 67-029 (read once at 06:53 UTC, both
alerting the claim they deny through the seller waiver), then listing with a scan every clause right after a
report across the seen English sets in this shape, then one run of the English half of the dump
(scripts/en_sets.py) against the code before (674790e's monitor/, with n1): 3 decisions right (65-017,
67-028 and 67-029 alert their gold template instead of the claim they deny), 1 wrong alert stopped
(68-006, which alerted the director group it denies, alerts nothing), none lost. So the English half is in
sample; the Chinese half, the stream and CheckThat! dev are not yet run with it.

RULE (written and committed before the judging dump, 2026-12-07). v1 against the code before it (674790e's
monitor/), over every seen set:

  R1 in English: no right alert lost; no post without a gold template newly alerting (a debunk, a loss
     report, a true fact, a news item, off-topic); no more wrong alerts in all than before (a wrong alert
     that changes to another wrong template counts once before and once after);
  R2 in Chinese, alone and in the stream: no decision changes; 0 of 1,000 background reviews alerting;
  R3 its targets no longer alert what they alerted: heldout67-028 (the course it denies), heldout67-029 (the
     prompt pack it denies) and heldout65-017 (the get-rich claim it denies);
  R4 the unit tests pass with it (tests/unit/test_matching.py: a verdict after a report of this claim keeps
     the waiver off; an assent, or a verdict with no report before it, does not);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

If any fails, v1 is removed and the result documented. Kept, it is read on the next unseen sets under the
rule their pre-registration in docs/QUALITY.md gives.

RESULT (2026-12-07 08:16-09:22 UTC, the dump of c17d970's monitor/ against 674790e's): v1 KEEP. R1: no right
alert lost, no post without gold newly alerting, wrong alerts 174 -> 170; the four decisions of the English
run above. R2: no Chinese decision changed, alone or in the stream; 0 of 1,000 reviews alerting. R3: 67-028
and 67-029 alert their gold account rental, 65-017 its gold APK. R4: the unit tests pass (1,307, with its
seven new cases, four of which fail on the code before). R5: CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5
0.9849, with v1 and without (identical reports).
"""

from __future__ import annotations

from fact_debunk_check import judge_no_more_wrong, mend_cli  # the scripts folder is on sys.path

judge = judge_no_more_wrong({"v1": ("67-028", "67-029", "65-017")})

if __name__ == "__main__":
    mend_cli(judge, __doc__)
