"""The corroborated grey band: a Chinese post just under the cross-script line alerts when independent
evidence agrees (docs/history/MULTILINGUAL-ROUNDS.md "A corroborated grey band").

A multilingual model scores a Chinese paraphrase of an English claim lower than an English one, and the
posts it scores lowest are the ones the wave really writes: chat shorthand, slang, rhetorical questions,
prices in Chinese numerals. On the seen Chinese sets most misses rank their template first, a little under
the line; a lower line for every post lets debunks and neighbours through as well. The band lowers it only
for a post that

- is written in the band's script (Chinese) and is scored against an exemplar in another script,
- has its best candidate first, within :attr:`GreyBand.width` under the line, leading every other
  candidate's fused score by :attr:`GreyBand.lead`,
- carries no stance cue (a debunk, a warning, a loss report: ``post.cues``),
- is scored against a template whose first candidates in the band were right at least :attr:`GreyBand.gate`
  of the time on the labelled sets it was fitted on (:attr:`GreyBand.priors`; a template without labelled
  posts in the band gets no band): some claims sit next to true reports of the same subject ("OpenAI
  released Sora, up to 60 s of video" under the mislabelled-footage rumour) that no feature of one post
  tells apart, and the labelled sets say which,
- and whose logistic estimate over :data:`FEATURES` (how far under, the lead, the bridged lexical
  channel's hit on the template's words, a scam signal the scam template shares) reaches :attr:`GreyBand.cut`.

The guards (negatives, stance, predicate, subject) still run on a band candidate exactly as above the line.
Pure: the fitted parameters live in :mod:`monitor.core.greyband_params` (``scripts/fit_grey_band.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from monitor.core.greyband_params import GREY_BAND
from monitor.core.heads import logistic_estimate

FEATURES = ("under", "lead", "lexical", "dense", "signal", "scam", "offer")


class _Candidate(Protocol):
    @property
    def template_id(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def lexical(self) -> float: ...
    @property
    def dense(self) -> float: ...
    @property
    def shared_signals(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class GreyBand:
    width: float  # how far under the line a candidate may sit (fused-score units)
    lead: float  # the fused-score lead the first candidate needs over every other candidate
    weights: tuple[float, ...]  # one per FEATURES
    bias: float
    cut: float  # the probability the logistic estimate must reach
    script: str = "zh"  # posts of this writing system only
    fitted_on: str = ""
    # (template id, smoothed share of its band candidates that were right on the labelled sets); with a
    # gate > 0 only templates listed here at or above it get the band
    priors: tuple[tuple[str, float], ...] = ()
    gate: float = 0.0

    def admits(self, template_id: str) -> bool:
        """Whether ``template_id``'s candidates may use the band (:attr:`gate` over :attr:`priors`)."""
        if self.gate <= 0:
            return True
        prior = dict(self.priors).get(template_id)
        return prior is not None and prior >= self.gate

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> GreyBand:
        return cls(
            width=float(d["width"]),
            lead=float(d["lead"]),
            weights=tuple(float(d["weights"][f]) for f in FEATURES),
            bias=float(d["bias"]),
            cut=float(d["cut"]),
            script=str(d.get("script", "zh")),
            fitted_on=str(d.get("fitted_on", "")),
            priors=tuple(sorted((str(k), float(v)) for k, v in d.get("priors", {}).items())),
            gate=float(d.get("gate", 0.0)),
        )

    def probability(self, x: Sequence[float]) -> float:
        return logistic_estimate(self.weights, self.bias, x, head="grey band")


def band_features(
    cand: _Candidate,
    ranked: Sequence[_Candidate],
    threshold: float,
    width: float,
    is_scam: bool,
    offers: bool,
) -> tuple[float, ...]:
    """:data:`FEATURES` of ``cand`` (the first of ``ranked``) under ``threshold``: ``under`` is the share
    of the band it sits below the line (0 at the line, 1 at the band's floor), ``lead`` its fused-score
    lead over the best other candidate (0.1 when there is none), ``lexical`` the saturated BM25 of the post
    (with the cross-script bridge's terms) against the template, ``dense`` the best exemplar's cosine,
    ``signal`` 1 when a scam template shares the post's scam signals, ``scam`` 1 for a scam template,
    ``offer`` 1 when the post carries any scam signal (a price, a link, a contact or payment ask)."""
    others = [c.score for c in ranked if c.template_id != cand.template_id]
    lead = cand.score - max(others) if others else 0.1
    under = (threshold - cand.score) / width if width > 0 else 0.0
    signal = 1.0 if is_scam and cand.shared_signals else 0.0
    scam = 1.0 if is_scam else 0.0
    return (under, min(lead, 0.1), cand.lexical, cand.dense, signal, scam, 1.0 if offers else 0.0)


def in_band(
    band: GreyBand,
    cand: _Candidate,
    ranked: Sequence[_Candidate],
    threshold: float,
    *,
    is_scam: bool,
    post_script: str,
    cross_script: bool,
    stance_cues: Sequence[str],
    offers: bool,
) -> float | None:
    """The band's probability for ``cand`` when it qualifies and reaches :attr:`GreyBand.cut`, else None.
    ``cand`` must be ``ranked[0]``; the guards are the caller's, as for any candidate at the line."""
    if post_script != band.script or not cross_script or stance_cues:
        return None
    if not ranked or ranked[0].template_id != cand.template_id or not band.admits(cand.template_id):
        return None
    if not threshold - band.width <= cand.score < threshold:
        return None
    x = band_features(cand, ranked, threshold, band.width, is_scam, offers)
    if x[1] < band.lead:
        return None
    p = band.probability(x)
    return p if p >= band.cut else None


def grey_band_for(model: str) -> GreyBand | None:
    """The fitted grey band of ``model``, or None for a model without one."""
    params = GREY_BAND.get(model)
    return GreyBand.from_dict(params) if params is not None else None
