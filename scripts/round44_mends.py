"""The mend after the read of hard_en_heldout44, judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "A refusal is said to the offer").

    CODE=/work/code-before python scripts/round44_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-q1 python scripts/round44_mends.py dump OUT/q1           # the code before plus mend q1
    python scripts/round44_mends.py judge q1 OUT/before OUT/q1

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout44, every seen
Chinese set through zh_heldout40 and their stream among 1,000 background reviews).

A Pony Club notice quotes a prompt-pack offer whole ("'SORA PROMPT BIBLE … Only £15! Pay, get the doc link,
join the VIP group!'"), then: "Please ignore it. The 'prompts' are copied from the ones OpenAI published free
…, and Sora itself isn't available to the public … Don't pay, and tell a parent if you're contacted"
(hard_en_heldout44-037, a debunk). It alerts the prompt-pack scam at confidence 0.99. Last session's note
guessed that the quoted price and payment ask read as the post's own selling; they do not. The stance guard
reads the refusal ("don't pay", stance kind ``refuse``) and would stop the scam, but ``argued_elsewhere``
(monitor.core.matching) switches it off: the quoted offer is a clause that asserts the prompt-pack claim, the
clause "Sora itself isn't available to the public" denies another claim (open to the public), and the
refusal names fewer than two of the scam template's words, so it counts as one more denial of the other
claim. The post is read as one that denies open-to-public and asserts the scam apart. The mend, written
looking at this post and tried on it before this rule was written:

q1  in ``argued_elsewhere``, an English clause that refuses (stance kind ``refuse``: "don't pay / buy /
    click / download / scan / join …", "avoid them", "report them") argues against a scam template
    whatever words it names: for a scam template such a clause makes the post not "argued elsewhere", so
    the guards read the whole post as they do for any other (a refusal is said to an offer). Chinese
    clauses are unchanged (their refusal cues, 智商税 / 冤枉钱, are also sellers' own pitch words).

RULE (written and committed before any judging run, 2026-12-05). The mend is kept only if, against the code
before it (main's monitor/ at this file's commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (the mend reads English clauses only, so no Chinese decision may change: R1 covers it);
  R3 its gain: hard_en_heldout44-037 no longer alerts;
  R4 the unit tests pass with it (among them the evasion-by-disclaimer cases: a scam that warns about
     others and still sells alerts);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

RESULT of q1 (2026-12-05 21:26-21:39 UTC): REMOVE. R3 passes (-037 no longer alerts), but R1 fails: 10
right alerts lost and 1 post newly wrong, all two-claim sellers' posts that wave off another offer with a
refusal and then sell their own ("don't download that 'Sora APK' … I got Sora accounts to rent, £15 a week",
hard_en_heldout37-015; "it is fake, OpenAI has no Sora API at all, don't pay. … my full course … ₹999",
hard_en_heldout39-027). A refusal is said to an offer, but not always to this one: a seller refuses the
others' offers and makes its own.

ADDENDUM (written and committed before q1b's run, after q1's; the lost posts were looked at, and the
selling acts of four of them and of -037 outside their quotations were printed, with no model run):

q1b  q1 only where the post sells nothing of its own: no selling act (monitor.core.text ``selling_acts``:
     price, payment ask, QR code or group invite, link, download link, crypto, money promise) outside its
     quotations (``quoted_spans``) once what it tells the reader not to do is left out (the refusal clauses,
     as the vouch reading leaves them out). The offer a refusal then answers can only be one it quotes or
     names, never its own. Judged by R1-R5 above against the same code before (bacff36's monitor/), with
     the same R3.

RESULT of q1b (2026-12-05 21:40-21:57 UTC; docs/history/QUALITY-ENGLISH.md "A refusal is said to the
offer"): KEEP. R1: it changes -037 and nothing else, English or Chinese, alone or in the stream; 0 of 1,000.
R3: -037 no longer alerts. R4: the unit tests pass (new cases in tests/unit/test_matching.py and
tests/unit/test_text.py; the first fails on the code before, the second under q1). R5: CheckThat! 2022 2A
dev 165 / 5 / 34 with q1b, as measured on the code before (MAP@5 0.9849, ECE 0.0203).

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets (hard_en_heldout45), where it is out of sample, under the rule pre-registered in docs/QUALITY.md
for them.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

STOPS = {m: ("english", (("heldout44", "heldout44-037"),)) for m in ("q1", "q1b")}


if __name__ == "__main__":
    mend_cli(judge_by(STOPS, gains=False), __doc__)
