"""The news guard (monitor.core.newsguard) on plain values, and wired into ``decide``: a report that the thing
is not out yet is not the claim that it is; a claim dressed as news and a seller are. An invented museum wave,
not the Sora sets."""

from __future__ import annotations

import dataclasses

import pytest

from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template
from monitor.core.newsguard import news_report, not_yet_cues, reporting_frame
from monitor.core.text import normalize

OPEN = Template(
    id="museum-open",
    category="rumour",
    severity="low",
    text="The Louvre night visits are now open to the public: anyone can book a night tour today.",
)
TICKETS = Template(
    id="night-tickets-scam",
    category="scam",
    severity="high",
    text="Buy Louvre night tour tickets from us, pay 30 dollars and we send your pass today.",
)
CATALOGUE = {t.id: t for t in (OPEN, TICKETS)}
POLICY = MatchPolicy(default_threshold=0.6)


def _reads(post: str, claim: frozenset[str] = frozenset()) -> str | None:
    return news_report(post, normalize(post), claim)


@pytest.mark.parametrize(
    "post",
    [
        "The Louvre says it is working with artists and guides to get feedback on night visits before any wider release.",
        "According to Le Monde, the night tours are not yet available to the public; a small group of members test them.",
        "The museum's director told reporters the night visits remain a research preview for now.",
        "Louvre officials said red teamers from the security staff are walking the night route first.",
        "据卢浮宫介绍，夜场目前仅向少数会员开放测试，尚未向公众开放",
        "卢浮宫称正在邀请艺术家和导游试用夜场并收集反馈",
    ],
)
def test_a_report_that_it_is_not_out_yet_is_read(post: str) -> None:
    assert reporting_frame(post) is not None
    assert _reads(post) is not None


@pytest.mark.parametrize(
    "post",
    [
        # a claim dressed as news: a frame, no "not yet"
        "BREAKING: The Louvre opens night visits to everyone, book here",
        "The Louvre says night visits are now open to the public, anyone can book today.",
        "据卢浮宫介绍，夜场今天起全面向公众开放",
        # a seller around the restriction: "not yet" with a frame, but it sells
        "The Louvre says only a small group of members get in before any wider release. We have passes: 30 dollars, DM me",
        # "not yet" without anyone reported: the stance guard's business ("limited"), not this guard's
        "Night visits before any wider release? I'm in already lol",
        # "before" that is no release
        "The Louvre says book your night tour before they're gone.",
    ],
)
def test_a_claim_as_news_a_seller_or_no_frame_is_not_read(post: str) -> None:
    assert _reads(post) is None


def test_a_cue_the_claim_carries_itself_is_not_read_against_it() -> None:
    post = "The Louvre says red teamers walk the night route."
    assert _reads(post) is not None
    assert _reads(post, not_yet_cues(normalize("red teamers"))) is None


def _hits(template: Template, score: float) -> list[Hit]:
    return [Hit(template.id, "text", 0, template.text, score)]


def test_decide_stops_the_claim_on_a_report_that_it_is_not_out_yet() -> None:
    post = (
        "The Louvre says it is working with artists to get feedback on night visits before any wider release."
    )
    d = decide("n1", post, _hits(OPEN, 0.85), CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "news"
    # the guard off: the same post alerts
    off = decide("n1", post, _hits(OPEN, 0.85), CATALOGUE, dataclasses.replace(POLICY, news_guard=False))
    assert off.matched and off.template_id == "museum-open"


def test_decide_never_stops_a_seller_or_a_claim_dressed_as_news() -> None:
    scam = "The Louvre says night tours start before any wider release, and we sell tickets: pay 30 dollars, DM me"
    assert decide("n2", scam, _hits(TICKETS, 0.85), CATALOGUE, POLICY).template_id == "night-tickets-scam"
    claim = "BREAKING: The Louvre says night visits are now open to the public, anyone can book a tour today."
    assert decide("n3", claim, _hits(OPEN, 0.85), CATALOGUE, POLICY).template_id == "museum-open"


def test_a_report_that_sells_nothing_is_no_scam_either() -> None:
    # the report comes close to the scam's words; it carries no scam signal: stopped
    post = "The Louvre says it is inviting artists to try night tours and collect feedback before any wider release."
    d = decide("n4", post, _hits(TICKETS, 0.85), CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "news"
