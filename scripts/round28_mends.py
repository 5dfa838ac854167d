"""The mends after the read of hard_en_heldout27 and zh_heldout23 that were not judged in their round, judged
by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md "Mends before and after the
twenty-eighth read").

    CODE=/work/code-before python scripts/round28_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-o1 python scripts/round28_mends.py dump OUT/o1           # the code before plus mend o1
    python scripts/round28_mends.py judge o1 OUT/before OUT/o1

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout27, every seen
Chinese set through zh_heldout23 and their stream among 1,000 background reviews).

The mend:

o1  letters that look like Latin ones are read as them: a letter of any other script that Unicode's
    confusables table (UTS #39, as the ``confusable_homoglyphs`` package ships it) lists as a look-alike of
    one ASCII letter joins the Cyrillic and Greek look-alikes already folded (Armenian "Տօ", Cherokee "Ꮪ",
    Lisu "ꓢ", IPA "ɑ"), under the same condition (inside a word with a Latin letter, or in a mostly Latin
    text); a Latin letter named "LETTER X WITH …" is X ("ɾ", "ø"); enclosing combining marks are dropped as
    the other combining marks are ("S⃝o⃝r⃝a⃝"); three or more letters each in its own brackets are a word
    ("[S][o][r][a]"). Written looking at hard_en_heldout27-020 (a newspaper classified, "WORK FROM HOME with
    [S][o][r][a] AI video", under the line), -022 ("Տօɾɑ") and -030 ("S⃝o⃝r⃝a⃝"), the two last already
    alerting.

A second candidate, s3 (gift cards, MoneyPak and "the numbers off the back" as a payment ask, written looking
at hard_en_heldout27-014 and -033, two sellers a negative exemplar stops), was tried on those two posts
before this rule was written and lifted neither (the seller waiver's estimate moved 0.86 -> 0.84 and 0.11 ->
0.21, under its cut): it is not judged.

RULE (written and committed before any judging run, 2026-12-04). The mend is kept only if, against the code
before it (this commit's monitor/), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (o1 reads both languages: R1 covers both);
  R3 its gain: hard_en_heldout27-020 alerts its gold template (sora-get-rich);
  R4 the unit tests pass;
  R5 CheckThat! 2022 2A dev decisions at the default line have no more false alerts than the code before.

RESULT (2026-12-04 15:55-16:16 UTC; docs/history/QUALITY-ENGLISH.md "Mends before and after the
twenty-eighth read"):
o1 KEEP. R1-R3: heldout27-020 alerts sora-get-rich and no other decision moves, English or Chinese, alone or
in the stream, 0 of 1,000 background reviews alerting; R4: 1,117 unit tests pass with o1 applied (the two
docs-index tests deselected: the index and this section were written after the run); R5: CheckThat! 2022 2A
dev 165/5/34 with and without o1, MAP@5 0.9849 and ECE 0.0203 both ways.

ADDENDUM (committed after the read of hard_en_heldout28 and zh_heldout24 with o1 on main, a905f4d, before
any run of the mends it names; the seen sets now run through hard_en_heldout28 and zh_heldout24,
head_folds.LAST_SEEN_EN / _ZH = 28 / 24; "before" is main's monitor/ at this commit). The read's English false
alerts: three posts that deny one claim and sell another alerted the claim they deny.

m1  argued_elsewhere (n1b): a clause asserts this claim apart only if it shares no fewer of this claim's
    words than of any other template's. Written looking at hard_en_heldout28-007 (a business card: "Don't
    buy 'Sora API keys', OpenAI never released any API … We have actual Sora access: WhatsApp us your
    script, pay ₹2,000 per clip": the second clause shares three words with open-to-public and seven with
    the generation service, and open-to-public alerted, lifted by n1b; the code before the round-26 mends
    stopped it).
r1  "don't waste (your, good) money on …" is a refusal (the English ``refuse`` cue, as 别花 / 冤枉钱 are in
    Chinese), a few words allowed between ("don't 'ee go wastin' good money on"). Written looking at
    hard_en_heldout28-006 (a West Country seller of the APK: "Don't 'ee go wastin' good money on they Sora
    courses", which alerted the paid course).

Each is dumped alone on the code before and judged by R1, R2 (R1 covers both languages), R4, R5 and R3:
m1 hard_en_heldout28-007 no longer alerts open-to-public; r1 hard_en_heldout28-006 no longer alerts the
paid course (``judge m1 OUT/before28 OUT/m1``, likewise r1).

RESULT of the addendum (2026-12-04 16:27-16:45 UTC): m1 KEEP (R1-R3: heldout28-007 no longer alerts, stopped
by the API keys' negative; nothing else moves in either language; R4: the unit tests pass but the scripts
index's, which lacked make_hard_heldout28.py, added after the run; R5: CheckThat! dev 165/5/34, MAP@5
0.9849, ECE 0.0203, as before it). r1 REMOVE (R1: heldout11-018, a right alert of the paid course, is lost:
a seller's "don't waste money on" the other courses; heldout28-006 itself stops alerting).

ADDENDUM 2 (committed after m1 was kept, before the run it names; "before" is m1's dump, whose code is
main's monitor/ at this commit but for comments).

z3  Chinese vouches, read where a post still sells, as the English ones are: first hand, straight
    from the source (我这是直连源头, 一手货, 没经过二道贩子), and a swipe at the trade (同行 … 冒充 /
    掺水 / 套壳 / 假 / 骗): only a seller speaks of its peers and of middlemen. Written looking at
    zh_heldout24's zhh24-029 (a GPTs seller: "别去那些套壳网站花冤枉钱，人家转一手接口还掺水，
    我这是直连源头") and zhh24-044 (a price board: "同行报价低的多半拿别家AI冒充，本店每条附Sora
    生成记录截图"), both stopped by the stance guard.

z3 is judged by R1, R2 (R1 covers both languages), R4, R5 and R3: zhh24-029 or zhh24-044 alerts its gold
template alone (``judge z3 OUT/m1 OUT/z3``).

RESULT of addendum 2 (16:45-16:53 UTC): z3 KEEP (R1-R3: zhh24-029 and -044 alert their gold templates
alone and in the stream, nothing else moves, 0 of 1,000 background; R4: 1,126 unit tests pass; R5:
CheckThat! dev 165/5/34, MAP@5 0.9849, ECE 0.0203, as before it).

ADDENDUM 3 (committed after z3 passed R1-R4, before the run it names; "before" is z3's dump: main's
monitor/ at this commit plus z3).

v1  a seller's claim to the sole right vouches, with or without a verb: "ours sole authorised", "we are the
    sole licensed", "the sole official" (beside "ours is the only official", which needed the verb).
    Written looking at hard_en_heldout28-032 (a telegram selling a directors' circle: "BEWARE IMITATORS
    OURS SOLE AUTHORISED CIRCLE", stopped by the stance guard on "beware"). A second candidate, a vouch
    read in a selling post that negates with no stance cue (for -015, "ain't no waffle like them other
    courses"), was tried on -015 before this addendum and did not lift it (the negation before the swipe
    reads as a negated vouch): it is not judged.

v1 is judged by R1, R2 (R1 covers both languages), R4, R5 and R3: hard_en_heldout28-032 alerts its gold
template (``judge v1 OUT/z3 OUT/v1``).

RESULT of addendum 3 (16:53-17:02 UTC): v1 KEEP (R1-R3: heldout28-032 alerts the AI-director group, nothing
else moves; R4: 1,128 unit tests pass; R5: CheckThat! dev 165/5/34, MAP@5 0.9849, ECE 0.0203, as before it).

ADDENDUM 4 (committed after v1 was kept, before the run it names; "before" is v1's dump, whose code is
main's monitor/ at this commit but for comments).

z4  argued_elsewhere (n2b): a Chinese clause that calls the other claim a scam (the ``scam`` cue: 木马, 骗局,
    骗子, 诈骗) denies it, as a denial or debunk cue does (an English clause still denies by a negation
    only). Written looking at zh_heldout24's zhh24-039 ("群里转的Sora安装包都是木马，千万别装。真想玩Sora，
    先把提示词吃透——我整理的影视级提示词库…", the prompt pack sold after the APK is called a trojan),
    stopped by a negative exemplar.

z4 is judged by R1, R2 (R1 covers both languages), R4, R5 and R3: zhh24-039 alerts its gold template alone
(``judge z4 OUT/v1 OUT/z4``).

RESULT of addendum 4 (17:25-17:35 UTC): z4 KEEP (R1-R3: zhh24-039 alerts the prompt pack alone and in the
stream, and so does zhh23-009 the official app (an APK called a trojan, the app in the store asserted),
nothing else moves; R4: 1,131 unit tests pass; R5: CheckThat! dev 165/5/34, MAP@5 0.9849, ECE 0.0203).

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout28, zh_heldout24), where it is out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

MENDS = ("o1", "m1", "r1", "z3", "v1", "z4")
WRONG = {"m1": ("heldout28-007", "sora-open-to-public"), "r1": ("heldout28-006", "sora-paid-course")}


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    if mend in WRONG:
        post, wrong = WRONG[mend]
        row = j.tally.english[("heldout28", post)]
        r3_text = f"{post} no longer alerts {wrong} (now: {row['matched']})"
        j.verdict(mend, "both", row["matched"] != wrong, r3_text)
        return
    if mend in ("z3", "z4"):
        ids = ("zhh24-029", "zhh24-044") if mend == "z3" else ("zhh24-039",)
        rows = [j.tally.chinese[("zh_heldout24", i)] for i in ids]
        r3 = any(r["matched"] in set(r["gold"]) for r in rows)
        j.verdict(mend, "both", r3, f"{' or '.join(ids)} alerts its gold template alone")
        return
    post = "heldout27-020" if mend == "o1" else "heldout28-032"
    j.gained(mend, "english", post[:9], post)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
