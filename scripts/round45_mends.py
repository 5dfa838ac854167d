"""The mend after the read of hard_en_heldout45, judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "A look-alike of the claim the post denies").

    CODE=/work/code-before python scripts/round45_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-n3 python scripts/round45_mends.py dump OUT/n3           # the code before plus mend n3
    python scripts/round45_mends.py judge n3 OUT/before OUT/n3

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout45, every seen
Chinese set through zh_heldout41 and their stream among 1,000 background reviews).

An Acehnese fishmonger's two-claim post quotes the Chinese-team rumour, denies it with the facts ("Hana, not
true: OpenAI's report names thirteen people, only three of them were born in China, and the leaders are
OpenAI researchers in America"), then sells a course ("my complete Sora course: 15 lessons … Rp 150.000 by
Bank Aceh transfer", hard_en_heldout45-026, gold: the paid course). ``argued_elsewhere`` reads it right: the
post argues only against the Chinese-team claim and asserts the course apart. But the negative guard still
stops the course: the Chinese-team template's registered look-alike ("The Sora report credits 13 authors,
three of them Chinese-born; the project is led by OpenAI researchers") is the closest negative to the post,
closer than the course's exemplar, and a look-alike of ANY template stops a candidate. The post is close to
it because it denies that claim in those very words. The mend, written looking at this post and tried on
it before this rule was written:

n3  in ``_guard``, for a candidate the post argues elsewhere about (``argued_elsewhere``: it argues only
    against other claims and asserts this one apart), only the candidate's own negatives are weighed: a
    look-alike of another template says the post is that template's debunk or look-alike, which the post
    already is in the clause that argues with it, not that the clause asserting this claim is not it.

RULE (written and committed before any judging run, 2026-12-05). The mend is kept only if, against the code
before it (main's monitor/ at this file's commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (argued_elsewhere reads both languages: R1 covers both);
  R3 its gain: hard_en_heldout45-026 alerts its gold template (the paid course);
  R4 the unit tests pass with it;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

RESULT of n3 (2026-12-05 22:05-22:21 UTC): REMOVE. R3 passes (-026 alerts the course) and it gains more:
hard_en_heldout28-007, 38-004, 38-015, 38-023, 44-006 alert their gold templates, and in Chinese
zh_heldout24-022, zh_heldout36-007 alone and four more in the stream; nothing is lost. But R1 fails: 3 posts
newly alert a template they are not gold for, two debunks (a forum moderator's note, hard_en_heldout22-045,
as the generation service; a school report, hard_en_heldout31-044, as open source) and a two-claim post
that alerts the claim it denies (hard_en_heldout37-004). The trace of the code before (which negative
stopped each) shows that the story above holds only for -026: most of the negatives n3 set aside are not
look-alikes of the claim the post denies but neutral facts of other templates that sit near many posts
("OpenAI has posted 48 official Sora sample videos on its website", "OpenAI published the prompts for its
Sora demo videos for free").

ADDENDUM (written and committed before n3b's run, after n3's; the trace was printed for the nine English
posts n3 changed, with the code before, and no other run was made):

n3b  n3 only for the negatives of the templates the post denies: those whose claim words a denying clause
     of ``argued_elsewhere`` shares two or more of (the same reading that makes it "argued elsewhere"); the
     negatives of every other template are weighed as before. Judged by R1-R5 above against the same code
     before (ee9d779's monitor/), with the same R3.

RESULT of n3b (2026-12-05 22:23-22:35 UTC; docs/history/QUALITY-ENGLISH.md "A look-alike of the claim the
post denies"): KEEP. R1: it changes four decisions, all to the gold template (hard_en_heldout45-026,
hard_en_heldout38-015 from a wrong template, zh_heldout36-007 alone and zh_heldout33-019 in the stream);
nothing lost or newly wrong; 0 of 1,000. R3: -026 alerts the paid course. R4: the unit tests pass (a new case
in tests/unit/test_matching.py fails on the code before). R5: CheckThat! 2022 2A dev 165 / 5 / 34 with n3b,
as before (MAP@5 0.9849, ECE 0.0203).

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout46, zh_heldout42), where it is out of sample, under the rule pre-registered in
docs/QUALITY.md for them.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

GAINS = {m: ("english", (("heldout45", "heldout45-026"),)) for m in ("n3", "n3b")}


if __name__ == "__main__":
    mend_cli(judge_by(GAINS, gains=True), __doc__)
