"""The cascade's pure logic: which posts can be decided without the transformer, and how the gate is
calibrated. No I/O, no model: vectors in, numbers and decisions out (the worker's stage is
``monitor.pipeline.cascade``).

A real stream is mostly about other subjects, and reposts recur word for word. Cheap stages run first:

``cache``  a repost: the decision the full pipeline made for the same post reading (normalised text and
           what the decision layer reads from the raw text) under the same catalogue version is reused.
``gate``   a static embedding of the post (model2vec, distilled from the configured model), centred on a
           background mean, against every exemplar of the catalogue. A post whose best gate cosine is under
           the calibrated threshold for it is "no match" without the transformer.
``model``  everything else: the full pipeline (transformer, KNN, BM25, ``decide``).

Centring matters: raw static cosines are all high (every text shares the common direction of the embedding
space), so they separate nothing; minus a background mean, paraphrases stay close and unrelated text falls
towards 0.

Calibration (:func:`calibrate_gate`), per catalogue and model, from the catalogue's own exemplars: a post
matches only when its transformer cosine to a positive exemplar plus the decision layer's lexical bonus
(BM25, scam signals) reaches the lowest template threshold. So for every pair of exemplars (towards a
positive one) the transformer scores at least ``r`` apart, the static cosine is recorded; the gate
threshold for a post that needs a transformer cosine of ``r`` is the lowest static cosine of those pairs,
minus a margin. A post with lexical evidence needs less of the transformer (``r`` is lower), so it meets a
lower gate threshold: lexical evidence lowers the bar, and strong evidence always reaches the model.
Background statistics (the share of recent posts the gate passes) are reported, never used to raise the
threshold: recall first.
"""

from __future__ import annotations

import dataclasses
import functools
import struct
from collections import OrderedDict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

STAGES = ("cache", "gate", "model")

# the gate threshold is read from at least this many exemplar pairs (fewer: the gate is off)
MIN_CALIBRATION_PAIRS = 20
# the gate never cuts above this centred cosine, whatever the pairs say (near-copies only)
MAX_GATE_THRESHOLD = 0.6


