"""The fine-tuned cross reader's pure pieces: how a labelled post becomes training pairs, and the nested
grouped leave-out plan (no model scores a group it was fitted on, nor the outer left-out group)."""

from __future__ import annotations

import pytest

from monitor.core.crossreader import nested_folds, pair_labels


def test_a_debunk_is_a_non_match_of_the_template_it_answers() -> None:
    # a debunk has no gold template: every candidate, its own template first, is labelled 0
    assert pair_labels(["open-to-public", "official-app"], [], 3) == [
        ("open-to-public", 0.0),
        ("official-app", 0.0),
    ]


def test_gold_is_one_siblings_zero_and_gold_outside_the_window_is_added() -> None:
    pairs = pair_labels(["sibling", "other", "gold-a", "gold-b"], ["gold-b", "gold-a"], 2)
    assert pairs == [("sibling", 0.0), ("other", 0.0), ("gold-a", 1.0), ("gold-b", 1.0)]
    inside = pair_labels(["gold-a", "sibling", "sibling"], ["gold-a"], 3)
    assert inside == [("gold-a", 1.0), ("sibling", 0.0)]  # a repeated candidate counts once


@pytest.mark.parametrize("n", [3, 4, 5])
def test_nested_folds_never_score_what_they_were_fitted_on(n: int) -> None:
    plan = nested_folds(n)
    assert [k for k, _, _ in plan] == list(range(n))
    for k, outer, inner in plan:
        assert k not in outer and set(outer) | {k} == set(range(n))
        assert [j for j, _ in inner] == list(outer)
        for j, fitted_on in inner:
            assert j not in fitted_on and k not in fitted_on
            assert set(fitted_on) | {j, k} == set(range(n))


def test_nested_folds_need_three_groups() -> None:
    with pytest.raises(ValueError, match="three groups"):
        nested_folds(2)
