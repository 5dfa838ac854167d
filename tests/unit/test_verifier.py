"""The learned verifier (monitor.core.verifier): its features, which candidate it lets alert, and how
decide() applies it."""

from __future__ import annotations

import dataclasses

import pytest

from monitor.config import Settings
from monitor.core.matching import Hit, MatchPolicy, candidate_views, decide
from monitor.core.models import Template
from monitor.core.verifier import FEATURES, CandidateView, Verifier, features, verifier_for
from monitor.core.verifier_params import VERIFIER


def _view(**kw: object) -> CandidateView:
    base: dict[str, object] = {
        "template_id": "a",
        "index": 0,
        "score": 0.80,
        "threshold": 0.78,
        "dense": 0.75,
        "lexical": 0.1,
        "lead": 0.05,
        "rank": 0.9,
        "neg_gap": -0.3,
        "debunk_gap": -0.3,
        "guard": None,
        "cues": 0,
        "negated": False,
        "quoted": False,
        "vouches": False,
        "question": False,
        "offers": False,
        "shared": False,
        "scam": False,
        "claim_cues": False,
    }
    base.update(kw)
    return CandidateView(**base)  # type: ignore[arg-type]


def _verifier(weights: dict[str, float] | None = None, bias: float = 0.0, **kw: object) -> Verifier:
    w = tuple((weights or {}).get(f, 0.0) for f in FEATURES)
    args: dict[str, object] = {"cut": 0.5, "width": 0.05, "window": 3, "mode": "full"}
    args.update(kw)
    return Verifier(w, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES), bias, **args)  # type: ignore[arg-type]


def test_features_name_each_guard_once_and_read_the_scores() -> None:
    x = dict(zip(FEATURES, features(_view(guard="stance:cue:debunk", cues=5, lead=0.4)), strict=True))
    assert x["g_cue"] == 1.0 and x["g_negation"] == x["g_quoted"] == x["g_negative"] == 0.0
    assert x["cues"] == 3.0  # capped
    assert x["lead"] == pytest.approx(0.1)  # clipped
    assert x["margin"] == pytest.approx(0.02)
    assert x["first"] == 1.0
    for guard, name in [
        ("stance:negation", "g_negation"),
        ("stance:quoted", "g_quoted"),
        ("negative", "g_negative"),
        ("no_predicate", "g_predicate"),
        ("off_subject", "g_subject"),
    ]:
        row = dict(zip(FEATURES, features(_view(guard=guard, index=2)), strict=True))
        assert row[name] == 1.0 and row["first"] == 0.0
        assert sum(v for k, v in row.items() if k.startswith("g_")) == 1.0


def test_choose_takes_the_most_likely_weighed_candidate_over_the_cut() -> None:
    ver = _verifier({"dense": 10.0}, bias=-8.0)  # p > 0.5 only for dense > 0.8
    low, high = _view(template_id="a", dense=0.7), _view(template_id="b", index=1, dense=0.9)
    view, p = ver.choose([low, high])
    assert view is not None and view.template_id == "b" and p == pytest.approx(1 / (1 + 2.718281828**-1))
    # nobody over the cut: none alerts, the best estimate is still reported
    view, p = ver.choose([low])
    assert view is None and 0 < p < 0.5


def test_choose_weighs_only_the_window_the_band_and_posts_long_enough() -> None:
    ver = _verifier(bias=5.0, width=0.05, window=2)
    assert ver.choose([_view(index=2)])[0] is None  # past the window
    assert ver.choose([_view(guard="short_text")])[0] is None
    # under the line: only a scam template that shares the post's scam signals, within the width
    assert ver.choose([_view(score=0.74)])[0] is None  # no corroboration
    assert ver.choose([_view(score=0.74, shared=True)])[0] is not None  # 0.04 under: weighed
    assert ver.choose([_view(score=0.72, shared=True)])[0] is None  # 0.06 under, the width is 0.05
    assert _verifier(bias=5.0, corroborated=False).choose([_view(score=0.74)])[0] is not None


def test_the_band_mode_weighs_only_unguarded_candidates_under_the_line() -> None:
    band = _verifier(bias=5.0, mode="band")
    assert band.choose([_view()])[0] is None  # over the line: the rules' to decide
    assert band.choose([_view(score=0.75, shared=True)])[0] is not None
    assert band.choose([_view(score=0.75, shared=True, guard="stance:cue:debunk")])[0] is None
    assert _verifier(bias=5.0).choose([_view(score=0.75, shared=True, guard="negative")])[0] is not None


def test_from_dict_round_trips_and_the_shipped_parameters_load() -> None:
    ver = _verifier({"margin": 2.0, "g_cue": -3.0}, bias=0.5)
    again = Verifier.from_dict(ver.as_dict())
    assert again.weights == pytest.approx(ver.weights) and again.cut == ver.cut and again.window == 3
    assert verifier_for("no-such-model") is None
    assert verifier_for("multilingual-e5-small") is None  # English / MiniLM only: Chinese decisions stay
    for model, params in VERIFIER.items():
        fitted = verifier_for(model)
        assert fitted is not None and 0 < fitted.cut < 1 and 0 <= fitted.width <= 0.1
        assert set(params["weights"]) == set(FEATURES)
        assert fitted.mode == "band"  # the shipped mode never stops what the rules let alert


RUMOUR = Template(
    id="open",
    category="rumour",
    severity="high",
    text="Sora is now open to the public, anyone can sign up",
    negatives=("Sora is not open to the public, it is a false claim",),
)
TEMPLATES = {"open": RUMOUR}