def staircase(levels: np.ndarray, floors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The steps of a calibration curve: ``levels`` descending, ``floors`` their running minimum; only the
    points where the floor drops are kept (the floor at ``r`` is the last step's at a level >= ``r``). A
    curve of 600k pairs keeps a few hundred steps."""
    levels = np.asarray(levels, dtype=np.float64).ravel()
    floors = np.asarray(floors, dtype=np.float64).ravel()
    if not len(levels):
        return levels, floors
    keep = np.r_[True, floors[1:] < floors[:-1]]
    return levels[keep], floors[keep]


@dataclass(frozen=True, eq=False)
class TemplateCurves:
    """One calibration curve per template (pairs towards that template's positive exemplars only), as
    staircases side by side: template ``t``'s steps are ``levels[offsets[t]:offsets[t + 1]]`` (descending)
    and their ``floors``. ``trusted[t]``: the transformer level of the template's ``min_pairs``-th closest
    pair; its curve is read only at or below it (at least ``min_pairs`` pairs that close), above it the
    catalogue-wide curve decides (-inf: too few pairs, always the global curve)."""

    offsets: np.ndarray
    levels: np.ndarray
    floors: np.ndarray
    trusted: np.ndarray
    min_pairs: int

    @functools.cached_property
    def _keys(self) -> np.ndarray:
        """One ascending key for every step: (template, -level), for a single ``searchsorted``."""
        segment = np.repeat(np.arange(len(self.trusted)), np.diff(self.offsets))
        return segment * 4.0 + (2.0 - self.levels)

    def floors_for(self, columns: np.ndarray, required: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(floor, trusted) per (template column, required transformer cosine): the lowest gate cosine
        among the template's pairs at ``required`` or above, and whether that many pairs back it."""
        columns = np.asarray(columns, dtype=np.int64)
        # cosines lie in [-1, 1]: a requirement outside reads the same steps clipped, and the key below
        # must stay inside its template's band of width 4
        required = np.clip(np.asarray(required, dtype=np.float64), -1.5, 1.5)
        trusted = required <= self.trusted[columns]
        if not len(self.levels):
            return np.full(required.shape, np.inf), trusted & False
        idx = np.searchsorted(self._keys, columns * 4.0 + (2.0 - required), side="right")
        inside = idx > self.offsets[columns]  # a step of this template at a level >= required
        floor = np.where(inside, self.floors[np.maximum(idx - 1, 0)], np.inf)
        return floor, trusted & inside


def template_curves(
    dense: np.ndarray, predicted: np.ndarray, columns: np.ndarray, n_templates: int, *, min_pairs: int
) -> TemplateCurves:
    """Per-template curves from flat pairs (``columns[p]``: the template of pair p's target exemplar)."""
    d = np.asarray(dense, dtype=np.float64).ravel()
    s = np.asarray(predicted, dtype=np.float64).ravel()
    c = np.asarray(columns, dtype=np.int64).ravel()
    order = np.lexsort((-d, c))  # by template, then by transformer cosine descending
    d, s, c = d[order], s[order], c[order]
    counts = np.bincount(c, minlength=n_templates)
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    # the running minimum restarted per template: each template's values are shifted below every earlier
    # template's (cosines lie in [-1, 1]), so one accumulate never carries a minimum across templates
    floors = np.minimum.accumulate(s - 4.0 * c) + 4.0 * c if len(s) else s
    first = np.zeros(len(s), dtype=bool)
    first[starts[counts > 0]] = True
    keep = first | np.r_[True, floors[1:] < floors[:-1]]
    trusted = np.full(n_templates, -np.inf)
    enough = counts >= min_pairs
    trusted[enough] = d[starts[enough] + min_pairs - 1]
    kept_per_template = np.bincount(c[keep], minlength=n_templates)
    return TemplateCurves(
        np.r_[0, np.cumsum(kept_per_template)].astype(np.int64), d[keep], floors[keep], trusted, min_pairs
    )


@dataclass(frozen=True, eq=False)
class GateCalibration:
    """The gate's thresholds and the statistics they came from (logged; shown by ``monitor bench``).

    The curve, as a staircase (:func:`staircase`): among calibration pairs whose transformer cosine is at
    least ``dense_levels[k]``, the lowest gate cosine is ``static_floors[k]`` (levels descending, floors
    decreasing; only the points where the floor drops are kept). ``cap_floor``: the floor of the
    ``min_pairs`` closest pairs (a post needing more than any ``min_pairs`` pairs reach is judged by those).
    A post that needs a transformer cosine of ``r`` to match is skipped only when its gate cosine is below
    the floor of the pairs at ``r`` or above, minus ``margin`` (:meth:`threshold_for`). ``templates``:
    per-template curves (:meth:`template_thresholds`), None: the catalogue-wide curve for every template."""

    dense_levels: np.ndarray
    static_floors: np.ndarray
    pairs: int
    margin: float
    min_pairs: int = MIN_CALIBRATION_PAIRS
    max_threshold: float = MAX_GATE_THRESHOLD
    background_pass_rate: float | None = None  # share of background posts the gate passes at the base level
    base_required: float | None = None  # transformer cosine a post without lexical evidence needs
    reason: str = ""
    cap_floor: float = float("inf")  # no widening
    templates: TemplateCurves | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "dense_levels", np.asarray(self.dense_levels, dtype=np.float64).ravel())
        object.__setattr__(self, "static_floors", np.asarray(self.static_floors, dtype=np.float64).ravel())

    @property
    def active(self) -> bool:
        return self.pairs >= self.min_pairs and len(self.dense_levels) > 0

    @functools.cached_property
    def _curve(self) -> tuple[np.ndarray, np.ndarray]:
        """(-levels, floors), built once: the ascending key ``searchsorted`` reads for every post."""
        return -self.dense_levels, self.static_floors

    def threshold_for(self, required_dense: float) -> float | None:
        """The gate threshold for a post that needs a transformer cosine of ``required_dense`` to match;
        None when the gate cannot judge it (too few pairs that close: the model decides)."""
        if not self.active:
            return None
        return float(thresholds_for(self, np.asarray([required_dense]))[0])

    def template_thresholds(self, columns: np.ndarray, required_dense: np.ndarray) -> np.ndarray:
        """The gate threshold per (template column, required transformer cosine): the template's own
        curve where at least ``templates.min_pairs`` of its pairs are that close, else the catalogue-wide
        one (:func:`thresholds_for`); -inf everywhere when the gate cannot judge."""
        required = np.asarray(required_dense, dtype=np.float64)
        wide = thresholds_for(self, required)
        if self.templates is None or not self.active:
            return wide
        floor, trusted = self.templates.floors_for(np.broadcast_to(columns, required.shape), required)
        own = np.minimum(floor - self.margin, self.max_threshold)
        # the template's floor is a minimum over a subset of the pairs, so it is at least the wide one's:
        # it lets the gate decide more; recall first, it is read only where enough pairs back it
        return np.where(trusted, own, wide)

    @property
    def threshold(self) -> float | None:
        """The threshold for a post without lexical evidence (:attr:`base_required`)."""
        return None if self.base_required is None else self.threshold_for(self.base_required)

    def as_dict(self) -> dict[str, float | int | str | None]:
        t = self.threshold
        return {
            "threshold": None if t is None else round(t, 4),
            "base_required_dense": None if self.base_required is None else round(self.base_required, 4),
            "pairs": self.pairs,
            "steps": len(self.dense_levels),
            "template_curves": None
            if self.templates is None
            else int(np.isfinite(self.templates.trusted).sum()),
            "margin": self.margin,
            "background_pass_rate": None
            if self.background_pass_rate is None
            else round(self.background_pass_rate, 4),
            "reason": self.reason,
        }


def centre(vectors: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """``vectors`` minus ``mean``, each row L2-normalised (a zero row stays zero)."""
    out = np.asarray(vectors, dtype=np.float32) - np.asarray(mean, dtype=np.float32)[None, :]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (out / norms).astype(np.float32)


def background_mean(
    exemplars: np.ndarray, posts_sum: np.ndarray | None = None, posts_count: int = 0
) -> np.ndarray:
    """The centre of the static space: the mean of the exemplars' and the posts' seen static vectors
    (``posts_sum`` / ``posts_count`` is a running sum kept by the worker). Exemplars alone would centre on
    the catalogue's topic; the stream's own text moves it to what a typical post looks like."""
    total = np.asarray(exemplars, dtype=np.float64).sum(axis=0)
    count = len(exemplars)
    if posts_sum is not None and posts_count > 0:
        total = total + np.asarray(posts_sum, dtype=np.float64)
        count += posts_count
    if count == 0:
        raise ValueError("no vectors to estimate a mean from")
    return (total / count).astype(np.float32)


def pair_floors(
    dense: np.ndarray, static: np.ndarray, targets: Sequence[bool] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Exemplar pairs (i != j) sorted by transformer cosine, descending, and the running minimum of their
    static cosine: ``floors[k]`` is the lowest static cosine among the ``k + 1`` closest pairs.

    ``dense[i, j]``: query i against passage j (the transformer); ``static[i, j]``: centred static cosine.
    ``targets[j]``: exemplar j can be matched (a positive: template text or example; a post close to a
    negative matches nothing), so only pairs towards targets count."""
    d, s = _pairs(dense, static, targets)
    order = np.argsort(-d, kind="stable")
    return d[order], np.minimum.accumulate(s[order])


def _pairs(
    dense: np.ndarray, static: np.ndarray, targets: Sequence[bool] | None, columns: np.ndarray | None = None
) -> tuple[np.ndarray, ...]:
    """The flat (dense, static[, target column]) of exemplar pairs i != j towards targets."""
    n = len(dense)
    mask = ~np.eye(n, dtype=bool)
    if targets is not None:
        mask &= np.asarray(targets, dtype=bool)[None, :]
    d = np.asarray(dense, dtype=np.float32)[mask]
    s = np.asarray(static, dtype=np.float32)[mask]
    if columns is None:
        return d, s
    return d, s, np.broadcast_to(np.asarray(columns, dtype=np.int64)[None, :], (n, n))[mask]


def calibrate_gate(
    dense: np.ndarray,
    static: np.ndarray,
    *,
    base_required: float,
    margin: float,
    targets: Sequence[bool] | None = None,
    background: np.ndarray | None = None,
    exemplars: np.ndarray | None = None,
    min_pairs: int = MIN_CALIBRATION_PAIRS,
    max_threshold: float = MAX_GATE_THRESHOLD,
    columns: np.ndarray | None = None,
    n_templates: int = 0,
    template_min_pairs: int = 0,
) -> GateCalibration:
    """Calibrate the gate on the catalogue's own exemplars.

    A post matches a template only when its transformer cosine to an exemplar, plus the decision layer's
    lexical and signal bonuses, reaches the threshold; a post without lexical evidence needs the cosine
    itself (``base_required``: the lowest threshold of any template). Every pair of exemplars that close in
    the transformer's eyes tells how low the static cosine of such a pair can be: the gate passes everything
    at or above that floor minus ``margin``. ``dense`` and ``static`` are the exemplars' pairwise cosines
    (transformer; centred static). ``background`` (centred static vectors of posts) and ``exemplars``
    (centred static) only feed the reported pass rate. ``columns[j]`` (exemplar j's template column, of
    ``n_templates``) with ``template_min_pairs`` > 0: per-template curves too (:func:`template_curves`)."""
    levels, floors = pair_floors(dense, static, targets)
    cal = gate_calibration(
        levels,
        floors,
        base_required=base_required,
        margin=margin,
        min_pairs=min_pairs,
        max_threshold=max_threshold,
        what="exemplar pairs",
        reason="calibrated",
    )
    if columns is not None and template_min_pairs > 0 and cal.active:
        d, s, c = _pairs(dense, static, targets, columns)
        curves = template_curves(d, s, c, n_templates, min_pairs=template_min_pairs)
        cal = dataclasses.replace(cal, templates=curves)
    if background is not None and exemplars is not None and len(background) and cal.threshold is not None:
        rate = float((gate_scores(background, exemplars) >= cal.threshold).mean())
        cal = dataclasses.replace(cal, background_pass_rate=rate)
    return cal


def gate_calibration(
    levels: np.ndarray,
    floors: np.ndarray,
    *,
    base_required: float,
    margin: float,
    min_pairs: int,
    max_threshold: float,
    what: str,
    reason: str,
) -> GateCalibration:
    """The calibration read from a curve (``levels`` descending, ``floors`` their running minimum): off,
    with the reason, when it has fewer than ``min_pairs`` pairs (``what`` names them in that reason)."""
    if len(levels) < min_pairs:
        return GateCalibration(
            np.zeros(0),
            np.zeros(0),
            len(levels),
            margin,
            min_pairs,
            max_threshold,
            None,
            base_required,
            f"{len(levels)} {what} (< {min_pairs}): gate off",
        )
    steps, step_floors = staircase(levels, floors)
    return GateCalibration(
        steps,
        step_floors,
        len(levels),
        margin,
        min_pairs,
        max_threshold,
        None,
        base_required,
        reason,
        cap_floor=float(floors[min_pairs - 1]) if min_pairs > 0 else float("inf"),
    )


@dataclass(frozen=True)
class StaticMap:
    """A linear map from the static space to the transformer's: ``x @ weights + bias``, then L2-normalised
    (:func:`map_static`). Fitted by ridge regression on texts encoded both ways (:func:`fit_static_map`)."""

    weights: np.ndarray  # (static dims, transformer dims)
    bias: np.ndarray  # (transformer dims,)
    rows: int = 0  # texts it was fitted on


def _map_stats(x: np.ndarray, y: np.ndarray) -> tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sufficient statistics of a ridge fit (count, sums, X'X, X'Y), in float64: folds add and subtract."""
    x64, y64 = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    return len(x64), x64.sum(axis=0), y64.sum(axis=0), x64.T @ x64, x64.T @ y64


def _map_from_stats(
    stats: tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray], ridge: float
) -> StaticMap:
    n, sx, sy, sxx, sxy = stats
    x_mean, y_mean = sx / n, sy / n
    gram = sxx - n * np.outer(x_mean, x_mean)  # the centred Gram matrix: the intercept is not penalised
    cross = sxy - n * np.outer(x_mean, y_mean)
    # the penalty in units of the Gram matrix's mean eigenvalue: the same ``ridge`` for any scale or size
    penalty = ridge * max(float(np.trace(gram)) / len(gram), 1e-12)
    gram[np.diag_indices_from(gram)] += penalty
    weights = np.linalg.solve(gram, cross)
    bias = y_mean - x_mean @ weights
    return StaticMap(weights.astype(np.float32), bias.astype(np.float32), n)


def fit_static_map(static: np.ndarray, dense: np.ndarray, *, ridge: float = 1.0) -> StaticMap:
    """Ridge least squares from static vectors (rows) to the same texts' transformer vectors: the intercept
    is not penalised (both sides are centred on their means first). ``ridge`` is relative to the mean
    eigenvalue of the centred static rows' Gram matrix, so it does not depend on their scale or count."""
    if len(static) != len(dense) or not len(static):
        raise ValueError("fit_static_map needs the same non-zero number of static and dense rows")
    return _map_from_stats(_map_stats(static, dense), ridge)


def map_static(static: np.ndarray, static_map: StaticMap) -> np.ndarray:
    """Static vectors mapped into the transformer's space, each row L2-normalised (a zero row stays zero):
    their dot product with a transformer vector predicts the transformer's cosine."""
    out = np.asarray(static, dtype=np.float32) @ static_map.weights + static_map.bias[None, :]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (out / norms).astype(np.float32)


def cross_fitted_map(
    static: np.ndarray, dense: np.ndarray, groups: np.ndarray, *, folds: int = 5, ridge: float = 1.0
) -> np.ndarray:
    """Each row's mapped vector (:func:`map_static`) from a map fitted without its fold (``groups % folds``,
    :func:`calibration_folds`). These out-of-fold predictions calibrate the gate: in-sample ones would look
    better than a new post's."""
    static = np.asarray(static, dtype=np.float32)
    fold = np.asarray(groups, dtype=np.int64) % max(2, folds)
    present = np.unique(fold)
    if len(present) < 2:
        raise ValueError("cross-fitting needs at least two folds with rows")
    # one pass over the rows: each fold's statistics, the map without a fold = total minus that fold
    per_fold = {int(f): _map_stats(static[fold == f], dense[fold == f]) for f in present}
    total = tuple(sum(st[k] for st in per_fold.values()) for k in range(5))
    out = np.zeros((len(static), np.asarray(dense).shape[1]), dtype=np.float32)
    for f, st in per_fold.items():
        rest = (total[0] - st[0], *(total[k] - st[k] for k in range(1, 5)))
        held = fold == f
        out[held] = map_static(static[held], _map_from_stats(rest, ridge))  # type: ignore[arg-type]
    return out


FOLD_BY = ("exemplar", "template")


def calibration_folds(
    exemplar_columns: np.ndarray, reservoir_rows: int, *, folds: int, by: str = "template", seed: int = 0
) -> np.ndarray:
    """The cross-fitting group of every fit row (:func:`cross_fitted_map` takes ``group % folds``): the
    catalogue's exemplars first, then ``reservoir_rows`` model-scored posts (each in a seeded random fold).

    ``by="template"`` (the default): a template's exemplars share a fold, so each is predicted by a map
    that never saw its template. That is more pessimistic than the worker's map, which is fitted on every
    exemplar of the catalogue (refitted on every catalogue change), but it is the rule labelled positives
    do not break. ``by="exemplar"``: each exemplar in a fold of its own index, so a template's paraphrases
    are spread over the folds and each is predicted by a map that saw its siblings but not itself, as the
    worker's map has seen a template's phrasings for a new post. Its floors are higher (a larger gate
    share), but real posts are phrased further from the exemplars than the exemplars are from each other:
    on the labelled sets 2 of 598 positive pairs fall under its mapped bar at their own level."""
    if by not in FOLD_BY:
        raise ValueError(f"folds by {by!r}: expected one of {FOLD_BY}")
    columns = np.asarray(exemplar_columns, dtype=np.int64).ravel()
    own = np.arange(len(columns), dtype=np.int64) if by == "exemplar" else columns
    k = max(2, folds)
    # reservoir rows in folds of their own (after the exemplars' groups), seeded by their count
    extra = np.random.default_rng(seed + reservoir_rows).integers(0, k, reservoir_rows)
    start = int(own.max(initial=-1)) + 1
    return np.concatenate([own, start + extra]).astype(np.int64)


def calibrate_pairs(
    dense: np.ndarray,
    predicted: np.ndarray,
    *,
    base_required: float,
    margin: float,
    lowest_required: float | None = None,
    min_pairs: int = MIN_CALIBRATION_PAIRS,
    max_threshold: float = MAX_GATE_THRESHOLD,
    columns: np.ndarray | None = None,
    n_templates: int = 0,
    template_min_pairs: int = 0,
) -> GateCalibration:
    """:func:`calibrate_gate` from flat pairs: ``dense[p]`` the transformer's cosine of pair p,
    ``predicted[p]`` the gate's cosine for it (e.g. a mapped static vector against the exemplar's
    transformer vector). Pairs under ``lowest_required`` (the lowest transformer cosine any post can need)
    are dropped: the curve is never read below it, and the running minimum is unchanged above it.
    ``columns[p]`` (the template column of pair p's target) with ``template_min_pairs`` > 0: per-template
    curves too (:func:`template_curves`)."""
    d = np.asarray(dense, dtype=np.float32).ravel()
    s = np.asarray(predicted, dtype=np.float32).ravel()
    c = None if columns is None else np.asarray(columns, dtype=np.int64).ravel()
    if lowest_required is not None:
        keep = d >= lowest_required
        d, s = d[keep], s[keep]
        c = None if c is None else c[keep]
    order = np.argsort(-d, kind="stable")
    cal = gate_calibration(
        d[order],
        np.minimum.accumulate(s[order]),
        base_required=base_required,
        margin=margin,
        min_pairs=min_pairs,
        max_threshold=max_threshold,
        what="calibration pairs",
        reason="calibrated (mapped)",
    )
    if c is not None and template_min_pairs > 0 and cal.active:
        cal = dataclasses.replace(
            cal, templates=template_curves(d, s, c, n_templates, min_pairs=template_min_pairs)
        )
    return cal


def gate_scores(posts: np.ndarray, exemplars: np.ndarray) -> np.ndarray:
    """Each post's best cosine to any exemplar (both centred and normalised); -1 with no exemplars."""
    posts = np.asarray(posts, dtype=np.float32)
    if not len(exemplars):
        return np.full(len(posts), -1.0, dtype=np.float32)
    if not len(posts):
        return np.zeros(0, dtype=np.float32)
    return (posts @ np.asarray(exemplars, dtype=np.float32).T).max(axis=1)


def lexical_bonus(
    best_bm25: float, shared_scam_signal: bool, *, weight: float, saturation: float, signal_weight: float
) -> float:
    """The most the decision layer's lexical and signal terms can add to a post's transformer cosine
    (``monitor.core.matching.rank_candidates``): the best template's saturated BM25, plus the scam-signal
    reward when the post carries a signal some scam template carries."""
    lex = best_bm25 / (best_bm25 + saturation) if best_bm25 > 0 else 0.0
    return weight * lex + (signal_weight if shared_scam_signal else 0.0)


def gate_skips(scores: np.ndarray, bonuses: Sequence[float], calibration: GateCalibration) -> list[bool]:
    """Which posts the gate decides ("no match"): each needs a transformer cosine of
    ``base_required - bonus`` and its gate cosine is under the threshold for that."""
    if not calibration.active or calibration.base_required is None:
        return [False] * len(scores)
    out = []
    for score, bonus in zip(scores, bonuses, strict=True):
        threshold = calibration.threshold_for(calibration.base_required - bonus)
        out.append(threshold is not None and bool(score < threshold))
    return out


def thresholds_for(calibration: GateCalibration, required_dense: np.ndarray) -> np.ndarray:
    """:meth:`GateCalibration.threshold_for` over an array of required transformer cosines; -inf (skip
    nothing) where the gate cannot judge."""
    required = np.asarray(required_dense, dtype=np.float64)
    if not calibration.active:
        return np.full(required.shape, -np.inf)
    levels, floors = calibration._curve
    # steps at a level >= required: levels are descending, so that is a prefix
    k = np.searchsorted(levels, -required, side="right")
    floor = np.where(k > 0, floors[np.maximum(k - 1, 0)], np.inf)
    # fewer than min_pairs pairs that close: widened to the min_pairs closest ones (a lower floor)
    floor = np.minimum(floor, calibration.cap_floor)
    return np.minimum(floor - calibration.margin, calibration.max_threshold)


@dataclass(frozen=True)
class GateInputs:
    """What the per-template gate reads for one batch of posts (all arrays, no text).

    ``sims[i, e]``: centred static cosine of post i to exemplar e. ``exemplar_template[e]``: the column of
    exemplar e's template; ``exemplar_positive[e]``: e can be matched (not a negative). ``thresholds[t]``:
    the lowest decision threshold of template t. ``bm25_rows``, ``bm25_columns``, ``bm25_scores``: the
    non-zero BM25 scores as (post, template column, score) triples (only templates sharing a term).
    ``signal[i]`` or ``signal[i, t]``: the scam-signal reward (plus any other bonus) post i can get, for
    every template or per template (the reward only counts for a scam template sharing a signal with the
    post). ``knn_k``: exemplar hits the dense channel returns per post."""

    sims: np.ndarray
    exemplar_template: np.ndarray
    exemplar_positive: np.ndarray
    thresholds: np.ndarray
    bm25_rows: np.ndarray
    bm25_columns: np.ndarray
    bm25_scores: np.ndarray
    signal: np.ndarray
    knn_k: int


def _best_per_template(sims: np.ndarray, inputs: GateInputs, n_templates: int) -> np.ndarray:
    """Each post's best gate cosine per template, over the template's positive exemplars (-inf for a
    template without one): ``sims`` is posts x exemplars, in ``inputs``' exemplar order."""
    best = np.full((len(sims), n_templates), -np.inf, dtype=np.float64)
    positive = np.flatnonzero(np.asarray(inputs.exemplar_positive, dtype=bool))
    if len(positive):
        columns = np.asarray(inputs.exemplar_template)
        order = positive[np.argsort(columns[positive], kind="stable")]
        cols_sorted = columns[order]
        starts = np.flatnonzero(np.r_[True, cols_sorted[1:] != cols_sorted[:-1]])
        best[:, cols_sorted[starts]] = np.maximum.reduceat(sims[:, order], starts, axis=1)
    return best


def template_gate_slack(
    inputs: GateInputs,
    calibration: GateCalibration,
    *,
    lexical_weight: float,
    lexical_saturation: float,
) -> np.ndarray:
    """Per post and template: how far under its gate bar the post is (> 0: the template is proven unable
    to match; -inf where the gate cannot judge), reasoning per template as the decision layer scores.

    The decision layer scores template t as ``dense_t + lexical_weight * sat(bm25_t) + signal_t`` and
    matches at ``threshold_t``; ``dense_t`` is the best positive exemplar's transformer cosine, or, for a
    template only BM25 found, the weakest of the post's ``knn_k`` exemplar hits (the "floor"). The gate
    assumes, per exemplar, that a transformer cosine of at least ``r`` comes with a gate cosine of at least
    the bar for ``r`` (calibrated on pairs, minus a margin): the template's own curve where enough of its
    pairs back it (:meth:`GateCalibration.template_thresholds`), else the catalogue-wide one. Then:

    * without BM25 for t, t cannot match when its best gate cosine is under its bar for
      ``threshold_t - signal_t``;
    * with BM25 for t, the bonus counts for t alone: its best gate cosine must be under its bar for
      ``threshold_t - bonus_t``, and the floor too. The floor is bounded through the ``knn_k``-th best gate
      cosine against the catalogue-wide bar (the k hits may be any template's exemplars, and every
      template's floor is at least the wide one): if fewer than k exemplars reach that bar, fewer than k
      reach the dense level, so the k-th best dense hit is under it."""
    sims = np.asarray(inputs.sims, dtype=np.float32)
    n = len(sims)
    thresholds = np.asarray(inputs.thresholds, dtype=np.float64)
    n_templates = len(thresholds)
    slack = np.full((n, n_templates), -np.inf)
    if not n or not n_templates or not calibration.active or not sims.shape[1]:
        return slack
    per_template = _best_per_template(sims, inputs, n_templates)
    k = min(max(1, inputs.knn_k), sims.shape[1])
    kth = np.partition(sims, sims.shape[1] - k, axis=1)[:, sims.shape[1] - k].astype(np.float64)
    signal = np.asarray(inputs.signal, dtype=np.float64)
    signal = np.broadcast_to(signal.reshape(n, -1), (n, n_templates))
    template_of = np.broadcast_to(np.arange(n_templates)[None, :], (n, n_templates))
    # no lexical evidence: each template against its own best gate cosine (a template without a positive
    # exemplar cannot be found by the dense channel: nothing to bound, +inf)
    bars = calibration.template_thresholds(template_of, thresholds[None, :] - signal)
    with np.errstate(invalid="ignore"):
        slack = np.where(np.isneginf(per_template), np.inf, bars - per_template)
    rows = np.asarray(inputs.bm25_rows, dtype=np.int64)
    if len(rows):
        cols = np.asarray(inputs.bm25_columns, dtype=np.int64)
        scores = np.asarray(inputs.bm25_scores, dtype=np.float64)
        required = (
            thresholds[cols] - lexical_weight * scores / (scores + lexical_saturation) - signal[rows, cols]
        )
        own = calibration.template_thresholds(cols, required) - per_template[rows, cols]
        floor = thresholds_for(calibration, required) - kth[rows]
        lexical = np.minimum(own, floor)  # own is +inf for a template without a positive exemplar
        slack[rows, cols] = np.inf  # the BM25 check replaces the plain one (its bar is never higher)
        np.minimum.at(slack, (rows, cols), lexical)
    return slack


# the joint curves' grids: transformer levels (the cosine a post needs) and mapped gate cosines, in steps of
# JOINT_STEP; a table cell is read conservatively (the level rounded down, the mapped cosine rounded up), so
# the grid only ever loosens the bound
JOINT_STEP = 0.02
JOINT_LEVELS = np.round(np.arange(-0.4, 1.0 + JOINT_STEP / 2, JOINT_STEP), 6)
JOINT_MAPPED = np.round(np.arange(-1.0, 1.0 + JOINT_STEP / 2, JOINT_STEP), 6)
# above this many templates only the catalogue-wide joint table is kept (each table is ~36 kB)
JOINT_MAX_TEMPLATES = 2000


@dataclass(frozen=True, eq=False)
class JointCurves:
    """The calibration pairs read in both gate spaces at once (:func:`joint_curves`): ``floors[t, j, k]`` is
    the lowest *static* (centred) cosine among template ``t``'s pairs whose transformer cosine is at least
    ``JOINT_LEVELS[j]`` and whose *mapped* cosine is at most ``JOINT_MAPPED[k]`` (+inf: no such pair);
    ``counts[t, j]`` how many of its pairs are at least that close. Row ``n_templates`` (the last) is the
    catalogue-wide table, read where a template has fewer than ``template_min_pairs`` pairs that close (and
    nothing is proven where the catalogue has fewer than ``min_pairs``).

    Each space alone bounds a post by the lowest cosine of *any* pair at the level; a pair whose mapped
    cosine is low (the map misread it) sets the mapped bar even when its static cosine is high, and the
    other way round. The joint bound asks for one pair that is low in both: a post is proven unable to
    reach a level when no calibration pair that close has both cosines at or under the post's (each plus
    the margin)."""

    floors: np.ndarray  # (templates + 1, levels, mapped), float32
    counts: np.ndarray  # (templates + 1, levels), int64
    margin: float
    min_pairs: int
    template_min_pairs: int
    max_threshold: float = MAX_GATE_THRESHOLD

    def slack(
        self, columns: np.ndarray, required: np.ndarray, mapped: np.ndarray, static: np.ndarray
    ) -> np.ndarray:
        """Per (template column, required transformer cosine, the post's best mapped and static cosines to
        the template): the lowest static cosine of a pair that close and no higher in the mapped space, minus
        the margin, minus the post's static cosine (> 0: proven unable; -inf: too few pairs to judge)."""
        columns = np.asarray(columns, dtype=np.int64)
        required = np.asarray(required, dtype=np.float64)
        mapped = np.asarray(mapped, dtype=np.float64)
        static = np.asarray(static, dtype=np.float64)
        wide = len(self.floors) - 1
        # the level rounded down (more pairs), the mapped cosine plus the margin rounded up (more pairs)
        j = np.clip(
            np.floor((required - JOINT_LEVELS[0]) / JOINT_STEP - 1e-6).astype(np.int64),
            0,
            len(JOINT_LEVELS) - 1,
        )
        k = np.clip(
            np.ceil((mapped + self.margin - JOINT_MAPPED[0]) / JOINT_STEP + 1e-6).astype(np.int64),
            0,
            len(JOINT_MAPPED) - 1,
        )
        own = np.minimum(columns, wide)  # without per-template tables (wide == 0) every column reads row 0
        use_own = self.counts[own, j] >= self.template_min_pairs
        row = np.where(use_own, own, wide)
        judged = self.counts[row, j] >= np.where(use_own, self.template_min_pairs, self.min_pairs)
        with np.errstate(invalid="ignore"):
            bar = np.minimum(self.floors[row, j, k].astype(np.float64) - self.margin, self.max_threshold)
            out = bar - static
        # a post whose cosines lie above every grid point (or a level under the grid) is never proven
        inside = (mapped + self.margin <= JOINT_MAPPED[-1]) & (required >= JOINT_LEVELS[0])
        # as each space's bar: never a cut at or above ``max_threshold`` (near-copies), in either space
        inside &= mapped < self.max_threshold
        out = np.where(judged & inside, out, -np.inf)
        return np.where(np.isnan(out), -np.inf, out)


def joint_curves(
    dense: np.ndarray,
    mapped: np.ndarray,
    static: np.ndarray,
    columns: np.ndarray,
    n_templates: int,
    *,
    margin: float,
    min_pairs: int = MIN_CALIBRATION_PAIRS,
    template_min_pairs: int = 50,
) -> JointCurves:
    """The joint tables (:class:`JointCurves`) from flat calibration pairs: ``dense[p]`` the transformer's
    cosine, ``mapped[p]`` / ``static[p]`` the two gate cosines of pair p, ``columns[p]`` its target's
    template. A pair counts at every level at or under its transformer cosine and every mapped grid point at
    or above its mapped cosine."""
    d = np.asarray(dense, dtype=np.float64).ravel()
    m = np.asarray(mapped, dtype=np.float64).ravel()
    s = np.asarray(static, dtype=np.float32).ravel()
    c = np.asarray(columns, dtype=np.int64).ravel()
    per_template = n_templates if n_templates <= JOINT_MAX_TEMPLATES else 0
    rows = per_template + 1
    wide = per_template
    nl, nm = len(JOINT_LEVELS), len(JOINT_MAPPED)
    floors = np.full((rows, nl, nm), np.inf, dtype=np.float32)
    counts = np.zeros((rows, nl), dtype=np.int64)
    keep = d >= JOINT_LEVELS[0]
    d, m, s, c = d[keep], m[keep], s[keep], c[keep]
    # the highest level at or under the pair's transformer cosine; the lowest mapped point at or above its
    # mapped cosine
    jb = np.clip(np.floor((d - JOINT_LEVELS[0]) / JOINT_STEP).astype(np.int64), 0, nl - 1)
    kb = np.clip(np.ceil((m - JOINT_MAPPED[0]) / JOINT_STEP).astype(np.int64), 0, nm - 1)
    targets = [np.full(len(d), wide)]
    if per_template:
        targets.append(c)
    for t in targets:
        np.minimum.at(floors, (t, jb, kb), s)
        np.add.at(counts, (t, jb), 1)
    # a pair at level jb counts at every level under it; a pair under mapped point kb at every point above
    floors = np.minimum.accumulate(floors[:, ::-1, :], axis=1)[:, ::-1, :]
    floors = np.minimum.accumulate(floors, axis=2)
    counts = np.cumsum(counts[:, ::-1], axis=1)[:, ::-1]
    return JointCurves(floors, counts, margin, min_pairs, template_min_pairs)


def joint_gate_slack(
    inputs: GateInputs,
    static_sims: np.ndarray,
    joint: JointCurves,
    floor_spaces: Sequence[tuple[np.ndarray, GateCalibration]],
    *,
    lexical_weight: float,
    lexical_saturation: float,
) -> np.ndarray:
    """:func:`template_gate_slack` with the joint bound (:class:`JointCurves`) for each template's own
    check: ``inputs.sims`` are the mapped cosines, ``static_sims`` the centred static ones of the same
    posts and exemplars; the template's best cosine in each space bounds every one of its exemplars' (a
    point no lower in both). ``floor_spaces`` ((exemplar cosines, calibration) of each space): where a
    template shares BM25 terms with the post, the dense floor must be proven too, by either space's
    ``knn_k``-th best cosine against its catalogue-wide bar (as :func:`template_gate_slack`)."""
    mapped_sims = np.asarray(inputs.sims, dtype=np.float32)
    static_sims = np.asarray(static_sims, dtype=np.float32)
    thresholds = np.asarray(inputs.thresholds, dtype=np.float64)
    n, n_templates = len(mapped_sims), len(thresholds)
    slack = np.full((n, n_templates), -np.inf)
    if not n or not n_templates or not mapped_sims.shape[1]:
        return slack
    mapped_best = _best_per_template(mapped_sims, inputs, n_templates)
    static_best = _best_per_template(static_sims, inputs, n_templates)
    signal = np.broadcast_to(np.asarray(inputs.signal, dtype=np.float64).reshape(n, -1), (n, n_templates))
    template_of = np.broadcast_to(np.arange(n_templates)[None, :], (n, n_templates))
    required = thresholds[None, :] - signal
    rows = np.asarray(inputs.bm25_rows, dtype=np.int64)
    cols = np.asarray(inputs.bm25_columns, dtype=np.int64)
    if len(rows):
        scores = np.asarray(inputs.bm25_scores, dtype=np.float64)
        required = required.copy()
        # several triples of one (post, template) cannot occur (one BM25 score per template); the lowest
        # requirement wins where they would
        np.minimum.at(
            required,
            (rows, cols),
            thresholds[cols] - lexical_weight * scores / (scores + lexical_saturation) - signal[rows, cols],
        )
    no_exemplar = np.isneginf(mapped_best)
    with np.errstate(invalid="ignore"):
        own = joint.slack(template_of, required, np.where(no_exemplar, -1.0, mapped_best), static_best)
    slack = np.where(no_exemplar, np.inf, own)
    if len(rows):
        floor = np.full(len(rows), -np.inf)
        for sims, calibration in floor_spaces:
            sims = np.asarray(sims, dtype=np.float32)
            if not calibration.active or not sims.shape[1]:
                continue
            k = min(max(1, inputs.knn_k), sims.shape[1])
            kth = np.partition(sims, sims.shape[1] - k, axis=1)[:, sims.shape[1] - k].astype(np.float64)
            floor = np.maximum(floor, thresholds_for(calibration, required[rows, cols]) - kth[rows])
        slack[rows, cols] = np.minimum(slack[rows, cols], floor)
    return slack


def template_gate_skips(
    inputs: GateInputs,
    calibration: GateCalibration,
    *,
    lexical_weight: float,
    lexical_saturation: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Which posts the gate decides ("no match"): every template proven unable to match
    (:func:`template_gate_slack`). Returns (skip per post, the margin: bar minus score at the tightest
    template; > 0 where skipped)."""
    slack = template_gate_slack(
        inputs, calibration, lexical_weight=lexical_weight, lexical_saturation=lexical_saturation
    )
    return combine_bounds([slack])[:2]


def combine_bounds(slacks: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Several sound bounds (one slack matrix per gate space, :func:`template_gate_slack`), combined per
    template: template t is proven unable to match when any bound proves it (each bound alone is
    recall-safe for every template), and a post is skipped when every template is proven by some bound.

    Returns (skip per post, per-post slack: the tightest template's best bound, the first bound that
    proves every template alone per post, or -1 where only the per-template combination does)."""
    if not slacks:
        raise ValueError("combine_bounds needs at least one bound")
    n = slacks[0].shape[0]
    if not slacks[0].shape[1]:
        return np.zeros(n, dtype=bool), np.full(n, -np.inf), np.full(n, -1)
    best = np.maximum.reduce([np.asarray(s, dtype=np.float64) for s in slacks])
    slack = best.min(axis=1)
    skip = slack > 0
    which = np.full(n, -1)
    for b in range(len(slacks) - 1, -1, -1):  # the first bound wins where several prove alone
        which[slacks[b].min(axis=1) > 0] = b
    return skip, slack, which


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A bounded least-recently-used map (the repost cache). Not thread-safe: one batch thread uses it."""

    def __init__(self, capacity: int) -> None:
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        if self.capacity == 0:
            return
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data


def scam_signals_of(templates: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The union of the scam templates' signals (``template id -> signals``)."""
    out: set[str] = set()
    for signals in templates.values():
        out |= signals
    return frozenset(out)


# --- the state workers share: rows of posts the model scored, and the background they saw ------------------
SHARED_FORMAT = 1
_CHUNK_MAGIC = b"MCR"
_CHUNK_HEADER = struct.Struct("<3sBIIIQ")  # magic, format, rows, static dims, transformer dims, posts seen


@dataclass(frozen=True)
class ReservoirChunk:
    """What one worker contributes to the shared cascade state at a time: ``static`` / ``dense`` rows of
    posts the model scored (their static vector and transformer query vector: the learned map's fit rows
    and calibration pairs) and the sum of the static vectors of every post it saw since its last chunk
    (``background_sum`` over ``background_posts``: the gate's centre). None of it depends on the catalogue:
    each worker fits its map and calibrates for its own catalogue from these rows."""

    static: np.ndarray  # (rows, static dims)
    dense: np.ndarray  # (rows, transformer dims)
    background_sum: np.ndarray  # (static dims,), float64
    background_posts: int


def encode_chunk(chunk: ReservoirChunk) -> bytes:
    """A chunk as bytes: a fixed header, then the background sum (float64) and the rows (float16: 1.3 kB a
    row for 256 + 384 dims; the cosines they give move by ~1e-4, far under the gate's margin)."""
    static = np.asarray(chunk.static, dtype=np.float32)
    dense = np.asarray(chunk.dense, dtype=np.float32)
    if static.ndim != 2 or dense.ndim != 2 or len(static) != len(dense):
        raise ValueError("a chunk needs as many static rows as transformer rows")
    bg = np.asarray(chunk.background_sum, dtype="<f8").ravel()
    if len(bg) != static.shape[1]:
        raise ValueError("the background sum must have the static dimensions")
    header = _CHUNK_HEADER.pack(
        _CHUNK_MAGIC, SHARED_FORMAT, len(static), static.shape[1], dense.shape[1], chunk.background_posts
    )
    return b"".join([header, bg.tobytes(), static.astype("<f2").tobytes(), dense.astype("<f2").tobytes()])


def decode_chunk(blob: bytes, static_dims: int, dense_dims: int) -> ReservoirChunk | None:
    """The chunk in ``blob``, or None when it is not one this worker can use (another format, other
    dimensions, truncated): a worker never fits on rows from another model."""
    if len(blob) < _CHUNK_HEADER.size:
        return None
    magic, fmt, rows, ds, dd, posts = _CHUNK_HEADER.unpack_from(blob)
    if magic != _CHUNK_MAGIC or fmt != SHARED_FORMAT or ds != static_dims or dd != dense_dims:
        return None
    if len(blob) != _CHUNK_HEADER.size + 8 * ds + 2 * rows * (ds + dd):
        return None
    at = _CHUNK_HEADER.size
    bg = np.frombuffer(blob, dtype="<f8", count=ds, offset=at).astype(np.float64)
    at += 8 * ds
    static = np.frombuffer(blob, dtype="<f2", count=rows * ds, offset=at).reshape(rows, ds)
    at += 2 * rows * ds
    dense = np.frombuffer(blob, dtype="<f2", count=rows * dd, offset=at).reshape(rows, dd)
    dense32 = dense.astype(np.float32)
    norms = np.linalg.norm(dense32, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return ReservoirChunk(static.astype(np.float32), dense32 / norms, bg, int(posts))


def merge_chunks(
    chunks: Sequence[ReservoirChunk], max_rows: int, static_dims: int, dense_dims: int
) -> ReservoirChunk:
    """Chunks (newest first) as one: the newest ``max_rows`` rows, and the background of every chunk."""
    static: list[np.ndarray] = []
    dense: list[np.ndarray] = []
    bg = np.zeros(static_dims, dtype=np.float64)
    posts = 0
    room = max(0, max_rows)
    for chunk in chunks:
        bg += chunk.background_sum
        posts += chunk.background_posts
        if room and len(chunk.static):
            take = min(room, len(chunk.static))
            static.append(chunk.static[:take])
            dense.append(chunk.dense[:take])
            room -= take
    return ReservoirChunk(
        np.vstack(static) if static else np.zeros((0, static_dims), dtype=np.float32),
        np.vstack(dense) if dense else np.zeros((0, dense_dims), dtype=np.float32),
        bg,
        posts,
    )
