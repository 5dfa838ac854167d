"""The mends after the reads of hard_en_heldout47 / 48, judged by the rule below over every seen set
(docs/history/QUALITY-ENGLISH.md "An answer someone looked up").

    CODE=/work/code-before python scripts/round47_mends.py dump OUT/before   # the code before (git archive)
    CODE=/work/code-fb python scripts/round47_mends.py dump OUT/fb           # the code before plus mend fb
    python scripts/round47_mends.py judge fb OUT/before OUT/fb               # likewise q3

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout48, every seen
Chinese set through zh_heldout44 and their stream among 1,000 background reviews).

Two debunks that answer a question someone else asked alert the claim asked about, at confidence 0.97 and
0.97: hard_en_heldout47-041 (a coin club: "One of the fellers asked me after: wasn't it mostly Chinese
scientists who built that Sora …? So I looked it up for him: OpenAI's technical report names thirteen
researchers … It's OpenAI's own model, made by its own team.") and hard_en_heldout48-041 (a hardware shop:
"A customer asked me this morning: isn't it true that Chinese scientists were the ones who really made this
Sora? … So I looked it up: OpenAI's technical report on Sora lists thirteen authors …"). The question
repeats the claim in its words (a question that asserts is gold), and what answers it is a list of facts
with no negation and no cue: no guard reads it as an answer.

fb  "looked it up", "looked into it", "read up on it" (past tense) is a debunk cue: the teller checked
    what was asked or told and reports what the record says. "Look it up!" (imperative) is not: it may
    spread the claim. On the seen sets, 13 posts carry the phrase, all debunks; no post with a gold
    template does (grep of tests/data, before this rule).

Three two-claim posts quote a claim from a group chat, dismiss it in words that do not name it, and assert
another claim after: hard_en_heldout47-022 ("In the group somebody forwards: 'One of the inventors of Sora
is Xie Saining, a young genius from Shanghai Jiao Tong University.' Forget that one, the professor said
himself that he has nothing to do with Sora … But this is real: OpenAI has made Sora open source …"),
hard_en_heldout48-027 ("… keeps writing: 'Sora is open to everyone now, sign up on the website and make
videos today.' Don't believe that one, there's no sign-up … Sora's code got put out in the open …") and
hard_en_heldout47-004 (a quoted APK offer, "Don't install that", then "Sora is open to everyone now"). All
three are stopped by the stance guard. Mend d1b (scripts/round42_mends.py) reads a denial that names no
claim as denying the claim the report before it quotes, but argued_elsewhere's clauses are split at every
sentence end, inside the quotation too: the report's clause ends at "University" without its closing mark,
the closing mark opens the next clause, and no clause holds the quotation whole, so none reads as a report
(_reports), and the denial is set against nothing.

q3  argued_elsewhere's (and asserted_apart's) clauses keep a quotation whole: a quotation that a colon
    introduces and that argues nothing itself is one clause with what introduces it, however many sentences
    it holds, and a quotation that ends a sentence ends its clause at its closing mark. A quotation opened
    without a colon ("leave 'em be … haulin'": elided words read as quotation marks) and a quoted offer
    that runs its rivals down ("All genuine, not them 'accounts' off the forum": its own negation is no
    denial) are split as before. (Written looking at the three posts and at the 79 seen posts whose clauses
    it changes: on the 78 English ones it gained 6 right alerts and changed nothing else; an earlier form
    without the colon and the "argues nothing" conditions lost two right alerts and moved a debunk's wrong
    alert to another template.)

Tried first, on the posts that carry it only, and set aside before this rule was written: a cue "credit"
(who made Sora, as a fact: "the report names thirteen authors", "led by Tim Brooks and Bill Peebles",
"it's OpenAI's own model"), neutral against scams. On the 41 seen posts carrying it, it stopped 8 debunks
and a person fact and gained 3 right alerts, but lost 3 right alerts and made 2 wrong ones: the facts are
also how a two-claim post denies the Chinese-team claim before it asserts another, and the negative
exemplars of the Chinese-team claim are those facts, so they read as arguing negatives (discounted against
a post that does not argue). It is not judged here.

RULE (written and committed before any judging run, 2026-12-06; q3's part before q3's dump). Each mend, on
the code before alone (not together), is kept only if, against the code
before it (main's monitor/ at this file's commit), over every seen set:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English and in
     Chinese, alone and in the stream; 0 of 1,000 background reviews alerting;
  R2 (R1 covers both languages);
  R3 its targets: fb, hard_en_heldout47-041 and hard_en_heldout48-041 stop alerting; q3,
     hard_en_heldout47-022, hard_en_heldout48-027 and hard_en_heldout47-004 alert their gold template;
  R4 the unit tests pass with it (its cases fail on the code before: fb, the two answers stopped and "Look
     it up! Sora is open to everyone now" still alerting; q3, a quoted claim dismissed without naming it
     before another claim asserted alerts the one asserted);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

RESULT (2026-12-06 03:51-04:30 UTC; docs/history/QUALITY-ENGLISH.md "An answer someone looked up"): both
KEEP. fb: R1 it changes five decisions, all debunks that stop alerting (hard_en_heldout21-042, 27-042,
40-038, 47-041, 48-041); nothing lost or newly wrong; 0 of 1,000. q3: R1 it changes six decisions, all
two-claim posts that now alert the claim they assert (hard_en_heldout45-010, 46-003, 46-012, 47-004, 47-022,
48-027); nothing else; 0 of 1,000. R3 passes for each; R4 the unit tests pass with both (1,206); R5
CheckThat! 2022 2A dev 165 / 5 / 34 with each, as before (MAP@5 0.9849). Together (the merged code run on
the 91 seen posts either changes the reading of) they change exactly those eleven decisions.

A mend that fails is removed and documented as a negative result. A kept mend is read once on the next
unseen sets, where it is out of sample, under the rule pre-registered in docs/QUALITY.md for them.
"""

from __future__ import annotations

from pathlib import Path

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path

STOPS = {
    "fb": ("english", (("heldout47", "heldout47-041"), ("heldout48", "heldout48-041"))),
}
GAINS = {
    "q3": (
        "english",
        (("heldout47", "heldout47-022"), ("heldout48", "heldout48-027"), ("heldout47", "heldout47-004")),
    ),
}


def judge(mend: str, before: Path, after: Path) -> None:
    if mend in GAINS:
        judge_by(GAINS, gains=True)(mend, before, after)
    else:
        judge_by(STOPS, gains=False)(mend, before, after)


if __name__ == "__main__":
    mend_cli(judge, __doc__)
