"""Learned fusion: re-rank a post's candidate templates with a small linear model. Pure: no I/O, no model.

The hand-set fusion (``dense + 0.5 * bm25 / (bm25 + 10)``, :mod:`monitor.core.matching`) ranks well, but
it sees two numbers per candidate. A :class:`Ranker` scores each candidate with a logistic model over
:data:`RANK_FEATURES`, computed from what the matcher already has (the exemplar hits, BM25, the post's
words), all in MiniLM's score units:

===============  ======================================================================================
``dense``        best positive exemplar's cosine (a floor when only BM25 found the template)
``dense_found``  1 when one of the template's positive exemplars was among the dense hits
``dense_rr``     1 / rank among the post's candidates by dense cosine
``second``       the template's second-best positive exemplar among the hits (else the floor): two of
                 its phrasings close to the post, not one
``lexical``      saturated BM25 (0..1)
``bm25_rel``     BM25 over the post's best BM25 (0..1)
``bm25_rr``      1 / rank among the post's candidates by BM25 (0 without shared words)
``coverage``     share of the template's claim words (text and examples) the post contains
``exemplar_text``  1 when the nearest exemplar is the template's own text (0: an example, e.g. a title)
``signal``       the scam-signal adjustment of the fused score
``bigram``       share of the template text's consecutive content-word pairs the post contains (a quote,
                 a phrase, not only shared words)
``numbers_missing``  1 when the template text has numbers and the post none of them ("3 million")
``text_coverage``    share of the template text's own content words in the post
``example_coverage`` the best share of one example's content words in the post (a claim's title)
``dense_text``   cosine of the template text exemplar when it was among the hits (else the floor)
``dense_example``    best cosine of an example exemplar among the hits (else the floor)
``claim_words``  log(1 + content words of the template text): long claims share more words by chance
``exemplar_hits``    the template's positive exemplars among the dense hits (up to 5, over 5)
``dated``        1 when the post states a date (an embedded tweet's "— Name (@handle) March 7, 2022")
                 and the template has a ``first_seen`` date: the four date features read 0 otherwise
``date_follows`` 1 when the template's date is from 3 days before to 60 days after the post's: a
                 fact-check follows the post it checks
``date_precedes``    1 when the template's date is more than 3 days before the post's
``date_distance``    log(1 + days between the two dates) / 8
===============  ======================================================================================

Fitted offline by ``scripts/fit_ranker.py`` (trained on CheckThat! 2022 train, chosen on dev) and stored
per model in :mod:`monitor.core.ranking_params`; a model without weights keeps the hand-set fusion order.
The ranker only orders candidates: thresholds, guards and ``score`` stay the fused score's.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from monitor.core.ranking_params import RANKING

RANK_FEATURES: tuple[str, ...] = (
    "dense",
    "dense_found",
    "dense_rr",
    "second",
    "lexical",
    "bm25_rel",
    "bm25_rr",
    "coverage",
    "exemplar_text",
    "signal",
    "bigram",
    "numbers_missing",
    "text_coverage",
    "example_coverage",
    "dense_text",
    "dense_example",
    "claim_words",
    "exemplar_hits",
    "dated",
    "date_follows",
    "date_precedes",
    "date_distance",
)

# read only when the post states a date and the template has a ``first_seen`` (0 otherwise)
DATE_FEATURES: tuple[str, ...] = ("dated", "date_follows", "date_precedes", "date_distance")

# ``exemplar_hits`` counts up to this many (a template with many examples is not favoured without end)
EXEMPLAR_HITS_CAP = 5

# ``date_follows``: the template's date from this many days before the post's to DATE_FOLLOWS_DAYS after
DATE_SLACK_DAYS = 3
DATE_FOLLOWS_DAYS = 60

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    "("
    + "|".join(m.capitalize() for m in _MONTHS)
    + "|"
    + "|".join(m[:3].capitalize() for m in _MONTHS)
    + r")\.?"
)
# "March 7, 2022" (an embedded tweet's signature), "7 March 2022" (a fact-check's date), "2022-03-07"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))(?!\d)"
)


def _date_of(match: re.Match[str]) -> date | None:
    month_a, day_a, year_a, day_b, month_b, year_b, iso_y, iso_m, iso_d = match.groups()
    try:
        if iso_y:
            return date(int(iso_y), int(iso_m), int(iso_d))
        name, day, year = (month_a, day_a, year_a) if month_a else (month_b, day_b, year_b)
        return date(
            int(year), _MONTHS.index(next(m for m in _MONTHS if m.startswith(name.lower()))) + 1, int(day)
        )
    except ValueError:
        return None


def stated_date(text: str) -> date | None:
    """The last date written in ``text`` (an embedded tweet ends with its own), or None."""
    found = None
    for match in _DATE.finditer(text):
        found = _date_of(match) or found
    return found


@functools.lru_cache(maxsize=65536)
def template_date(first_seen: str | None) -> date | None:
    """A template's ``first_seen`` as a date (the first date written in it), or None."""
    if not first_seen:
        return None
    match = _DATE.search(first_seen)
    return _date_of(match) if match else None


def days_between(post_date: date | None, first_seen: str | None) -> int | None:
    """Days from the post's stated date to the template's ``first_seen`` (negative: the template is older)."""
    claim = template_date(first_seen)
    return (claim - post_date).days if claim is not None and post_date is not None else None


