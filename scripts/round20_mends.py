"""The mends after the round that read hard_en_heldout20 and zh_heldout16 (three at first, two more by
addenda), each judged on its own by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md
"Three mends after the twentieth read").

    CODE=/work/code-before python scripts/round20_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-m1 python scripts/round20_mends.py dump OUT/m1             # one mend on top of it
    python scripts/round20_mends.py judge m1 OUT/before OUT/m1

``dump`` is scripts/fact_debunk_check.py's: every seen English set (scripts/en_sets.py) and every seen
Chinese set with the stream of them among 1,000 background reviews (multilingual-e5-small), the code on
``PYTHONPATH`` (``CODE``). ``judge`` compares two dumps post by post.

The mends (each written looking at the twentieth read's misses and false alerts, so in sample there):

m1  variation selectors (U+FE00..U+FE0F) are dropped by the normaliser, not turned into a space: a
    letter-like symbol written with one ("S🅾️RA", the emoji presentation of 🅾) split the word it stood
    in ("so ra"), so the post never named the wave and the gate dropped it (hard_en_heldout20-035).
m2  debunks that answer with who holds it: "OpenAI keeps Sora's weights and code to itself / private /
    under wraps" (the ``limited`` stance kind: access still restricted) and "a separate project", "an
    independent reimplementation" (the ``fake`` kind: who really made it). hard_en_heldout19-042 and
    hard_en_heldout20-040 alert the open-source rumour without a cue the stance guard knows.
m3  a quotation of a whole sentence is no scare quote: ``quoted_terms`` skips a quotation of six words or
    more whose text ends a sentence (". ! ?" inside the marks). A checkout page's slogan ('"Be making Sora
    videos while everyone else is still reading about them."') read as the course's words in scare quotes,
    the stance guard stopped the right template and a sibling alerted (hard_en_heldout20-019).

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's code, 0375894's monitor/), over every seen set:

  R1 no right alert lost on any English set, and no post newly alerting a template it is not gold for
     (a debunk, a false alert, or a wrong template; a stopped claim falling through counts);
  R2 Chinese: no right alert lost, no post newly alerting a template it is not gold for, 0 of 1,000
     background reviews alerting;
  R3 its gain: m1 and m2 are repairs of what they were written for, in sample: m1 makes
     hard_en_heldout20-035 name the wave (it is decided by the model, not dropped at the gate); m2 stops
     hard_en_heldout19-042 and hard_en_heldout20-040. m3 must gain at least one right alert on a set other
     than hard_en_heldout20 (it changes a reading every set has; a gain only where it was written is no
     evidence);
  R4 the unit tests pass.

ADDENDUM (committed before m4's judging run, while m1..m3 ran): a fourth mend, judged by the same R1, R2
and R4; its R3: it stops hard_en_heldout20-039 (in sample).

m4  a demand for proof nobody meets is distrust: "how come not one of the people selling 'Sora API keys' can
    point to a line of OpenAI's API docs …" (hard_en_heldout20-039, alerting fake API access), "none of
    these sellers can show a single clip" (the ``distrust`` stance kind: "not one / none / nobody / no one
    … can / could / has ever … point to / show / prove / produce / cite / link to / name"). A seller's boast
    ("no one else can show you real Sora output like we can") reads the same: R1 counts what that costs.

A mend that fails is removed and documented as a negative result. Kept mends are read once on the next
unseen sets (hard_en_heldout21, zh_heldout17), where they are out of sample.

ADDENDUM 2 (committed before m5's judging run, after the RESULT below): a fifth mend, judged against the
same code before (0375894's monitor/) by the same R1, R2 and R4; its R3: it stops zh_heldout16's zhh16-049
(in sample).

m5  a buyer muted or kicked by the one who took the money tells a loss (the Chinese ``loss`` stance kind):
    "群主直接把我禁言了" (zhh16-049, a loss report alerting the AI-director group), "我被踢出群了";
    a threat to a buyer ("不续费就被踢出群") names no victim and is not read.

RESULT (2026-12-04 04:19-04:40 UTC; docs/history/QUALITY-ENGLISH.md "Three mends after the twentieth read"):
m1 KEEP (heldout20-035 reaches the model and is stopped by the stance guard, its "not a scam" read as a
warning; zh_heldout9's zhh9-011 alerts its gold template, alone and in the stream; nothing else moves);
m2 KEEP (heldout19-042 and heldout20-040 stopped, by the negative they now argue with; nothing else moves);
m3 REMOVE (R1, R2 pass, but its one gain is heldout20-019, where it was written); m4 KEEP (heldout20-039
stopped; nothing else moves). m1, m2 and m4 together on main: the union of their changes, no interaction.
The code of m3 is not in the repository: the change it made is the one described above (a quotation of six
words or more ending in ". ! ?" inside its marks skipped by ``quoted_terms``). m5 (04:43-04:47 UTC) KEEP
(zhh16-049 stopped; nothing else moves). Out of sample, hard_en_heldout21 and zh_heldout17 were each read
with the code before and after the mends: every decision is the same (docs/history/QUALITY-ROUNDS.md).
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import mend_cli, tally, verdict  # the scripts folder is on sys.path

MENDS = ("m1", "m2", "m3", "m4", "m5")


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    t = tally(before_dir, after_dir)
    if mend == "m1":
        row = t.english[("heldout20", "heldout20-035")]
        r3 = row.get("best") is not None
        r3_text = f"heldout20-035 reaches the model (best {row.get('best')})"
    elif mend == "m2":
        stopped = [
            k
            for k in (("heldout19", "heldout19-042"), ("heldout20", "heldout20-040"))
            if not t.english[k]["matched"]
        ]
        r3 = len(stopped) == 2
        r3_text = f"heldout19-042 and heldout20-040 stopped ({len(stopped)} of 2)"
    elif mend == "m4":
        r3 = not t.english[("heldout20", "heldout20-039")]["matched"]
        r3_text = "heldout20-039 stopped"
    elif mend == "m5":
        r3 = not t.chinese[("zh_heldout16", "zhh16-049")]["matched"]
        r3_text = "zhh16-049 stopped"
    else:
        outside = [k for k in t.gained if k[0] != "heldout20"]
        r3 = bool(outside)
        r3_text = f"right alerts gained outside heldout20: {len(outside)} ({len(t.gained)} in all)"
    verdict(mend, t, r3, r3_text)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