def _hits(score: float) -> list[Hit]:
    return [Hit("open", "text", 0, RUMOUR.text, score)]


def test_views_carry_the_guards_reading_of_each_candidate() -> None:
    policy = MatchPolicy()
    spread = candidate_views(
        "Sora is open to the public now, anyone can sign up", _hits(0.9), TEMPLATES, policy
    )
    assert len(spread) == 1 and spread[0].guard is None and spread[0].threshold == pytest.approx(0.78)
    denial = candidate_views(
        "Sora is NOT open to the public, nobody can sign up", _hits(0.9), TEMPLATES, policy
    )
    assert denial[0].guard is not None and denial[0].guard.startswith("stance")
    assert denial[0].negated


def test_decide_without_a_verifier_is_the_rules_and_with_one_the_estimate() -> None:
    post = "Sora is NOT open to the public, nobody can sign up"
    rules = decide("p", post, _hits(0.9), TEMPLATES, MatchPolicy())
    assert not rules.matched and rules.suppressed_by == "stance"
    assert "verifier" not in rules.explanation
    # a verifier that trusts the score over the stance guard lets it alert, and says so
    trusting = decide("p", post, _hits(0.9), TEMPLATES, MatchPolicy(verifier=_verifier(bias=5.0)))
    assert trusting.matched and trusting.template_id == "open"
    assert trusting.explanation["verifier"]["rules"] is None
    # one that reads the stance guard keeps it unmatched
    reading = MatchPolicy(verifier=_verifier({"g_negation": -10.0, "g_cue": -10.0}, bias=5.0))
    assert not decide("p", post, _hits(0.9), TEMPLATES, reading).matched
    # a post the rules let alert is vetoed when the estimate is under the cut
    spread = "Sora is open to the public now, anyone can sign up"
    assert decide("s", spread, _hits(0.9), TEMPLATES, MatchPolicy()).matched
    vetoed = decide("s", spread, _hits(0.9), TEMPLATES, MatchPolicy(verifier=_verifier(bias=-5.0)))
    assert not vetoed.matched and vetoed.suppressed_by == "verifier"
    assert vetoed.suppressed_template == "open"
    # under the line without corroboration (a rumour template shares no scam signal): never weighed
    under = decide("s", spread, _hits(0.70), TEMPLATES, MatchPolicy(verifier=_verifier(bias=5.0, width=0.5)))
    assert not under.matched


SCAM = Template(
    id="rent",
    category="scam",
    severity="high",
    text="Sora accounts for rent, pay 50 yuan by WeChat and get a login today",
)


def test_the_band_lets_a_corroborated_scam_under_the_line_alert_and_leaves_the_rules_alone() -> None:
    post = "Renting Sora logins, 40 yuan a week, pay by WeChat and I send it right away"
    hits = [Hit("rent", "text", 0, SCAM.text, 0.70)]
    rules = decide("r", post, hits, {"rent": SCAM}, MatchPolicy())
    assert not rules.matched
    band = MatchPolicy(verifier=_verifier(bias=5.0, mode="band", width=0.2))
    on = decide("r", post, hits, {"rent": SCAM}, band)
    assert on.matched and on.template_id == "rent" and on.explanation["verifier"]["rules"] is None
    # a post the rules decide (here: one they let alert) is theirs in band mode, whatever the estimate
    high = [Hit("rent", "text", 0, SCAM.text, 0.95)]
    vetoing = MatchPolicy(verifier=_verifier(bias=-5.0, mode="band"))
    assert decide("r", post, high, {"rent": SCAM}, vetoing).matched
    assert not decide(
        "r", post, hits, {"rent": SCAM}, MatchPolicy(verifier=_verifier(bias=-5.0, mode="band"))
    ).matched


def test_a_verifier_on_the_policy_changes_nothing_else() -> None:
    spread = "Sora is open to the public now, anyone can sign up"
    on = decide("s", spread, _hits(0.9), TEMPLATES, MatchPolicy(verifier=_verifier(bias=5.0)))
    off = decide("s", spread, _hits(0.9), TEMPLATES, MatchPolicy())
    assert on.template_id == off.template_id and on.score == off.score and on.confidence == off.confidence
    assert dataclasses.replace(on, explanation={}) == dataclasses.replace(off, explanation={})


def test_the_verifier_is_opt_in_and_only_for_the_model_it_was_fitted_for() -> None:
    from monitor.pipeline.policies import policy_from_settings

    class _Spec:
        def __init__(self, name: str) -> None:
            self.name, self.default_threshold, self.cross_language_offset = name, 0.78, 0.0
            self.bridged_language_offset, self.score_scale = None, 1.0

    class _Embedder:
        def __init__(self, name: str) -> None:
            self.spec = _Spec(name)

    mini, e5 = _Embedder("all-MiniLM-L6-v2"), _Embedder("multilingual-e5-small")
    assert policy_from_settings(Settings(), mini).verifier is None  # type: ignore[arg-type]
    assert policy_from_settings(Settings(verifier=True), mini).verifier is not None  # type: ignore[arg-type]
    assert policy_from_settings(Settings(verifier=True), e5).verifier is None  # type: ignore[arg-type]


def test_the_verifier_lowers_the_cheap_filters_bound_by_its_width() -> None:
    # a pre-filter (the cascade's gate, retro-match) must not decide a post the verifier could weigh
    assert MatchPolicy(verifier=_verifier(width=0.05)).lowest_threshold(RUMOUR) == pytest.approx(0.73)
    assert MatchPolicy().lowest_threshold(RUMOUR) == pytest.approx(0.78)
