"""The Chinese pair reader: a learned second look at a Chinese post's alert against an English claim
(docs/history/MULTILINGUAL-ROUNDS.md "A pair reader for Chinese alerts").

The matcher scores a post by how close it is to a claim; a debunk that restates the claim, a seller vouching
for itself, a testimonial, are as close as the claim itself. The reader reads post and claim together: a
logistic head over the frozen multilingual-e5-small vectors of the post (``query: `` + post) and of the
claim (``passage: `` + claim text): their elementwise product (what they share, direction by direction)
and/or the post vector (how it is said) or the post's selling acts (tried, not shipped:
docs/history/MULTILINGUAL-ROUNDS.md "Selling acts as features of the pair reader"),
plus the decision's margin over its line. It stops an alert: a Chinese post's alert against a claim in
another script whose estimate falls under :attr:`cut`. With a :class:`PairVouch` it may also vouch, inside a
narrow band only: a Chinese post that nothing alerts, whose first candidate sits at most
:attr:`PairVouch.width` under its cross-script line and passes every guard, alerts when the same estimate
reaches :attr:`PairVouch.cut` (docs/history/MULTILINGUAL-ROUNDS.md "The pair reader vouches"). With a
:class:`PairSwap` it
picks between a Chinese post's first two candidates when they are close: the alert on the first moves to the
second when it reads the second's claim as right and the first's as unlikely right (sibling scams;
docs/history/MULTILINGUAL-ROUNDS.md "The pair reader picks between siblings").

Pure: the fitted parameters live in :mod:`monitor.core.pairreader_params` (``scripts/fit_pair_reader.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from monitor.core.heads import logistic_estimate
from monitor.core.pairreader_params import PAIR_READER
from monitor.core.text import SELLING_ACTS, selling_acts

# a post's or claim's vector: the embedder's row (numpy) or any sequence of floats
Vector = Sequence[float] | np.ndarray

# which parts of the pair a head reads: "prod" = post * claim, "post" = the post vector, "sell" = the post's
# selling acts, alone and where the claim itself sells (a post that still sells answers a scam claim, not a
# warning about it); always the margin
FEATURE_SETS = ("prod", "post", "prod+post", "prod+sell")


def sell_features(post_text: str, claim_text: str) -> np.ndarray:
    """The post's :data:`SELLING_ACTS` (0/1 each), the same again where the claim performs a selling act
    too, and whether it does."""
    acts = selling_acts(post_text)
    post = np.array([float(a in acts) for a in SELLING_ACTS])
    claim_sells = float(bool(selling_acts(claim_text))) if claim_text else 0.0
    return np.concatenate([post, post * claim_sells, [claim_sells]])


def pair_features(
    u: Vector, v: Vector, margin: float, features: str, post_text: str = "", claim_text: str = ""
) -> np.ndarray:
    """The head's input for post vector ``u`` and claim vector ``v`` (both unit length) and the
    decision's fused-score margin over its line: the parts named in ``features`` then the margin
    (``post_text`` and ``claim_text`` are read by the "sell" part only)."""
    a, b = np.asarray(u, dtype=np.float64), np.asarray(v, dtype=np.float64)
    parts = []
    for part in features.split("+"):
        if part == "prod":
            parts.append(a * b)
        elif part == "post":
            parts.append(a)
        elif part == "sell":
            parts.append(sell_features(post_text, claim_text))
        else:
            raise ValueError(f"unknown pair-reader feature set {part!r}")
    parts.append(np.array([margin]))
    return np.concatenate(parts)


class PairReading(NamedTuple):
    """The reader's estimate that the alert is right, and whether that stops it (under the cut)."""

    probability: float
    stopped: bool


