"""The mends after the round that read hard_en_heldout22 and zh_heldout18, each judged on its own by the
rule below over every seen set (docs/history/QUALITY-ENGLISH.md "Four mends after the twenty-second read").

    CODE=/work/code-before python scripts/round22_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-m1 python scripts/round22_mends.py dump OUT/m1             # one mend on top of it
    python scripts/round22_mends.py judge m1 OUT/before OUT/m1

``dump`` is scripts/fact_debunk_check.py's: every seen English set (scripts/en_sets.py, now through
hard_en_heldout22) and every seen Chinese set (through zh_heldout18) with the stream of them among 1,000
background reviews (multilingual-e5-small), the code on ``PYTHONPATH`` (``CODE``). ``judge`` compares two
dumps post by post.

The mends (each written looking at the twenty-second English read's misses and false alerts):

m1  letters joined by a mark keep their plain spaces as word gaps: "S_o_r_a m_a_s_t_e_r_c_l_a_s_s" was
    joined into one word ("soramasterclass"), so the post never named the wave and the subject guard
    stopped it (hard_en_heldout22-020). A run of single letters joined by a non-space separator
    (``. - _ * · • | / + ~``) that also holds a plain space between two letters splits there ("sora
    masterclass", "S.O.R.A A.P.P" -> "sora app"); "S. O. R. A" (a mark beside every space) reads as before.
m2  prices in any currency: an ISO 4217 code in capitals or a currency sign, before or after the amount,
    read on the text as written ("149 DKK", "COP 89.000", "15 €", "NT$450", "R$ 45"), when the English
    patterns found none. Codes that are also capitalised English or tech words (TOP, ALL, PHP, AMD, CVE …)
    are left out. Prompted by hard_en_heldout22-019 (a course at 149 DKK carried no price signal).
m3  a payment app named by its brand is a payment ask: "…pay" compounds (MobilePay, KBZPay), M-Pesa,
    Mercado Pago (hard_en_heldout22-019 "via MobilePay").
m4  the header of an X Community Note ("Readers added context") is a debunk cue: a note is a correction by
    definition (hard_en_heldout22-040, a note under a mislabelled clip, alerted).

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/), over every seen set:

  R1 no right alert lost on any English set, and no post newly alerting a template it is not gold for
     (a debunk, a false alert, or a wrong template; a stopped claim falling through counts);
  R2 Chinese: no right alert lost, no post newly alerting a template it is not gold for, 0 of 1,000
     background reviews alerting;
  R3 its gain. m1 and m4 are repairs of what they were written for, in sample: m1 makes
     hard_en_heldout22-020 name the wave (no longer stopped by ``off_subject``); m4 stops
     hard_en_heldout22-040. m2 and m3 change a reading of every post with a price or a payment app, so
     each must gain at least one right alert on a set other than hard_en_heldout22 (a gain only where it
     was written is no evidence);
  R4 the unit tests pass.

ADDENDUM (committed before the CheckThat! runs below, after the judging runs): a text scan
(``scripts/reading_changes.py``) finds that m1 also changes how 78 CheckThat! claims and 2 posts normalise:
"a U.S. soldier" was read "aus. soldier" and now reads "a us. soldier" (the article and the abbreviation
were one run of letters joined by dots). m2 and m4 change no CheckThat! reading. So m1 is also judged by
R5: CheckThat! 2022 2A dev MAP@5 not lower than before (0.9849); test and test2021 are then read once and
reported whatever they show, never used to keep or remove it.

RESULT (2026-12-04 06:50-07:15 UTC; docs/history/QUALITY-ENGLISH.md "Four mends after the twenty-second
read"): m1 KEEP (heldout22-020 alerts its gold template; nothing else moves; R5: CheckThat! dev MAP@5 0.9849,
as before); m2 KEEP (heldout15-011, heldout16-022 and heldout20-035 alert their gold templates, heldout22-019
moves from under the line to a negative); m3 REMOVE (its one change is heldout22-019, from under the line to a
negative: no gain); m4 KEEP (heldout22-040 stopped; nothing else moves). m1, m2 and m4 together on main: the
union of their changes. The code of m3 is not in the repository: the change it made is the one described
above (``\b[a-z]{2,}pay\b|\b(?:m-?)?pesa\b|\bpago\b`` added to the ``payment_ask`` signal).

A mend that fails is removed and documented as a negative result. Kept mends are read once on the next
unseen sets (hard_en_heldout23, zh_heldout19), where they are out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import mend_cli, tally, verdict  # the scripts folder is on sys.path

MENDS = ("m1", "m2", "m3", "m4")


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    t = tally(before_dir, after_dir)
    if mend == "m1":
        row = t.english[("heldout22", "heldout22-020")]
        r3 = row.get("sup") != "off_subject"
        r3_text = f"heldout22-020 names the wave (suppressed by {row.get('sup')}, alert {row['matched']})"
    elif mend == "m4":
        r3 = not t.english[("heldout22", "heldout22-040")]["matched"]
        r3_text = "heldout22-040 stopped"
    else:
        outside = [k for k in t.gained if k[0] != "heldout22"]
        r3 = bool(outside)
        r3_text = f"right alerts gained outside heldout22: {len(outside)} ({len(t.gained)} in all)"
    verdict(mend, t, r3, r3_text)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
