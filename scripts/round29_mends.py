"""The mends after the read of hard_en_heldout29 (and zh_heldout25), judged by the rule below over every
seen set (docs/history/QUALITY-ENGLISH.md "Mends after the twenty-ninth read").

    CODE=/work/code-before python scripts/round29_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-v3 python scripts/round29_mends.py dump OUT/v3           # the code before plus mend v3
    python scripts/round29_mends.py judge v3 OUT/before OUT/v3

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout29, every seen
Chinese set through head_folds.LAST_SEEN_ZH and their stream among 1,000 background reviews).

The mends, each written after the read of hard_en_heldout29 on main's code (e94f96e), looking at the posts
named:

v3  a seller setting itself apart vouches: "we are / I'm not like those (the, these, other) …", "we're
    nothing like the others". Written looking at hard_en_heldout29-031 (a Bangla-English course: "We are not
    like those fake pages who sell one PDF and block you", stopped by a negative exemplar on the cue "fake
    pages"; the seller waiver's estimate 0.81, under its cut 0.9).
v4  in a post that sells in the first person, "don't buy the bootleg / knock-off / counterfeit / pirated /
    copycat …" is a swipe at the others (``_VOUCH_AGAINST_OTHERS``). Written looking at
    hard_en_heldout29-032 (a Japanese-English prompt pack: "Please don't buy the bootleg packs, they are
    machine-translated garbage", stopped by the stance guard).

A third candidate, l1 (the victim's loss: "the seller has blocked me", "I request a full refund",
"chargeback"), written looking at hard_en_heldout29-036 (a card dispute form alerting the paid course), was
tried on that post before this rule was written: the cues are read but the post still alerts. It is not
judged.

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/, or the kept mends before it), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (both mends read English text, and Chinese posts go through the same reading: R1 covers both);
  R3 its gain: v3 hard_en_heldout29-031, v4 hard_en_heldout29-032 alerts its gold template;
  R4 the unit tests pass;
  R5 CheckThat! 2022 2A dev decisions at the default line have no more false alerts than the code before.

RESULT (2026-12-04 20:03-20:35 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the twenty-ninth read"):
v3 KEEP (R1-R3: heldout29-031 alerts the paid course, nothing else moves in either language, alone or in the
stream, 0 of 1,000 background; R4: 1,144 unit tests pass;
R5: CheckThat! dev 165/5/34, MAP@5 0.9849, ECE 0.0203, as before it). v4 KEEP (R1-R3: heldout29-032 alerts
the prompt pack, nothing else moves; R4: 1,143 unit tests pass; R5: CheckThat! dev 165/5/34, MAP@5 0.9849,
ECE 0.0203).

ADDENDUM (committed after v3 and v4 were kept and after the read of zh_heldout25 on main's code, before any
run of the mend it names; the seen sets now run through hard_en_heldout29 and zh_heldout25,
head_folds.LAST_SEEN_EN / _ZH = 29 / 25; "before" is main's monitor/ at this commit, v3 and v4 in). Two of the
read's four Chinese false alerts are posts that call one claim idle bragging or hearsay and assert another:
each alerted the claim it calls so.

z5  瞎吹, 瞎传, 瞎说, 胡说八道, 胡扯, 扯淡 ("that is idle bragging / hearsay / nonsense") are Chinese debunk
    cues, as 瞎编 and 胡编 are. Written looking at zh_heldout25's zhh25-021 ("说Sora是中国团队做的那是瞎吹…但
    Sora开◇源这事是真的", alerting the Chinese team) and zhh25-031 ("说Sora已经全面开放的都是瞎传…只能租我们的
    内测号", alerting open to the public). Tried on the two before this addendum: neither alerts the claim
    it denies any more, and neither alerts its gold template either (the open-source clause is still
    stopped, the rental stays under the line).

z5 is judged by R1, R2, R4, R5 and R3: neither zhh25-021 alerts sora-chinese-team nor zhh25-031
sora-open-to-public alone (``judge z5 OUT/before29b OUT/z5``).

RESULT of the addendum (2026-12-04 20:33-20:50 UTC): z5 KEEP (R1-R3: zhh25-021 no longer alerts the
Chinese team, stopped by the stance guard, and zhh25-031 no longer alerts open to the public; neither alerts
its gold template; nothing else moves in either language, alone or in the stream, 0 of 1,000 background; R4:
1,148 unit tests pass; R5: CheckThat! dev 165/5/34, MAP@5 0.9849, ECE 0.0203, as before it).

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout30, zh_heldout26), where it is out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

MENDS = ("v3", "v4", "z5")
GAIN = {"v3": "heldout29-031", "v4": "heldout29-032"}


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    if mend == "z5":
        denied = {"zhh25-021": "sora-chinese-team", "zhh25-031": "sora-open-to-public"}
        rows = {i: j.tally.chinese[("zh_heldout25", i)] for i in denied}
        r3 = all(rows[i]["matched"] != t for i, t in denied.items())
        now = ", ".join(f"{i}: {r['matched']}" for i, r in rows.items())
        j.verdict(mend, "both", r3, f"zhh25-021 and -031 no longer alert the claim they deny (now {now})")
        return
    j.gained(mend, "english", "heldout29", GAIN[mend])


if __name__ == "__main__":
    mend_cli(judge, __doc__)
