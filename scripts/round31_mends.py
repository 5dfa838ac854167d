"""The mends after the read of hard_en_heldout31 and zh_heldout27, judged by the rule below over every seen
set (docs/history/QUALITY-ENGLISH.md "Mends after the thirty-first read").

    CODE=/work/code-before python scripts/round31_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-e5 python scripts/round31_mends.py dump OUT/e5           # the code before plus mend e5
    python scripts/round31_mends.py judge e5 OUT/before OUT/e5

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout31, every seen
Chinese set through zh_heldout27 and their stream among 1,000 background reviews).

The mends, each written after the read of both sets on main's code (monitor/ of 243716c), looking at the
posts named, and tried on those posts before this rule was written. Three more were tried and dropped before
the rule, as their post did not move the way they were written for: a newspaper correction ("We regret the
error", "no relationship at all with": hard_en_heldout31-042 then alerts the mislabelled video instead of
the inventor), scare quotes around the others' noun in "unlike the copycat 'courses'" (-031 stays stopped by
a negative exemplar: "everyone who didn't learn Sora in time" still negates), and 别当真 as a warning
(zhh27-025 stays stopped by the stance guard).

e5  a loss told in a diary: the seller "has left the group / chat", the buyer "felt like such an idiot".
    Written looking at hard_en_heldout31-037 (a diary: £25 for a "Sora prompt bible" copied off OpenAI's
    page, "He's left the group"; the stance guard stopped it, the seller waiver waived it: alerting the
    prompt pack).
e7  "(that key) could never have worked" answers that the thing sold cannot exist: a debunk. Written looking
    at hard_en_heldout31-044 (a school report: a "Sora API key" bought from a website "could never have
    worked"; alerting open to the public).
z9  the Xinjiang 胡喧 (idle talk) denies, as 胡扯 does, and 别听那些 (don't listen to them) warns. Written
    looking at zhh27-006 (open to the public asserted, "说Sora是中国团队做出来的，都是胡喧呢…别听那些";
    alerting the Chinese team, the claim it denies).
z10 a clause that tells the reader not to buy or pay for the other offer denies it, in the reading of a post
    that asserts one claim and denies another (``argued_elsewhere``; both languages: "别再花九十九买什么
    Sora课了", "don't buy the prompt packs"). Written looking at zhh27-013 (the course refused, the APK sold;
    stopped by the stance guard).

RULE (written and committed before any judging run, 2026-12-05). A mend is kept only if, against the code
before it (main's monitor/ at this commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (every mend reads text of both languages or neither's but its own: R1 covers both);
  R3 its gain: for z10 zhh27-013 alerts its gold template; for e5 hard_en_heldout31-037, e7 -044 and z9
     zhh27-006 the post no longer alerts;
  R4 the unit tests pass with it;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before. R5 is
     run once, on the kept mends together (each mend's dump is judged alone for R1-R3); should it fail,
     the English mends are run one by one.

RESULT (2026-12-05 01:14-01:35 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the thirty-first read"):
e5 KEEP (heldout31-037 no longer alerts; nothing else moves in either language, alone or in the stream, 0 of
1,000 background). e7 KEEP (heldout31-044 no longer alerts; nothing else moves). z9 KEEP (zhh27-006 no longer
alerts the Chinese team; nothing else moves). z10 KEEP (zhh27-013 alerts the fake app alone and in the
stream; nothing else moves). R4: 1,164 unit tests pass with the four (the six new ones fail on the
code before). R5, all four together: CheckThat! dev 165/5/34, MAP@5 0.9849, ECE 0.0203, as before them.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout32, zh_heldout28), where it is out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

GAIN = {"z10": ("chinese", "zh_heldout27", "zhh27-013")}
STOPS = {
    "e5": ("english", "heldout31", "heldout31-037"),
    "e7": ("english", "heldout31", "heldout31-044"),
    "z9": ("chinese", "zh_heldout27", "zhh27-006"),
}
MENDS = (*GAIN, *STOPS)


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    if mend in STOPS:
        j.stopped(mend, *STOPS[mend])
    else:
        j.gained(mend, *GAIN[mend])


if __name__ == "__main__":
    mend_cli(judge, __doc__)
