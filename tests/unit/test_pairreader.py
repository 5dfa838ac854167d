"""The Chinese pair reader (monitor.core.pairreader): its features and when it stops an alert."""

from __future__ import annotations

import math

import numpy as np
import pytest

from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template
from monitor.core.pairreader import (
    FEATURE_SETS,
    PairReader,
    PairReading,
    PairSwap,
    PairVouch,
    Vector,
    pair_features,
    pair_reader_for,
    pair_swap_for,
    pair_vouch_for,
    sell_features,
)
from monitor.core.pairreader_params import PAIR_READER
from monitor.core.text import SELLING_ACTS


def _unit(*xs: float) -> np.ndarray:
    a = np.array(xs, dtype=np.float64)
    return a / np.linalg.norm(a)


def test_features_are_the_named_parts_then_the_margin() -> None:
    u, v = _unit(1, 2, 2), _unit(2, 1, 2)
    prod = pair_features(u, v, -0.01, "prod")
    assert prod.shape == (4,)
    assert np.allclose(prod[:3], u * v)
    assert prod[3] == -0.01
    assert math.isclose(float(prod[:3].sum()), float(u @ v))  # the product sums to the cosine
    both = pair_features(u, v, 0.02, "prod+post")
    assert np.allclose(both[:3], u * v) and np.allclose(both[3:6], u) and both[6] == 0.02
    assert np.allclose(pair_features(u, v, 0.0, "post")[:3], u)


def test_unknown_feature_set_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown pair-reader feature set"):
        pair_features(_unit(1, 0), _unit(0, 1), 0.0, "joint")


def test_stops_only_under_the_cut() -> None:
    # a head that reads only the margin: p = sigmoid(100 * margin)
    reader = PairReader("prod", (0.0, 0.0, 100.0), 0.0, cut=0.3)
    u, v = _unit(1, 0), _unit(1, 0)
    assert math.isclose(reader.probability(u, v, 0.0), 0.5)
    assert reader.read(u, v, 0.0) == (0.5, False)  # 0.5 >= 0.3: the alert stands
    p, stopped = reader.read(u, v, -0.02)  # sigmoid(-2) = 0.119 < 0.3: stopped, the estimate returned
    assert stopped and math.isclose(p, 1 / (1 + math.exp(2.0)))


def test_the_pair_not_the_post_alone_moves_a_product_head() -> None:
    # a head weighing what post and claim share along the first direction
    reader = PairReader("prod", (5.0, 0.0, 0.0), -1.0, cut=0.5)
    post = _unit(1, 0.2)
    assert not reader.read(post, _unit(1, 0), 0.0).stopped
    assert reader.read(post, _unit(0, 1), 0.0).stopped  # same post, another claim


def test_weights_must_fit_the_features() -> None:
    reader = PairReader("prod+post", (0.0,) * 3, 0.0, cut=0.5)
    with pytest.raises(ValueError, match="expects 3 features"):
        reader.probability(_unit(1, 0), _unit(0, 1), 0.0)


def test_shipped_parameters_load_and_fit_e5() -> None:
    for model, params in PAIR_READER.items():
        reader = PairReader.from_dict(params)
        assert reader.features in FEATURE_SETS and 0 < reader.cut < 1
        parts = reader.features.split("+")
        assert len(reader.weights) == 384 * len(parts) + 1  # multilingual-e5-small's dimension
        assert pair_reader_for(model) == reader
    assert pair_reader_for("all-MiniLM-L6-v2") is None  # English decisions never meet it


TEMPLATE = Template(id="t", category="rumour", severity="high", text="Sora is open to everyone today")
HITS = [Hit("t", "text", 0, TEMPLATE.text, 0.93)]  # over the cross-script line 0.87


def _policy(reader: PairReader | None) -> MatchPolicy:
    return MatchPolicy(default_threshold=0.9, cross_language_offset=0.03, pair_reader=reader)


