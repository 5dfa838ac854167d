"""Confidence: a calibrated probability that a decision is right. Pure: no I/O, no model.

The fused score that ranks and thresholds candidates (dense cosine + lexical bonus + signal adjustment) is
not a probability: it can exceed 1 and its scale differs per model. On-call staff get instead
``confidence``: the probability that the template a post was matched to — or, for an unmatched post, its
best candidate — is a correct match for the post.

A :class:`Calibrator` is a logistic model over a few features of the decision (:func:`features`), all in the
units of MiniLM's cosines (a model's score terms are divided by its ``score_scale``):

=================  =====================================================================================
``over``           fused score minus the candidate's threshold (how far above or below the line)
``dense``          the best positive exemplar's cosine minus the threshold
``gap``            fused score minus the next template's (a clear winner vs. a toss-up), capped at 0.2
``lexical``        saturated BM25 (0..1): shared words
``signal``         the scam-signal adjustment (shares the offer's price / QR / download… or lacks any)
``matched``        1 when the post alerted on this candidate
``negative``       1 when a registered look-alike (a debunk, a benign post) stopped it
``stance``         1 when the stance guard stopped it (the post denies / debunks / warns)
``short``          1 when the post was too short to judge
``rank``           the learned ranker's score of the candidate (:mod:`monitor.core.ranking`; 0 without one)
``rank_gap``       that score minus the best other candidate's (how clearly the ranker prefers it)
=================  =====================================================================================

Two domains, two sets of weights. A catalogue of one wave (the Sora templates) has a subject: more than
half of its templates share a word (:func:`monitor.core.matching.catalogue_subject`); its look-alikes are
registered as negatives, and an unmatched post is usually no claim at all. A catalogue of unrelated
claims (CheckThat!'s 14,231 fact-checks) has none, and there the best candidate of a post below the
threshold is still right more often than not (the benchmark's tweets all have a claim). One logistic
model cannot hold both (pooled, it was 0.07-0.10 off on the demo set); :attr:`Calibrator.open_catalogue`
holds the weights for a catalogue without a subject.

The weights are fitted offline (``scripts/fit_calibration.py``) on labelled data that ships with the
project and stored per model in :mod:`monitor.core.calibration_params`. Checked with :func:`reliability`
(expected calibration error and a reliability table) on data they were not fitted on: docs/QUALITY.md
"Confidence" (today's figures) and docs/history/QUALITY-CONFIDENCE.md (every fit and check).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from monitor.core.calibration_params import CALIBRATION

FEATURES: tuple[str, ...] = (
    "over",
    "dense",
    "gap",
    "lexical",
    "signal",
    "matched",
    "negative",
    "stance",
    "short",
    "rank",
    "rank_gap",
)
GAP_CAP = 0.2


class _Candidate(Protocol):
    @property
    def template_id(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def dense(self) -> float: ...
    @property
    def lexical(self) -> float: ...
    @property
    def signal(self) -> float: ...


def features(
    candidates: Sequence[_Candidate],
    chosen: str | None,
    threshold: float | None,
    matched: bool,
    suppressed_by: str | None,
    score_scale: float = 1.0,
) -> list[float] | None:
    """The feature vector of one decision (order: :data:`FEATURES`), or None when it has no candidate.

    ``chosen`` is the decided template (else the best candidate is used), ``threshold`` the threshold that
    candidate had to reach; ``score_scale`` turns the model's score units into MiniLM's."""
    if not candidates:
        return None
    cand = next((c for c in candidates if c.template_id == chosen), candidates[0])
    others = [c.score for c in candidates if c.template_id != cand.template_id]
    runner_up = max(others) if others else cand.score - GAP_CAP * score_scale
    line = cand.score if threshold is None else threshold
    scale = score_scale or 1.0
    # the learned ranker's scores, where one ranked the candidates (ScoredCandidate.rank_score)
    rank = getattr(cand, "rank_score", None) or 0.0
    other_ranks = [
        getattr(c, "rank_score", None) or 0.0 for c in candidates if c.template_id != cand.template_id
    ]
    return [
        (cand.score - line) / scale,
        (cand.dense - line) / scale,
        min(max(cand.score - runner_up, 0.0) / scale, GAP_CAP),
        cand.lexical,
        cand.signal / scale,
        1.0 if matched else 0.0,
        1.0 if suppressed_by == "negative" else 0.0,
        1.0 if suppressed_by == "stance" else 0.0,
        1.0 if suppressed_by == "short_text" else 0.0,
        rank,
        rank - max(other_ranks) if other_ranks else rank,
    ]


def _lexical_floor(
    c: Calibrator, line: float, width: float, lexical_weight: float, signal_weight: float
) -> float:
    w = dict(zip(FEATURES, c.weights, strict=True))
    if w["rank"] or w["rank_gap"]:
        return 0.0
    scale = c.score_scale or 1.0
    lw, sw = lexical_weight / scale, signal_weight / scale  # in the features' units
    # the signal feature is the adjustment itself; the dense feature loses it and the lexical bonus
    coef_lexical = w["lexical"] - w["dense"] * lw
    coef_signal = w["signal"] - w["dense"]
    coef_over = w["over"] + w["dense"]
    best_rest = c.bias + max(coef_over * -width, 0.0) + abs(coef_signal) * sw + max(w["gap"] * GAP_CAP, 0.0)
    target = math.log(line / (1.0 - line))
    if coef_lexical <= 0:
        return 0.0 if best_rest >= target else 1.0
    return min(max((target - best_rest) / coef_lexical, 0.0), 1.0)


def sigmoid(z: float) -> float:
    """The logistic function, without overflow for any ``z`` (the learned heads use it too)."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Calibrator:
    """Logistic calibration: ``confidence = sigmoid(bias + weights · features)``."""

    weights: tuple[float, ...]
    bias: float
    score_scale: float = 1.0  # the model's score units per MiniLM unit (ModelSpec.score_scale)
    fitted_on: str = ""  # what the weights were fitted on, for the record
    # the weights for a catalogue without a subject (unrelated claims, like CheckThat!); None: these
    open_catalogue: Calibrator | None = None
    # topical weights for posts of one writing system (``langid.writing_system``: "zh" …), where a
    # multilingual model's decisions behave differently across scripts (lower cosines, the bridged
    # threshold, the hubness correction); a script without its own weights uses these
    by_script: Mapping[str, Calibrator] | None = None

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"need {len(FEATURES)} weights ({', '.join(FEATURES)}), got {len(self.weights)}")

    def probability(self, x: Sequence[float] | None) -> float:
        """Confidence for a feature vector; 0 when there was no candidate at all."""
        if x is None:
            return 0.0
        z = self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))
        return sigmoid(z)

    def confidence(
        self,
        candidates: Sequence[_Candidate],
        chosen: str | None,
        threshold: float | None,
        matched: bool,
        suppressed_by: str | None,
        *,
        topical: bool = True,
        script: str = "",
    ) -> tuple[float, tuple[float, ...] | None]:
        """``(confidence, the features it was computed from)``; see :func:`features`. ``topical``: the
        catalogue has a subject (else :attr:`open_catalogue`'s weights apply, when set); ``script``: the
        post's writing system (:attr:`by_script`'s weights apply to a topical decision, when set)."""
        model = self.for_domain(topical, script)
        x = features(candidates, chosen, threshold, matched, suppressed_by, model.score_scale)
        return round(model.probability(x), 4), None if x is None else tuple(x)

    def lexical_floor(
        self, line: float, *, width: float, lexical_weight: float, signal_weight: float
    ) -> float:
        """The least saturated BM25 (the ``lexical`` feature, 0..1) at which a topical decision that did not
        match and was not stopped, its fused score at most ``width`` under its threshold, can reach
        confidence ``line``, over these weights and every :attr:`by_script` set (the lowest). 0 where the
        weights give no such bound (a ranker weight: unbounded). ``lexical_weight`` and ``signal_weight``
        are the policy's, in the model's own units.

        The logit is linear in the features; with ``fused = dense + lexical_weight * lexical + signal`` the
        dense feature is ``over - (lexical_weight * lexical + signal) / scale``, so the logit is at most the
        bias plus each remaining term at its bound (``over`` in [-width, 0], ``signal`` within
        +-signal_weight, ``gap`` in [0, GAP_CAP]) plus a coefficient times ``lexical``."""
        floors = [self]
        floors += list(self.by_script.values()) if self.by_script else []
        return min(
            _lexical_floor(c, line, width / (c.score_scale or 1.0), lexical_weight, signal_weight)
            for c in floors
        )

    def for_domain(self, topical: bool, script: str = "") -> Calibrator:
        """The weights for a catalogue with (``topical``) or without a subject, and a post of ``script``."""
        if not topical:
            return self if self.open_catalogue is None else self.open_catalogue
        if script and self.by_script and script in self.by_script:
            return self.by_script[script]
        return self

    def rescaled(self, score_scale: float) -> Calibrator:
        """The same weights for a model whose score terms are ``score_scale`` times MiniLM's (a fallback
        for a model without weights of its own)."""
        return Calibrator(
            self.weights,
            self.bias,
            score_scale,
            f"{self.fitted_on} (rescaled)",
            None if self.open_catalogue is None else self.open_catalogue.rescaled(score_scale),
            None
            if self.by_script is None
            else {k: c.rescaled(score_scale) for k, c in self.by_script.items()},
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Calibrator:
        """Weights by feature name; a feature the dict lacks (weights fitted before it existed) weighs 0."""
        weights = data["weights"]
        open_catalogue = data.get("open_catalogue")
        by_script = data.get("by_script")
        return cls(
            weights=tuple(float(weights.get(name, 0.0)) for name in FEATURES),
            bias=float(data["bias"]),
            score_scale=float(data.get("score_scale", 1.0)),
            fitted_on=str(data.get("fitted_on", "")),
            open_catalogue=None if open_catalogue is None else cls.from_dict(open_catalogue),
            by_script=None if by_script is None else {k: cls.from_dict(v) for k, v in by_script.items()},
        )

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "weights": dict(zip(FEATURES, self.weights, strict=True)),
            "bias": self.bias,
            "score_scale": self.score_scale,
            "fitted_on": self.fitted_on,
        }
        if self.open_catalogue is not None:
            out["open_catalogue"] = self.open_catalogue.as_dict()
        if self.by_script:
            out["by_script"] = {k: c.as_dict() for k, c in sorted(self.by_script.items())}
        return out