@dataclass(frozen=True)
class PairReader:
    features: str
    weights: tuple[float, ...]
    bias: float
    cut: float
    script: str = "zh"
    fitted_on: str = ""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> PairReader:
        return cls(
            features=str(d["features"]),
            weights=tuple(float(w) for w in d["weights"]),  # type: ignore[union-attr]
            bias=float(d["bias"]),
            cut=float(d["cut"]),
            script=str(d.get("script", "zh")),
            fitted_on=str(d.get("fitted_on", "")),
        )

    def probability(
        self, u: Vector, v: Vector, margin: float, post_text: str = "", claim_text: str = ""
    ) -> float:
        x = pair_features(u, v, margin, self.features, post_text, claim_text)
        return logistic_estimate(self.weights, self.bias, x, head="pair reader")

    def read(
        self, u: Vector, v: Vector, margin: float, post_text: str = "", claim_text: str = ""
    ) -> PairReading:
        """The estimate for the pair and the one place that decides whether it stops the alert: an
        estimate under :attr:`cut` stops it."""
        p = self.probability(u, v, margin, post_text, claim_text)
        return PairReading(p, p < self.cut)


@dataclass(frozen=True)
class PairVouch:
    """Where the reader may lift a Chinese post's first candidate under its line: at most ``width``
    (fused-score units) under it, with the reader's estimate at least ``cut``; ``cue_free``: only for a
    post without a stance cue (a debunk's or a warning's words); ``first``: only when the reader reads no
    other of the post's first :data:`VOUCH_CANDIDATES` candidates as more likely right (a sibling offer
    ranked first is read against its sibling)."""

    width: float
    cut: float
    cue_free: bool = True
    first: bool = False

    def lifts(self, probability: float, margin: float, cues: bool, other: float = 0.0) -> bool:
        """The one place that decides a lift: in the band, estimate at the cut, cue-free if required, and
        (with :attr:`first`) at least the best estimate ``other`` of another candidate's claim."""
        return (
            -self.width <= margin < 0
            and probability >= self.cut
            and not (self.cue_free and cues)
            and not (self.first and other > probability)
        )


@dataclass(frozen=True)
class PairSwap:
    """Where the reader picks between a Chinese post's first two candidates (sibling claims: the paid
    course and the generation service, the fake app and the account sale): the alert on the first moves
    to the second when their fused scores are at most ``gap`` apart, the reader reads the second's claim
    as right (at least ``hi``) and the first's as unlikely right (under ``lo``); otherwise the first
    keeps its alert (docs/history/MULTILINGUAL-ROUNDS.md "The pair reader picks between siblings")."""

    gap: float
    hi: float
    lo: float

    def swaps(self, first: float, second: float, gap: float) -> bool:
        """The one place that decides a swap: the two within :attr:`gap`, the second's estimate at
        :attr:`hi`, the first's under :attr:`lo`."""
        return gap <= self.gap and second >= self.hi and first < self.lo


def pair_swap_for(model: str) -> PairSwap | None:
    """The fitted sibling swap of ``model``'s pair reader, or None (no reader, or none fitted)."""
    params = PAIR_READER.get(model)
    swap = params.get("swap") if params is not None else None
    if not isinstance(swap, Mapping):
        return None
    return PairSwap(float(swap["gap"]), float(swap["hi"]), float(swap["lo"]))


# how many of a post's first candidates the vouch compares (PairVouch.first)
VOUCH_CANDIDATES = 3


def pair_vouch_for(model: str) -> PairVouch | None:
    """The fitted vouching band of ``model``'s pair reader, or None (no reader, or none fitted)."""
    params = PAIR_READER.get(model)
    vouch = params.get("vouch") if params is not None else None
    if not isinstance(vouch, Mapping):
        return None
    return PairVouch(
        float(vouch["width"]),
        float(vouch["cut"]),
        bool(vouch.get("cue_free", True)),
        bool(vouch.get("first", False)),
    )


def pair_reader_for(model: str) -> PairReader | None:
    """The fitted pair reader of ``model``, or None for a model without one."""
    params = PAIR_READER.get(model)
    return PairReader.from_dict(params) if params is not None else None
