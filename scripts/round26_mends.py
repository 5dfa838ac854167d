"""The mends after the round that read hard_en_heldout26 and zh_heldout22, judged by the rule below over every
seen set (docs/history/QUALITY-ENGLISH.md "Mends after the twenty-sixth read").

    CODE=/work/code-before python scripts/round26_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-n1 python scripts/round26_mends.py dump OUT/n1           # the code before plus mend n1
    python scripts/round26_mends.py judge n1 OUT/before OUT/n1               # likewise q3
    python scripts/round26_mends.py judge s2 OUT/q3 OUT/q3s2                 # s2 on top of q3 (below)

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout26, every seen
Chinese set through zh_heldout22 and their stream among 1,000 background reviews). Each mend is dumped alone
(the code before plus that one mend; s2 on top of q3) and judged on its own dump.

The mends:

n1  a post that argues only against another claim reads, for a claim it asserts in a clause of its own, as
    not arguing: no clause that argues shares two or more of the words of this claim's text, one that argues
    shares two or more of another template's claim words, one that does not argue shares two or more of
    this claim's (``argued_elsewhere`` in monitor/core/matching.py). Then the negative guard weighs that
    candidate's negatives as for a post that does not argue, and the stance guard does not stop it. Written
    looking at hard_en_heldout26-004, -017 and -030 (open to the public but not open source, open source but
    not open to the public, no app so rent an account): each stopped by the denied claim's negative
    exemplar.
q3  a quotation of eight words or more is a citation (a review, a book title, a post quoted whole), not
    scare quotes around the claim's own words: hard_en_heldout26-014 (an e-book's title and top review) and
    -033 (a profile's review), stopped by the stance guard's ``quoted``.
s2  a first-person seller's swipe at the others' counterfeit goods, named by who sells them ("the
    counterfeit keys offered by third parties", "don't buy the knock-off ones off them mugs on Telegram")
    vouches (``_VOUCH_AGAINST_OTHERS``), and the payment signal names ways to pay by post or wire (postal
    or money order, by check / cheque, Western Union, MoneyGram, Zelle): hard_en_heldout26-026, stopped by
    the stance cue ``fake`` (its "a tenner by postal order" was no offer, so the vouch was not read). The
    post's dialect apostrophes ("'ere: four 'undred … an'") also make a long quotation that only q3 reads
    as no scare quote, so s2 is dumped on the code before plus q3 and judged against q3's dump
    (``judge s2 OUT/q3 OUT/q3s2``).

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/; for s2, that code plus q3), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for (a debunk, a false alert,
     or a wrong template; a stopped claim falling through counts), in English and in Chinese, alone and in
     the stream; 0 of 1,000 background reviews alerting;
  R2 a language the mend does not read stays as it was: s2 leaves every Chinese decision unchanged (n1 and
     q3 read both languages: R1 covers both);
  R3 its gain: n1 hard_en_heldout26-004, -017 or -030 alerts its gold template; q3 hard_en_heldout26-014 or
     -033 alerts its gold template; s2 hard_en_heldout26-026 alerts its gold template;
  R4 the unit tests pass.

ADDENDUM (committed after the runs that judged n1 and q3, before the runs it names). n1 passed R3 (all
three gained) but fails R1: four posts newly alert a template they are not gold for (hard_en_heldout10-037,
a fact-answer debunk whose question "Sora open-sourced, weights on GitHub?" n1 took for an assertion;
heldout11-036 and heldout16-036, loss reports; demo-0246, a report of groups in scare quotes). q3 passed R3
but fails R1 (two: heldout10-044, heldout11-016) and R4 (tests/unit/test_text.py: a slogan cited and
answered, '"The Sora gold rush ends in three months" - don't fall for it.', stays at arm's length). So:

n1b n1, where a clause that ends with a question mark asserts nothing, a post that tells a loss (stance kind
    ``loss``) is never read so, and the clause that argues with another claim must negate (a negation
    scope; a cue or scare quotes alone do not make a denial of that claim).
q3b q3, where what makes a quotation a citation is not its length but marks inside it that only a citation
    holds: a sentence's end (. ! ? before a space or the closing mark) or a title's colon (": ").
s2  is judged on top of q3b instead of q3 (``judge s2 OUT/q3b OUT/q3bs2``), since q3 is removed.

n1b and q3b are judged by R1-R4 as n1 and q3 were (R3: the same posts).

RESULT (2026-12-04 12:35-12:58 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the twenty-sixth read"):
n1 REMOVE (R1: four posts newly alert, two loss reports, a question read as an assertion, a report in scare
quotes); q3 REMOVE (R1: a debunk and a wrong template; R4); n1b KEEP (heldout26-004, -017, -030 and
heldout10-035 gained, nothing else); q3b KEEP (six English posts and one Chinese stream post gained, nothing
else); s2 KEEP on top of q3b (heldout26-026, nothing else). The three together on main are the union of
their changes. CheckThat! 2022 2A dev, read with and without them: 162/5/37 -> 165/5/34, MAP@5 unchanged.

A mend that fails is removed and documented as a negative result. Kept mends are read once on the next
unseen sets (hard_en_heldout27, zh_heldout23), where they are out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

MENDS = ("n1", "n1b", "q3", "q3b", "s2")
READS = {"n1": "both", "n1b": "both", "q3": "both", "q3b": "both", "s2": "en"}
GAINS = {
    "n1": ["heldout26-004", "heldout26-017", "heldout26-030"],
    "q3": ["heldout26-014", "heldout26-033"],
    "s2": ["heldout26-026"],
}
GAINS["n1b"], GAINS["q3b"] = GAINS["n1"], GAINS["q3"]


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    rows = [j.tally.english[("heldout26", i)] for i in GAINS[mend]]
    r3 = any(r["matched"] in set(r["gold"]) for r in rows)
    r3_text = f"{' or '.join(GAINS[mend])} alerts its gold template ({len(rows)} rows)"
    j.verdict(mend, READS[mend], r3, r3_text)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
