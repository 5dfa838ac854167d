"""Confidence: features of a decision, the logistic fit, the reliability maths, and decide() filling it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from monitor.core.calibration import (
    FEATURES,
    Calibrator,
    _bin,
    calibrator_for,
    features,
    fit_logistic,
    noise_floor,
    reliability,
)
from monitor.core.calibration_params import CALIBRATION
from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template


@dataclass(frozen=True)
class Cand:
    template_id: str
    score: float
    dense: float
    lexical: float = 0.0
    signal: float = 0.0
    rank_score: float | None = None


def test_features_are_relative_to_the_threshold_and_the_runner_up() -> None:
    cands = [Cand("a", 0.90, 0.85, 0.2, 0.02), Cand("b", 0.80, 0.80)]
    x = features(cands, "a", 0.78, True, None)
    assert x is not None
    named = dict(zip(FEATURES, x, strict=True))
    assert named["over"] == pytest.approx(0.12)
    assert named["dense"] == pytest.approx(0.07)
    assert named["gap"] == pytest.approx(0.10)
    assert (named["lexical"], named["signal"], named["matched"]) == (0.2, 0.02, 1.0)
    assert named["negative"] == named["stance"] == named["short"] == 0.0
    assert named["rank"] == named["rank_gap"] == 0.0  # no learned ranker ordered these


def test_rank_features_read_the_learned_rankers_scores() -> None:
    cands = [Cand("a", 0.90, 0.85, rank_score=0.7), Cand("b", 0.95, 0.9, rank_score=0.2)]
    named = dict(zip(FEATURES, features(cands, "a", 0.78, True, None) or [], strict=True))
    assert named["rank"] == pytest.approx(0.7)
    assert named["rank_gap"] == pytest.approx(0.5)
    assert named["gap"] == 0.0  # b has the higher fused score: no margin on that scale
    alone = dict(zip(FEATURES, features(cands[:1], "a", 0.78, True, None) or [], strict=True))
    assert alone["rank_gap"] == pytest.approx(0.7)


def test_open_catalogue_weights_apply_only_to_posts_without_a_shared_subject() -> None:
    topical = Calibrator((0.0,) * len(FEATURES), -2.0)
    both = Calibrator((0.0,) * len(FEATURES), -2.0, open_catalogue=Calibrator((0.0,) * len(FEATURES), 2.0))
    cands = [Cand("a", 0.70, 0.70)]
    low = topical.confidence(cands, "a", 0.78, False, None, topical=False)[0]
    assert (
        low
        == both.confidence(cands, "a", 0.78, False, None, topical=True)[0]
        == pytest.approx(0.1192, abs=1e-4)
    )
    assert both.confidence(cands, "a", 0.78, False, None, topical=False)[0] == pytest.approx(0.8808, abs=1e-4)
    again = Calibrator.from_dict(both.as_dict())
    assert again == both
    assert again.rescaled(0.2).open_catalogue is not None


def test_features_in_minilm_units_for_a_model_with_another_score_scale() -> None:
    cands = [Cand("a", 0.93, 0.92), Cand("b", 0.91, 0.91)]
    x = features(cands, "a", 0.905, False, "stance", score_scale=0.2)
    assert x is not None
    named = dict(zip(FEATURES, x, strict=True))
    assert named["over"] == pytest.approx(0.125)
    assert named["gap"] == pytest.approx(0.1)
    assert named["stance"] == 1.0


def test_no_candidate_means_zero_confidence() -> None:
    cal = calibrator_for("all-MiniLM-L6-v2")
    assert features([], None, None, False, None) is None
    assert cal.confidence([], None, None, False, None) == (0.0, None)


def test_fit_recovers_a_known_logistic_model() -> None:
    rng = random.Random(7)
    true_w, true_b = (3.0, -2.0), 0.5
    rows, labels = [], []
    for _ in range(3000):
        x = (rng.uniform(-1, 1), rng.uniform(-1, 1))
        z = true_b + true_w[0] * x[0] + true_w[1] * x[1]
        p = 1 / (1 + pow(2.718281828, -z))
        rows.append(x)
        labels.append(rng.random() < p)
    w, b = fit_logistic(rows, labels, l2=0.01)
    assert w[0] == pytest.approx(3.0, abs=0.35)
    assert w[1] == pytest.approx(-2.0, abs=0.35)
    assert b == pytest.approx(0.5, abs=0.2)


def test_fit_survives_a_separable_set_thanks_to_the_penalty() -> None:
    w, _b = fit_logistic([(0.0,), (0.1,), (0.9,), (1.0,)], [False, False, True, True], l2=1.0)
    assert w[0] > 0 and abs(w[0]) < 50


def test_reliability_of_perfect_and_overconfident_scores() -> None:
    ece, _, brier = reliability([(1.0, True), (0.0, False)] * 10)
    assert (ece, brier) == (0.0, 0.0)
    ece, table, _ = reliability([(0.95, True), (0.95, False)] * 10)
    assert ece == pytest.approx(0.45)
    assert table == [{"lo": 0.9, "hi": 1.0, "n": 20, "confidence": 0.95, "accuracy": 0.5}]
    assert reliability([]) == (0.0, [], 0.0)


def test_noise_floor_is_zero_for_certain_confidences_and_shrinks_with_more_posts() -> None:
    # outcomes drawn from 0 / 1 confidences are always what they say: no chance error
    assert noise_floor([0.0, 1.0] * 20) == {"mean": 0.0, "p90": 0.0, "draws": 200}
    assert noise_floor([]) == {"mean": 0.0, "p90": 0.0, "draws": 0}
    rnd = random.Random(3)
    small = [rnd.choice([0.05, 0.1, 0.95, 0.97]) for _ in range(50)]
    large = small * 20
    a, b = noise_floor(small), noise_floor(large)
    assert 0.02 < a["mean"] < 0.1 and a["p90"] >= a["mean"]
    assert b["mean"] < a["mean"] / 2  # ~1/sqrt(n): 20x the posts, about a quarter of the chance error
    assert noise_floor(small) == a  # seeded: the same figure every call
    # mid-range confidences are noisier than sharp ones
    assert noise_floor([0.5] * 50)["mean"] > noise_floor([0.97] * 50)["mean"]


def test_noise_floor_bins_as_reliability_does() -> None:
    for c in [0.0, 0.1, 0.3, 0.29999, 0.7, 0.6, 0.99999, 1.0, *(k / 10 for k in range(11))]:
        k = _bin(c, 10)
        inside = [
            j for j in range(10) if j / 10 <= c < (j + 1) / 10 or (j == 9 and c == 1.0)
        ]  # reliability's rule
        assert inside == [k], c


def test_noise_floor_matches_reliability_of_drawn_outcomes() -> None:
    conf = [0.03, 0.12, 0.3, 0.55, 0.81, 0.96] * 9
    rnd = random.Random(0)
    expected = sorted(reliability([(c, rnd.random() < c) for c in conf])[0] for _ in range(200))
    got = noise_floor(conf)
    assert got["mean"] == pytest.approx(sum(expected) / 200, abs=1e-4)
    assert got["p90"] == pytest.approx(expected[180], abs=1e-4)


def test_calibrator_round_trips_and_checks_its_shape() -> None:
    cal = Calibrator.from_dict(CALIBRATION["all-MiniLM-L6-v2"])
    assert Calibrator.from_dict(cal.as_dict()) == cal
    with pytest.raises(ValueError, match="weights"):
        Calibrator((1.0,), 0.0)
    other = calibrator_for("some-unfitted-model", score_scale=0.2)
    assert other.weights == cal.weights and other.score_scale == 0.2


def test_every_shipped_model_has_all_features() -> None:
    for params in CALIBRATION.values():
        assert set(params["weights"]) == set(FEATURES)


# --- through decide() ---------------------------------------------------------------------------------
TEMPLATES = {
    "t1": Template(id="t1", category="rumour", severity="high", text="Sora is open to the public today"),
    "t2": Template(id="t2", category="rumour", severity="low", text="OpenAI released an official Sora app"),
}


def _hits(s1: float, s2: float) -> list[Hit]:
    return [Hit("t1", "text", 0, TEMPLATES["t1"].text, s1), Hit("t2", "text", 0, TEMPLATES["t2"].text, s2)]


def test_decide_gives_every_decision_a_confidence_in_0_1_and_it_never_falls_as_the_score_rises() -> None:
    """Crossing the line raises it. Above the line, with the runner-up far behind (the gap feature is capped),
    English's weights are flat in the cosine (fitted with w_over + w_dense >= 0: unseen sets showed a higher
    cosine alone buys no accuracy there); with a near runner-up the widening gap raises it."""
    policy = MatchPolicy(lexical_weight=0.0, signal_weight=0.0)
    text = "anyone can now use sora, it is open to everybody from today"
    low = decide("p", text, _hits(0.70, 0.50), TEMPLATES, policy)
    mid = decide("p", text, _hits(0.80, 0.50), TEMPLATES, policy)
    high = decide("p", text, _hits(0.95, 0.50), TEMPLATES, policy)
    assert not low.matched and mid.matched and high.matched
    assert 0.0 <= low.confidence < mid.confidence <= high.confidence <= 1.0
    near = decide("p", text, _hits(0.80, 0.78), TEMPLATES, policy)
    apart = decide("p", text, _hits(0.88, 0.78), TEMPLATES, policy)
    assert near.matched and apart.matched and near.confidence < apart.confidence
    assert high.explanation["scores"]["confidence"] == high.confidence
    assert low.explanation["best"]["confidence"] == low.confidence
    assert low.confidence_features is not None and len(low.confidence_features) == len(FEATURES)


def test_a_close_runner_up_lowers_confidence() -> None:
    policy = MatchPolicy(lexical_weight=0.0, signal_weight=0.0)
    text = "anyone can now use sora, it is open to everybody from today"
    clear = decide("p", text, _hits(0.90, 0.50), TEMPLATES, policy)
    tossup = decide("p", text, _hits(0.90, 0.89), TEMPLATES, policy)
    assert clear.template_id == tossup.template_id == "t1"
    assert tossup.confidence < clear.confidence


def test_a_post_with_no_candidate_has_zero_confidence() -> None:
    d = decide("p", "nothing near at all here", [], TEMPLATES, MatchPolicy())
    assert (d.matched, d.confidence) == (False, 0.0)


def test_e5_has_weights_of_its_own_in_its_score_units() -> None:
    e5 = calibrator_for("multilingual-e5-small", 0.2)
    minilm_rescaled = calibrator_for("all-MiniLM-L6-v2").rescaled(0.2)
    assert e5.score_scale == 0.2 and "rescaled" not in e5.fitted_on
    assert e5.weights != minilm_rescaled.weights
    # no open-catalogue set under E5 yet: that domain keeps MiniLM's weights on E5's scale
    assert e5.open_catalogue is not None and e5.open_catalogue.score_scale == 0.2
    # a matched post just over its line reads as likely right, one stopped by the stance guard as less
    # likely than not: a Chinese post the guard stops is often right all the same (its best candidate was
    # gold for 39 of 70 such posts in the first reads of zh_heldout2 .. 26), so its weights say so
    x_match = [0.02, 0.02, 0.1, 0.3, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    x_stance = [0.02, 0.02, 0.1, 0.3, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]
    # (English posts and Chinese posts, which have weights of their own: by_script["zh"])
    assert e5.by_script is not None and e5.by_script["zh"].score_scale == 0.2
    for weights in (e5, e5.by_script["zh"]):
        assert weights.probability(x_match) > 0.6 and weights.probability(x_stance) < 0.5
        assert weights.probability(x_match) - weights.probability(x_stance) > 0.3


def test_per_script_weights_apply_to_topical_posts_of_that_script_only() -> None:
    zero = (0.0,) * len(FEATURES)
    cal = Calibrator(
        zero, -2.0, open_catalogue=Calibrator(zero, 0.0), by_script={"zh": Calibrator(zero, 2.0)}
    )
    cands = [Cand("a", 0.70, 0.70)]
    zh = cal.confidence(cands, "a", 0.78, False, None, topical=True, script="zh")[0]
    en = cal.confidence(cands, "a", 0.78, False, None, topical=True, script="")[0]
    ko = cal.confidence(cands, "a", 0.78, False, None, topical=True, script="ko")[0]
    open_zh = cal.confidence(cands, "a", 0.78, False, None, topical=False, script="zh")[0]
    assert zh == pytest.approx(0.8808, abs=1e-4)
    assert en == ko == pytest.approx(0.1192, abs=1e-4)  # a script without its own weights: the main ones
    assert open_zh == pytest.approx(0.5)  # an open catalogue keeps its weights whatever the script
    again = Calibrator.from_dict(cal.as_dict())
    assert again == cal
    assert again.rescaled(0.2).by_script is not None
    assert again.rescaled(0.2).by_script["zh"].score_scale == 0.2


def test_decide_reads_a_chinese_post_with_the_chinese_weights() -> None:
    zero = (0.0,) * len(FEATURES)
    cal = Calibrator(zero, -2.0, 0.2, by_script={"zh": Calibrator(zero, 2.0, 0.2)})
    template = Template(id="t", category="rumour", severity="high", text="Sora is open to everyone today")
    hits = [Hit("t", "text", 0, template.text, 0.80)]
    policy = MatchPolicy(default_threshold=0.9, cross_language_offset=0.03, calibrator=cal)
    zh = decide("z", "Sora今天起对所有人开放了，人人都能用", hits, {"t": template}, policy)
    en = decide("e", "Sora is now open to everyone, anyone can use it", hits, {"t": template}, policy)
    assert zh.confidence == pytest.approx(0.8808, abs=1e-4)
    assert en.confidence == pytest.approx(0.1192, abs=1e-4)


# --- the confidence line ----------------------------------------------------------------------------------
def _lined(
    s1: float,
    lexical: float,
    *,
    line: float | None = 0.5,
    width: float = 0.2,
    text: str | None = None,
    threshold: float | None = None,
) -> Any:
    templates = dict(TEMPLATES)
    if threshold is not None:
        templates["t1"] = Template(
            id="t1", category="rumour", severity="high", text=TEMPLATES["t1"].text, threshold=threshold
        )
    policy = MatchPolicy(
        lexical_weight=0.0, signal_weight=0.0, confidence_line=line, confidence_line_width=width
    )
    text = text or "anyone can now use sora, it is open to everybody from today"
    return decide("p", text, _hits(s1, 0.40), templates, policy, lexical={"t1": lexical, "t2": 0.0})


def test_the_confidence_line_alerts_under_the_threshold_when_the_calibrated_confidence_reaches_it() -> None:
    """Under the 0.78 line, far ahead of the runner-up, in the claim's words: likelier right than wrong."""
    plain = _lined(0.70, 40.0, line=None)
    lifted = _lined(0.70, 40.0)
    assert not plain.matched and plain.confidence >= 0.5  # the same reading, as an unmatched decision
    assert lifted.matched and lifted.template_id == "t1" and lifted.score == pytest.approx(0.70)
    reading = lifted.explanation["confidence_line"]
    assert reading["lifted"] and reading["probability"] == plain.confidence and reading["line"] == 0.5
    # the words, but a runner-up close behind: read, and under the line's probability
    policy = MatchPolicy(lexical_weight=0.0, signal_weight=0.0, confidence_line=0.5)
    text = "anyone can now use sora, it is open to everybody from today"
    weak = decide("p", text, _hits(0.70, 0.62), TEMPLATES, policy, lexical={"t1": 25.0, "t2": 0.0})
    assert not weak.matched and weak.confidence < 0.5
    assert weak.explanation["confidence_line"]["lifted"] is False
    # a few of the words: too few for any confidence the line could reach (the lexical floor), not read
    few = _lined(0.70, 3.0)
    assert not few.matched and "confidence_line" not in few.explanation
    # none of the claim's words: the line does not read the post at all (the pre-filters rely on it)
    wordless = _lined(0.70, 0.0)
    assert not wordless.matched and "confidence_line" not in wordless.explanation


