"""The mends after the round that read hard_en_heldout24 and zh_heldout20, judged by the rule below over every
seen set (docs/history/QUALITY-ENGLISH.md "Mends after the twenty-fourth read").

    CODE=/work/code-before python scripts/round24_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-t1 python scripts/round24_mends.py dump OUT/t1           # the code before plus mend t1
    python scripts/round24_mends.py judge t1 OUT/before OUT/t1               # likewise g1, v1, v2

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout24, every seen
Chinese set through zh_heldout20 and their stream among 1,000 background reviews). Each mend is dumped alone
(the code before plus that one mend) and judged on its own dump.

The mends:

t1  Traditional Chinese read as Simplified: ``normalize`` converts a text with Han characters with OpenCC's
    ``t2s`` table (the ``opencc`` wheel) before anything else reads it, so cues, BM25 terms, the bridge's
    glossary and the models see one script (Hong Kong and Taiwan posts: 謝賽寧 as 谢赛宁, 騙 as 骗). Not
    written looking at a miss: the twentieth Chinese read's posts in Traditional characters all alerted.
g1  payment in gift cards or game currency is a payment ask ("a Razer Gold card or 500 V-Bucks gift code",
    "800 Robux"), as it is in scam advice everywhere: written looking at hard_en_heldout24-008 and -024.
v1  a seller's swipe at competitors named by where they sell, or set against the offer, vouches for the
    offer ("the ones on Telegram are frauds", "Play Store versions are fakes", "unlike the copy-paste
    shops"): hard_en_heldout24-019 and -008, stopped by the stance guard.
v2  the same in Chinese: the others cannot compare with us ("那些割韭菜的课跟我们没法比", 比不上我们):
    zhh20-025, stopped by the stance guard.

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for (a debunk, a false alert,
     or a wrong template; a stopped claim falling through counts), in English and in Chinese, alone and in
     the stream; 0 of 1,000 background reviews alerting;
  R2 a language the mend does not read stays as it was: g1 and v1 leave every Chinese decision unchanged,
     v2 every English one (t1 reads any post with Han characters, English ones included: R1 covers both);
  R3 its gain: t1 at least one right alert gained over every seen set (either language, alone or in the
     stream); g1 at least one English right alert gained; v1 hard_en_heldout24-019 or -008 alerts its gold
     template; v2 zhh20-025 alerts its gold template alone;
  R4 the unit tests pass.

ADDENDUM (committed after the runs that judged t1, g1 and v1, before the run it names): v1 passed R1–R3,
but its own unit tests then found that a warning naming the same sellers and a sale or a store ("The ones
on Telegram are frauds selling a PDF, OpenAI has no Sora course.") lost its warning cue: v1 reads any post
with a selling word as an offer. v1b is v1 that vouches only in a post speaking in the first person (we /
our / my: a seller for its offer); it replaces v1 and is judged on its own dump by R1–R3 as v1 was
(``judge v1b OUT/before OUT/v1b``).

RESULT (2026-12-04 09:57-10:13 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the twenty-fourth read"):
t1 REMOVE (R1: alone six Cantonese posts lose their right alert or move to a wrong template; in the stream
23 lost, 8 newly wrong, 24 gained); g1 REMOVE (R3: no decision changed); v1 KEEP, then replaced by v1b
(addendum); v1b KEEP (heldout24-008 and -019 alert their gold templates; nothing else moves, in either
language); v2 REMOVE (R1: zhh20-025 alerts get-rich in the stream). No CheckThat! text reads differently
with v1b (scripts/reading_changes.py, with the stance the guard reads).

A mend that fails is removed and documented as a negative result. Kept mends are read once on the next
unseen sets (hard_en_heldout25, zh_heldout21), where they are out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

MENDS = ("t1", "g1", "v1", "v1b", "v2")
READS = {"t1": "both", "g1": "en", "v1": "en", "v1b": "en", "v2": "zh"}


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    t = j.tally
    if mend == "t1":
        zh_gained = j.chinese_gained()
        r3 = bool(t.gained or zh_gained)
        r3_text = f"right alerts gained: English {t.gained}, Chinese {zh_gained}"
    elif mend == "g1":
        r3, r3_text = bool(t.gained), f"English right alerts gained: {t.gained}"
    elif mend in ("v1", "v1b"):
        keys = [("heldout24", "heldout24-019"), ("heldout24", "heldout24-008")]
        r3 = any(t.english[k]["matched"] in set(t.english[k]["gold"]) for k in keys)
        r3_text = "heldout24-019 or -008 alerts its gold template"
    else:
        rows = [r for k, r in t.chinese.items() if k == ("zh_heldout20", "zhh20-025")]
        r3 = bool(rows) and rows[0]["matched"] in set(rows[0]["gold"])
        r3_text = f"zhh20-025 alerts its gold template alone ({len(rows)} rows)"
    j.verdict(mend, READS[mend], r3, r3_text)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
