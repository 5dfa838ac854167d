"""The learned fusion re-ranker on plain values: features, scores, and what it changes in a decision."""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest

from monitor.core.matching import Hit, MatchPolicy, candidate_evidence, decide, rank_candidates
from monitor.core.models import Template
from monitor.core.ranking import (
    RANK_FEATURES,
    CandidateEvidence,
    Ranker,
    days_between,
    rank_features,
    ranker_for,
    stated_date,
    template_date,
)
from monitor.core.text import analyze

POLICY = MatchPolicy(default_threshold=0.6, lexical_weight=0.5, lexical_saturation=10.0)
FRIES = Template(
    id="fries",
    category="claim",
    severity="medium",
    text="McDonald's restaurants are offering one dollar any size fries this month.",
    examples=("$1 McDonald's Any Size Fries",),
)
ANACONDA = Template(
    id="anaconda",
    category="claim",
    severity="medium",
    text="A viral video shows a ten meter long anaconda swimming across a river in Brazil.",
)
CATALOGUE = {t.id: t for t in (FRIES, ANACONDA)}


def _ev(tid: str, dense: float, bm25: float, **kw: object) -> CandidateEvidence:
    fields: dict[str, object] = {
        "template_id": tid,
        "dense": dense,
        "dense_found": True,
        "second": 0.3,
        "bm25": bm25,
        "lexical": bm25 / (bm25 + 10),
        "coverage": 0.5,
        "exemplar_text": True,
        "signal": 0.0,
    }
    fields.update(kw)
    return CandidateEvidence(**fields)  # type: ignore[arg-type]


def _named(row: list[float]) -> dict[str, float]:
    return dict(zip(RANK_FEATURES, row, strict=True))


def test_features_are_relative_to_the_posts_other_candidates() -> None:
    rows = rank_features([_ev("a", 0.8, 0.0), _ev("b", 0.6, 20.0), _ev("c", 0.7, 10.0, dense_found=False)])
    a, b, c = (_named(r) for r in rows)
    assert (a["dense_rr"], c["dense_rr"], b["dense_rr"]) == (1.0, 0.5, pytest.approx(1 / 3))
    assert (b["bm25_rr"], c["bm25_rr"], a["bm25_rr"]) == (1.0, 0.5, 0.0)  # no shared word: no BM25 rank
    assert (b["bm25_rel"], c["bm25_rel"], a["bm25_rel"]) == (1.0, 0.5, 0.0)
    assert c["dense_found"] == 0.0 and a["dense_found"] == 1.0
    assert b["lexical"] == pytest.approx(20 / 30)
    # a model with another score scale is read in MiniLM's units
    assert _named(rank_features([_ev("a", 0.16, 0.0)], score_scale=0.2)[0])["dense"] == pytest.approx(0.8)
    assert rank_features([]) == []


def test_scores_are_a_softmax_over_the_candidates_in_utility_order() -> None:
    weights = tuple(2.0 if name == "lexical" else 1.0 if name == "dense" else 0.0 for name in RANK_FEATURES)
    ranker = Ranker(weights)
    evidence = [_ev("a", 0.8, 0.0), _ev("b", 0.6, 20.0)]
    scores = ranker.scores(evidence)
    assert sum(scores) == pytest.approx(1.0)
    utilities = ranker.utilities(evidence)
    assert utilities == pytest.approx([0.8, 0.6 + 2 * 20 / 30])
    assert scores[1] > scores[0]
    assert Ranker.from_dict(ranker.as_dict()) == ranker
    with pytest.raises(ValueError, match="weights"):
        Ranker((1.0,))


