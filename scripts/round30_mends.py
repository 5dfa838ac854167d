"""The mends after the read of hard_en_heldout30 and zh_heldout26, judged by the rule below over every seen
set (docs/history/QUALITY-ENGLISH.md "Mends after the thirtieth read").

    CODE=/work/code-before python scripts/round30_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-e1 python scripts/round30_mends.py dump OUT/e1           # the code before plus mend e1
    python scripts/round30_mends.py judge e1 OUT/before OUT/e1

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout30, every seen
Chinese set through zh_heldout26 and their stream among 1,000 background reviews).

The mends, each written after the read of both sets on main's code (88e7597 / b5e9ab2), looking at the posts
named, and tried on those posts before this rule was written (each moved as its gain below says):

e1  an English clause that calls the other offer a scam or a fraud denies it, in the reading of a post that
    asserts one claim and denies another (``argued_elsewhere``; a Chinese clause already denies by its scam
    cues). Written looking at hard_en_heldout30-011 (Malayalam-English: the API keys "ellam fraud aanu",
    open source asserted; stopped by the stance guard) and -024 (a town crier: the APK "is a fraud", open to
    the public asserted; stopped by a negative exemplar: e1 does not move it, its asserting clause says
    "with neither waitlist nor invitation" and so argues).
e2  a name said with letters drawn out ("SOOOORAAAA") names the subject: the off-subject guard also reads
    the post with each letter said three times or more said once. Written looking at hard_en_heldout30-032
    (a wrestling promo for the AI-director group, stopped as off-subject).
e3  "Other … kits" is a swipe at the others and "ours is the complete …" a vouch. Written looking at
    hard_en_heldout30-005 (an APK sold as a flat-pack kit: "Other SÖRA kits online ship with missing screws
    (spyware in the box). Ours is the complete kit."; stopped by the stance guard).
z6  糊弄 (to fool, to fob off) is a Chinese scam cue, as 忽悠 is. Written looking at zhh26-044 (a generation
    service that calls the "made by Sora" clips real footage "糊弄人"; stopped by the stance guard).
z7  a clause that denies, right after a clause that asks, denies what was asked ("开源？❌ 谣言"): the asked
    clause's words count as the denied claim's (both languages). Written looking at zhh26-018 (a mind map:
    the Chinese team ✅, 开源？❌ 谣言; stopped by the stance guard).
z8  the wave dash (～, 〜) ends a clause, as a full stop does. Written looking at zhh26-010 (Korean-flavoured:
    the GitHub repos are not official "别白费力气去部署了～OpenAI正经出的是…官方App"; stopped by the stance
    guard).
l2  a Chinese loss told "paid …, 结果 (里面) 只有 …": up to four characters between 结果 and what came of it.
    Written looking at zhh26-049 (a counselling intake form: "我交了三千八进了所谓搞钱营，结果里面只有几节
    抄来的录屏", alerting get-rich).

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (main's monitor/ at this commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (every mend reads text of both languages or neither's but its own: R1 covers both);
  R3 its gain: the post named alerts its gold template (e1 hard_en_heldout30-011, e2 -032, e3 -005, z6
     zhh26-044, z7 zhh26-018, z8 zhh26-010), or for l2 zhh26-049 no longer alerts;
  R4 the unit tests pass with it;
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before. R5 is
     run once, on the kept mends together (each mend's dump is judged alone for R1-R3); should it fail,
     the English mends are run one by one.

RESULT (2026-12-04 22:53-23:28 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the thirtieth read"):
e1 KEEP (R1-R3: heldout30-011 alerts open source, and two sellers of hard_en_sellers_tune that call the
others' offers scams, -040 and -044, now alert their gold templates; nothing else moves in either language,
alone or in the stream, 0 of 1,000 background). e2 KEEP (heldout30-032 alerts the AI-director group; nothing
else moves). e3 KEEP (heldout30-005 alerts the fake app; nothing else moves). z6 REMOVE (zhh26-044 alerts the
generation service, but zhh5-045, a generation service that vouches "不是别的软件糊弄", loses its right
alert, alone and in the stream). z7 KEEP (zhh26-018 alerts the Chinese team alone and in the stream, and
heldout29-002, a Tanglish post that denies a course and asserts the inventor, now alerts the inventor;
nothing else moves). z8 KEEP (zhh26-010 alerts the official app alone and in the stream; nothing else moves).
l2 KEEP (zhh26-049 no longer alerts, alone or in the stream; nothing else moves). R4: 1,158 unit tests pass
with the six kept mends (1,159 with all seven). R5, all seven together (z6 reads Chinese only): CheckThat!
dev 165/5/34, MAP@5 0.9849, ECE 0.0203, as before them.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout31, zh_heldout27), where it is out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

GAIN = {
    "e1": ("english", "heldout30", "heldout30-011"),
    "e2": ("english", "heldout30", "heldout30-032"),
    "e3": ("english", "heldout30", "heldout30-005"),
    "z6": ("chinese", "zh_heldout26", "zhh26-044"),
    "z7": ("chinese", "zh_heldout26", "zhh26-018"),
    "z8": ("chinese", "zh_heldout26", "zhh26-010"),
}
MENDS = (*GAIN, "l2")


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    if mend == "l2":
        j.stopped(mend, "chinese", "zh_heldout26", "zhh26-049")
    else:
        j.gained(mend, *GAIN[mend])


if __name__ == "__main__":
    mend_cli(judge, __doc__)
