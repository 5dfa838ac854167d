"""How the gate's mapped calibration holds rows out of the learned map's fit (pure logic, no model):
fold assignment, no leakage of a held-out row into its own prediction, and why folds by exemplar read
the map the way the worker uses it (a map that saw the template's other phrasings)."""

from __future__ import annotations

import numpy as np
import pytest

from monitor.core.cascade import calibration_folds, cross_fitted_map, fit_static_map, map_static


def test_folds_by_exemplar_spread_a_templates_exemplars_and_by_template_keep_them_together() -> None:
    columns = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 2])
    by_exemplar = calibration_folds(columns, 0, folds=5, by="exemplar")
    by_template = calibration_folds(columns, 0, folds=5, by="template")
    assert by_template.tolist() == columns.tolist()
    assert by_exemplar.tolist() == list(range(10))
    # template 2's five exemplars: one fold each by exemplar, one fold for all by template
    assert len(set((by_exemplar[columns == 2] % 5).tolist())) == 5
    assert len(set((by_template[columns == 2] % 5).tolist())) == 1


def test_reservoir_rows_follow_the_exemplars_in_seeded_folds() -> None:
    columns = np.array([0, 1, 1])
    a = calibration_folds(columns, 200, folds=4, by="exemplar")
    b = calibration_folds(columns, 200, folds=4, by="exemplar")
    assert len(a) == 203 and a.tolist() == b.tolist()  # the same rows, the same folds: repeatable
    assert (a[3:] >= 3).all()  # after every exemplar's group
    assert set((a[3:] % 4).tolist()) == {0, 1, 2, 3}
    # by template the reservoir starts after the last template column
    assert (calibration_folds(columns, 10, folds=4, by="template")[3:] >= 2).all()


def test_an_unknown_fold_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="folds by"):
        calibration_folds(np.array([0, 1]), 0, folds=5, by="post")


def test_a_held_out_row_never_sees_its_own_target() -> None:
    """Out of fold means out: changing an exemplar's transformer vector changes every other fold's map,
    never its own prediction (the calibration would otherwise read an in-sample fit)."""
    rng = np.random.default_rng(0)
    static = rng.normal(size=(60, 8)).astype(np.float32)
    dense = rng.normal(size=(60, 6)).astype(np.float32)
    groups = calibration_folds(np.repeat(np.arange(12), 5), 0, folds=5, by="exemplar")
    before = cross_fitted_map(static, dense, groups, folds=5, ridge=0.05)
    changed = dense.copy()
    changed[7] = rng.normal(size=6) * 10
    after = cross_fitted_map(static, changed, groups, folds=5, ridge=0.05)
    assert np.allclose(before[7], after[7])
    same_fold = (groups % 5) == (groups[7] % 5)
    assert np.allclose(before[same_fold], after[same_fold])
    assert not np.allclose(before[~same_fold], after[~same_fold])  # the other folds' maps saw it


def _topics(rng: np.random.Generator, n_templates: int) -> tuple[np.ndarray, np.ndarray]:
    """Each template has its own words (a static direction) that the transformer reads as its meaning (a
    dense direction)."""
    return rng.normal(size=(n_templates, 40)), rng.normal(size=(n_templates, 24))


def _phrasings(
    rng: np.random.Generator, topics: tuple[np.ndarray, np.ndarray], per: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``per`` paraphrases of every template: phrasings vary around its directions."""
    topic_s, topic_d = topics
    columns = np.repeat(np.arange(len(topic_s)), per)
    static = topic_s[columns] + 0.3 * rng.normal(size=(len(columns), topic_s.shape[1]))
    dense = topic_d[columns] + 0.3 * rng.normal(size=(len(columns), topic_d.shape[1]))
    return static.astype(np.float32), dense.astype(np.float32), columns


def test_by_exemplar_predicts_a_paraphrase_like_the_full_map_does_by_template_much_worse() -> None:
    """The worker's map is fitted on every exemplar; a post that can alert paraphrases a template whose
    exemplars it saw. Held out by exemplar, a row is predicted by a map that saw its siblings: on these
    synthetic paraphrases (which vary around a template as much as new posts do) close to the full map's
    reading of a new paraphrase. Held out by template, the map never saw the template's words: far worse
    (the default, kept because real posts vary more than exemplars do: docs/PERFORMANCE.md)."""
    rng = np.random.default_rng(1)
    topics = _topics(rng, 30)
    static, dense, columns = _phrasings(rng, topics, per=6)
    unit = dense / np.linalg.norm(dense, axis=1, keepdims=True)

    def accuracy(groups: np.ndarray) -> float:
        predicted = cross_fitted_map(static, dense, groups, folds=5, ridge=0.05)
        return float(np.min((predicted * unit).sum(axis=1)))  # the worst held-out row

    by_exemplar = accuracy(calibration_folds(columns, 0, folds=5, by="exemplar"))
    by_template = accuracy(calibration_folds(columns, 0, folds=5, by="template"))
    # new paraphrases of the same templates through the map fitted on all rows: what the worker sees
    fresh_static, fresh_dense, _ = _phrasings(rng, topics, per=20)
    full = map_static(fresh_static, fit_static_map(static, dense, ridge=0.05))
    fresh_unit = fresh_dense / np.linalg.norm(fresh_dense, axis=1, keepdims=True)
    deployed = float(np.min((full * fresh_unit).sum(axis=1)))
    assert by_template < by_exemplar - 0.2
    # by exemplar is not optimistic against the deployed map's worst new paraphrase
    assert by_exemplar <= deployed + 0.05
