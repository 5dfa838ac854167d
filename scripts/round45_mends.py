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

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout46, zh_heldout42), where it is out of sample, under the rule pre-registered in
docs/QUALITY.md for them.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

GAINS = {"n3": ("english", (("heldout45", "heldout45-026"),))}


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in GAINS:
        raise SystemExit(f"mend: one of {tuple(GAINS)}")
    language, posts = GAINS[mend]
    j = Judged.of(before_dir, after_dir)
    verdicts = [j.gained(mend, language, name, post) for name, post in posts]
    print(f"{mend}: " + ("KEEP (R4, R5 next)" if all(verdicts) else "REMOVE"))


if __name__ == "__main__":
    mend_cli(judge, __doc__)