def test_the_confidence_line_keeps_an_operators_threshold_and_every_guard() -> None:
    own = _lined(0.70, 40.0, threshold=0.78)  # a template with a threshold of its own keeps it as set
    assert not own.matched and "confidence_line" not in own.explanation
    lifted = _lined(0.70, 40.0)
    denied = _lined(0.70, 40.0, text="no, sora is not open to everybody today, that post is fake news")
    assert not denied.matched and denied.explanation["confidence_line"]["guard"] == "stance"
    # the confidence it reports reads the guard, as for a candidate stopped over its line
    assert denied.confidence < lifted.explanation["confidence_line"]["probability"]


def test_the_worker_reads_the_confidence_line_from_its_settings_and_0_turns_it_off() -> None:
    from monitor.config import Settings
    from monitor.embedding import HashingEmbedder
    from monitor.pipeline.policies import policy_from_settings

    assert policy_from_settings(Settings(confidence_line=0.5), HashingEmbedder()).confidence_line == 0.5
    assert policy_from_settings(Settings(), HashingEmbedder()).confidence_line == 0.6  # the default line
    assert policy_from_settings(Settings(confidence_line=0), HashingEmbedder()).confidence_line is None  # off
    with pytest.raises(ValueError, match="confidence_line"):
        Settings(confidence_line=1.0)  # a line no confidence can reach is "off", said the other way
    # its reach under the threshold, in MiniLM's units (the hashing embedder's scale is 1)
    assert policy_from_settings(Settings(), HashingEmbedder()).confidence_line_width == 0.3
    assert (
        policy_from_settings(Settings(confidence_line_width=0.2), HashingEmbedder()).confidence_line_width
        == 0.2
    )