def fit_logistic(
    rows: Sequence[Sequence[float]], labels: Sequence[bool], *, l2: float = 1.0, iterations: int = 50
) -> tuple[tuple[float, ...], float]:
    """Maximum-likelihood logistic regression with an L2 penalty on the weights (not the bias), by Newton's
    method: ``(weights, bias)``. Small and dependency-free: the calibrator has a handful of features."""
    if len(rows) != len(labels) or not rows:
        raise ValueError("need as many labels as rows, and at least one")
    d = len(rows[0]) + 1
    xs = [[1.0, *map(float, r)] for r in rows]
    ys = [1.0 if y else 0.0 for y in labels]
    beta = [0.0] * d
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys, strict=True):
            p = sigmoid(sum(b * v for b, v in zip(beta, x, strict=True)))
            w = max(p * (1 - p), 1e-9)
            for i in range(d):
                grad[i] += (p - y) * x[i]
                xi_w = x[i] * w
                for j in range(i, d):
                    hess[i][j] += xi_w * x[j]
        for i in range(1, d):
            grad[i] += l2 * beta[i]
            hess[i][i] += l2
        for i in range(d):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return tuple(round(b, 6) for b in beta[1:]), round(beta[0], 6)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-12:
            continue
        out[r] = (m[r][n] - sum(m[r][c] * out[c] for c in range(r + 1, n))) / m[r][r]
    return out


