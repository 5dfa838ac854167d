"""The mends after the round that read hard_en_heldout23 and zh_heldout19, judged by the rule below over every
seen set (docs/history/QUALITY-ENGLISH.md "Two mends after the twenty-third read").

    CODE=/work/code-before python scripts/round23_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-n12 python scripts/round23_mends.py dump OUT/n12         # both mends on top of it
    python scripts/round23_mends.py judge n1 OUT/before OUT/n12             # the English one
    python scripts/round23_mends.py judge n2 OUT/before OUT/n12             # the Chinese one

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout23, every seen
Chinese set through zh_heldout19 and their stream among 1,000 background reviews). The two mends are one
dump: n1 is an English pattern (Latin words only) and n2 a Chinese one (Han characters only), so a changed
English decision is n1's and a changed Chinese one n2's; each is judged on its own language's changes and
must leave the other language's decisions as they were.

The mends (each written looking at the twenty-third read's false alerts, so in sample there):

n1  "a reverse image tool / lookup" is the check that answers a mislabelled clip, as "a reverse image
    search" already is (the ``debunk`` kind): hard_en_heldout23-044, a library zine ("Search a frame with a
    reverse image tool: the fishing-harbour clip … turns up on a stock site from 2019"), alerted the
    mislabelled-video template.
n2  a rhetorical "where would … come from?" denies that the thing exists (the Chinese ``denial`` kind):
    "哪来的官方App？" — 哪来的 / 哪里来的 / 哪儿来的, at most 12 characters, then a question mark (so
    "不知道哪来的Sora视频，太真了" is not read). zhh19-051 (你们就没想过吗，OpenAI连Sora的开放时间都还没
    定，哪来的官方App？…) alerted the official-app template.

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/), over every seen set:

  R1 its language: no right alert lost, no post newly alerting a template it is not gold for (a debunk, a
     false alert, or a wrong template; a stopped claim falling through counts); Chinese: alone and in the
     stream, and 0 of 1,000 background reviews alerting;
  R2 the other language: no decision changed;
  R3 its gain, in sample: n1 stops hard_en_heldout23-044; n2 stops zhh19-051 alone and in the stream;
  R4 the unit tests pass.

ADDENDUM (committed after the combined judging run, before the runs it names): the combined dump cannot
check R2 as written: each mend's "other language" holds the other mend's changes, so both fail R2 by
construction (the run listed heldout23-044 stopped in English and zhh19-051 stopped in Chinese, alone and in
the stream, nothing else). Each mend is therefore dumped alone as well (``OUT/n1``, ``OUT/n2``: the code
before plus that one mend) and judged on its own dump by R1–R3 unchanged: ``judge n1 OUT/before OUT/n1``,
``judge n2 OUT/before OUT/n2``.

RESULT (2026-12-04 07:56-08:02 UTC; docs/history/QUALITY-ENGLISH.md "Two mends after the twenty-third
read"): n1 KEEP (heldout23-044 stopped; nothing else moves, in either language); n2 KEEP (zhh19-051 stopped
alone and in the stream; nothing else moves). Together on main: the union of their changes. No CheckThat!
post or claim reads differently (scripts/reading_changes.py).

A mend that fails is removed and documented as a negative result. Kept mends are read once on the next
unseen sets (hard_en_heldout24, zh_heldout20), where they are out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import (  # the scripts folder is on sys.path
    _chinese,
    _english,
    changed_chinese,
    changed_english,
    mend_cli,
    print_checks,
    tally,
)

MENDS = ("n1", "n2")


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    t = tally(before_dir, after_dir)
    # every changed decision or stop, whatever its direction (the other language must have none)
    english_changed = sum(1 for _ in changed_english(_english(before_dir), t.english))
    chinese_changed = sum(1 for _ in changed_chinese(_chinese(before_dir), t.chinese))
    if mend == "n1":
        own = not t.lost and not t.wrong
        own_text = f"English: right alerts lost 0 ({len(t.lost)}), wrong new alerts 0 ({len(t.wrong)})"
        other = not chinese_changed
        r3 = not t.english[("heldout23", "heldout23-044")]["matched"]
        r3_text = "heldout23-044 stopped"
    else:
        own = not t.zh_lost and not t.zh_wrong and t.background == 0
        own_text = f"Chinese: lost 0 ({len(t.zh_lost)}), wrong new 0 ({len(t.zh_wrong)}), "
        own_text += f"background 0 ({t.background})"
        other = not english_changed
        rows = [r for k, r in t.chinese.items() if k[1] == "zhh19-051"]
        r3 = bool(rows) and not any(r["matched"] for r in rows)
        r3_text = f"zhh19-051 stopped alone and in the stream ({len(rows)} rows)"
    checks = {
        f"R1 {own_text}": own,
        "R2 the other language unchanged (see the list above)": other,
        f"R3 {r3_text}": r3,
    }
    print_checks(mend, checks)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
