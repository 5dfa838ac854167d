"""Evaluation maths on plain values."""

from __future__ import annotations

import pytest

from monitor.core.evaluation import (
    alerts_by_kind,
    average_precision_at_k,
    best_f1_threshold,
    decision_metrics,
    ranking_metrics,
    reciprocal_rank,
    suggest_threshold,
)


def test_average_precision_at_k() -> None:
    assert average_precision_at_k(["a", "b", "c"], {"a"}, 5) == 1.0
    assert average_precision_at_k(["x", "a", "c"], {"a"}, 5) == 0.5
    assert average_precision_at_k(["x", "y", "z", "w", "v", "a"], {"a"}, 5) == 0.0  # beyond the cut
    # two relevant: (1/1 + 2/3) / 2
    assert average_precision_at_k(["a", "x", "b"], {"a", "b"}, 5) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision_at_k(["a"], set(), 5) == 0.0


def test_reciprocal_rank() -> None:
    assert reciprocal_rank(["x", "y", "a"], {"a"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x"], {"a"}) == 0.0


def test_ranking_metrics_only_count_posts_with_gold_and_a_ranking() -> None:
    rankings = {"p1": ["a", "b"], "p2": ["c", "d"], "p3": ["e"]}
    qrels = {"p1": {"a"}, "p2": {"d"}, "p4": {"z"}}  # p4 was never ranked, p3 has no gold
    m = ranking_metrics(rankings, qrels)
    assert m["posts"] == 2
    assert m["map@5"] == pytest.approx(0.75)
    assert m["recall@1"] == 0.5 and m["recall@5"] == 1.0


def test_decision_metrics_count_a_wrong_template_twice() -> None:
    decisions = {"p1": "a", "p2": "b", "p3": None, "p4": "a"}
    gold = {"p1": "a", "p2": "c", "p3": "c", "p4": None}
    total, per = decision_metrics(decisions, gold)
    assert (total.tp, total.fp, total.fn) == (1, 2, 2)
    assert per["a"].precision == 0.5 and per["c"].recall == 0.0
    assert total.as_dict()["precision"] == pytest.approx(1 / 3, abs=1e-4)


def test_suggest_threshold_keeps_the_precision_floor() -> None:
    scored = [(0.9, True), (0.85, True), (0.8, False), (0.75, True), (0.7, False), (0.6, False)]
    assert suggest_threshold(scored, 0.95) == 0.85
    assert suggest_threshold(scored, 0.7) == 0.75
    assert suggest_threshold([(0.9, False)], 0.5) is None


def test_best_f1_threshold() -> None:
    scored = [(0.9, True), (0.85, True), (0.8, False), (0.75, True), (0.7, False)]
    threshold, precision, recall = best_f1_threshold(scored, positives=4)
    assert threshold == 0.75 and precision == 0.75 and recall == 0.75
    assert best_f1_threshold([(0.5, False)], positives=3) is None


def test_alerts_by_kind() -> None:
    decisions = {"p1": "a", "p2": None, "p3": "a", "p4": "b"}
    gold = {"p1": "a", "p2": "a", "p3": None, "p4": None}
    kinds = {"p1": "paraphrase", "p2": "paraphrase", "p3": "debunk", "p4": "benign", "p5": "benign"}
    assert alerts_by_kind(decisions, gold, kinds) == {
        "benign": {"posts": 1, "alerts": 1, "correct": 0},
        "debunk": {"posts": 1, "alerts": 1, "correct": 0},
        "paraphrase": {"posts": 2, "alerts": 1, "correct": 1},
    }
