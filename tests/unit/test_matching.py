"""The decision layer on plain values: hits, BM25 rows and templates in, decisions out. No model."""

from __future__ import annotations

import dataclasses

import pytest

from monitor.core.matching import (
    Hit,
    MatchPolicy,
    ScoredCandidate,
    argued_elsewhere,
    argues_against,
    catalogue_subject,
    claim_negation,
    claim_stance,
    clear_leader,
    decide,
    negates_report_of,
    quoted_to_be_dismissed,
    rank_candidates,
    stance_conflict,
    template_profile,
)
from monitor.core.models import Template
from monitor.core.text import analyze

POLICY = MatchPolicy(default_threshold=0.6, lexical_weight=0.4, lexical_saturation=10.0, signal_weight=0.04)

BRIDGE = Template(
    id="bridge-closed",
    category="rumour",
    severity="medium",
    text="The Golden Gate bridge will be closed to traffic for a whole year from Monday.",
    examples=("Golden Gate shut for 12 months starting next week",),
    negatives=("The city says the Golden Gate bridge is not closing; only one lane has night works.",),
)
OPEN = Template(
    id="museum-open",
    category="rumour",
    severity="low",
    text="The Louvre is now open to the public every night, no tickets needed.",
)
GIFT = Template(
    id="gift-card-scam",
    category="scam",
    severity="high",
    text="Pay a 20 dollar fee and we send you a 500 dollar supermarket gift card, scan the QR code to pay.",
    examples=("Supermarket gift card giveaway, small handling fee, DM me",),
)
SELF_DEBUNK = Template(
    id="vaccine-denial",
    category="rumour",
    severity="medium",
    text="The health minister denies that the vaccine was ever tested on children.",
)
CATALOGUE = {t.id: t for t in (BRIDGE, OPEN, GIFT, SELF_DEBUNK)}


def hits_for(template: Template, score: float, *, negative: float | None = None) -> list[Hit]:
    out = [Hit(template.id, "text", 0, template.text, score)]
    if negative is not None:
        out.append(Hit(template.id, "negative", 0, template.negatives[0], negative))
    return sorted(out, key=lambda h: -h.score)


def test_a_close_paraphrase_matches_with_an_explanation() -> None:
    d = decide(
        "p1",
        "Golden Gate closed for a whole year starting Monday, plan your commute",
        hits_for(BRIDGE, 0.55),
        CATALOGUE,
        POLICY,
        lexical={"bridge-closed": 12.0},
    )
    assert d.matched and d.template_id == "bridge-closed"
    assert d.score == pytest.approx(0.55 + 0.4 * 12 / 22)
    exp = d.explanation
    assert exp["nearest_exemplar"] == {"kind": "text", "index": 0, "text": BRIDGE.text, "score": 0.55}
    assert (
        exp["scores"]["dense"] == 0.55 and exp["scores"]["bm25"] == 12.0 and exp["scores"]["threshold"] == 0.6
    )
    assert exp["signals"] == [] and exp["stance_cues"] == []


def test_a_rumour_spread_as_a_warning_still_matches() -> None:
    d = decide(
        "p1",
        "Heads up drivers: Golden Gate closed for a year starting Monday!!",
        hits_for(BRIDGE, 0.7),
        CATALOGUE,
        POLICY,
    )
    assert d.matched and d.explanation["stance_cues"] == ["heads up"]


def test_lexical_evidence_reorders_close_dense_candidates() -> None:
    hits = [
        Hit("museum-open", "text", 0, OPEN.text, 0.50),
        Hit("bridge-closed", "text", 0, BRIDGE.text, 0.49),
    ]
    ranked = rank_candidates(
        "golden gate bridge closed", hits, POLICY, lexical={"bridge-closed": 8.0}, templates=CATALOGUE
    )
    assert [c.template_id for c in ranked] == ["bridge-closed", "museum-open"]
    assert ranked[0].lexical == pytest.approx(8 / 18)


def test_a_template_only_bm25_found_gets_the_weakest_dense_hit() -> None:
    hits = [Hit("museum-open", "text", 0, OPEN.text, 0.41), Hit("museum-open", "example", 0, "x", 0.30)]
    ranked = rank_candidates(
        "golden gate", hits, POLICY, lexical={"bridge-closed": 30.0}, templates=CATALOGUE
    )
    lexical_only = next(c for c in ranked if c.template_id == "bridge-closed")
    assert lexical_only.dense == 0.30 and lexical_only.exemplar.text == BRIDGE.text


def test_below_threshold_is_no_match_but_keeps_the_best_candidate() -> None:
    d = decide(
        "p2",
        "Traffic on the bay bridge is heavy this evening again",
        hits_for(BRIDGE, 0.40),
        CATALOGUE,
        POLICY,
    )
    assert not d.matched and d.suppressed_by is None
    assert d.candidates[0].template_id == "bridge-closed"
    assert d.explanation["best"]["template_id"] == "bridge-closed"


def test_per_template_threshold_wins_over_the_default() -> None:
    strict = {"bridge-closed": BRIDGE.model_copy(update={"threshold": 0.9})}
    d = decide(
        "p3", "Golden Gate closed for a year from Monday they say", hits_for(BRIDGE, 0.8), strict, POLICY
    )
    assert not d.matched