def _claim(template: Template) -> np.ndarray:
    return _unit(0, 1)


def test_decide_stops_a_chinese_alert_the_reader_reads_as_wrong() -> None:
    post = "Sora今天起对所有人开放了，人人都能用"
    low = PairReader("prod", (0.0, 0.0, 0.0), -3.0, cut=0.3)  # p = 0.047 for every pair
    high = PairReader("prod", (0.0, 0.0, 0.0), 3.0, cut=0.3)
    u = _unit(1, 1)
    kept = decide("z", post, HITS, {"t": TEMPLATE}, _policy(high), post_vector=u, claim_vector=_claim)
    assert kept.matched and kept.explanation["pair_reader"]["stopped"] is False
    stopped = decide("z", post, HITS, {"t": TEMPLATE}, _policy(low), post_vector=u, claim_vector=_claim)
    assert not stopped.matched and stopped.suppressed_by == "pair_reader"
    assert stopped.explanation["pair_reader"] == {
        "probability": pytest.approx(0.0474, abs=1e-4),
        "template_id": "t",
        "stopped": True,
    }
    # without the vectors (or without a reader) the rules decide alone
    assert decide("z", post, HITS, {"t": TEMPLATE}, _policy(low)).matched
    plain = decide("z", post, HITS, {"t": TEMPLATE}, _policy(None), post_vector=u, claim_vector=_claim)
    assert plain.matched and "pair_reader" not in plain.explanation


def test_decide_never_reads_an_english_post_or_a_same_script_pair() -> None:
    low = _policy(PairReader("prod", (0.0, 0.0, 0.0), -3.0, cut=0.3))
    u = _unit(1, 1)
    english = decide(
        "e", "Sora is open to everyone today!", HITS, {"t": TEMPLATE}, low, post_vector=u, claim_vector=_claim
    )
    assert english.matched and "pair_reader" not in english.explanation
    zh_template = Template(id="c", category="rumour", severity="high", text="Sora今天起对所有人开放")
    hits = [Hit("c", "text", 0, zh_template.text, 0.95)]
    same = decide(
        "z", "Sora今天起对所有人开放了", hits, {"c": zh_template}, low, post_vector=u, claim_vector=_claim
    )
    assert same.matched and "pair_reader" not in same.explanation


def test_decide_takes_the_readers_own_verdict() -> None:
    # the matching code does not compare the estimate with the cut itself: whatever read() says stands
    class Contrary(PairReader):
        def read(
            self, u: Vector, v: Vector, margin: float, post_text: str = "", claim_text: str = ""
        ) -> PairReading:
            return PairReading(0.9, True)

    post = "Sora今天起对所有人开放了，人人都能用"
    reader = Contrary("prod", (0.0, 0.0, 0.0), 3.0, cut=0.3)
    d = decide(
        "z", post, HITS, {"t": TEMPLATE}, _policy(reader), post_vector=_unit(1, 1), claim_vector=_claim
    )
    assert not d.matched and d.suppressed_by == "pair_reader"
    assert d.explanation["pair_reader"] == {"probability": 0.9, "template_id": "t", "stopped": True}


def test_sell_features_name_the_posts_selling_acts_and_whether_the_claim_sells() -> None:
    seller = "别信其他群都是骗子，我们这个才是官方，扫码进群，付款后秒发，99元"
    warning = "别信那些卖Sora账号的，都是骗子"
    scam_claim = "Scan the QR code and pay to join our group."
    rumour = "OpenAI's Sora is now open to the public."
    acts = dict(zip(SELLING_ACTS, sell_features(seller, scam_claim)[: len(SELLING_ACTS)], strict=True))
    assert acts["price"] == acts["qr_or_group_invite"] == acts["call_to_order"] == 1.0
    assert acts["crypto"] == 0.0
    n = len(SELLING_ACTS)
    assert sell_features(warning, scam_claim)[:n].sum() == 0.0  # a warning performs no selling act
    # the second block repeats the acts only where the claim sells; the last feature says whether it does
    assert np.array_equal(sell_features(seller, scam_claim)[n : 2 * n], sell_features(seller, scam_claim)[:n])
    assert sell_features(seller, rumour)[n:].sum() == 0.0
    assert sell_features(seller, scam_claim)[-1] == 1.0
    x = pair_features(_unit(1, 0), _unit(1, 0), 0.01, "prod+sell", seller, scam_claim)
    assert x.shape == (2 + 2 * n + 1 + 1,) and x[-1] == 0.01


