"""The mends after the round that read hard_en_heldout25 and zh_heldout21, judged by the rule below over every
seen set (docs/history/QUALITY-ENGLISH.md "Mends after the twenty-fifth read").

    CODE=/work/code-before python scripts/round25_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-f1 python scripts/round25_mends.py dump OUT/f1           # the code before plus mend f1
    python scripts/round25_mends.py judge f1 OUT/before OUT/f1               # likewise l1, q2, z1

``dump`` is scripts/fact_debunk_check.py's (every seen English set through hard_en_heldout25, every seen
Chinese set through zh_heldout21 and their stream among 1,000 background reviews). Each mend is dumped alone
(the code before plus that one mend) and judged on its own dump.

The mends:

f1  no fall-through after a claim's own words are argued with: when the stance guard stops a candidate
    because the post negates or scare-quotes that claim's words (detail ``negation`` / ``quoted``, not a
    cue), no candidate ranked below it alerts. Written looking at hard_en_heldout25-007, -009 and -034 (the
    official app and the generation service stopped by a quoted title or a negation, then a sibling just
    over its line alerting: open source, open to the public) and at the seen sets' fall-through alerts
    (after such a stop: hard_en_heldout16-020, heldout20-019, sellers_tune-077, all to a wrong template;
    the right fall-throughs followed a negative exemplar's stop, which f1 leaves alone).
l1  a short token that mixes letters with two or more leet characters, one of them @ or $, reads as
    letters ("$0r@" as sora, "@cc0unt" as account; not an amount: "$5bn", "$40k"): hard_en_heldout24-024.
q2  a quotation closed before a vouch is not someone else's words; only a vouch inside an open quote is
    reported speech ("外面那些‘免费进群’的都是骗子，只有我们是正规剧组": the quotes mark the others'
    words): zhh21-035, stopped by the stance guard.
z1  Chinese sellers' own claims and swipes vouch for the offer: 唯一真 / 唯一正版 / 唯一官方 …, 本店为正版,
    别家 / 别人家 / 其他家 … 都是 / 都带 / 都有: zhh21-012 and zhh21-044, stopped by the stance guard.

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for (a debunk, a false alert,
     or a wrong template; a stopped claim falling through counts), in English and in Chinese, alone and in
     the stream; 0 of 1,000 background reviews alerting;
  R2 a language the mend does not read stays as it was: l1 leaves every Chinese decision unchanged, z1
     every English one (f1 and q2 read both languages: R1 covers both);
  R3 its gain: f1 at least one false alert (a wrong template or an alerting non-gold post) fewer over every
     seen set; l1 at least one English right alert gained; q2 zhh21-035 alerts its gold template alone; z1
     zhh21-012 or zhh21-044 alerts its gold template alone;
  R4 the unit tests pass.

ADDENDUM (committed after the run that judged f1, before the run it names): f1 passed R1-R3 (nine false
alerts fewer, nothing lost) but fails R4: tests/unit/test_matching.py's "suppressed best falls through"
asserts a post that asserts one claim and negates another ("The Louvre is open to the public every night,
but the Golden Gate will not be closed") alerts the one it asserts, and f1 stops it. f1b is f1 that still
lets a lower candidate alert when a clause of the post of its own (a sentence, or a part set against
another by "but" or a semicolon) asserts it: shares two or more of its content words beyond the topic's and
does not argue (``asserted_apart`` in monitor/core/matching.py). Judged on its own dump by R1-R4 as f1 was
(``judge f1b OUT/before OUT/f1b``).

RESULT (2026-12-04 10:32-10:50 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the twenty-fifth read"):
f1 passes R1-R3 (false alerts 64 -> 55, nothing lost), fails R4 (addendum); f1b KEEP (the same nine, the
unit tests pass); l1 REMOVE (R1, R2: six Chinese stream decisions move, two right alerts lost); q2 KEEP
(zhh21-035 alone and in the stream); z1 KEEP (zhh21-012 and -044, alone and in the stream). No CheckThat!
text reads differently with q2 and z1 (scripts/reading_changes.py).

A mend that fails is removed and documented as a negative result. Kept mends are read once on the next
unseen sets, where they are out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

MENDS = ("f1", "f1b", "l1", "q2", "z1")
READS = {"f1": "both", "f1b": "both", "l1": "en", "q2": "both", "z1": "zh"}


def _false_alerts(rows: dict[tuple[str, str], dict]) -> int:
    """Alerts of a template the post is not gold for, background reviews left out (they are R1's)."""
    return sum(
        1
        for r in rows.values()
        if r.get("kind") != "background" and r["matched"] and r["matched"] not in set(r["gold"])
    )


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    t = j.tally
    if mend in ("f1", "f1b"):
        before = _false_alerts(j.english_before) + _false_alerts(j.chinese_before)
        after = _false_alerts(t.english) + _false_alerts(t.chinese)
        r3, r3_text = after < before, f"false alerts over every seen set fewer: {before} -> {after}"
    elif mend == "l1":
        r3, r3_text = bool(t.gained), f"English right alerts gained: {t.gained}"
    else:
        ids = ["zhh21-035"] if mend == "q2" else ["zhh21-012", "zhh21-044"]
        rows = [t.chinese[("zh_heldout21", i)] for i in ids if ("zh_heldout21", i) in t.chinese]
        r3 = any(r["matched"] in set(r["gold"]) for r in rows)
        r3_text = f"{' or '.join(ids)} alerts its gold template alone ({len(rows)} rows)"
    j.verdict(mend, READS[mend], r3, r3_text)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