def reliability(
    pairs: Sequence[tuple[float, bool]], bins: int = 10
) -> tuple[float, list[dict[str, float]], float]:
    """``(ECE, reliability table, Brier score)`` of ``(confidence, was_right)`` pairs.

    ECE: the mean over equal-width confidence bins of |accuracy - mean confidence|, weighted by the share of
    pairs in the bin. The table has one row per non-empty bin: ``lo``, ``hi``, ``n``, ``confidence`` (mean),
    ``accuracy``."""
    if not pairs:
        return 0.0, [], 0.0
    by_bin: dict[int, list[tuple[float, bool]]] = {}
    for c, y in pairs:
        if 0.0 <= c <= 1.0:  # a confidence outside [0, 1] falls in no bin (it still counts in the shares)
            by_bin.setdefault(_bin(c, bins), []).append((c, y))
    rows: list[dict[str, float]] = []
    ece = 0.0
    for k in sorted(by_bin):
        lo, hi = k / bins, (k + 1) / bins
        inside = by_bin[k]
        conf = sum(c for c, _ in inside) / len(inside)
        acc = sum(1 for _, y in inside if y) / len(inside)
        ece += len(inside) / len(pairs) * abs(acc - conf)
        rows.append(
            {"lo": lo, "hi": hi, "n": len(inside), "confidence": round(conf, 4), "accuracy": round(acc, 4)}
        )
    brier = sum((c - (1.0 if y else 0.0)) ** 2 for c, y in pairs) / len(pairs)
    return round(ece, 4), rows, round(brier, 4)