def test_a_sell_head_reads_the_texts() -> None:
    # weight on "the post sells where the claim sells": the same vectors, another verdict
    n = len(SELLING_ACTS)
    w = [0.0, 0.0] + [0.0] * n + [5.0] * n + [0.0, 0.0]
    reader = PairReader("prod+sell", tuple(w), -2.0, cut=0.5)
    u, v = _unit(1, 0), _unit(1, 0)
    claim = "Scan the QR code and pay to join our group."
    assert not reader.read(u, v, 0.0, "扫码进群，付款后秒发", claim).stopped
    assert reader.read(u, v, 0.0, "别信那些群，都是骗子", claim).stopped


def test_the_reader_is_on_by_default_for_e5_only() -> None:
    from monitor.config import Settings
    from monitor.pipeline.policies import policy_from_settings

    class _Spec:
        def __init__(self, name: str) -> None:
            self.name, self.default_threshold, self.cross_language_offset = name, 0.9, 0.0
            self.bridged_language_offset, self.score_scale = None, 1.0

    class _Embedder:
        def __init__(self, name: str) -> None:
            self.spec = _Spec(name)

    mini, e5 = _Embedder("all-MiniLM-L6-v2"), _Embedder("multilingual-e5-small")
    assert policy_from_settings(Settings(), e5).pair_reader == pair_reader_for("multilingual-e5-small")  # type: ignore[arg-type]
    assert policy_from_settings(Settings(), e5).pair_reader is not None  # type: ignore[arg-type]
    assert policy_from_settings(Settings(pair_reader=False), e5).pair_reader is None  # type: ignore[arg-type]
    assert policy_from_settings(Settings(), mini).pair_reader is None  # type: ignore[arg-type]


UNDER = [Hit("t", "text", 0, TEMPLATE.text, 0.86)]  # 0.01 under the cross-script line 0.87


def _vouching(bias: float, width: float = 0.02, cut: float = 0.9) -> MatchPolicy:
    reader = PairReader("prod", (0.0, 0.0, 0.0), bias, cut=0.3)  # p = sigmoid(bias) for every pair
    return MatchPolicy(
        default_threshold=0.9,
        cross_language_offset=0.03,
        pair_reader=reader,
        pair_vouch=PairVouch(width, cut),
    )


def test_the_vouch_lifts_only_in_its_band_at_its_cut_and_cue_free() -> None:
    vouch = PairVouch(0.02, 0.9)
    assert vouch.lifts(0.95, -0.01, cues=False)
    assert not vouch.lifts(0.85, -0.01, cues=False)  # under the cut
    assert not vouch.lifts(0.95, -0.03, cues=False)  # under the band
    assert not vouch.lifts(0.95, 0.0, cues=False)  # at the line: nothing to lift
    assert not vouch.lifts(0.95, -0.01, cues=True)  # a stance cue
    assert PairVouch(0.02, 0.9, cue_free=False).lifts(0.95, -0.01, cues=True)