@dataclass(frozen=True)
class CandidateEvidence:
    """What the ranker sees of one candidate template (raw, in the model's score units)."""

    template_id: str
    dense: float
    dense_found: bool
    second: float
    bm25: float
    lexical: float
    coverage: float
    exemplar_text: bool
    signal: float
    bigram: float = 0.0
    numbers_missing: bool = False
    text_coverage: float = 0.0
    example_coverage: float = 0.0
    dense_text: float = 0.0  # the floor when the template text was not among the hits
    dense_example: float = 0.0  # the floor when no example was among the hits
    claim_words: int = 0
    exemplar_hits: int = 0
    days: int | None = None  # the template's date minus the post's stated date (None: either unknown)


def rank_features(evidence: Sequence[CandidateEvidence], score_scale: float = 1.0) -> list[list[float]]:
    """One feature row (order: :data:`RANK_FEATURES`) per candidate; relative features are computed
    against the other candidates of the same post."""
    if not evidence:
        return []
    scale = score_scale or 1.0
    best_bm25 = max(e.bm25 for e in evidence)
    by_dense = sorted(range(len(evidence)), key=lambda i: -evidence[i].dense)
    by_bm25 = sorted(range(len(evidence)), key=lambda i: -evidence[i].bm25)
    dense_rank = {i: r for r, i in enumerate(by_dense, start=1)}
    bm25_rank = {i: r for r, i in enumerate(by_bm25, start=1)}
    rows = []
    for i, e in enumerate(evidence):
        rows.append(
            [
                e.dense / scale,
                1.0 if e.dense_found else 0.0,
                1.0 / dense_rank[i],
                e.second / scale,
                e.lexical,
                e.bm25 / best_bm25 if best_bm25 > 0 else 0.0,
                1.0 / bm25_rank[i] if e.bm25 > 0 else 0.0,
                e.coverage,
                1.0 if e.exemplar_text else 0.0,
                e.signal / scale,
                e.bigram,
                1.0 if e.numbers_missing else 0.0,
                e.text_coverage,
                e.example_coverage,
                e.dense_text / scale,
                e.dense_example / scale,
                math.log1p(e.claim_words),
                min(e.exemplar_hits, EXEMPLAR_HITS_CAP) / EXEMPLAR_HITS_CAP,
                *_date_features(e.days),
            ]
        )
    return rows


def _date_features(days: int | None) -> tuple[float, float, float, float]:
    """``dated``, ``date_follows``, ``date_precedes``, ``date_distance`` (all 0 without both dates)."""
    if days is None:
        return 0.0, 0.0, 0.0, 0.0
    return (
        1.0,
        1.0 if -DATE_SLACK_DAYS <= days <= DATE_FOLLOWS_DAYS else 0.0,
        1.0 if days < -DATE_SLACK_DAYS else 0.0,
        math.log1p(abs(days)) / 8,
    )


@dataclass(frozen=True)
class Ranker:
    """A listwise linear ranker: each candidate's utility is ``weights · features``, and its rank score the
    softmax of the utilities over the post's candidates: the estimated probability that it is *the* right
    template of the post, if one of them is (a conditional logit, fitted by maximum likelihood)."""

    weights: tuple[float, ...]
    score_scale: float = 1.0
    fitted_on: str = ""

    def __post_init__(self) -> None:
        if len(self.weights) != len(RANK_FEATURES):
            raise ValueError(
                f"need {len(RANK_FEATURES)} weights ({', '.join(RANK_FEATURES)}), got {len(self.weights)}"
            )

    def utilities(self, evidence: Sequence[CandidateEvidence]) -> list[float]:
        """``weights · features`` of every candidate (same order as ``evidence``)."""
        rows = rank_features(evidence, self.score_scale)
        if not rows:
            return []
        # one matrix product: a post of a large catalogue has fifty candidates or more
        return [float(u) for u in np.asarray(rows, dtype=np.float64) @ np.asarray(self.weights)]

    def scores(self, evidence: Sequence[CandidateEvidence]) -> list[float]:
        """The rank score of every candidate (same order as ``evidence``): softmax of the utilities."""
        utilities = self.utilities(evidence)
        if not utilities:
            return []
        top = max(utilities)
        exp = [math.exp(u - top) for u in utilities]
        total = sum(exp)
        return [e / total for e in exp]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ranker:
        weights = data["weights"]
        unknown = set(weights) - set(RANK_FEATURES)
        if unknown:
            raise ValueError(f"unknown ranker features: {', '.join(sorted(unknown))}")
        return cls(
            # a feature added after the weights were fitted weighs 0: the old model, unchanged
            weights=tuple(float(weights.get(name, 0.0)) for name in RANK_FEATURES),
            score_scale=float(data.get("score_scale", 1.0)),
            fitted_on=str(data.get("fitted_on", "")),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "weights": dict(zip(RANK_FEATURES, self.weights, strict=True)),
            "score_scale": self.score_scale,
            "fitted_on": self.fitted_on,
        }


def ranker_for(model: str) -> Ranker | None:
    """The fitted ranker of ``model``, or None (the hand-set fusion order) for a model without one."""
    params = RANKING.get(model)
    return Ranker.from_dict(params) if params is not None else None
