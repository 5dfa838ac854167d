"""The gate's joint bound (the calibration pairs read in the mapped and the static space at once): it never
proves a calibration pair unable to reach its own level, it proves what each space alone cannot, and it
judges nothing where too few pairs back it (pure logic, no model)."""

from __future__ import annotations

import numpy as np

from monitor.core.cascade import (
    GateInputs,
    calibrate_pairs,
    joint_curves,
    joint_gate_slack,
)


def brute_force_slack(d, m, s, c, column, required, mapped, static, margin, min_pairs):  # type: ignore[no-untyped-def]
    """The joint bound's definition, computed the slow way without a grid: the lowest static cosine among the
    template's pairs at ``required`` or above and at or under ``mapped + margin``, minus the margin."""
    close = (c == column) & (d >= required)
    if close.sum() < min_pairs:
        return -np.inf
    under = close & (m <= mapped + margin)
    return (s[under].min() if under.any() else np.inf) - margin - static


def test_no_calibration_pair_is_proven_unable_to_reach_its_own_level_and_the_grid_only_loosens() -> None:
    rng = np.random.default_rng(5)
    n = 20_000
    d = rng.uniform(-0.2, 1.0, n)
    m = np.clip(d * 0.6 + rng.normal(0, 0.12, n), -1, 1)
    s = np.clip(d * 0.5 + rng.normal(0, 0.15, n), -1, 1).astype(np.float32)
    c = rng.integers(0, 4, n)
    joint = joint_curves(d, m, s, c, 4, margin=0.0, min_pairs=20, template_min_pairs=50)
    # every pair read at its own level, cosines and template: not proven (slack <= 0)
    own = joint.slack(c, d, m, s)
    assert (own <= 1e-6).all()
    # against the exact definition: the grid never proves more than it (only rounds the conservative way)
    q = rng.integers(0, n, 300)
    for margin in (0.0, 0.05):
        joint = joint_curves(d, m, s, c, 4, margin=margin, min_pairs=20, template_min_pairs=50)
        req = np.clip(d[q] + rng.normal(0, 0.1, len(q)), -0.3, 0.95)
        post_m, post_s = m[q] - 0.1, s[q] - 0.1
        got = joint.slack(c[q], req, post_m, post_s)
        for i in range(len(q)):
            exact = brute_force_slack(d, m, s, c, c[q][i], req[i], post_m[i], post_s[i], margin, 50)
            assert got[i] <= max(exact, -1e9) + 1e-6


def test_the_joint_bound_proves_a_post_each_space_alone_cannot() -> None:
    # at level 0.5 two kinds of pairs: the map misreads one (mapped 0.1, static 0.6), the static space the
    # other (mapped 0.6, static 0.1): each space's floor is 0.1
    d = np.full(60, 0.55)
    m = np.r_[np.full(30, 0.1), np.full(30, 0.6)]
    s = np.r_[np.full(30, 0.6), np.full(30, 0.1)]
    c = np.zeros(60, dtype=np.int64)
    wide_mapped = calibrate_pairs(d, m, base_required=0.5, margin=0.05, min_pairs=20, max_threshold=1.0)
    wide_static = calibrate_pairs(d, s, base_required=0.5, margin=0.05, min_pairs=20, max_threshold=1.0)
    bar_mapped, bar_static = wide_mapped.threshold_for(0.5), wide_static.threshold_for(0.5)
    assert bar_mapped is not None and bar_static is not None
    assert abs(bar_mapped - 0.05) < 1e-6 and abs(bar_static - 0.05) < 1e-6
    joint = joint_curves(d, m, s, c, 1, margin=0.05, min_pairs=20, template_min_pairs=50)
    # a post at 0.3 in both spaces: over either bar alone, but no pair is at or under it in both
    assert joint.slack(np.array([0]), np.array([0.5]), np.array([0.3]), np.array([0.3]))[0] > 0.2
    # a post as close as a pair in both spaces is not proven
    assert joint.slack(np.array([0]), np.array([0.5]), np.array([0.1]), np.array([0.6]))[0] <= 0
    # a post whose mapped cosine reaches the cap (0.6 by default) is never cut, whatever the pairs say
    assert joint.slack(np.array([0]), np.array([0.5]), np.array([0.59]), np.array([-0.5]))[0] > 0
    assert joint.slack(np.array([0]), np.array([0.5]), np.array([0.62]), np.array([-0.5]))[0] == -np.inf
    # a level no pair reaches: too few pairs, nothing proven
    assert joint.slack(np.array([0]), np.array([0.6]), np.array([-0.9]), np.array([-0.9]))[0] == -np.inf


def test_the_joint_slack_reads_the_lexical_requirement_and_the_floor() -> None:
    rng = np.random.default_rng(2)
    n = 5_000
    d = rng.uniform(0.0, 1.0, n)
    m = d * 0.8 + rng.normal(0, 0.05, n)
    s = (d * 0.8 + rng.normal(0, 0.05, n)).astype(np.float32)
    c = rng.integers(0, 2, n)
    joint = joint_curves(d, m, s, c, 2, margin=0.05, min_pairs=20, template_min_pairs=50)
    cal = calibrate_pairs(d, m, base_required=0.7, margin=0.05, min_pairs=20, max_threshold=1.0)
    # two templates of two exemplars each; one post at 0.3 to every exemplar in both spaces
    sims = np.full((1, 4), 0.3, dtype=np.float32)
    inputs = GateInputs(
        sims,
        np.array([0, 0, 1, 1]),
        np.ones(4, dtype=bool),
        np.array([0.7, 0.7]),
        np.zeros(0, dtype=np.int64),
        np.zeros(0, dtype=np.int64),
        np.zeros(0),
        np.zeros(1),
        2,
    )
    plain = joint_gate_slack(inputs, sims, joint, [(sims, cal)], lexical_weight=0.5, lexical_saturation=10)
    assert (plain > 0).all()  # needs 0.7: the pairs that close sit near 0.56 in both spaces
    # a large BM25 bonus for template 1 (needs 0.7 - 0.5 * 90 / 100 = 0.25): its pairs reach 0.3 -> kept
    lexical = GateInputs(
        *[*vars(inputs).values()][:4], np.array([0]), np.array([1]), np.array([90.0]), np.zeros(1), 2
    )
    out = joint_gate_slack(lexical, sims, joint, [(sims, cal)], lexical_weight=0.5, lexical_saturation=10)
    assert out[0, 0] > 0 and out[0, 1] <= 0