def test_decide_lifts_a_chinese_first_candidate_the_reader_vouches_for() -> None:
    post = "Sora今天起对所有人开放了，人人都能用"
    u, templates = _unit(1, 1), {"t": TEMPLATE}
    # the rules alone: under the line, nothing alerts
    assert not decide("z", post, UNDER, templates, _policy(None), post_vector=u, claim_vector=_claim).matched
    lifted = decide("z", post, UNDER, templates, _vouching(5.0), post_vector=u, claim_vector=_claim)
    assert lifted.matched and lifted.template_id == "t"
    assert lifted.explanation["pair_vouch"]["lifted"] is True
    assert lifted.explanation["pair_vouch"]["line"] == pytest.approx(0.87)
    # a low estimate does not lift (the reading is recorded); a narrower band does not reach it
    low = decide("z", post, UNDER, templates, _vouching(-5.0), post_vector=u, claim_vector=_claim)
    assert not low.matched and low.explanation["pair_vouch"]["lifted"] is False
    narrow = decide(
        "z", post, UNDER, templates, _vouching(5.0, width=0.005), post_vector=u, claim_vector=_claim
    )
    assert not narrow.matched and "pair_vouch" not in narrow.explanation
    # without the vectors, an English post, or a template with its own threshold: never
    assert not decide("z", post, UNDER, templates, _vouching(5.0)).matched
    english = decide(
        "e",
        "Sora is open to everyone today!",
        UNDER,
        templates,
        _vouching(5.0),
        post_vector=u,
        claim_vector=_claim,
    )
    assert not english.matched and "pair_vouch" not in english.explanation
    own = Template(id="t", category="rumour", severity="high", text=TEMPLATE.text, threshold=0.87)
    assert not decide(
        "z", post, UNDER, {"t": own}, _vouching(5.0), post_vector=u, claim_vector=_claim
    ).matched


def test_the_vouch_widens_the_cheap_filters_bound_only_with_a_reader() -> None:
    assert _vouching(0.0, width=0.04).lowest_threshold(TEMPLATE) == pytest.approx(0.9 - 0.03 - 0.04)
    no_reader = MatchPolicy(
        default_threshold=0.9, cross_language_offset=0.03, pair_vouch=PairVouch(0.04, 0.9)
    )
    assert no_reader.lowest_threshold(TEMPLATE) == pytest.approx(0.87)


def test_vouch_parameters_load_for_e5_only() -> None:
    assert pair_vouch_for("all-MiniLM-L6-v2") is None
    params = PAIR_READER["multilingual-e5-small"].get("vouch")
    vouch = pair_vouch_for("multilingual-e5-small")
    if params is None:
        assert vouch is None
    else:
        assert vouch is not None and 0 < vouch.width <= 0.05 and 0.5 <= vouch.cut < 1


def test_the_vouch_with_first_stands_aside_when_the_reader_prefers_a_sibling_claim() -> None:
    assert not PairVouch(0.02, 0.7, first=True).lifts(0.8, -0.01, cues=False, other=0.9)
    assert PairVouch(0.02, 0.7, first=True).lifts(0.8, -0.01, cues=False, other=0.8)
    assert PairVouch(0.02, 0.7).lifts(0.8, -0.01, cues=False, other=0.9)  # without ``first``: not read
    sibling = Template(id="s", category="scam", severity="high", text="Sora accounts for sale, 300 yuan")
    hits = [*UNDER, Hit("s", "text", 0, sibling.text, 0.85)]
    templates = {"t": TEMPLATE, "s": sibling}

    def claims(template: Template) -> np.ndarray:
        return _unit(0, 1) if template.id == "t" else _unit(1, 0)

    # p(t) = sigmoid(2 * 0.707) = 0.80, p(s) = sigmoid(5 * 0.707) = 0.97 for the post vector (1, 1)
    reader = PairReader("prod", (5.0, 2.0, 0.0), 0.0, cut=0.3)
    post, u = "Sora今天起对所有人开放了，人人都能用", _unit(1, 1)
    for first, lifted in ((False, True), (True, False)):
        policy = MatchPolicy(
            default_threshold=0.9,
            cross_language_offset=0.03,
            pair_reader=reader,
            pair_vouch=PairVouch(0.02, 0.7, first=first),
        )
        d = decide("z", post, hits, templates, policy, post_vector=u, claim_vector=claims)
        assert d.matched is lifted
        assert d.explanation["pair_vouch"]["template_id"] == "t"
        assert d.explanation["pair_vouch"]["other"] == (pytest.approx(0.9717, abs=1e-3) if first else 0.0)


