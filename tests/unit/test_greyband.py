"""The corroborated grey band (monitor.core.greyband): which candidates under the line it lets alert."""

from __future__ import annotations

import dataclasses

import pytest

from monitor.core.greyband import FEATURES, GreyBand, band_features, grey_band_for, in_band
from monitor.core.greyband_params import GREY_BAND
from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template


@dataclasses.dataclass(frozen=True)
class _Cand:
    template_id: str
    score: float
    lexical: float = 0.0
    dense: float = 0.0
    shared_signals: tuple[str, ...] = ()


def _band(bias: float = 5.0, cut: float = 0.5, width: float = 0.02, lead: float = 0.0) -> GreyBand:
    return GreyBand(width=width, lead=lead, weights=(0.0,) * len(FEATURES), bias=bias, cut=cut)


def _ok(band: GreyBand, cand: _Cand, ranked: list[_Cand], **kw: object) -> float | None:
    args: dict[str, object] = {
        "is_scam": False,
        "post_script": "zh",
        "cross_script": True,
        "stance_cues": (),
        "offers": False,
    }
    args.update(kw)
    return in_band(band, cand, ranked, 0.9, **args)  # type: ignore[arg-type]


def test_features_read_the_band_the_lead_and_the_evidence() -> None:
    first = _Cand("a", 0.89, lexical=0.4, dense=0.85, shared_signals=("price",))
    x = band_features(first, [first, _Cand("b", 0.87)], 0.9, 0.02, True, True)
    assert x == pytest.approx((0.5, 0.02, 0.4, 0.85, 1.0, 1.0, 1.0))
    alone = band_features(first, [first], 0.9, 0.02, False, False)
    assert alone[1] == pytest.approx(0.1)  # no other candidate: the largest lead the feature keeps
    assert alone[4] == 0.0  # shared signals count only for a scam template


def test_a_first_candidate_just_under_the_line_alerts_when_the_estimate_agrees() -> None:
    first = _Cand("a", 0.89)
    assert _ok(_band(), first, [first, _Cand("b", 0.85)]) == pytest.approx(1 / (1 + 2.718281828**-5))
    assert _ok(_band(bias=-5.0), first, [first]) is None  # the estimate disagrees
    assert _ok(_band(), _Cand("b", 0.85), [first, _Cand("b", 0.85)]) is None  # not the first candidate
    assert _ok(_band(), _Cand("a", 0.87), [_Cand("a", 0.87)]) is None  # under the band's floor (0.88)
    assert _ok(_band(), _Cand("a", 0.90), [_Cand("a", 0.90)]) is None  # at the line: not the band's
    assert _ok(_band(lead=0.05), first, [first, _Cand("b", 0.86)]) is None  # leads by 0.03 only


def test_the_band_is_for_chinese_posts_against_another_script_without_a_stance_cue() -> None:
    first = _Cand("a", 0.89)
    assert _ok(_band(), first, [first], stance_cues=("辟谣",)) is None
    assert _ok(_band(), first, [first], post_script="alphabetic") is None
    assert _ok(_band(), first, [first], cross_script=False) is None


def test_the_template_gate_keeps_the_band_to_templates_with_a_record() -> None:
    first = _Cand("a", 0.89)
    gated = dataclasses.replace(_band(), priors=(("a", 0.8), ("b", 0.2)), gate=0.4)
    assert _ok(gated, first, [first]) is not None  # right most of the time in the band: admitted
    low = _Cand("b", 0.89)
    assert _ok(gated, low, [low]) is None  # a template that drew true reports in the band: no band
    unknown = _Cand("c", 0.89)
    assert _ok(gated, unknown, [unknown]) is None  # no labelled record: no band
    assert _band().admits("c")  # no gate: every template
    weights = {f: 0.0 for f in FEATURES}
    d = {
        "width": 0.02,
        "lead": 0.0,
        "cut": 0.5,
        "bias": 1.0,
        "weights": weights,
        "gate": 0.4,
        "priors": {"a": 0.8},
    }
    assert GreyBand.from_dict(d).admits("a") and not GreyBand.from_dict(d).admits("b")


def test_from_dict_and_the_fitted_parameters() -> None:
    d = {"width": 0.01, "lead": 0.0, "cut": 0.7, "bias": 1.0, "weights": {f: 0.5 for f in FEATURES}}
    band = GreyBand.from_dict(d)
    assert band.weights == (0.5,) * len(FEATURES) and band.script == "zh"
    assert grey_band_for("no-such-model") is None
    for model, params in GREY_BAND.items():
        fitted = grey_band_for(model)
        assert fitted is not None and 0 < fitted.width <= 0.05 and 0 < fitted.cut < 1
        assert set(params["weights"]) == set(FEATURES)
        # the shipped band is gated: only templates with a labelled record at or above the gate
        assert fitted.gate > 0 and any(fitted.admits(t) for t, _ in fitted.priors)
        assert not all(fitted.admits(t) for t, _ in fitted.priors)


TEMPLATE = Template(id="t", category="rumour", severity="high", text="Sora is open to everyone today")
HITS = [Hit("t", "text", 0, TEMPLATE.text, 0.86)]  # cross-script line 0.9 - 0.03 = 0.87


def _policy(band: GreyBand | None) -> MatchPolicy:
    return MatchPolicy(default_threshold=0.9, cross_language_offset=0.03, grey_band=band)


def test_decide_lets_a_corroborated_chinese_post_under_the_line_alert() -> None:
    post = "Sora今天起对所有人开放了，人人都能用"
    off = decide("z", post, HITS, {"t": TEMPLATE}, _policy(None))
    on = decide("z", post, HITS, {"t": TEMPLATE}, _policy(_band()))
    assert not off.matched
    assert on.matched and on.template_id == "t"
    assert on.explanation["grey_band"]["line"] == pytest.approx(0.87)
    assert "grey_band" not in off.explanation
    # the same post without enough evidence, or further under than the band reaches
    assert not decide("z", post, HITS, {"t": TEMPLATE}, _policy(_band(bias=-5.0))).matched
    assert not decide("z", post, HITS, {"t": TEMPLATE}, _policy(_band(width=0.005))).matched


def test_decide_keeps_english_posts_and_chinese_debunks_out_of_the_band() -> None:
    band = _policy(_band())
    english = decide("e", "Sora is now open to everyone, anyone can use it", HITS, {"t": TEMPLATE}, band)
    assert not english.matched  # same script as the exemplar: the plain line (0.9)
    debunk = decide("d", "辟谣：Sora今天起对所有人开放了是谣言，别信", HITS, {"t": TEMPLATE}, band)
    assert not debunk.matched


def test_the_band_stands_aside_once_the_hubness_correction_applies() -> None:
    from monitor.core.hubness import HubnessCorrection

    post = "Sora今天起对所有人开放了，人人都能用"
    hub = HubnessCorrection({("t", "text", 0): 0.5}, weight=1.0, baseline=0.5)  # no penalty: same scores
    corrected = dataclasses.replace(_policy(_band()), hubness=hub)
    assert decide("z", post, HITS, {"t": TEMPLATE}, _policy(_band())).matched
    assert not decide("z", post, HITS, {"t": TEMPLATE}, corrected).matched


def test_the_band_lowers_the_cheap_filters_bound() -> None:
    assert _policy(_band(width=0.02)).lowest_threshold(TEMPLATE) == pytest.approx(0.85)
    assert _policy(None).lowest_threshold(TEMPLATE) == pytest.approx(0.87)
    own = Template(id="o", category="rumour", severity="high", text="Sora is free", threshold=0.8)
    assert _policy(_band()).lowest_threshold(own) == 0.8
