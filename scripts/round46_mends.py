"""The mends after the read of hard_en_heldout46 and zh_heldout42, judged by the rule below over every seen
set (docs/history/QUALITY-ENGLISH.md "A refusal is said to the offer").

    CODE=/work/code-before python scripts/round46_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-q2z python scripts/round46_mends.py dump OUT/q2z         # the code before plus mend q2z
    python scripts/round46_mends.py judge q2z OUT/before OUT/q2z

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout46, every seen
Chinese set through zh_heldout42 and their stream among 1,000 background reviews).

Two notices that quote a scam offer whole and tell the reader not to pay still alert the scam they quote,
at confidence 0.95 and 0.95. Mend q1b (scripts/round44_mends.py) reads such a refusal as said to the offer
when the post sells nothing of its own outside its quotations and refusals; two things keep it from these:

- zh_heldout42-053, a ropeway's station notice: "近期有人在下站排队区发传单：“首部Sora AI电影海选
  第一代AI导演，扫码进群，群费一百九十九元……”请各位游客别扫码、别交钱。这类群进去以后只推卖课链接和
  拉人头任务；……". The trace
  (the code before, monitor.core.matching.argued_elsewhere) shows the post read as denying the paid course
  ("卖课" is a scam cue) and asserting the director group apart (the quoted flyer), so the stance guard is
  switched off. q1b's refusal reading is English only, and "别扫码" reads as a QR invitation of the post's
  own (sells_of_its_own is True).
- hard_en_heldout46-037, a newsagent's window notice: the quoted "SORA APP … APK … £2.99 on a Smarty top-up",
  "Please don't click the link and don't pay", the facts, then "We sell papers, sweets and top-ups, and
  that's all." The refusal reading is English, but "We sell" reads as a selling act of the post's own, so
  q1b does not apply and argued_elsewhere (denying the official app, asserting the APK) switches the stance
  guard off.

The mends, each written looking at its post and tried on it before this rule was written, each on the code
before alone (not together):

q2z  the refusal reading of argued_elsewhere reads a Chinese clause too (the Chinese "refuse" cues: 别交钱,
     别转账, 举报 …), and sells_of_its_own leaves out a Chinese clause that tells the reader not to scan, pay,
     transfer, buy, download, click or join ("别扫码", "千万不要转账",
     monitor.core.text._ZH_REFUSAL_CLAUSE), as it leaves out the English ones.
q2e  sells_of_its_own, asked by the refusal reading, leaves out a sentence outside the quotations whose only
     selling signal is a bare word of trade ("sell", "pay", "buy": the payment_ask signal, no price, link,
     invitation or download) and that names none of the candidate's claim words or the topic's ("We sell
     papers, sweets and top-ups, and that's all").

RULE (written and committed before any judging run, 2026-12-06). A mend is kept only if, against the code
before it (main's monitor/ at this file's commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (the refusal reading serves both languages: R1 covers both);
  R3 its target stops alerting: q2z zh_heldout42-053, q2e hard_en_heldout46-037;
  R4 the unit tests pass with it (each adds cases that fail on the code before: the notice stopped, a
     seller that refuses the others' offer and makes its own still alerting);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

RESULT (2026-12-06 00:48-01:08 UTC; docs/history/QUALITY-ENGLISH.md "The refusal in Chinese, and a shop's
own trade"): both KEEP. q2z: R1 it changes one decision, zh_heldout42-053 stops (stance, cue:refuse);
nothing lost or newly wrong; 0 of 1,000. q2e: R1 it changes one decision, hard_en_heldout46-037 stops
(negative); nothing else. R3 passes for each; R4 the unit tests pass with each (1,198); R5 CheckThat! 2022 2A
dev 165 / 5 / 34 with each, as before (MAP@5 0.9849).

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets, where it is out of sample, under the rule pre-registered in docs/QUALITY.md for them.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

STOPS = {
    "q2z": ("chinese", (("zh_heldout42", "zhh42-053"),)),
    "q2e": ("english", (("heldout46", "heldout46-037"),)),
}


if __name__ == "__main__":
    mend_cli(judge_by(STOPS, gains=False), __doc__)
