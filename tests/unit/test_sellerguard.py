"""The seller's waiver (monitor.core.sellerguard) and where decide() applies it."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from monitor.core.matching import Hit, MatchPolicy, decide, waivable_candidate
from monitor.core.models import Template
from monitor.core.sellerguard import FEATURES, SellerWaiver, seller_waiver_for, waiver_features
from monitor.core.text import analyze

GIFT = Template(
    id="gift-card-scam",
    category="scam",
    severity="high",
    text="Pay a 20 dollar fee and we send you a 500 dollar supermarket gift card, scan the QR code to pay.",
    examples=("Supermarket gift card giveaway, small handling fee, DM me",),
)
BRIDGE = Template(
    id="bridge-closed",
    category="rumour",
    severity="medium",
    text="The Golden Gate bridge will be closed to traffic for a whole year from Monday.",
)
CATALOGUE = {t.id: t for t in (GIFT, BRIDGE)}
POLICY = MatchPolicy(default_threshold=0.6, lexical_weight=0.4, lexical_saturation=10.0, signal_weight=0.04)

# a post that still sells after its warning, and a victim's warning: both carry a cue the template lacks
SELLER = "Beware of copycats everywhere. Pay the 20 dollar fee and scan the QR code, your 500 dollar card ships today."
VICTIM = (
    "Beware: I paid the 20 dollar fee and scanned the QR code for a 500 dollar gift card and got nothing."
)


def _head(**weights: float) -> SellerWaiver:
    """A hand-set head on unstandardised features (mean 0, scale 1)."""
    w = tuple(weights.get(name, 0.0) for name in FEATURES)
    n = len(FEATURES)
    return SellerWaiver(w, (0.0,) * n, (1.0,) * n, bias=-1.0, cut=0.5)


# sells after its warning: lifted; speaks of itself in the first person singular: a victim, not lifted
WAIVER = _head(acts_after_cue=3.0, first_singular=-10.0)


def _hits(score: float) -> list[Hit]:
    return [Hit(GIFT.id, "text", 0, GIFT.text, score)]


def test_features_read_selling_acts_around_the_first_cue_and_the_person() -> None:
    seller = waivable_candidate(SELLER, _hits(0.9), CATALOGUE, POLICY, lexical={GIFT.id: 20.0})
    victim = waivable_candidate(VICTIM, _hits(0.9), CATALOGUE, POLICY, lexical={GIFT.id: 20.0})
    assert seller is not None and victim is not None
    assert (seller.reason, victim.reason) == ("stance", "stance")
    x, y = (
        dict(zip(FEATURES, seller.features, strict=True)),
        dict(zip(FEATURES, victim.features, strict=True)),
    )
    assert x["acts_after_cue"] >= 2 and x["acts_before_cue"] == 0 and x["first_singular"] == 0
    assert y["first_singular"] == 1 and x["by_cue"] == 1 and x["scam_template"] == 1
    assert x["margin"] == pytest.approx(seller.features[FEATURES.index("margin")]) and x["margin"] > 0


def test_a_seller_behind_a_warning_alerts_and_a_victim_stays_stopped() -> None:
    policy = dataclasses.replace(POLICY, seller_waiver=WAIVER)
    off = decide("s0", SELLER, _hits(0.9), CATALOGUE, POLICY, lexical={GIFT.id: 20.0})
    assert not off.matched and off.suppressed_by == "stance"
    on = decide("s1", SELLER, _hits(0.9), CATALOGUE, policy, lexical={GIFT.id: 20.0})
    assert on.matched and on.template_id == GIFT.id
    assert on.explanation["seller_waiver"]["waived"] is True
    victim = decide("v1", VICTIM, _hits(0.9), CATALOGUE, policy, lexical={GIFT.id: 20.0})
    assert not victim.matched and victim.suppressed_by == "stance"
    assert victim.explanation["seller_waiver"]["waived"] is False


def test_nothing_under_the_line_or_already_alerting_is_read() -> None:
    policy = dataclasses.replace(POLICY, seller_waiver=WAIVER)
    assert waivable_candidate(SELLER, _hits(0.3), CATALOGUE, POLICY) is None  # under its line
    plain = "Pay the 20 dollar fee and scan the QR code, your 500 dollar gift card ships today."
    assert waivable_candidate(plain, _hits(0.9), CATALOGUE, POLICY, lexical={GIFT.id: 20.0}) is None
    d = decide("p", plain, _hits(0.9), CATALOGUE, policy, lexical={GIFT.id: 20.0})
    assert d.matched and "seller_waiver" not in d.explanation


def test_a_language_left_out_is_left_to_the_rules() -> None:
    english_only = dataclasses.replace(WAIVER, languages=("zh",))
    policy = dataclasses.replace(POLICY, seller_waiver=english_only)
    d = decide("s2", SELLER, _hits(0.9), CATALOGUE, policy, lexical={GIFT.id: 20.0})
    assert not d.matched and d.suppressed_by == "stance"


def test_a_head_reads_standardised_features_and_checks_their_number() -> None:
    n = len(FEATURES)
    head = SellerWaiver((1.0,) + (0.0,) * (n - 1), (0.5,) * n, (0.5,) * n, bias=0.0, cut=0.7)
    assert head.probability(np.zeros(n)) == pytest.approx(1 / (1 + np.e))
    assert head.waives(np.ones(n)) == (True, pytest.approx(1 / (1 + np.exp(-1))))
    with pytest.raises(ValueError, match="expects"):
        head.probability(np.zeros(n - 1))
    assert SellerWaiver.from_dict(dataclasses.asdict(head)) == head
    assert (
        waiver_features(
            analyze("we sell it"),
            reason="negative",
            detail=None,
            margin=0.1,
            lead=0.0,
            neg_gap=0.0,
            debunk_gap=0.0,
            scam_template=True,
            shared=False,
        )[FEATURES.index("first_plural")]
        == 1.0
    )


@pytest.mark.parametrize(
    ("post", "lifted"),
    [
        (
            "外面的号都是骗子，咱家的Sora账号三百元一个，付款即发",
            True,
        ),  # a seller calling the others scammers
        ("我花了九十九元扫码买了课，结果就是个PDF，大家别上当", False),  # a victim's loss report
        ("提醒大家：所谓的Sora课程都是骗局，不要扫码，不要付款", False),  # a warning
    ],
)
def test_the_shipped_head_reads_chinese_sellers_not_victims_or_warnings(post: str, lifted: bool) -> None:
    waiver = seller_waiver_for("multilingual-e5-small")
    assert waiver is not None and waiver.languages == ("zh",)
    x = waiver_features(
        analyze(post),
        reason="stance",
        detail="cue:scam",
        margin=0.03,
        lead=0.05,
        neg_gap=-0.05,
        debunk_gap=-0.05,
        scam_template=True,
        shared=True,
    )
    assert waiver.waives(x)[0] is lifted


def test_the_shipped_english_head_ranks_a_seller_over_a_victim_and_a_warning() -> None:
    # English has a head of its own (fitted on English rows alone); on these made-up posts, stopped by a
    # negative with the same margins, it reads the seller far likelier to still sell and lifts neither the
    # victim nor the warning
    waiver = seller_waiver_for("all-MiniLM-L6-v2")
    assert waiver is not None and waiver.languages == ("en",)

    def p(post: str) -> tuple[bool, float]:
        x = waiver_features(
            analyze(post),
            reason="negative",
            detail=None,
            margin=0.03,
            lead=0.05,
            neg_gap=-0.05,
            debunk_gap=-0.05,
            scam_template=True,
            shared=True,
        )
        return waiver.waives(x)

    seller = p(
        "Other sellers are scammers. Our Sora accounts are real: $30 each, pay via PayPal, instant delivery"
    )
    victim = p("I paid $99 for a Sora course and got a PDF. It's a scam, don't buy")
    warning = p("Warning: every Sora course sold online is a scam. Do not scan the QR code, do not pay")
    assert seller[1] > 0.5 > 0.1 > max(victim[1], warning[1])
    assert not victim[0] and not warning[0]


@pytest.mark.parametrize(("negative_cosine", "alerts"), [(0.99, False), (0.94, True)])
def test_a_negative_that_is_the_post_itself_is_final(negative_cosine: float, alerts: bool) -> None:
    # on-call marked this very post false (``alerts feedback … --add-negative``): no reader overrides that;
    # a negative that is only like the post is the waiver's to weigh
    template = GIFT.model_copy(update={"negatives": (SELLER,)})
    catalogue = {template.id: template, BRIDGE.id: BRIDGE}
    hits = [
        Hit(template.id, "text", 0, template.text, 0.9),
        Hit(template.id, "negative", 0, SELLER, negative_cosine),
    ]
    policy = dataclasses.replace(POLICY, seller_waiver=WAIVER)
    off = decide("n0", SELLER, hits, catalogue, POLICY, lexical={template.id: 20.0})
    assert not off.matched and off.suppressed_by == "negative"
    on = decide("n1", SELLER, hits, catalogue, policy, lexical={template.id: 20.0})
    assert on.matched is alerts
    assert ("seller_waiver" in on.explanation) is alerts


# a claim the post quotes and calls rubbish before it turns to an offer of another kind: the stance guard's stop
# on the quoted claim stands, whatever the post sells after it; a seller who runs down a rival's offer and
# then makes the same one is still read by the waiver
QUOTED_AND_DISMISSED = (
    "A guy in the market group keeps posting 'pay a 20 dollar fee and we send you a 500 dollar supermarket gift "
    "card, scan the QR code'. That's rubbish: nobody ever got a card. But this is real: I fix bikes, 10 dollars "
    "a tune-up, DM me."
)
RIVAL_RUN_DOWN = (
    "They post 'pay a 20 dollar fee and we send you a 500 dollar supermarket gift card' - that's a rip-off: "
    "with us the fee is 10 dollars and the 500 dollar supermarket gift card ships today, scan our QR code to pay."
)


@pytest.mark.parametrize(("post", "waivable"), [(QUOTED_AND_DISMISSED, False), (RIVAL_RUN_DOWN, True)])
def test_a_claim_quoted_to_be_dismissed_is_not_waived(post: str, waivable: bool) -> None:
    sells_after = dataclasses.replace(POLICY, seller_waiver=_head(acts_after_cue=3.0))
    d = decide("w", post, _hits(0.9), CATALOGUE, sells_after, lexical={GIFT.id: 20.0})
    assert ("seller_waiver" in d.explanation) is waivable
    assert d.matched is waivable
