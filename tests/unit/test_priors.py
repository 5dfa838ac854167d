"""Template priors across scripts (monitor.core.priors): fitted offsets that pick which of a Chinese post's
close candidates leads, never a score or a threshold. Cases written for these tests, apart from every
labelled set."""

from __future__ import annotations

import pytest

from monitor.core.langid import writing_system
from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template
from monitor.core.priors import ScriptPriors, script_priors_for
from monitor.core.priors_params import SCRIPT_PRIORS

COURSE = Template(
    id="course", category="scam", severity="high", text="Buy our Lumen video course for 99 yuan"
)
APP = Template(id="app", category="scam", severity="high", text="Download the Lumen app from this link")
TEMPLATES = {t.id: t for t in (COURSE, APP)}
ZH = "大家都在聊Lumen，真的很厉害"
EN = "Everyone is talking about Lumen, it is really good"
POLICY = MatchPolicy(default_threshold=0.85, stance_guard=False, min_post_tokens=1)
PRIORS = MatchPolicy(
    default_threshold=0.85,
    stance_guard=False,
    min_post_tokens=1,
    script_priors=ScriptPriors({"course": -0.01}),
)


def _hits(course: float, app: float, app_text: str = APP.text) -> list[Hit]:
    return [Hit("course", "text", 0, COURSE.text, course), Hit("app", "text", 0, app_text, app)]


def test_offsets_only_demote():
    with pytest.raises(ValueError, match="positive"):
        ScriptPriors({"course": 0.01})
    assert ScriptPriors({"course": -0.01}).offset("unknown") == 0.0


def test_a_sibling_within_the_offset_leads_and_the_hub_does_not_alert_past_it():
    # both over the line: the course led by 0.004, within its offset of 0.01
    before = decide("p", ZH, _hits(0.904, 0.900), TEMPLATES, POLICY)
    after = decide("p", ZH, _hits(0.904, 0.900), TEMPLATES, PRIORS)
    assert before.template_id == "course"
    assert after.template_id == "app"
    assert after.score == pytest.approx(before.candidates[1].score)  # scores are not moved
    assert after.explanation["priors_demoted"] == ["course"] and "priors_demoted" not in before.explanation
    # the sibling under its line: nothing alerts (the course is not tried past it)
    assert decide("p", ZH, _hits(0.898, 0.889), TEMPLATES, POLICY).template_id == "course"
    assert not decide("p", ZH, _hits(0.898, 0.889), TEMPLATES, PRIORS).matched
    # a lead wider than the offset stands
    assert decide("p", ZH, _hits(0.92, 0.90), TEMPLATES, PRIORS).template_id == "course"


def test_english_posts_and_exemplars_in_the_post_script_are_left_as_they_are():
    assert decide("p", EN, _hits(0.904, 0.900), TEMPLATES, PRIORS) == decide(
        "p", EN, _hits(0.904, 0.900), TEMPLATES, POLICY
    )
    # the sibling's exemplar is Chinese, the course's English: only the course is across scripts, and its
    # offset applies; a Chinese exemplar of the course would keep its place
    same = [
        Hit("course", "example", 1, "购买Lumen视频课程只要99元", 0.904),
        Hit("app", "text", 0, APP.text, 0.90),
    ]
    assert decide("p", ZH, same, TEMPLATES, PRIORS).template_id == "course"
    priors = ScriptPriors({"course": -0.01})
    ranked = decide("p", ZH, _hits(0.904, 0.900), TEMPLATES, POLICY).candidates
    assert priors.reorder(ranked, "alphabetic", writing_system) == (list(ranked), frozenset())
    order, demoted = priors.reorder(ranked, "zh", writing_system)
    assert [c.template_id for c in order] == ["app", "course"] and demoted == {"course"}


def test_the_shipped_priors_are_non_positive_and_fitted_for_e5_only():
    assert set(SCRIPT_PRIORS) <= {"multilingual-e5-small"}
    for model in SCRIPT_PRIORS:
        priors = script_priors_for(model)
        assert priors is not None and priors.script == "zh"
        assert all(v <= 0 for v in priors.offsets.values())
    assert script_priors_for("all-MiniLM-L6-v2") is None