def test_a_ranker_reorders_candidates_but_thresholds_stay_on_the_fused_score() -> None:
    post = "one dollar fries at McDonald's, any size, all month"
    hits = [
        Hit("anaconda", "text", 0, ANACONDA.text, 0.66),  # the dense channel prefers the wrong claim
        Hit("fries", "text", 0, FRIES.text, 0.62),
    ]
    lexical = {"fries": 4.0}  # only the right one shares words with the post
    fused = rank_candidates(post, hits, dataclasses.replace(POLICY, lexical_weight=0.0), lexical=lexical)
    assert [c.template_id for c in fused] == ["anaconda", "fries"]
    assert all(c.rank_score is None for c in fused)
    lexical_first = Ranker(tuple(5.0 if n in ("bm25_rr", "lexical") else 0.0 for n in RANK_FEATURES))
    policy = dataclasses.replace(POLICY, lexical_weight=0.0, ranker=lexical_first)
    ranked = rank_candidates(post, hits, policy, lexical=lexical, templates=CATALOGUE)
    assert [c.template_id for c in ranked] == ["fries", "anaconda"]
    assert ranked[0].rank_score is not None and ranked[0].rank_score > 0.5
    assert ranked[0].score == pytest.approx(0.62)  # the fused score is untouched
    d = decide("p", post, hits, CATALOGUE, policy, lexical=lexical)
    assert d.template_id == "fries" and d.score == pytest.approx(0.62)
    assert [c.template_id for c in d.candidates] == ["fries", "anaconda"]
    # with a threshold above the fused score nothing matches, however sure the ranker is
    strict = dataclasses.replace(policy, default_threshold=0.7)
    d = decide("p", post, hits, CATALOGUE, strict, lexical=lexical)
    assert not d.matched
    assert d.explanation["best"]["template_id"] == "fries"


def test_candidate_evidence_reads_hits_coverage_and_the_nearest_exemplar_kind() -> None:
    post = analyze("McDonald's any size fries for one dollar!")
    hits = [
        Hit("fries", "example", 0, FRIES.examples[0], 0.8),
        Hit("fries", "text", 0, FRIES.text, 0.7),
        Hit("anaconda", "text", 0, ANACONDA.text, 0.3),
    ]
    ranked = rank_candidates(post, hits, POLICY, lexical={"fries": 5.0}, templates=CATALOGUE)
    fries, anaconda = candidate_evidence(post, hits, ranked, CATALOGUE)
    assert fries.template_id == "fries" and fries.dense == 0.8 and fries.second == 0.7
    assert not fries.exemplar_text  # the nearest exemplar is the title (an example)
    assert 0.5 < fries.coverage <= 1.0
    assert anaconda.second == pytest.approx(0.3)  # one exemplar among the hits: the floor
    assert anaconda.coverage == 0.0 and anaconda.bm25 == 0.0


def test_the_shipped_ranker_is_minilms_and_other_models_keep_the_fused_order() -> None:
    ranker = ranker_for("all-MiniLM-L6-v2")
    assert ranker is not None and len(ranker.weights) == len(RANK_FEATURES)
    assert "train" in ranker.fitted_on
    assert ranker_for("no-such-model") is None


def test_candidate_evidence_reads_phrases_numbers_and_each_exemplar_kind() -> None:
    # the post quotes the claim's phrase "any size fries" and its title, but not its number
    post = analyze("Is it true that McDonald's has any size fries at any price this week?")
    claim = Template(
        id="fries",
        category="claim",
        severity="medium",
        text="McDonald's restaurants are offering 1 dollar any size fries until May 31.",
        examples=FRIES.examples,
    )
    catalogue = {"fries": claim, "anaconda": ANACONDA}
    hits = [
        Hit("fries", "example", 0, claim.examples[0], 0.8),
        Hit("anaconda", "text", 0, ANACONDA.text, 0.3),
        Hit("anaconda", "negative", 0, "no anaconda", 0.9),  # negatives are no positive evidence
    ]
    ranked = rank_candidates(post, hits, POLICY, lexical={"fries": 5.0}, templates=catalogue)
    fries, anaconda = candidate_evidence(post, hits, ranked, catalogue)
    assert fries.numbers_missing  # "1" and "31" are in the claim, neither in the post
    assert not anaconda.numbers_missing  # a claim without numbers misses none
    # content pairs of the claim text: (mcdonald, restaurant) ... (size, fry) ...; the post has two of them
    assert 0.0 < fries.bigram < 0.5 and anaconda.bigram == 0.0
    assert fries.example_coverage == pytest.approx(1.0)  # every word of the title is in the post
    assert 0.0 < fries.text_coverage < fries.example_coverage
    # the text was not among the hits: the floor stands in; the example's own cosine is kept
    assert fries.dense_example == 0.8 and fries.dense_text == pytest.approx(0.3)
    assert anaconda.dense_text == 0.3 and anaconda.dense_example == pytest.approx(0.3)
    assert fries.exemplar_hits == 1 and anaconda.exemplar_hits == 1
    assert fries.claim_words > anaconda.claim_words - 5 > 0


