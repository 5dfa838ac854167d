"""The mends after the read of hard_en_heldout27, judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "Mends after the twenty-seventh read").

    CODE=/work/code-before python scripts/round27_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-e1 python scripts/round27_mends.py dump OUT/e1           # the code before plus mend e1
    python scripts/round27_mends.py judge e1 OUT/before OUT/e1               # likewise e2
    python scripts/round27_mends.py judge n2 OUT/before27b OUT/n2            # n2 on main with e1 (below)
    python scripts/round27_mends.py judge n2b OUT/before27b OUT/n2b          # likewise n2b (addendum 3)

``dump`` is scripts/fact_debunk_check.py's (every seen English set, now through hard_en_heldout27, every seen
Chinese set through zh_heldout22 and their stream among 1,000 background reviews). Each mend is dumped alone
(the code before plus that one mend) and judged on its own dump.

The mends:

e1  an English loss told by its victim is a debunk cue, as "lost 99 yuan" already is: the money gone
    ("$120 gone", "50 dollars is gone", "… wasted"), the seller gone ("they blocked me", "the seller ghosted
    me"), what was paid for never came ("never got the login", "never received my refund"). Written looking
    at hard_en_heldout27-036 (a one-star review: paid $120 for a "24-hour Sora ad", got a stock clip, "they
    blocked me", "$120 gone"), which alerts get-rich with no stance cue read.
e2  "rather than / instead of" paying, buying, clicking, downloading, installing, scanning, sending,
    transferring, joining, giving or ordering is a refusal (the ``refuse`` cue, as "don't scan" is): written
    looking at hard_en_heldout27-042 (a parish bulletin: "please bring any flyers to the parish office
    rather than scanning them"), which alerts the AI-director group after the seller waiver lifts its
    stance stop.

RULE (written and committed before any judging run, 2026-12-04). A mend is kept only if, against the code
before it (this commit's monitor/), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 every Chinese decision unchanged (both mends read English words only);
  R3 its gain: e1 hard_en_heldout27-036 no longer alerts; e2 hard_en_heldout27-042 no longer alerts;
  R4 the unit tests pass.

RESULT (2026-12-04 13:14-13:40 UTC; docs/history/QUALITY-ENGLISH.md "Mends after the twenty-seventh read"):
e1 KEEP (heldout27-036 no longer alerts, nothing else moves); e2 REMOVE (R1: heldout22-007, a right alert,
is lost); n2 KEEP after addendum 2 (R1-R3 as its run gave them; R4 with the corrected test case), then
replaced by n2b (addendum 3: n2 cost CheckThat! dev two false alerts, 165/5/34 -> 165/7/34); n2b KEEP
(zhh23-006 and -019 alone, four Chinese stream posts, nothing lost or newly wrong; R4; R5 CheckThat! dev
165/5/34, as before it); z2 KEEP (addendum 4: zhh23-048 no longer alerts alone or in the stream, nothing
else moves; a first z2 dump started seconds before addendum 4 was committed was stopped and discarded, and
the judged dump was started after the commit).

ADDENDUM (committed after e1 and e2 were judged and the read of zh_heldout23, before n2's run; the code
before n2 is main with e1, 2256d02, its dump the "before" of n2, with the seen Chinese sets now through
zh_heldout23). Three of zh_heldout23's five posts that assert one claim and deny another were stopped:
n1b (the twenty-sixth read's mend) reads English claim words only, and asks the other claim's clause to
negate, while a Chinese post denies with 谣言 / 否认 as often as with 不.

n2  ``argued_elsewhere`` reads a Chinese clause through the cross-script bridge (its English glosses, as the
    guard reads Chinese negations), and a clause that carries a denial or debunk cue denies the other claim
    as a negation does (a warning, a loss or scare quotes still do not). Written looking at zhh23-006 (no
    official app, but the web version is open to all: stopped by the app's negative exemplar), -009 (the
    APK is a trojan, the official app is in the store: stopped by the scam cue) and -019 (the Xie Saining
    story is a rumour, but a Chinese team is real: stopped by the debunk cue).

n2 is judged by R1, R2 (both languages: R1 covers both), R4 as e1 was, and R3: zhh23-006, -009 or -019
alerts its gold template alone (``judge n2 OUT/before27b OUT/n2``).

ADDENDUM 2 (after n2's run, before its unit tests are run again). n2 passes R1-R3 (sellers_tune-010,
zhh23-006 and -019 alone, and four Chinese stream posts gain their gold template; nothing lost or newly
wrong) but fails R4 on one case of a test written for n1b in this session: "Beware of the Golden Gate
bridge closure hoax. The Louvre is now open to the public every night." was meant as a warning with no
denial of the other claim, but "hoax" is a debunk cue: the post calls the other claim false and asserts this
one apart, which n2 reads as such (and which is n2's own case). The test's wording is corrected to the
warning it meant ("Beware of posts about the Golden Gate bridge closing. …"), and the hoax wording joins the
cases that alert. With that change R4 is run again; nothing else about n2 or the rule changes.

ADDENDUM 3 (after n2 was kept, before the run it names). Read after the rule's checks, CheckThat! 2022 2A
dev (never used to write or judge a mend) costs n2 two false alerts: decisions 165/5/34 with main before n2
(2256d02), 165/7/34 with n2. n2's English half (a debunk or denial cue as the other claim's denial) is
what reads English posts differently; its Chinese half is what its gains need. So:

n2b n2, where a denial or debunk cue denies the other claim only in a clause written in Chinese (an English
    clause still denies only by a negation, as n1b had it).

n2b is judged against the same "before" (2256d02) by R1-R4 as n2 was, R3 the same posts, and R5: CheckThat!
2022 2A dev decisions at the default line have no more false alerts than the code before (5). If n2b
passes, it replaces n2 on main; if not, n2 is removed and main goes back to 2256d02's matching. R4 for n2b
is main's unit tests with n2's two English cases that alert because "hoax" denies ("… closure story is a
hoax. The Louvre is …", "Beware of the … closure hoax. The Louvre is …") moved to the cases that stay
stopped: n2b is n2 without exactly that reading (written before n2b's unit tests are run).

ADDENDUM 4 (after n2b was kept, before the run it names; "before" is n2b's dump, whose code is main's
monitor/ at 3c10b4f but for comments).

z2  a Chinese loss report names the seller gone as the account deleted: 卖家 / 客服 / 群主 / 商家 /
    对方 / 老师 / 那人 … 注销 joins 联系不上 / 失联 / 跑路 in the ``loss`` cue. Written looking at
    zhh23-048 (an Alipay bill line: paid 150 to rent a "Sora" account, got a plain ChatGPT login,
    "回头再找卖家，对方账号已注销"), which alerts account rental with no stance cue read.

z2 is judged by R1, R2 (every English decision unchanged), R4 as e1 was, and R3: zhh23-048 no longer
alerts alone (``judge z2 OUT/n2b OUT/z2``).

A mend that fails is removed and documented as a negative result. Kept mends are read once on the next
unseen English set (hard_en_heldout28), where they are out of sample.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import Judged, mend_cli  # the scripts folder is on sys.path

MENDS = ("e1", "e2", "n2", "n2b", "z2")
QUIET = {"e1": "heldout27-036", "e2": "heldout27-042"}


def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
    if mend not in MENDS:
        raise SystemExit(f"mend: one of {MENDS}")
    j = Judged.of(before_dir, after_dir)
    if mend in ("n2", "n2b"):
        ids = ["zhh23-006", "zhh23-009", "zhh23-019"]
        rows = [j.tally.chinese[("zh_heldout23", i)] for i in ids]
        r3 = any(r["matched"] in set(r["gold"]) for r in rows)
        j.verdict(mend, "both", r3, f"{' or '.join(ids)} alerts its gold template alone")
        return
    if mend == "z2":
        row = j.tally.chinese[("zh_heldout23", "zhh23-048")]
        r3_text = f"zhh23-048 no longer alerts alone (now: {row['matched']})"
        j.verdict(mend, "zh", row["matched"] is None, r3_text)
        return
    row = j.tally.english[("heldout27", QUIET[mend])]
    r3, r3_text = row["matched"] is None, f"{QUIET[mend]} no longer alerts (now: {row['matched']})"
    j.verdict(mend, "en", r3, r3_text)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