def noise_floor(
    confidences: Sequence[float], bins: int = 10, draws: int = 200, seed: int = 0
) -> dict[str, float]:
    """The ECE a perfectly calibrated predictor gets on these confidences by chance: each draw takes every
    outcome from its own confidence (right with probability ``c``) and scores it as :func:`reliability`
    does (same equal-width bins). ``mean`` and ``p90`` over ``draws`` draws, seeded (the same answer every
    call). On a 50-post set it is about 0.05: an ECE under ``p90`` is not evidence of miscalibration."""
    if not confidences:
        return {"mean": 0.0, "p90": 0.0, "draws": 0}
    rnd = random.Random(seed)
    index = [_bin(c, bins) for c in confidences]
    count = [0] * bins
    conf_sum = [0.0] * bins
    for k, c in zip(index, confidences, strict=True):
        count[k] += 1
        conf_sum[k] += c
    n = len(confidences)
    eces = []
    for _ in range(draws):
        right = [0] * bins
        for k, c in zip(index, confidences, strict=True):
            right[k] += rnd.random() < c
        eces.append(sum(abs(right[k] - conf_sum[k]) for k in range(bins) if count[k]) / n)
    eces.sort()
    return {
        "mean": round(sum(eces) / draws, 4),
        "p90": round(eces[min(draws - 1, int(draws * 0.9))], 4),
        "draws": draws,
    }


def _bin(c: float, bins: int) -> int:
    """The bin :func:`reliability` puts ``c`` in (``k/bins <= c < (k+1)/bins``; 1.0 in the last)."""
    k = min(max(int(c * bins), 0), bins - 1)
    if k > 0 and c < k / bins:
        k -= 1
    elif k < bins - 1 and c >= (k + 1) / bins:
        k += 1
    return k


DEFAULT_MODEL = "all-MiniLM-L6-v2"


def calibrator_for(model: str, score_scale: float = 1.0) -> Calibrator:
    """The fitted calibrator of ``model``; for a model without its own weights, MiniLM's on the model's
    score scale (less accurate: fit one with ``scripts/fit_calibration.py``)."""
    params = CALIBRATION.get(model)
    if params is not None:
        return Calibrator.from_dict(params)
    return Calibrator.from_dict(CALIBRATION[DEFAULT_MODEL]).rescaled(score_scale)
