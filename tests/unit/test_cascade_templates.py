"""The gate's per-template calibration curves, the staircase they are stored as, and the per-template
combination of two bounds: recall-safety properties on constructed pairs (pure logic, no model)."""

from __future__ import annotations

import numpy as np
import pytest

from monitor.core.cascade import (
    GateInputs,
    calibrate_pairs,
    combine_bounds,
    staircase,
    template_curves,
    template_gate_skips,
    template_gate_slack,
    thresholds_for,
)


def full_curve_threshold(
    dense: np.ndarray, pred: np.ndarray, r: float, min_pairs: int, margin: float
) -> float:
    """The calibration's definition, computed the slow way: the lowest gate cosine among the pairs at
    ``r`` or above, widened to the ``min_pairs`` closest pairs when fewer are that close."""
    order = np.argsort(-dense, kind="stable")
    d, s = dense[order], pred[order]
    k = max(int((d >= r).sum()), min_pairs)
    return float(s[:k].min()) - margin


def test_the_staircase_reads_like_the_full_curve_and_is_much_smaller() -> None:
    rng = np.random.default_rng(3)
    dense = rng.uniform(-0.2, 1.0, 50_000)
    pred = dense * 0.7 + rng.normal(0, 0.1, dense.shape)
    cal = calibrate_pairs(dense, pred, base_required=0.7, margin=0.05, min_pairs=20, max_threshold=1.0)
    assert cal.pairs == 50_000
    assert len(cal.dense_levels) < 200  # the steps where the floor drops, not every pair
    required = np.r_[np.linspace(-0.3, 1.1, 57), dense[:40].astype(np.float32)]  # incl. exact pair levels
    expected = [
        full_curve_threshold(dense.astype(np.float32), pred.astype(np.float32), r, 20, 0.05) for r in required
    ]
    assert thresholds_for(cal, required).tolist() == pytest.approx(expected, abs=1e-6)
    levels, floors = staircase(np.array([0.9, 0.8, 0.8, 0.5]), np.array([0.5, 0.5, 0.3, 0.3]))
    assert levels.tolist() == [0.9, 0.8] and floors.tolist() == [0.5, 0.3]


