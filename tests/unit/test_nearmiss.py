"""Near misses: which unmatched posts are kept beside their template's incident, and why. Pure, no model."""

from __future__ import annotations

import json

import pytest

from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Post, Template
from monitor.core.nearmiss import BELOW_THRESHOLD, near_miss_of, select_near_misses

POLICY = MatchPolicy(default_threshold=0.6, lexical_weight=0.4, lexical_saturation=10.0)
BRIDGE = Template(
    id="bridge-closed",
    category="rumour",
    severity="medium",
    text="The Golden Gate bridge will be closed to traffic for a whole year from Monday.",
    negatives=("The city says the Golden Gate bridge is not closing; only one lane has night works.",),
)
CATALOGUE = {BRIDGE.id: BRIDGE}
MARGIN = 0.1


def hits(score: float, negative: float | None = None) -> list[Hit]:
    out = [Hit(BRIDGE.id, "text", 0, BRIDGE.text, score)]
    if negative is not None:
        out.append(Hit(BRIDGE.id, "negative", 0, BRIDGE.negatives[0], negative))
    return out


def post(text: str, pid: str = "p1", **extra: str) -> Post:
    return Post(id=pid, text=text, **extra)


def judge(text: str, score: float, negative: float | None = None, pid: str = "p1"):  # type: ignore[no-untyped-def]
    p = post(text, pid, author="<b>carol</b>", url="https://example.org/1")
    return p, decide(pid, text, hits(score, negative), CATALOGUE, POLICY)


def test_a_post_just_below_the_threshold_is_a_near_miss_with_its_score() -> None:
    p, d = judge("Heard the Golden Gate might shut down for repairs at some point", 0.55)
    assert not d.matched and d.suppressed_by is None
    miss = near_miss_of(p, d, MARGIN)
    assert miss is not None
    assert (miss.template_id, miss.reason, miss.threshold) == (BRIDGE.id, BELOW_THRESHOLD, 0.6)
    assert 0.5 <= miss.score < 0.6
    assert miss.author == "<b>carol</b>" and miss.url == "https://example.org/1"  # kept as data


def test_a_post_further_below_than_the_margin_is_not() -> None:
    p, d = judge("Traffic on the bay bridge is heavy this evening again", 0.40)
    assert near_miss_of(p, d, MARGIN) is None
    assert near_miss_of(p, d, 0.25) is not None  # a wider margin takes it


def test_margin_zero_keeps_only_what_a_guard_stopped() -> None:
    p, d = judge("Heard the Golden Gate might shut down for repairs at some point", 0.55)
    assert near_miss_of(p, d, 0.0) is None


@pytest.mark.parametrize(
    ("text", "score", "negative", "reason"),
    [
        ("bridge closed!!", 0.9, None, "short_text"),
        ("City: Golden Gate bridge is not closing, one lane has night works", 0.70, 0.85, "negative"),
        ("Fact check: no, the Golden Gate bridge is not closing for a year", 0.85, None, "stance"),
    ],
)
def test_a_post_a_guard_stopped_is_a_near_miss_with_the_guard(
    text: str, score: float, negative: float | None, reason: str
) -> None:
    p, d = judge(text, score, negative)
    assert not d.matched and d.suppressed_by == reason and d.suppressed_template == BRIDGE.id
    miss = near_miss_of(p, d, 0.0)  # whatever the margin
    assert miss is not None and miss.reason == reason and miss.template_id == BRIDGE.id
    assert miss.score >= 0.6  # it reached the threshold; the guard said no


def test_matched_posts_and_posts_without_candidates_are_not_near_misses() -> None:
    p, d = judge("Golden Gate bridge closed to traffic for a whole year from Monday, plan ahead", 0.9)
    assert d.matched and near_miss_of(p, d, MARGIN) is None
    empty = decide("p2", "nothing near anything here at all", [], CATALOGUE, POLICY)
    assert near_miss_of(post("nothing near anything here at all", "p2"), empty, MARGIN) is None


def test_select_keeps_one_per_post_and_is_deterministic() -> None:
    text = "Heard the Golden Gate might shut down for repairs at some point"
    p1, d1 = judge(text, 0.55, pid="a")
    p2, d2 = judge(text, 0.55, pid="b")
    misses = select_near_misses([p1, p1, p2], [d1, d1, d2], MARGIN)
    assert sorted(m.post_id for m in misses) == ["a", "b"]
    again = select_near_misses([p1], [d1], MARGIN)
    # the same post decided again serialises the same: Redis keeps one member, not two
    assert json.dumps(again[0].as_dict(), sort_keys=True) == json.dumps(misses[0].as_dict(), sort_keys=True)


def test_long_texts_are_cut() -> None:
    text = "Heard the Golden Gate might shut down for repairs " + "word " * 500
    p, d = judge(text, 0.55)
    miss = near_miss_of(p, d, MARGIN)
    assert miss is not None and len(miss.text) == 1000