def test_the_confidence_line_reaches_only_its_width_under_the_threshold_and_the_prefilters_keep_it() -> None:
    far = _lined(0.50, 40.0)  # 0.28 under the 0.78 line: out of reach, however sure the weights are
    assert far.confidence >= 0.5 and not far.matched and "confidence_line" not in far.explanation
    near = _lined(0.60, 40.0)  # 0.18 under
    assert near.matched and near.explanation["confidence_line"]["lifted"]
    # a wider reach (MONITOR_CONFIDENCE_LINE_WIDTH) reads the far one too
    widened = _lined(0.50, 40.0, width=0.3)
    assert widened.matched and widened.explanation["confidence_line"]["lifted"]
    # the cascade's gate and retro-match keep every post the line can reach (MatchPolicy.line_reach)
    on, off = MatchPolicy(confidence_line=0.5), MatchPolicy()
    assert on.lowest_threshold(TEMPLATES["t1"]) == off.lowest_threshold(TEMPLATES["t1"])
    assert on.line_reach(TEMPLATES["t1"]) == pytest.approx(0.2) and off.line_reach(TEMPLATES["t1"]) == 0.0
    own = Template(id="t3", category="rumour", severity="high", text="Sora is open", threshold=0.9)
    assert on.line_reach(own) == 0.0  # an operator's line is kept


def test_the_lexical_floor_is_exact_for_the_shipped_weights() -> None:
    """Under the floor no feature vector the line can meet reaches 0.5; at it, the best one does."""
    from monitor.core.calibration import GAP_CAP, calibrator_for, features

    cal = calibrator_for("all-MiniLM-L6-v2")
    floor = cal.lexical_floor(0.5, width=0.2, lexical_weight=0.5, signal_weight=0.04)
    assert 0.0 < floor < 1.0

    @dataclass
    class C:
        template_id: str
        score: float
        dense: float
        lexical: float
        signal: float

    def best(lexical: float) -> float:  # the highest confidence any candidate within reach can get
        out = 0.0
        for over in (-0.2, -0.1, 0.0):
            for signal in (-0.04, 0.0, 0.04):
                fused = 0.78 + over
                cand = C("t1", fused, fused - 0.5 * lexical - signal, lexical, signal)
                runner = C("t2", fused - GAP_CAP, 0.0, 0.0, 0.0)
                out = max(out, cal.probability(features([cand, runner], "t1", 0.78, False, None)))
        return out

    assert best(floor - 0.01) < 0.5 <= best(floor + 0.01)