def test_new_features_enter_the_row_and_older_weights_load_with_them_at_zero() -> None:
    row = _named(
        rank_features(
            [
                _ev(
                    "a",
                    0.8,
                    0.0,
                    bigram=0.5,
                    numbers_missing=True,
                    claim_words=9,
                    exemplar_hits=12,
                    dense_text=0.7,
                )
            ]
        )[0]
    )
    assert row["bigram"] == 0.5 and row["numbers_missing"] == 1.0 and row["dense_text"] == 0.7
    assert row["claim_words"] == pytest.approx(math.log(10))
    assert row["exemplar_hits"] == 1.0  # capped
    old = {"weights": {"dense": 1.0, "lexical": 2.0}}
    ranker = Ranker.from_dict(old)
    assert dict(zip(RANK_FEATURES, ranker.weights, strict=True))["bigram"] == 0.0
    with pytest.raises(ValueError, match="unknown"):
        Ranker.from_dict({"weights": {"dense": 1.0, "no_such_feature": 1.0}})


def test_dates_are_read_from_an_embedded_tweet_and_a_templates_first_seen() -> None:
    tweet = "Starlink is active. More to come — Elon Musk (@elonmusk) February 26, 2022"
    assert stated_date(tweet) == date(2022, 2, 26)
    assert stated_date("on 7 Mar. 2021, then Jan 5, 2022") == date(2022, 1, 5)  # the last one written
    assert stated_date("no date here, only 2022 and May") is None
    assert stated_date("February 30, 2022") is None  # not a day
    assert template_date("26 May 2015") == date(2015, 5, 26)
    assert template_date("2024-05-01T10:00:00Z") == date(2024, 5, 1)
    assert template_date("a few weeks ago") is None and template_date(None) is None
    assert days_between(date(2022, 2, 26), "1 March 2022") == 3
    assert days_between(None, "1 March 2022") is None and days_between(date(2022, 2, 26), None) is None


def test_date_features_say_whether_the_template_follows_the_posts_date() -> None:
    rows = rank_features([_ev("a", 0.8, 0.0, days=2), _ev("b", 0.8, 0.0, days=-400), _ev("c", 0.8, 0.0)])
    follows, older, unknown = (_named(r) for r in rows)
    assert (follows["dated"], follows["date_follows"], follows["date_precedes"]) == (1.0, 1.0, 0.0)
    assert follows["date_distance"] == pytest.approx(math.log(3) / 8)
    assert (older["dated"], older["date_follows"], older["date_precedes"]) == (1.0, 0.0, 1.0)
    assert older["date_distance"] > follows["date_distance"]
    assert [unknown[n] for n in ("dated", "date_follows", "date_precedes", "date_distance")] == [0.0] * 4


def test_candidate_evidence_carries_the_days_from_the_post_to_each_template() -> None:
    dated = FRIES.model_copy(update={"first_seen": "26 May 2015"})
    catalogue = {"fries": dated, "anaconda": ANACONDA}
    post = analyze("$1 any size fries at McDonald's! — Fast Food (@fastfood) May 20, 2015")
    hits = [Hit("fries", "text", 0, dated.text, 0.7), Hit("anaconda", "text", 0, ANACONDA.text, 0.3)]
    ranked = rank_candidates(post, hits, POLICY, templates=catalogue)
    fries, anaconda = candidate_evidence(post, hits, ranked, catalogue)
    assert fries.days == 6 and anaconda.days is None  # a template without first_seen: no date features
    undated = candidate_evidence(analyze("$1 any size fries"), hits, ranked, catalogue)
    assert all(e.days is None for e in undated)