def test_the_swap_decides_on_the_gap_and_both_estimates() -> None:
    swap = PairSwap(0.01, 0.9, 0.3)
    assert swap.swaps(0.2, 0.95, 0.005)
    assert not swap.swaps(0.2, 0.95, 0.02)  # too far apart
    assert not swap.swaps(0.2, 0.85, 0.005)  # the second not read as right enough
    assert not swap.swaps(0.3, 0.95, 0.005)  # the first not read as unlikely right


SIBLING = Template(id="s", category="rumour", severity="high", text="Sora is free for everyone from today")
CLOSE = [Hit("t", "text", 0, TEMPLATE.text, 0.88), Hit("s", "text", 0, SIBLING.text, 0.875)]


def _siblings(template: Template) -> np.ndarray:
    return _unit(0, 1) if template.id == "t" else _unit(1, 0)


def _swapping(swap: PairSwap | None) -> MatchPolicy:
    # p(t) = sigmoid(-2 * 0.707) = 0.20, p(s) = sigmoid(5 * 0.707) = 0.97 for the post vector (1, 1)
    reader = PairReader("prod", (5.0, -2.0, 0.0), 0.0, cut=0.1)
    return MatchPolicy(default_threshold=0.9, cross_language_offset=0.03, pair_reader=reader, pair_swap=swap)


def test_decide_moves_a_chinese_alert_to_the_sibling_the_reader_reads_as_right() -> None:
    post, u, templates = "Sora今天起对所有人开放了，人人都能用", _unit(1, 1), {"t": TEMPLATE, "s": SIBLING}
    kept = decide("z", post, CLOSE, templates, _swapping(None), post_vector=u, claim_vector=_siblings)
    assert kept.matched and kept.template_id == "t" and "pair_swap" not in kept.explanation
    moved = decide(
        "z",
        post,
        CLOSE,
        templates,
        _swapping(PairSwap(0.01, 0.9, 0.3)),
        post_vector=u,
        claim_vector=_siblings,
    )
    assert moved.matched and moved.template_id == "s"
    assert moved.explanation["pair_swap"]["swapped"] is True
    assert moved.explanation["pair_swap"]["first"] == "t"
    assert moved.explanation["pair_swap"]["probability"] == pytest.approx(0.9717, abs=1e-3)
    assert moved.explanation["pair_reader"]["template_id"] == "s"  # the reader reads the alert it makes
    # too far apart: not read; the first read as right enough: read, kept
    far = decide(
        "z",
        post,
        CLOSE,
        templates,
        _swapping(PairSwap(0.001, 0.9, 0.3)),
        post_vector=u,
        claim_vector=_siblings,
    )
    assert far.template_id == "t" and "pair_swap" not in far.explanation
    firm = decide(
        "z",
        post,
        CLOSE,
        templates,
        _swapping(PairSwap(0.01, 0.9, 0.15)),
        post_vector=u,
        claim_vector=_siblings,
    )
    assert firm.template_id == "t" and firm.explanation["pair_swap"]["swapped"] is False
    # an English post never
    english = decide(
        "e",
        "Sora is open to everyone today!",
        CLOSE,
        templates,
        _swapping(PairSwap(0.01, 0.9, 0.3)),
        post_vector=u,
        claim_vector=_siblings,
    )
    assert "pair_swap" not in english.explanation


def test_swap_parameters_load_for_e5_only() -> None:
    assert pair_swap_for("all-MiniLM-L6-v2") is None
    params = PAIR_READER["multilingual-e5-small"].get("swap")
    swap = pair_swap_for("multilingual-e5-small")
    if params is None:
        assert swap is None
    else:
        assert swap is not None and 0 < swap.gap <= 0.05 and swap.lo < swap.hi
