"""The mends after the reads of hard_en_heldout55 / 56: four English stance cues for warnings that still
alert, judged by the rule below over every seen set (docs/history/QUALITY-ENGLISH.md "Four cues for
answers that name no stance").

    CODE=/work/code-before python scripts/round56_mends.py dump OUT/before   # the code before (git archive)
    python scripts/round56_mends.py dump OUT/after                           # this checkout: all four
    python scripts/round56_mends.py judge c1 OUT/before OUT/after            # and p3, a1, s1

``dump`` is scripts/fact_debunk_check.py's (every seen English set, through hard_en_heldout56, every seen
Chinese set through zh_heldout50 and their stream among 1,000 background reviews).

On the seen English sets 64 debunks and 14 true facts about a person alert a template (today's defaults,
scripts/en_sets.py). Four shapes recur among them with no stance cue the guard knows; each cue below is one
alternative of ``_STANCE_PATTERNS["debunk"]`` in monitor/core/text.py:

c1  the correction of whom a claim named, told beside a true fact about that person: "the computer
    scientist a viral post had wrongly named as one of Sora's inventors", "(not one of its inventors,
    whatever the viral post said)", "the forwarded post named Xie Saining as a Sora inventor, but the two
    researchers who led Sora …". Targets: heldout51-046, 52-046, 53-046, 54-046, 54-047, 55-046, 56-046.
p3  a clip's provenance in the active voice (p1 and p2 read the passive and "it was filmed"): "One of our
    members filmed it in 2019 in the workshop of a leather museum"; no word between the clip and its year
    may name Sora, OpenAI or AI ("I shot this with Sora in 2024" is the claim). Targets: heldout54-044,
    56-044.
a1  an advice column's or a club officer's reply to a reader's question quoted above it ("'… Is that
    true?' (a member in Yeovil) The editor replies: …"). Targets: heldout46-042, 49-043, 53-043, 53-044,
    55-044.
s1  the sceptic's counterfactual: "If somebody really had a film to make, why would they need twenty-five
    pounds from a drummer?" ("really", "truly", "actually" or "genuinely" in the "if" clause: a plain "If
    Sora is open source now, why would anyone pay for access?" asserts, heldout7-018). Targets:
    heldout27-041, 35-041, 38-041, 52-042, 53-042, 54-042.

How they were found, said plainly: by reading the seen sets' false alerts under 1df495a's code and grepping
every seen English post for each shape (no gold post matches any of the four; none matches a Chinese
post). These are in-sample cues. The run that judges them below is the first full dump of both languages;
the targets above come from the English-only look that chose them.

RULE (written and committed before the judging dumps, 2026-12-06). The four are judged together against
the code before them (1df495a's monitor/), over every seen set; each mend's R3 names its own targets:

  R1 no right alert lost and no post newly alerting a template it is not gold for, in English, alone;
  R2 in Chinese, alone and in the stream, no right alert lost, no wrong alert new; 0 of 1,000 background
     reviews alerting;
  R3 the mend's targets stop alerting;
  R4 the unit tests pass with them (tests/unit/test_text.py's cases fail on the code before: 8 of them);
  R5 CheckThat! 2022 2A dev decisions at the default line: no more false alerts than the code before, and
     no fewer right ones.

A mend whose R3 fails is removed; if R1, R2, R4 or R5 fails, all four are removed and the result
documented. Kept mends are read on the next unseen sets (hard_en_heldout57 / 58), where they are out of
sample, under the rule pre-registered in docs/QUALITY.md.

RESULT (2026-12-06 13:32-14:09 UTC, the dumps of 1df495a's monitor/ and f04c8dd's): all four KEEP. R1 and
R2: the four change 20 English decisions, each a warning that stops alerting (the targets above, all of
them); no right alert lost, nothing newly alerting; no Chinese decision changed, alone or in the stream; 0
of 1,000 reviews alerting. Over the seen English sets false alerts fall 161 -> 141 and debunks alerting
64 -> 51 (scripts/fact_debunk_check.py's ``judge``, whose own F1 is that older rule's and does not apply).
R3 passes for each. R4: the 1,222 unit tests pass (the 8 new cases fail on the code before). R5:
CheckThat! 2022 2A dev 165 / 5 / 34, MAP@5 0.9849, with them and without.

First unseen reads (hard_en_heldout57 / 58, 14:10 and 14:27 UTC): a1 stopped one debunk (57-043) and stays;
c1, p3 and s1 changed nothing, so the next reads decide.
"""

from __future__ import annotations

from fact_debunk_check import judge_by, mend_cli  # the scripts folder is on sys.path


def _posts(*ids: str) -> tuple[tuple[str, str], ...]:
    """(set, post) of English posts named by their short ids ("51-046": heldout51, heldout51-046)."""
    return tuple((f"heldout{p.split('-')[0]}", f"heldout{p}") for p in ids)


STOPS = {
    "c1": ("english", _posts("51-046", "52-046", "53-046", "54-046", "54-047", "55-046", "56-046")),
    "p3": ("english", _posts("54-044", "56-044")),
    "a1": ("english", _posts("46-042", "49-043", "53-043", "53-044", "55-044")),
    "s1": ("english", _posts("27-041", "35-041", "38-041", "52-042", "53-042", "54-042")),
}


if __name__ == "__main__":
    mend_cli(judge_by(STOPS, gains=False), __doc__)