def test_short_text_guard() -> None:
    d = decide("p4", "bridge closed!!", hits_for(BRIDGE, 0.9), CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "short_text"


def test_registered_negative_suppresses_its_look_alike() -> None:
    d = decide(
        "p5",
        "City: Golden Gate bridge is not closing, one lane has night works",
        hits_for(BRIDGE, 0.70, negative=0.85),
        CATALOGUE,
        POLICY,
    )
    assert not d.matched and d.suppressed_by == "negative"


@pytest.mark.parametrize(
    "post",
    [
        "The mayor denies the Golden Gate bridge will be closed for a year",
        "Fact check: no, the Golden Gate bridge is not closing for a year",
        "That viral post about the Golden Gate closing for a year is completely false",
        "Rumours that the Golden Gate will be shut for a year are unfounded",
        "Golden Gate closed for a year? Not true, says the city",
    ],
)
def test_debunks_never_alert(post: str) -> None:
    d = decide("p6", post, hits_for(BRIDGE, 0.85), CATALOGUE, POLICY, lexical={"bridge-closed": 15.0})
    assert not d.matched and d.suppressed_by == "stance"


def test_negating_the_claims_own_words_is_a_debunk() -> None:
    d = decide(
        "p7",
        "The Louvre is not open to the public at night, tickets are still required",
        hits_for(OPEN, 0.9),
        CATALOGUE,
        POLICY,
    )
    assert not d.matched and d.suppressed_by == "stance"
    assert d.explanation["suppressed_detail"] == "negation"


def test_negation_the_template_itself_carries_is_fine() -> None:
    # the template says "no tickets needed": a post repeating that negation still asserts the rumour
    d = decide(
        "p8",
        "Great news, the Louvre is open every night now and no tickets are needed",
        hits_for(OPEN, 0.8),
        CATALOGUE,
        POLICY,
    )
    assert d.matched


def test_idiomatic_negation_is_fine() -> None:
    d = decide(
        "p9",
        "Can't believe the Louvre is open to the public every night now!",
        hits_for(OPEN, 0.8),
        CATALOGUE,
        POLICY,
    )
    assert d.matched


def test_a_template_that_is_itself_a_denial_matches_denials() -> None:
    d = decide(
        "p10",
        "Health minister denied the vaccine had been tested on kids",
        hits_for(SELF_DEBUNK, 0.8),
        CATALOGUE,
        POLICY,
    )
    assert d.matched and d.template_id == "vaccine-denial"


def test_scam_signals_raise_the_score_and_show_in_the_explanation() -> None:
    post = "500 dollar supermarket gift card, just pay the 20 dollar fee, scan the QR code"
    d = decide("p11", post, hits_for(GIFT, 0.58), CATALOGUE, POLICY)
    assert d.matched
    assert d.explanation["scores"]["signal"] == pytest.approx(0.04)
    assert {"price", "payment_ask", "qr_or_group_invite"} <= set(d.explanation["signals"])
    assert {"amount": 20.0, "currency": "USD"} in d.explanation["prices"]
    assert set(d.explanation["shared_signals"]) <= set(template_profile(GIFT).signals)


def test_scam_template_without_any_scam_signal_in_the_post_is_penalised() -> None:
    post = "My grandmother loves collecting supermarket gift cards from her birthday"
    ranked = rank_candidates(post, hits_for(GIFT, 0.62), POLICY, templates=CATALOGUE)
    assert ranked[0].signal == pytest.approx(-0.04)
    assert not decide("p12", post, hits_for(GIFT, 0.62), CATALOGUE, POLICY).matched


def test_a_warning_about_the_scam_never_alerts() -> None:
    post = "Beware: the supermarket gift card 'fee' texts are a scam, do not pay, do not scan the QR code"
    d = decide("p13", post, hits_for(GIFT, 0.9), CATALOGUE, POLICY, lexical={"gift-card-scam": 20.0})
    assert not d.matched and d.suppressed_by == "stance"


def test_suppressed_best_falls_through_to_the_next_candidate() -> None:
    hits = [Hit("bridge-closed", "text", 0, BRIDGE.text, 0.9), Hit("museum-open", "text", 0, OPEN.text, 0.8)]
    d = decide(
        "p14",
        "The Louvre is open to the public every night, but the Golden Gate will not be closed",
        hits,
        CATALOGUE,
        POLICY,
    )
    assert d.matched and d.template_id == "museum-open"


def test_a_claim_whose_words_the_post_argues_with_does_not_fall_through_to_a_sibling() -> None:
    # a post that negates the first claim's words is about that claim: the museum claim below it is a
    # weaker reading of the same post, not what it asserts (no clause of its own asserts it)
    hits = [Hit("bridge-closed", "text", 0, BRIDGE.text, 0.9), Hit("museum-open", "text", 0, OPEN.text, 0.8)]
    d = decide(
        "p15",
        "The Golden Gate bridge will not be closed to traffic for a year, the public is open to it at night",
        hits,
        CATALOGUE,
        POLICY,
    )
    assert not d.matched and d.suppressed_by == "stance", (d.template_id, d.suppressed_by)


# the museum claim, and the bridge rumour's debunk a little closer to the post than it: a post that denies the
# bridge rumour is as close to that debunk as to the museum claim it asserts
MUSEUM_AND_BRIDGE_DEBUNK = (
    Hit("museum-open", "text", 0, OPEN.text, 0.8),
    Hit("bridge-closed", "negative", 0, BRIDGE.negatives[0], 0.85),
)


@pytest.mark.parametrize(
    "post",
    [
        # a question asserts nothing
        "The Golden Gate bridge is not closing, the city says. Is the Louvre now open to the public every night?",
        # the post denies this claim too
        "The Golden Gate bridge is not closing, and the Louvre is not open to the public every night either.",
        # a warning of the other claim, with no denial of it, is not read apart
        "Beware of posts about the Golden Gate bridge closing. The Louvre is now open to the public every night.",
        # an English clause denies another claim by a negation only: calling it a hoax (a debunk cue) is
        # how news and fact checks talk about claims, not a denial that sets this one apart
        "The Golden Gate bridge closure story is a hoax. The Louvre is now open to the public every night.",
        "Beware of the Golden Gate bridge closure hoax. The Louvre is now open to the public every night.",
        # the clause apart shares three words with the museum claim and more with the gift-card scam: it
        # asserts the scam, not the museum claim
        "The Golden Gate bridge is not closing, the city says. But the supermarket is open to the public every "
        "night: pay a 20 dollar fee and we send you a gift card.",
        # a loss told (money gone, "钱打水漂了") is a victim's warning, whatever its other sentences say
        "钱打水漂了。The Golden Gate bridge is not closing, the city says. "
        "But the Louvre is now open to the public every night, entry is free.",
        # ... and one told in English: the seller blocked the writer once paid (scripts/round51_mends.py, l1)
        "I paid and then he blocked me. The Golden Gate bridge is not closing, the city says. "
        "But the Louvre is now open to the public every night, entry is free.",
    ],
)
def test_a_debunk_of_another_claim_still_stops_a_post_that_does_not_assert_this_one_apart(post: str) -> None:
    d = decide("p15c", post, MUSEUM_AND_BRIDGE_DEBUNK, CATALOGUE, POLICY)
    assert not d.matched, (d.template_id, d.explanation)


# a few Chinese phrases and their English glosses, for a cross-script bridge in tests
_GLOSSES = {
    "金门大桥": ["golden", "gate", "bridge"],
    "封闭一年": ["closed", "year"],
    "卢浮宫": ["louvre"],
    "每晚": ["night"],
    "向公众开放": ["open", "public"],
    "超市购物卡": ["supermarket", "gift", "card"],
    "手续费": ["fee"],
}


class _GlossBridge:
    """A cross-script bridge that knows the phrases of :data:`_GLOSSES`."""

    def terms(self, normalized: str) -> list[str]:
        return [t for phrase, gloss in _GLOSSES.items() if phrase in normalized for t in gloss]


@pytest.mark.parametrize(
    ("post", "policy"),
    [
        # the bridge rumour denied, the museum claim asserted in a sentence of its own: the bridge's debunk
        # says nothing against it
        (
            "The Golden Gate bridge is not closing, the city says. "
            "But the Louvre is now open to the public every night, entry is free.",
            POLICY,
        ),
        # the other claim called a rumour (a debunk cue, no negation) in Chinese, read through the cross-script
        # bridge; this one asserted in a clause of its own
        (
            "金门大桥封闭一年是谣言；卢浮宫现在每晚向公众开放了",
            dataclasses.replace(POLICY, bridge=_GlossBridge()),
        ),
        # the other claim called a scam (骗局, the scam cue) in Chinese denies it too
        (
            "金门大桥封闭一年的说法是骗局；卢浮宫现在每晚向公众开放了",
            dataclasses.replace(POLICY, bridge=_GlossBridge()),
        ),
        # ... and in English: the other offer called a fraud ("the so-called Sora APK is a fraud")
        (
            "The Golden Gate bridge closure passes they sell online are a fraud. "
            "But the Louvre is now open to the public every night, entry is free.",
            POLICY,
        ),
        # a denial that answers a question denies what was asked ("Open source? No.", "开源？❌ 谣言")
        (
            "Is the Golden Gate bridge closing for a year? Nope, not true. The Louvre is now open to the public "
            "every night.",
            POLICY,
        ),
        (
            "金门大桥封闭一年？谣言。卢浮宫现在每晚向公众开放了",
            dataclasses.replace(POLICY, bridge=_GlossBridge()),
        ),
        # a clause that tells the reader not to pay for the other offer denies it, with no negation word
        # ("别再花九十九买什么Sora课了"; scripts/round31_mends.py, z10)
        (
            "别再花钱买金门大桥封闭一年的门票了；卢浮宫现在每晚向公众开放了",
            dataclasses.replace(POLICY, bridge=_GlossBridge()),
        ),
        # the wave dash ends a clause, as a full stop does
        (
            "金门大桥封闭一年是谣言～卢浮宫现在每晚向公众开放了",
            dataclasses.replace(POLICY, bridge=_GlossBridge()),
        ),
        # a denial that names no claim answers the report quoted before it ("a man offers a 'Sora API key'.
        # It's nonsense: …"; scripts/round42_mends.py, d1b)
        (
            "A man in the chat sells 'Golden Gate bridge closed for a year passes'. It is nonsense, do not "
            "listen to him. But the Louvre is now open to the public every night, entry is free.",
            POLICY,
        ),
        # ... and when the quotation ends a sentence, or holds several: it is one clause with what introduces
        # it, so the denial after it answers the report (scripts/round47_mends.py, q3)
        (
            "Somebody in the group forwards: 'The Golden Gate bridge is closed for a year. From Monday!' "
            "Forget that one, it is not true, the city said sorry. But the Louvre is now open to the public every "
            "night, entry is free.",
            POLICY,
        ),
    ],
)
def test_a_post_that_denies_one_claim_and_asserts_another_alerts_the_one_it_asserts(
    post: str, policy: MatchPolicy
) -> None:
    d = decide("p15b", post, MUSEUM_AND_BRIDGE_DEBUNK, CATALOGUE, policy)
    assert d.matched and d.template_id == "museum-open", (d.suppressed_by, d.explanation)


# a post near the gift-card scam that also names the bridge rumour
GIFT_AND_BRIDGE = (
    Hit("gift-card-scam", "text", 0, GIFT.text, 0.8),
    Hit("bridge-closed", "text", 0, BRIDGE.text, 0.7),
)


_BRIDGED = dataclasses.replace(POLICY, bridge=_GlossBridge())


@pytest.mark.parametrize(
    ("post", "policy", "cue"),
    [
        # a notice quotes the offer whole, denies another claim and says "Don't pay": the refusal is said to
        # the offer, so the post is not read as denying only the other claim and asserting the scam apart
        # (scripts/round44_mends.py, q1b: the notice sells nothing of its own)
        (
            "This was sent to our members: 'Supermarket gift card worth 500 dollars! Pay the 20 dollar fee and "
            "scan the QR code!' Please ignore it. The Golden Gate bridge is not closing for a year either, "
            "whatever it says. Don't pay, and tell a parent if you are contacted.",
            POLICY,
            "cue:refuse",
        ),
        # the notice of a shop the offer borrowed the name of: "We sell papers and sweets, and that's all"
        # names its trade, not an offer of the scam's kind (scripts/round46_mends.py, q2e)
        (
            "This was sent out with our shop's name on it: 'Supermarket gift card worth 500 dollars! Pay the 20 "
            "dollar fee and scan the QR code!' We didn't send it. The Golden Gate bridge is not closing for a "
            "year either. Don't pay. We sell papers and sweets, and that's all.",
            POLICY,
            "cue:refuse",
        ),
        # the same notice in Chinese: the offer quoted whole, "别扫码、别交钱", another claim called a rumour;
        # "别扫码" is no invitation of its own (scripts/round46_mends.py, q2z)
        (
            "群里有人发：“超市购物卡五百元，交二十元手续费，扫码领取。”请大家别扫码、别交钱。金门大桥封闭一年也是谣言。",
            _BRIDGED,
            "cue:debunk",  # 谣言 before the refusal is read
        ),
    ],
)
def test_a_refusal_after_a_quoted_offer_stops_the_scam_it_quotes(
    post: str, policy: MatchPolicy, cue: str
) -> None:
    d = decide("refused", post, GIFT_AND_BRIDGE, CATALOGUE, policy)
    assert not d.matched and d.suppressed_by == "stance", (d.template_id, d.explanation)
    assert d.explanation["suppressed_detail"] == cue


@pytest.mark.parametrize(
    ("post", "policy"),
    [
        # "don't download that 'Sora APK' … I got Sora accounts to rent": the refusal is said to the others'
        # offer, the post sells its own (scripts/round44_mends.py, q1 lost such posts, q1b keeps them)
        (
            "The Golden Gate bridge is not closing for a year, those 'closure passes' are fake, don't pay for "
            "them. Want a real deal? Supermarket gift card worth 500 dollars, pay the 20 dollar fee and scan "
            "the QR code to claim it today.",
            POLICY,
        ),
        # "别扫他们的码 … 私我领取": in Chinese
        ("金门大桥封闭一年是谣言，别扫他们的码。超市购物卡五百元，交二十元手续费，私我领取。", _BRIDGED),
    ],
)
def test_a_seller_that_refuses_another_offer_and_makes_its_own_alerts_its_own(
    post: str, policy: MatchPolicy
) -> None:
    d = decide("seller", post, GIFT_AND_BRIDGE, CATALOGUE, policy)
    assert d.matched and d.template_id == "gift-card-scam", (d.suppressed_by, d.explanation)


# the museum claim, the bridge rumour and its debunk: a post that quotes the rumour and dismisses it, then
# asserts the museum claim apart
MUSEUM_BRIDGE_AND_DEBUNK = (
    Hit("museum-open", "text", 0, OPEN.text, 0.8),
    Hit("bridge-closed", "text", 0, BRIDGE.text, 0.85),
)


_DISMISSED_REPORT = (
    "A neighbour keeps posting: 'The Golden Gate bridge will be closed to traffic for a whole year from Monday.' "
    "Sab bakwaas hai, it's all rubbish: the city says the bridge stays open every night. But this one is real: "
    "the Louvre is now open to the public every night, no tickets needed."
)
_DISMISSED_IN_PASSING = (
    "Them lot saying the Golden Gate bridge will be closed to traffic for a year, that's codswallop. What is "
    "true: the Louvre is now open to the public every night, no tickets needed."
)


@pytest.mark.parametrize(
    ("post", "template", "denied"),
    [
        # the dismissal answers the report quoted before it, with facts that share words with the claim the
        # post asserts apart ("open", "night"): it denies the report, not that claim (scripts/round57_mends.py,
        # d2) ...
        (_DISMISSED_REPORT, OPEN, {"bridge-closed"}),
        # ... and read for the claim the report quotes, it argues against that one
        (_DISMISSED_REPORT, BRIDGE, set()),
        # a dismissal in the plain man's words denies the claim it names, as a negation does (and not as
        # "a hoax" does: news and fact checks call claims so)
        (_DISMISSED_IN_PASSING, OPEN, {"bridge-closed"}),
        (_DISMISSED_IN_PASSING, BRIDGE, set()),
        # a con or a boast dismisses as twaddle does (scripts/round58_mends.py, d3)
        (
            _DISMISSED_REPORT.replace(
                "Sab bakwaas hai, it's all rubbish", "Eso es puro juega vivo, that's a con"
            ),
            OPEN,
            {"bridge-closed"},
        ),
        (_DISMISSED_IN_PASSING.replace("that's codswallop", "that's just big talk"), OPEN, {"bridge-closed"}),
        (
            "Them lot saying the Golden Gate bridge will be closed to traffic for a year, it's a hoax. What is "
            "true: the Louvre is now open to the public every night, no tickets needed.",
            OPEN,
            set(),
        ),
    ],
)
def test_a_dismissal_denies_the_claim_it_answers(post: str, template: Template, denied: set[str]) -> None:
    assert argued_elsewhere(post, template, CATALOGUE, frozenset()) == denied


def test_a_claim_quoted_and_called_rubbish_is_quoted_to_be_dismissed() -> None:
    # the post quotes the bridge rumour and calls it rubbish, then asserts the museum claim apart
    # (scripts/round71_mends.py, v2)
    assert quoted_to_be_dismissed(_DISMISSED_REPORT, BRIDGE, CATALOGUE, frozenset())
    assert not quoted_to_be_dismissed(_DISMISSED_REPORT, OPEN, CATALOGUE, frozenset())
    # a dismissal with no quotation before it, and a seller vouching for its own offer, answer no report
    assert not quoted_to_be_dismissed(_DISMISSED_IN_PASSING, BRIDGE, CATALOGUE, frozenset())
    vouch = "Supermarket gift card worth 500 dollars, pay the 20 dollar fee and scan the QR code. 100% legit, not a scam!"
    assert not quoted_to_be_dismissed(vouch, GIFT, CATALOGUE, frozenset())


@pytest.mark.parametrize(
    ("verdict", "answers"),
    [
        # a verdict on the report in words no cue reads answers it (scripts/round69_mends.py) ...
        ("Lord, that's a bald-faced lie", True),
        ("Oh, that's a crooked scheme, dear", True),
        ("Sunt gogoși, those are tall tales", True),
        ("Maine, that's no good", True),
        # ... an assent does not
        ("Finally, that's real", False),
        ("Wow, that's huge", False),
        ("Honestly, it's the real deal", False),
    ],
)
def test_a_verdict_on_a_quoted_claim_dismisses_it(verdict: str, answers: bool) -> None:
    post = _DISMISSED_REPORT.replace("Sab bakwaas hai, it's all rubbish", verdict)
    assert quoted_to_be_dismissed(post, BRIDGE, CATALOGUE, frozenset()) is answers
    # the verdict answers the report before it, not the claim the post asserts apart
    assert not quoted_to_be_dismissed(post, OPEN, CATALOGUE, frozenset())
    # and with no report before it, it answers nothing
    alone = "The city says so. " + verdict + ": the bridge stays open every night."
    assert not quoted_to_be_dismissed(alone, BRIDGE, CATALOGUE, frozenset())


# a report of the bridge rumour answered by a negation in words the rumour does not use, then the museum claim
# asserted apart (scripts/round67_mends.py, n1)
_NEGATED_REPORT = (
    "A neighbour keeps posting: 'The Golden Gate bridge will be closed to traffic for a whole year from Monday.' "
    "What a fuss over nothing: the city has no such plan, and the works need one lane at night. But this one "
    "is real: the Louvre is now open to the public every night, no tickets needed."
)


def test_a_negation_right_after_a_report_answers_the_claim_it_quotes() -> None:
    assert negates_report_of(_NEGATED_REPORT, BRIDGE, CATALOGUE, frozenset())
    assert not negates_report_of(_NEGATED_REPORT, OPEN, CATALOGUE, frozenset())
    d = decide("n1", _NEGATED_REPORT, MUSEUM_BRIDGE_AND_DEBUNK, CATALOGUE, POLICY)
    assert d.matched and d.template_id == "museum-open", (d.template_id, d.suppressed_by, d.explanation)


# a verdict in words no cue reads, right after a report of the bridge rumour, then the museum claim asserted apart
# (scripts/round71_mends.py, v2)
_BRIDGE_REPORT = (
    "A neighbour keeps posting: 'The Golden Gate bridge will be closed to traffic for a whole year.' "
)
_VERDICTS = (
    "Lord, that's a bald-faced lie",
    "Sagi da yo, it's a swindle",
    "Eso es un timo, that's a textbook swindle",
)


@pytest.mark.parametrize("verdict", _VERDICTS)
def test_a_verdict_right_after_a_report_stops_the_claim_it_quotes(verdict: str) -> None:
    reason = ": the city says the bridge stays open every night."
    museum = " But this one is real: the Louvre is now open to the public every night, no tickets needed."
    d = decide("v2", _BRIDGE_REPORT + verdict + reason + museum, MUSEUM_BRIDGE_AND_DEBUNK, CATALOGUE, POLICY)
    assert d.matched and d.template_id == "museum-open", (d.template_id, d.suppressed_by, d.explanation)
    # alone, the verdict stops the claim it answers, though no cue of the stance guard reads it
    bridge = (Hit("bridge-closed", "text", 0, BRIDGE.text, 0.85),)
    d = decide("v2", _BRIDGE_REPORT + verdict + reason, bridge, CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "stance", (d.template_id, d.explanation)
    assert d.explanation["suppressed_detail"] == "verdict"
    # an assent answers nothing
    d = decide("v2", _BRIDGE_REPORT + "Wow, that's huge" + reason, bridge, CATALOGUE, POLICY)
    assert d.matched and d.template_id == "bridge-closed", (d.suppressed_by, d.explanation)


def test_a_seller_who_runs_down_a_rivals_offer_and_makes_it_again_is_no_verdict() -> None:
    post = (
        "In the chat a man keeps offering: 'A supermarket gift card worth 500 dollars for a 20 dollar fee.' "
        "Honestly, that's a bald-faced lie: the ones who paid him got nothing. Pay the 20 dollar fee to me "
        "and scan the QR code, your 500 dollar supermarket gift card ships today."
    )
    d = decide("v2", post, (Hit("gift-card-scam", "text", 0, GIFT.text, 0.9),), CATALOGUE, POLICY)
    assert d.matched and d.template_id == "gift-card-scam", (d.suppressed_by, d.explanation)


# a quotation no colon opens, that ends its sentence, then an answer to it and a claim asserted apart
# (scripts/round73_mends.py, e1)
_UNCOLONED_REPORT = (
    "My cousin keeps saying 'The Golden Gate bridge will be closed to traffic for a whole year.' "
)
_ANSWER_AND_MUSEUM = (
    "Not true: the city says only one lane has night works. What is true: the Louvre is now open to the "
    "public every night, no tickets needed."
)


def test_a_quotation_keeps_its_closing_mark_so_the_answer_after_it_answers_the_report() -> None:
    post = _UNCOLONED_REPORT + _ANSWER_AND_MUSEUM
    # the report is whole in its clause: the answer denies the claim it quotes, the museum is asserted apart
    assert argued_elsewhere(post, OPEN, CATALOGUE, frozenset()) == {"bridge-closed"}
    d = decide("e1", post, MUSEUM_BRIDGE_AND_DEBUNK, CATALOGUE, POLICY)
    assert d.matched and d.template_id == "museum-open", (d.template_id, d.suppressed_by, d.explanation)
    # the bridge alone is still stopped: the post denies it
    bridge = (Hit("bridge-closed", "text", 0, BRIDGE.text, 0.85),)
    d = decide(
        "e1",
        _UNCOLONED_REPORT + "Not true: the city says only one lane has night works.",
        bridge,
        CATALOGUE,
        POLICY,
    )
    assert not d.matched, (d.template_id, d.explanation)


@pytest.mark.parametrize(
    "post",
    [
        # no colon opens the quotation: a seller's own title, then a swipe at the others
        "'Golden Gate bridge closed to traffic for a whole year from Monday': the full story in our zine, "
        "written by people who drive it, not by a marketing agency.",
        # a question answers nothing
        "A neighbour keeps posting: 'The Golden Gate bridge will be closed to traffic for a whole year from "
        "Monday.' Didn't I say so last week?",
    ],
)
def test_a_negation_answers_only_a_report_after_a_colon_and_no_question(post: str) -> None:
    assert not negates_report_of(post, BRIDGE, CATALOGUE, frozenset())


def test_a_claim_phrased_with_a_negation_is_repeated_not_answered_by_one() -> None:
    # "not a single real camera" says what the claim says ("none of it was filmed"): no answer to the report
    post = (
        "My uncle forwards: 'The viral tornado clip was generated by a computer program.' Not a single real "
        "camera, apparently."
    )
    assert not negates_report_of(post, NO_FILM, FILMS, frozenset())
    assert negates_report_of(
        post.replace("Not a single real camera, apparently", "Nobody I know believes it"),
        NO_FILM,
        FILMS,
        frozenset(),
    )


def test_a_dismissal_of_another_claim_lets_the_claim_asserted_apart_alert() -> None:
    d = decide("dismissed", _DISMISSED_REPORT, MUSEUM_BRIDGE_AND_DEBUNK, CATALOGUE, POLICY)
    assert d.matched and d.template_id == "museum-open", (d.template_id, d.suppressed_by, d.explanation)


@pytest.mark.parametrize(
    "post",
    [
        # the clause after the report answers it with facts, not a dismissal (a clip's provenance): its
        # words may name another claim, so it is read as the guard reads any arguing clause
        "A neighbour keeps posting: 'The Golden Gate bridge will be closed to traffic for a whole year from "
        "Monday.' The clip was filmed in 2019 during the night works, the city says the bridge stays open "
        "every night. The Louvre is now open to the public every night, no tickets needed.",
        # the report quotes the museum claim itself: a dismissal after it answers this claim
        "A neighbour keeps posting: 'The Louvre is now open to the public every night, no tickets needed.' "
        "That's twaddle: the Louvre shuts at six. The Golden Gate bridge will be closed to traffic for a year "
        "though.",
    ],
)
def test_a_dismissal_only_answers_a_report_of_another_claim(post: str) -> None:
    d = decide("dismissed", post, MUSEUM_BRIDGE_AND_DEBUNK, CATALOGUE, POLICY)
    assert d.template_id != "museum-open" or not d.matched, (d.template_id, d.explanation)


def test_a_look_alike_of_the_claim_a_post_denies_still_weighs_on_the_claim_it_asserts_apart() -> None:
    # the post denies the bridge rumour in the words of the bridge's neutral look-alike and asserts the
    # museum claim in a sentence of its own: the look-alike still stops it. Setting aside the look-alikes of
    # the claims a post denies (n3b, scripts/round45_mends.py) let a debunk through on its unseen reads, and
    # was removed by its rule
    hits = (
        Hit("museum-open", "text", 0, OPEN.text, 0.8),
        Hit(
            "bridge-closed",
            "negative",
            1,
            "Night works on one lane of the Golden Gate bridge this week",
            0.86,
        ),
    )
    post = (
        "The Golden Gate bridge is not closing for a year, there are only night works on one lane this week. "
        "But the Louvre is now open to the public every night, entry is free."
    )
    assert argued_elsewhere(post, OPEN, CATALOGUE, frozenset()) == {"bridge-closed"}
    d = decide("n3", post, hits, CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "negative", (d.template_id, d.explanation)
    # with the look-alike further than the claim, the claim asserted apart alerts
    further = Hit(
        "bridge-closed", "negative", 1, "Night works on one lane of the Golden Gate bridge this week", 0.7
    )
    d = decide("n3c", post, (hits[0], further), CATALOGUE, POLICY)
    assert d.matched and d.template_id == "museum-open", (d.suppressed_by, d.explanation)


def test_a_look_alike_of_any_template_suppresses() -> None:
    hits = [
        Hit("bridge-closed", "negative", 0, "Night works on one lane of the bridge", 0.85),
        Hit("museum-open", "text", 0, OPEN.text, 0.8),
    ]
    d = decide("p14b", "Night works on one lane of the Golden Gate this week", hits, CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "negative"


def test_a_negative_that_argues_counts_less_against_a_post_that_does_not() -> None:
    # the registered debunk shares the topic; the post asserts the rumour without any denial
    hits = hits_for(BRIDGE, 0.80, negative=0.84)
    d = decide(
        "p14c", "Golden Gate bridge closing to traffic for twelve months from Monday", hits, CATALOGUE, POLICY
    )
    assert d.matched  # 0.84 - 0.2 < 0.80
    d = decide("p14d", "Golden Gate bridge is not closing, the city says", hits, CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "negative"


def test_a_question_with_a_negation_is_not_a_debunk_for_the_negative_guard() -> None:
    # "why is nobody talking about X?" asks, it does not deny: the arguing negative counts 0.2 less
    hits = hits_for(BRIDGE, 0.70, negative=0.88)
    post = "Why is nobody talking about the Golden Gate bridge closing for a whole year from Monday?"
    assert decide("p14e", post, hits, CATALOGUE, POLICY).matched
    d = decide("p14f", "No, the Golden Gate bridge is not closing for a year.", hits, CATALOGUE, POLICY)
    assert not d.matched


def test_an_answer_someone_looked_up_stops_the_claim_the_question_asked() -> None:
    # a question someone else asked, in the claim's words, answered with what the record says and no
    # negation (scripts/round47_mends.py, fb); told to the reader to look it up, the claim is spread
    hits = hits_for(BRIDGE, 0.75)
    post = (
        "A customer asked me this morning: isn't it true the Golden Gate bridge will be closed for a whole "
        "year from Monday? So I looked it up for him: the city's notice lists night works on one lane only."
    )
    d = decide("fb", post, hits, CATALOGUE, POLICY)
    assert not d.matched and d.suppressed_by == "stance", (d.template_id, d.explanation)
    post = (
        "Look it up! The Golden Gate bridge will be closed for a whole year from Monday, plan your commute."
    )
    assert decide("fb2", post, hits, CATALOGUE, POLICY).matched


def test_unknown_templates_in_hits_are_ignored() -> None:
    hits = [Hit("gone", "text", 0, "removed template", 0.99)]
    d = decide("p15", "some text that is long enough", hits, CATALOGUE, POLICY, lexical={"gone": 9.0})
    assert not d.matched and d.candidates == []


def test_max_bonus_bounds_what_lexical_and_signals_add() -> None:
    assert POLICY.max_bonus == pytest.approx(0.44)
    ranked = rank_candidates(
        "pay fee qr code gift card",
        hits_for(GIFT, 0.5),
        POLICY,
        lexical={"gift-card-scam": 1e6},
        templates=CATALOGUE,
    )
    assert ranked[0].score <= 0.5 + POLICY.max_bonus + 1e-9


CROSS = MatchPolicy(default_threshold=0.9, lexical_weight=0.0, signal_weight=0.0, cross_language_offset=0.03)
ZH_POST = "金门大桥从周一开始封闭整整一年，大家注意绕行"


def test_a_post_in_another_script_than_its_exemplar_gets_the_cross_language_threshold() -> None:
    d = decide("zh1", ZH_POST, hits_for(BRIDGE, 0.88), CATALOGUE, CROSS)
    assert d.matched and d.template_id == "bridge-closed"
    assert d.explanation["scores"]["threshold"] == pytest.approx(0.87)
    # the same score from a same-script exemplar is below the threshold
    zh_bridge = BRIDGE.model_copy(update={"text": "金门大桥将从周一起封闭一整年，禁止通行。"})
    d = decide("zh2", ZH_POST, hits_for(zh_bridge, 0.88), {"bridge-closed": zh_bridge}, CROSS)
    assert not d.matched and d.explanation["best"]["threshold"] == 0.9
    # an English post against the English exemplar: the plain threshold
    d = decide(
        "en1", "Golden Gate closed for a whole year from Monday", hits_for(BRIDGE, 0.88), CATALOGUE, CROSS
    )
    assert not d.matched
    # without an offset (MiniLM), scripts do not matter
    assert not decide(
        "zh3", ZH_POST, hits_for(BRIDGE, 0.88), CATALOGUE, MatchPolicy(default_threshold=0.9)
    ).matched


def test_an_explicit_template_threshold_is_not_lowered_across_scripts() -> None:
    strict = {"bridge-closed": BRIDGE.model_copy(update={"threshold": 0.89})}
    assert not decide("zh4", ZH_POST, hits_for(BRIDGE, 0.88), strict, CROSS).matched


def test_a_lower_ranked_candidate_that_clears_its_own_threshold_still_matches() -> None:
    lenient = {**CATALOGUE, "museum-open": OPEN.model_copy(update={"threshold": 0.5})}
    hits = [
        Hit("bridge-closed", "text", 0, BRIDGE.text, 0.58),
        Hit("museum-open", "text", 0, OPEN.text, 0.55),
    ]
    d = decide("p9", "The Louvre is open to the public every night now, entry is free", hits, lenient, POLICY)
    assert d.matched and d.template_id == "museum-open"


def test_lowest_threshold_bounds_every_candidates_threshold() -> None:
    assert CROSS.lowest_threshold(BRIDGE) == pytest.approx(0.87)
    assert CROSS.lowest_threshold(BRIDGE.model_copy(update={"threshold": 0.95})) == 0.95
    assert MatchPolicy(default_threshold=0.9).lowest_threshold(BRIDGE) == 0.9
    assert MatchPolicy().post_writing_system(ZH_POST) == ""  # no offset: the post's script is not needed
    assert CROSS.post_writing_system(ZH_POST) == "zh"


# --- evasion by disclaimer: a scam that vouches for itself is not a warning ---------------------------
# (not the Sora sets: a gift-card scam with the disclaimers scammers append)
GIFT_SCAM = "500 dollar supermarket gift card, just pay the 20 dollar fee and scan the QR code to claim it."


@pytest.mark.parametrize(
    "disclaimer",
    [
        "100% legit, not a scam!",
        "Beware of fake cards, ours is the real one.",
        "Don't trust other groups, they are scammers.",
        "We are not scammers like the others.",
        "Watch out for copycat sellers, only ours is genuine.",
    ],
)
def test_a_scam_that_vouches_for_itself_still_alerts(disclaimer: str) -> None:
    post = f"{GIFT_SCAM} {disclaimer}"
    d = decide("pv", post, hits_for(GIFT, 0.9), CATALOGUE, POLICY, lexical={"gift-card-scam": 20.0})
    assert d.matched and d.template_id == "gift-card-scam", (
        d.suppressed_by,
        d.explanation.get("stance_cues"),
    )


@pytest.mark.parametrize(
    "post",
    [
        # the scammers' disclaimer quoted or reported by someone warning about them
        "They swear it's not a scam, but the gift card fee of 20 dollars is theft. Do not pay, do not scan.",
        "Beware: gift card texts asking a 20 dollar fee say 'not a scam, 100% legit'. It is a scam.",
        "None of these gift card sellers are legit; paying the 20 dollar fee just funds fraudsters.",
        "Is the 20 dollar gift card fee legit? No: it is a scam, scan nothing.",
    ],
)
def test_a_warning_that_quotes_or_denies_the_vouch_is_still_a_warning(post: str) -> None:
    d = decide("pw", post, hits_for(GIFT, 0.9), CATALOGUE, POLICY, lexical={"gift-card-scam": 20.0})
    assert not d.matched and d.suppressed_by == "stance"


def test_a_vouch_without_an_offer_changes_nothing() -> None:
    """No price, payment, link, QR or download: the post sells nothing, its scam cue still counts."""
    post = (
        "Supermarket gift cards from the loyalty scheme are a scam? Not a scam, they are legit, I used one."
    )
    d = decide("px", post, hits_for(GIFT, 0.9), CATALOGUE, POLICY, lexical={"gift-card-scam": 20.0})
    assert not d.matched


# --- a true fact about a person a claim names is not the claim -------------------------------------------
ROVER = {
    "rover-inventor": Template(
        id="rover-inventor",
        category="rumour",
        severity="high",
        text="Dr Ana Lima, a Porto graduate, single-handedly designed the Zephyr rover",
    ),
    "rover-free": Template(
        id="rover-free",
        category="rumour",
        severity="low",
        text="The Zephyr rover images are free to download",
    ),
    "rover-fake": Template(
        id="rover-fake",
        category="rumour",
        severity="low",
        text="The Zephyr rover landing was staged in a studio",
    ),
}


def _rover_hits(score: float) -> list[Hit]:
    return [
        Hit("rover-inventor", "text", 0, ROVER["rover-inventor"].text, score),
        Hit("rover-free", "text", 0, ROVER["rover-free"].text, score - 0.2),
        Hit("rover-fake", "text", 0, ROVER["rover-fake"].text, score - 0.25),
    ]


def test_a_fact_about_the_named_person_without_the_subject_is_not_the_claim() -> None:
    d = decide(
        "pf",
        "Dr Ana Lima studied in Porto and now teaches physics in Lisbon",
        _rover_hits(0.85),
        ROVER,
        POLICY,
    )
    assert not d.matched and d.suppressed_by == "off_subject"
    assert d.explanation["suppressed_detail"] == "rover, zephyr"


def test_the_claim_about_the_person_with_the_subject_still_matches() -> None:
    d = decide(
        "pc", "Porto grad Ana Lima designed the Zephyr rover on her own!", _rover_hits(0.85), ROVER, POLICY
    )
    assert d.matched and d.template_id == "rover-inventor"


def test_a_subject_named_with_drawn_out_letters_is_named() -> None:
    # a promo shouts the name ("SOOOORAAAA"): said once per letter, it is the subject
    post = "Porto grad Ana Lima designed the ZEEEPHYRRR ROOOVERRR on her own, brother!"
    d = decide("pz", post, _rover_hits(0.85), ROVER, POLICY)
    assert d.matched and d.template_id == "rover-inventor", (d.suppressed_by, d.explanation)


ROVER_IMAGES = {
    t.id: t
    for t in [
        Template(
            id="inventor",
            category="rumour",
            severity="high",
            text="Dr Ana Lima, a Porto graduate, designed the Zephyr rover that took the famous images",
        ),
        *(
            Template(id=f"r{i}", category="rumour", severity="low", text=text)
            for i, text in enumerate(
                [
                    "The Zephyr rover images are free to download",
                    "Zephyr rover images show water on Mars",
                    "The Zephyr rover landing was staged in a studio",
                    "The Zephyr rover was built by a secret team",
                    "The Zephyr rover mission cost a trillion dollars",
                    "The Zephyr rover will be shut down next week",
                    "The Zephyr rover carries a nuclear weapon",
                ]
            )
        ),
    ]
}


def test_a_word_of_the_best_candidates_that_is_not_the_subject_does_not_make_a_fact_the_claim() -> None:
    # "images" is in most of the five best candidates (the topic) but not in most candidates (the subject:
    # zephyr, rover); a fact about the person that shares "images" still never names the subject
    hits = [Hit(t.id, "text", 0, t.text, 0.85 - 0.02 * n) for n, t in enumerate(ROVER_IMAGES.values())]
    d = decide(
        "pi",
        "Dr Ana Lima teaches physics in Lisbon, her lab studies satellite images",
        hits,
        ROVER_IMAGES,
        POLICY,
    )
    assert not d.matched and d.suppressed_by == "off_subject"
    assert d.explanation["suppressed_detail"] == "rover, zephyr"
    claim = decide(
        "pj", "Porto grad Ana Lima designed the Zephyr rover and its images", hits, ROVER_IMAGES, POLICY
    )
    assert claim.matched and claim.template_id == "inventor"


# in a catalogue of unrelated claims, five candidates sharing a common word is no subject
CLAIMS = {
    f"c{i}": Template(id=f"c{i}", category="claim", severity="medium", text=text)
    for i, text in enumerate(
        [
            "A photo shows the president asleep during the summit",
            "A photo shows the president's motorcade in a flood",
            "A photo shows a shark swimming on a flooded highway",
            "A bank will close every branch in Ohio next month",
            "A vaccine contains a tracking microchip",
            "A famous singer died of an asthma attack",
            "A city banned plastic straws last year",
        ]
    )
}


def _claim_hits(scores: list[float]) -> list[Hit]:
    return [Hit(tid, "text", 0, CLAIMS[tid].text, s) for tid, s in zip(CLAIMS, scores, strict=False)]


def test_a_word_the_best_five_share_but_the_other_candidates_do_not_is_no_subject() -> None:
    # the post says "picture", not "photo": the five best candidates share "photo" and "show" (most of
    # them), but most of all seven candidates do not, so nothing is off-subject here
    post = "This picture of the president sleeping at the summit is everywhere today"
    d = decide("pp", post, _claim_hits([0.8, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35]), CLAIMS, POLICY)
    assert d.matched and d.template_id == "c0"
    assert catalogue_subject(CLAIMS) == frozenset()
    assert d.topical  # too small for the open-catalogue weights: the conservative ones


def test_the_catalogue_subject_is_what_most_templates_share() -> None:
    assert catalogue_subject(ROVER) == frozenset({"rover", "zephyr"})
    assert catalogue_subject(dict(list(ROVER.items())[:2])) == frozenset()  # too few templates to say
    d = decide(
        "pc", "Porto grad Ana Lima designed the Zephyr rover on her own!", _rover_hits(0.85), ROVER, POLICY
    )
    assert d.topical


# --- a scam that exploits a claim: the offer is tried before the claim ----------------------------------
PASS_APP = Template(
    id="metro-app-released",
    category="rumour",
    severity="medium",
    text="The city has released an official Metro Pass app, download it from the app store on your phone.",
)
PASS_FAKE = Template(
    id="metro-fake-app",
    category="scam",
    severity="high",
    text="Download the Metro Pass app installer from this link and ride free, works on any phone.",
)
APPS = {t.id: t for t in (PASS_APP, PASS_FAKE, GIFT, BRIDGE)}


def _app_hits(claim: float, scam: float) -> list[Hit]:
    return sorted(
        [
            Hit(PASS_APP.id, "text", 0, PASS_APP.text, claim),
            Hit(PASS_FAKE.id, "text", 0, PASS_FAKE.text, scam),
            Hit(GIFT.id, "text", 0, GIFT.text, 0.3),
        ],
        key=lambda h: -h.score,
    )


@pytest.mark.parametrize(
    "post",
    [
        "Metro Pass app download here: metro-pass[.]download, official build, works on any phone",
        "Official Metro Pass app for android at hxxp://metropass-app[.]top/metro.apk install it today",
        "Metro Pass app is out! Get the installer at metro-pass.example/download, 2 dollars",
    ],
)
def test_a_download_offer_matches_the_scam_not_the_claim_it_exploits(post: str) -> None:
    d = decide("pa", post, _app_hits(0.86, 0.80), APPS, POLICY)
    assert d.matched and d.template_id == PASS_FAKE.id
    assert d.candidates[0].template_id == PASS_FAKE.id  # the ranking says so too


def test_the_claim_without_an_offer_stays_the_claim() -> None:
    post = "The official Metro Pass app is finally out, download it from the app store on your phone"
    d = decide("pb", post, _app_hits(0.86, 0.80), APPS, POLICY)
    assert d.matched and d.template_id == PASS_APP.id


def test_an_offer_does_not_move_a_scam_that_names_another_thing() -> None:
    # the gift-card scam shares the post's price but not the claim's words: not a sibling of the claim
    post = "Golden Gate closed for a whole year from Monday, details at sfgate.com, 20 dollar parking passes"
    hits = [*hits_for(BRIDGE, 0.85), Hit(GIFT.id, "text", 0, GIFT.text, 0.8)]
    d = decide("pc", post, hits, {**CATALOGUE, **APPS}, POLICY)
    assert d.matched and d.template_id == BRIDGE.id


def test_the_offer_rule_can_be_switched_off() -> None:
    post = "Metro Pass app download here: metro-pass[.]download, official build, works on any phone"
    policy = MatchPolicy(**{**POLICY.__dict__, "offer_before_claim": False})
    d = decide("pd", post, _app_hits(0.86, 0.80), APPS, policy)
    assert d.template_id == PASS_APP.id


def test_a_scam_naming_its_competitors_by_what_they_do_still_alerts() -> None:
    post = f"{GIFT_SCAM} Others selling these cards are scammers, we are the authorized reseller."
    d = decide("pv2", post, hits_for(GIFT, 0.9), CATALOGUE, POLICY, lexical={"gift-card-scam": 20.0})
    assert d.matched and d.template_id == "gift-card-scam", d.suppressed_by


# a claim phrased with a negation: repeating its negation asserts it, negating the rest of it denies it
NO_FILM = Template(
    id="clip-generated",
    category="rumour",
    severity="medium",
    text="The viral tornado clip was generated by a computer program; none of it was filmed.",
    examples=("Not a single real camera was used for the tornado clip, it is all rendered.",),
    negatives=(
        "The tornado clip is genuine: a 'computer generated' caption was added to a storm chaser's video.",
    ),
)
FILMS = {t.id: t for t in (NO_FILM, BRIDGE, OPEN)}


def test_a_claim_phrased_with_a_negation_knows_which_words_it_negates() -> None:
    profile = template_profile(NO_FILM)
    assert profile.claim_negates
    assert {"filmed", "real", "camera"} <= profile.negated


@pytest.mark.parametrize(
    "post",
    [
        "Nothing was filmed, the viral tornado clip came out of a computer program.",
        "The tornado clip is not real footage, a computer program generated every frame.",
    ],
)
def test_repeating_the_claims_own_negation_asserts_the_claim(post: str) -> None:
    text = analyze(post)
    assert not argues_against(text, NO_FILM)  # so the arguing negative counts 0.2 less
    assert stance_conflict(text, NO_FILM.text, NO_FILM) is None
    # the registered debunk is a little closer than the claim, but it argues and the post does not
    d = decide("nf1", post, hits_for(NO_FILM, 0.80, negative=0.85), FILMS, POLICY)
    assert d.matched and d.template_id == "clip-generated", d.suppressed_by


@pytest.mark.parametrize(
    "post",
    [
        "The viral tornado clip is real footage from a storm chaser, not generated by a computer program.",
        "That tornado clip was not made by any computer program, a storm chaser filmed it.",
    ],
)
def test_negating_the_rest_of_a_negated_claim_denies_it(post: str) -> None:
    text = analyze(post)
    assert argues_against(text, NO_FILM)
    assert stance_conflict(text, NO_FILM.text, NO_FILM) == "negation"
    d = decide("nf2", post, hits_for(NO_FILM, 0.85), FILMS, POLICY, lexical={"clip-generated": 15.0})
    assert not d.matched and d.suppressed_by == "stance"


def test_a_negation_of_anything_else_still_argues_against_a_negated_claim() -> None:
    # "no actors" repeats no negation of the claim: the post argues (the arguing negative keeps its full
    # weight), though it denies no word of the claim (the stance guard lets it through)
    post = analyze("No camera, no actors, no set: the tornado clip was generated by a computer program.")
    assert argues_against(post, NO_FILM)
    assert stance_conflict(post, NO_FILM.text, NO_FILM) is None
    assert argues_against(analyze("The tornado clip isn't an app, nothing was filmed"), NO_FILM)


def test_a_debunk_cue_that_only_repeats_the_claims_negation_is_no_debunk() -> None:
    post = analyze("This tornado clip is not real, a computer program generated it")
    assert "debunk" in post.stance
    assert claim_stance(post, template_profile(NO_FILM)) == frozenset()
    # any other cue still counts, and against a claim without negations the cue stays
    assert claim_stance(
        analyze("The tornado clip is not real, the computer caption is a lie"), template_profile(NO_FILM)
    )
    assert claim_stance(post, template_profile(OPEN)) == post.stance


def test_claim_negation_drops_whole_negations_that_repeat_the_claim() -> None:
    profile = template_profile(NO_FILM)
    assert claim_negation(analyze("It is not real footage"), profile) == frozenset()
    assert claim_negation(analyze("It is not real footage, not computer generated"), profile) == {
        "computer",
        "generated",
    }
    # a claim without negations of its own: every negated word may deny it
    assert claim_negation(analyze("It is not real footage"), template_profile(OPEN)) == {"real", "footage"}


def _museum_post_hits(claim: float, neighbour_negative: str, negative: float) -> list[Hit]:
    return [
        Hit("bridge-closed", "negative", 1, neighbour_negative, negative),
        Hit("museum-open", "text", 0, OPEN.text, claim),
    ]


def test_a_neighbours_neutral_look_alike_weighs_less_against_a_post_in_the_claims_words() -> None:
    post = 'My teacher told us: "the Louvre is now open to the public every night, no tickets needed"'
    neutral = "The bridge authority published its night works schedule on its website."
    hits = _museum_post_hits(0.70, neutral, 0.73)
    # no lexical evidence: the neighbour's look-alike is closer than the claim and stops it
    assert decide("fn1", post, hits, CATALOGUE, POLICY).suppressed_by == "negative"
    # the post is in the claim's words (BM25): a quarter of the lexical bonus outweighs the 0.03
    d = decide("fn2", post, hits, CATALOGUE, POLICY, lexical={"museum-open": 20.0})
    assert d.matched and d.template_id == "museum-open"
    off = MatchPolicy(**{**POLICY.__dict__, "foreign_negative_lexical": 0.0})
    assert not decide("fn3", post, hits, CATALOGUE, off, lexical={"museum-open": 20.0}).matched


def test_no_lexical_relief_when_the_first_candidate_does_not_clearly_lead() -> None:
    post = 'My teacher told us: "the Louvre is now open to the public every night, no tickets needed"'
    neutral = "The bridge authority published its night works schedule on its website."
    lexical = {"museum-open": 20.0}
    # museum-open: 0.70 + 0.4 * 20 / 30 = 0.967 fused; the gift-card scam 0.96 - 0.04 (no scam signal in
    # the post) = 0.92 is within 0.05 of it
    close = [*_museum_post_hits(0.70, neutral, 0.73), Hit("gift-card-scam", "text", 0, GIFT.text, 0.96)]
    d = decide("fl1", post, close, CATALOGUE, POLICY, lexical=lexical)
    assert d.template_id != "museum-open"
    assert d.suppressed_by == "negative" or d.template_id == "gift-card-scam"
    # 0.90 - 0.04: the claim leads by 0.107, and the relief lets it match
    far = [*_museum_post_hits(0.70, neutral, 0.73), Hit("gift-card-scam", "text", 0, GIFT.text, 0.90)]
    assert decide("fl2", post, far, CATALOGUE, POLICY, lexical=lexical).template_id == "museum-open"
    # no lead asked for: the relief as before
    anyway = MatchPolicy(**{**POLICY.__dict__, "foreign_negative_lead": 0.0})
    assert decide("fl3", post, close, CATALOGUE, anyway, lexical=lexical).template_id == "museum-open"


def test_clear_leader_reads_the_fused_score_not_the_rankers_order() -> None:
    def cand(tid: str, fused: float, rank: float) -> ScoredCandidate:
        hit = Hit(tid, "text", 0, "", fused)
        return ScoredCandidate(tid, fused, fused, 0.0, None, hit, rank_score=rank)

    # the ranker puts the scam first (0.502 against 0.479) but its fused score is lower: no leader
    assert clear_leader([cand("rich", 0.826, 0.502), cand("public", 0.830, 0.479)], 0.05) is None
    assert clear_leader([cand("public", 0.981, 0.967), cand("video", 0.790, 0.01)], 0.05) == "public"
    assert clear_leader([cand("only", 0.8, 0.9)], 0.05) == "only"
    assert clear_leader([], 0.05) is None


def test_no_lexical_relief_from_a_debunk_or_the_candidates_own_look_alike() -> None:
    post = "The Louvre is now open to the public every night, no tickets needed at all"
    lexical = {"museum-open": 20.0}
    # an arguing look-alike of the neighbour (a denial) still weighs against the dense score alone
    arguing = _museum_post_hits(0.70, "The bridge is not closing at all, the city says.", 0.93)
    assert decide("fn4", post, arguing, CATALOGUE, POLICY, lexical=lexical).suppressed_by == "negative"
    # nor does the claim's own neutral look-alike
    own = [
        Hit("museum-open", "negative", 0, "The Louvre published its night opening hours.", 0.73),
        Hit("museum-open", "text", 0, OPEN.text, 0.70),
    ]
    assert decide("fn5", post, own, CATALOGUE, POLICY, lexical=lexical).suppressed_by == "negative"


@pytest.mark.parametrize(
    "post",
    [
        "The Louvre night opening: for now only members and invited guests can use it, every night.",
        "The Louvre night visits are still limited to members, open to the public every night later on.",
        "Louvre every night for the public? It is currently being tested with members only.",
    ],
)
def test_restricted_access_stops_a_claim_of_release(post: str) -> None:
    assert "limited" in analyze(post).stance
    d = decide("lim1", post, hits_for(OPEN, 0.85), CATALOGUE, POLICY, lexical={"museum-open": 15.0})
    assert not d.matched and d.suppressed_by == "stance"
    assert d.explanation["suppressed_detail"] == "cue:limited"


def test_restricted_access_does_not_stop_a_scam_that_sells_around_it() -> None:
    post = "Only members can use our 500 dollar supermarket gift card deal: pay the 20 dollar fee, scan the QR code"
    assert "limited" in analyze(post).stance
    d = decide("lim2", post, hits_for(GIFT, 0.8), CATALOGUE, POLICY)
    assert d.matched and d.template_id == "gift-card-scam"
    assert "limited" not in analyze("Only 99 yuan and everyone can use it").stance  # a price is no limit


# --- relayed claims, reported claims rejected, a seller's line about competitors --------------------------
# (an invented bridge rumour and an invented API-key scam, not the Sora sets)
@pytest.mark.parametrize(
    "post",
    [
        "'The Golden Gate bridge will be closed for a whole year' — a friend's take, and honestly I believe him.",
        '"Golden Gate closed to traffic for a year from Monday" - my boss, in this morning\'s meeting.',
        "My cousin's hot take — 'the Golden Gate bridge will be closed for a year'. Could be.",
    ],
)
def test_a_quoted_claim_with_its_speaker_spreads_it(post: str) -> None:
    d = decide("pq", post, hits_for(BRIDGE, 0.7), CATALOGUE, POLICY, lexical={"bridge-closed": 12.0})
    assert d.matched and d.template_id == "bridge-closed", (d.suppressed_by, d.explanation)


@pytest.mark.parametrize(
    "post",
    [
        "Saw three posts today saying the Golden Gate bridge will be closed for a year. It won't.",
        "Everyone in my group chat claims the Golden Gate will be closed for a whole year. Nope.",
        "People keep posting that the Golden Gate bridge will be closed for a year, but that's not the case.",
        "'The Golden Gate bridge will be closed for a whole year' — a friend's take. It isn't.",
    ],
)
def test_a_reported_claim_then_a_bare_rejection_is_a_debunk(post: str) -> None:
    d = decide("pr", post, hits_for(BRIDGE, 0.7), CATALOGUE, POLICY, lexical={"bridge-closed": 12.0})
    assert not d.matched and d.suppressed_by == "stance", (d.suppressed_by, d.explanation)


def test_a_reported_claim_without_a_rejection_still_spreads_it() -> None:
    post = "Saw three posts today saying the Golden Gate bridge will be closed for a year. Plan your commute."
    d = decide("ps", post, hits_for(BRIDGE, 0.7), CATALOGUE, POLICY, lexical={"bridge-closed": 12.0})
    assert d.matched


KEYS = Template(
    id="zephyr-api-keys",
    category="scam",
    severity="high",
    text="Official Zephyr API keys for sale: pay and get access to the Zephyr model today.",
    negatives=("Zephyr has no public API, so the Zephyr API keys on sale are fake.",),
)
KEYS_CATALOGUE = {**CATALOGUE, KEYS.id: KEYS}


@pytest.mark.parametrize(
    "post",
    [
        "Most 'Zephyr API' sellers are fake. We're an authorised channel: pay per key, access today.",
        "Other 'Zephyr key' shops are scammers. Ours is the official one, DM to buy a key for 30 usd.",
        "Beware of fake Zephyr API sellers! We are the verified reseller, keys at zephyr-keys.shop/buy",
        # no claim about itself at all: the line about competitors in a post that sells
        "So many Zephyr key sellers are scammers. Stable endpoint, pay per key, DM me for access.",
    ],
)
def test_a_seller_warning_about_other_sellers_is_not_its_templates_warning(post: str) -> None:
    # the negative (a warning about key sellers) is closer than the claim; the post still sells, and its
    # only argument is the line about competitors, so the negative does not read it as a warning
    d = decide(
        "pk", post, hits_for(KEYS, 0.8, negative=0.85), KEYS_CATALOGUE, POLICY, lexical={KEYS.id: 12.0}
    )
    assert d.matched and d.template_id == KEYS.id, (d.suppressed_by, d.explanation)


@pytest.mark.parametrize(
    "post",
    [
        "Most 'Zephyr API' sellers are fake. Don't pay any of them, there is no public API.",
        "They swear they're an authorised channel, but 'Zephyr API' keys on sale are fake. Report them.",
    ],
)
def test_a_warning_about_key_sellers_is_still_stopped(post: str) -> None:
    d = decide(
        "pw", post, hits_for(KEYS, 0.8, negative=0.85), KEYS_CATALOGUE, POLICY, lexical={KEYS.id: 12.0}
    )
    assert not d.matched