def two_templates(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Template 0: a tight one (its pairs' gate cosine follows the transformer's closely); template 1: a
    loose one (low gate cosines even for close pairs). Both have thousands of pairs at every level."""
    rng = np.random.default_rng(seed)
    d0 = rng.uniform(0.0, 1.0, 4000)
    d1 = rng.uniform(0.0, 1.0, 4000)
    p0 = d0 - 0.05 + rng.uniform(-0.02, 0.02, 4000)
    p1 = d1 - 0.4 + rng.uniform(-0.02, 0.02, 4000)
    dense = np.r_[d0, d1]
    pred = np.r_[p0, p1]
    cols = np.r_[np.zeros(4000, dtype=np.int64), np.ones(4000, dtype=np.int64)]
    return dense, pred, cols


def test_a_template_curve_is_its_own_pairs_floor_and_never_below_the_wide_one() -> None:
    dense, pred, cols = two_templates()
    cal = calibrate_pairs(
        dense,
        pred,
        base_required=0.7,
        margin=0.05,
        max_threshold=1.0,
        columns=cols,
        n_templates=2,
        template_min_pairs=50,
    )
    assert cal.templates is not None
    for r in (0.3, 0.5, 0.7, 0.9):
        wide = float(thresholds_for(cal, np.array([r]))[0])
        own = cal.template_thresholds(np.array([0, 1]), np.array([r, r]))
        for t in (0, 1):
            mine = (cols == t) & (dense >= r)
            assert own[t] == pytest.approx(pred[mine].min() - 0.05)
            assert (pred[mine] >= own[t]).all()  # every calibration pair of the template passes its own bar
            assert own[t] >= wide - 1e-12
        # the loose template sets the wide bar; the tight one's own bar is far above it
        assert own[1] == pytest.approx(wide)
        assert own[0] > wide + 0.3


def test_a_template_without_enough_close_pairs_falls_back_to_the_wide_curve() -> None:
    dense, pred, cols = two_templates()
    # template 2: three pairs, all of them close and with high gate cosines. Its own curve would put the bar
    # at 0.85; a fourth paraphrase the calibration never saw could be at 0.5 and still match. Recall first:
    # too few pairs to read a floor from, so the wide curve (the loose template's floor) decides.
    dense = np.r_[dense, [0.95, 0.9, 0.85]]
    pred = np.r_[pred, [0.92, 0.9, 0.9]]
    cols = np.r_[cols, [2, 2, 2]]
    cal = calibrate_pairs(
        dense,
        pred,
        base_required=0.7,
        margin=0.05,
        max_threshold=1.0,
        columns=cols,
        n_templates=3,
        template_min_pairs=50,
    )
    required = np.array([0.8, 0.8, 0.8])
    own = cal.template_thresholds(np.array([0, 1, 2]), required)
    wide = float(thresholds_for(cal, np.array([0.8]))[0])
    assert own[2] == pytest.approx(wide) and own[2] < 0.5
    assert own[0] > wide + 0.3  # the tight template keeps its own bar
    # a template read above its trusted level: template 0 has 4,000 pairs, but fewer than 50 at >= 0.995
    assert cal.templates is not None
    assert cal.templates.trusted[0] < 0.995
    top = cal.template_thresholds(np.array([0]), np.array([0.995]))
    assert top[0] == pytest.approx(float(thresholds_for(cal, np.array([0.995]))[0]))
    # and with template_min_pairs above what any template has, every template reads the wide curve
    strict = calibrate_pairs(
        dense,
        pred,
        base_required=0.7,
        margin=0.05,
        max_threshold=1.0,
        columns=cols,
        n_templates=3,
        template_min_pairs=10_000,
    )
    assert strict.template_thresholds(np.array([0, 1, 2]), required).tolist() == pytest.approx([wide] * 3)


def test_template_curves_restart_the_running_minimum_per_template() -> None:
    dense = np.array([0.9, 0.8, 0.7, 0.95, 0.6])
    pred = np.array([0.1, 0.5, 0.4, 0.9, 0.8])
    cols = np.array([0, 0, 0, 1, 1])
    curves = template_curves(dense, pred, cols, 3, min_pairs=2)
    floor, trusted = curves.floors_for(np.array([0, 0, 1, 1, 2]), np.array([0.85, 0.75, 0.9, 0.5, 0.1]))
    assert floor.tolist() == pytest.approx([0.1, 0.1, 0.9, 0.8, np.inf])
    assert trusted.tolist() == [False, True, False, True, False]  # 2 pairs at >= r back it


def _inputs(
    sims: list[list[float]], bm25: list[tuple[int, int, float]], signal: np.ndarray | float = 0.0
) -> GateInputs:
    # exemplars 0, 1 -> template 0; 2, 3 -> template 1 (all positive); thresholds 0.7
    n = len(sims)
    return GateInputs(
        np.asarray(sims, dtype=np.float32),
        np.array([0, 0, 1, 1]),
        np.array([True, True, True, True]),
        np.array([0.7, 0.7]),
        np.array([b[0] for b in bm25], dtype=np.int64),
        np.array([b[1] for b in bm25], dtype=np.int64),
        np.array([b[2] for b in bm25], dtype=np.float64),
        np.broadcast_to(np.asarray(signal, dtype=np.float64), (n,))
        if np.ndim(signal) < 2
        else np.asarray(signal),
        2,
    )


def test_per_template_bars_decide_more_and_each_template_only_by_its_own_evidence() -> None:
    dense, pred, cols = two_templates()
    wide_only = calibrate_pairs(dense, pred, base_required=0.7, margin=0.05, max_threshold=1.0)
    per = calibrate_pairs(
        dense,
        pred,
        base_required=0.7,
        margin=0.05,
        max_threshold=1.0,
        columns=cols,
        n_templates=2,
        template_min_pairs=50,
    )
    own = per.template_thresholds(np.array([0, 1]), np.array([0.7, 0.7]))
    wide = float(thresholds_for(per, np.array([0.7]))[0])
    between = (own[0] + wide) / 2  # over the wide bar, under template 0's own
    rows = [
        [between, between, wide - 0.1, wide - 0.1],  # close-ish to template 0 only: proven by its own curve
        [wide - 0.1, wide - 0.1, between, between],  # ... to template 1 (the loose one): not proven
    ]
    skip_wide, _ = template_gate_skips(
        _inputs(rows, []), wide_only, lexical_weight=0.5, lexical_saturation=10.0
    )
    skip_per, slack = template_gate_skips(_inputs(rows, []), per, lexical_weight=0.5, lexical_saturation=10.0)
    assert skip_wide.tolist() == [False, False]
    assert skip_per.tolist() == [True, False]
    assert slack[0] > 0 >= slack[1]
    # a scam-signal reward given by template 1 alone does not lower template 0's bar
    signal = np.array([[0.0, 0.5]])
    m = template_gate_slack(_inputs(rows[:1], [], signal), per, lexical_weight=0.5, lexical_saturation=10.0)
    assert m[0, 0] > 0
    signal0 = np.array([[0.5, 0.0]])
    m0 = template_gate_slack(_inputs(rows[:1], [], signal0), per, lexical_weight=0.5, lexical_saturation=10.0)
    assert m0[0, 0] < m[0, 0]


def test_the_bm25_floor_is_bounded_by_the_wide_curve_not_the_templates_own() -> None:
    dense, pred, cols = two_templates()
    per = calibrate_pairs(
        dense,
        pred,
        base_required=0.7,
        margin=0.05,
        max_threshold=1.0,
        columns=cols,
        n_templates=2,
        template_min_pairs=50,
    )
    required = 0.7 - 0.5 * 30 / 40
    own0 = float(per.template_thresholds(np.array([0]), np.array([required]))[0])
    wide = float(thresholds_for(per, np.array([required]))[0])
    assert own0 > wide + 0.3
    far = wide - 0.2
    # BM25 for template 0; its own exemplars are far under its bar, but the post's k-th (2nd) best exemplar
    # is template 1's, over the wide bar: the floor (dense of the k-th hit) may reach the level: passed
    rows = [[far, far, wide + 0.01, wide + 0.01], [far, far, wide - 0.01, wide - 0.01]]
    skip, _ = template_gate_skips(
        _inputs(rows, [(0, 0, 30.0), (1, 0, 30.0)]), per, lexical_weight=0.5, lexical_saturation=10.0
    )
    assert skip.tolist() == [False, True]


def test_bounds_combine_per_template() -> None:
    a = np.array([[0.1, -0.1], [0.2, 0.3], [-0.1, -0.2]])  # bound A proves template 0 for post 0
    b = np.array([[-0.1, 0.05], [-0.5, 0.1], [0.3, -0.01]])  # bound B proves template 1 for post 0
    skip, slack, which = combine_bounds([a, b])
    # post 0: neither bound alone, together yes; post 1: A alone; post 2: neither template 1 proven
    assert skip.tolist() == [True, True, False]
    assert which.tolist() == [-1, 0, -1]
    assert slack.tolist() == pytest.approx([0.05, 0.2, -0.01])
    # never fewer skips than either bound alone, and a skip always has every template proven by one
    rng = np.random.default_rng(0)
    for _ in range(50):
        bounds = [rng.normal(0, 1, (20, 5)) for _ in range(2)]
        skip, slack, _ = combine_bounds(bounds)
        for bound in bounds:
            assert (skip | ~(bound.min(axis=1) > 0)).all()
        assert (skip == (np.maximum(*bounds) > 0).all(axis=1)).all()


def test_an_inactive_calibration_proves_nothing() -> None:
    cal = calibrate_pairs(np.array([0.9, 0.8]), np.array([0.5, 0.5]), base_required=0.7, margin=0.05)
    assert not cal.active
    m = template_gate_slack(_inputs([[0.0] * 4], []), cal, lexical_weight=0.5, lexical_saturation=10.0)
    assert (m == -np.inf).all()
