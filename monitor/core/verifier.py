"""The learned verifier: a logistic estimate, per (post, candidate), that the candidate is the post's claim
and the post spreads it (docs/history/QUALITY-ENGLISH.md "A learned verifier…").

The rules (negatives, stance cues, negations, scare quotes, the subject and the predicate) each read one
side of a post; seven rounds of hand-written cues fixed the posts they were written for and changed no
decision on the next unseen set. The verifier does not add a cue: it weighs what the decision layer
already measures for a candidate, fitted on the pooled labelled sets (``scripts/fit_verifier.py``):

- scores: how far over (or under) its line the fused score sits, the dense cosine, the lexical channel,
  the lead over the next candidate, the learned ranker's share, whether it is ranked first;
- look-alikes: how much closer than the claim the closest registered negative is, and the closest negative
  that argues (a debunk exemplar of any template);
- what the guards say of it, one feature each (a stance cue, a negation of the claim's words, scare quotes,
  a negative, no predicate, off subject), and what the post carries (cues, negations, quotes, a seller's
  vouch, a question, an offer, signals the scam template shares).

Among the first candidates weighed (:meth:`Verifier.eligible`), the one with the highest estimate alerts
when it reaches :attr:`Verifier.cut`. In ``full`` mode that replaces the rules' verdict (it may stop what
they let alert, or let alert what a guard stopped); in ``band`` mode (the shipped one) it only speaks for a
post the rules let nothing alert, and only for a candidate a little under its line that no guard stops and
whose scam template shares the post's scam signals. Short posts stay unmatched. Opt-in
(``MONITOR_VERIFIER``): on the leave-one-set-out check it did not beat the rules
(docs/history/QUALITY-ENGLISH.md "A learned verifier…").
Pure: the fitted parameters live in :mod:`monitor.core.verifier_params`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from monitor.core.heads import logistic_estimate
from monitor.core.verifier_params import VERIFIER

FEATURES = (
    "margin",  # fused score minus the candidate's threshold
    "dense",  # best positive exemplar's cosine
    "lexical",  # saturated BM25
    "lead",  # fused score minus the best other candidate's, clipped to +-0.1
    "first",  # 1 for the first-ranked candidate
    "rank",  # the learned ranker's softmax share (0 without a ranker)
    "neg_gap",  # closest effective negative minus the dense cosine (-0.3 when none)
    "debunk_gap",  # closest arguing negative of any template minus the dense cosine (-0.3 when none)
    "g_cue",  # the stance guard: a cue the template lacks
    "g_negation",  # ... the post negates the claim's words
    "g_quoted",  # ... scare quotes around the claim's words
    "g_negative",  # the negative guard stopped it
    "g_predicate",  # the post names the claim's person but not what the claim says of them
    "g_subject",  # off subject
    "cues",  # number of stance cues in the post (capped at 3)
    "negated",  # the post negates something
    "quoted",  # the post scare-quotes something
    "vouches",  # a seller's vouch for its own offer
    "question",  # the post asks
    "offers",  # the post carries a scam signal
    "shared",  # a scam template shares the post's scam signals
    "scam",  # a scam template
    "claim_cues",  # the template's own texts carry stance cues
    "pick",  # the rules alone would alert this candidate (the first over its line that no guard stops)
)

GUARD_FEATURES = {
    "negative": "g_negative",
    "no_predicate": "g_predicate",
    "off_subject": "g_subject",
}


@dataclass(frozen=True)
class CandidateView:
    """What the decision layer measured of one candidate: the verifier's input."""

    template_id: str
    index: int  # position in the ranked list
    score: float
    threshold: float
    dense: float
    lexical: float
    lead: float
    rank: float
    neg_gap: float
    debunk_gap: float
    guard: str | None  # the guard's reason (stance reasons as "stance:cue:…", "stance:negation" …)
    cues: int
    negated: bool
    quoted: bool
    vouches: bool
    question: bool
    offers: bool
    shared: bool
    scam: bool
    claim_cues: bool
    pick: bool = False


def features(view: CandidateView) -> tuple[float, ...]:
    """:data:`FEATURES` of one candidate, in order."""
    guard = view.guard or ""
    flags = {name: 0.0 for name in FEATURES if name.startswith("g_")}
    if guard.startswith("stance:cue"):
        flags["g_cue"] = 1.0
    elif guard == "stance:negation":
        flags["g_negation"] = 1.0
    elif guard == "stance:quoted":
        flags["g_quoted"] = 1.0
    elif guard in GUARD_FEATURES:
        flags[GUARD_FEATURES[guard]] = 1.0
    row = {
        "margin": view.score - view.threshold,
        "dense": view.dense,
        "lexical": view.lexical,
        "lead": max(-0.1, min(0.1, view.lead)),
        "first": 1.0 if view.index == 0 else 0.0,
        "rank": view.rank,
        "neg_gap": view.neg_gap,
        "debunk_gap": view.debunk_gap,
        **flags,
        "cues": float(min(view.cues, 3)),
        "negated": float(view.negated),
        "quoted": float(view.quoted),
        "vouches": float(view.vouches),
        "question": float(view.question),
        "offers": float(view.offers),
        "shared": float(view.shared),
        "scam": float(view.scam),
        "claim_cues": float(view.claim_cues),
        "pick": float(view.pick),
    }
    return tuple(row[name] for name in FEATURES)


@dataclass(frozen=True)
class Verifier:
    weights: tuple[float, ...]  # one per FEATURES, on standardised features
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    bias: float
    cut: float  # the estimate a candidate needs to alert
    width: float  # how far under its line a candidate may sit and still be weighed
    window: int = 3  # the first candidates weighed
    fitted_on: str = ""
    # under the line only a scam template that shares the post's scam signals (a price, a link, a payment
    # or contact ask) is weighed: an offer is evidence the dense score does not see
    corroborated: bool = True
    # "full": the estimate decides among the first candidates (it may stop what the rules let alert, and
    # let alert what a guard stopped); "band": only for a post the rules let nothing alert, and only a
    # candidate under its line that no guard stops (an English grey band with a learned gate)
    mode: str = "band"

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Verifier:
        return cls(
            weights=tuple(float(d["weights"][f]) for f in FEATURES),
            mean=tuple(float(d["mean"][f]) for f in FEATURES),
            scale=tuple(float(d["scale"][f]) for f in FEATURES),
            bias=float(d["bias"]),
            cut=float(d["cut"]),
            width=float(d["width"]),
            window=int(d.get("window", 3)),
            fitted_on=str(d.get("fitted_on", "")),
            corroborated=bool(d.get("corroborated", True)),
            mode=str(d.get("mode", "band")),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "weights": {f: round(w, 6) for f, w in zip(FEATURES, self.weights, strict=True)},
            "mean": {f: round(m, 6) for f, m in zip(FEATURES, self.mean, strict=True)},
            "scale": {f: round(s, 6) for f, s in zip(FEATURES, self.scale, strict=True)},
            "bias": round(self.bias, 6),
            "cut": self.cut,
            "width": self.width,
            "window": self.window,
            "corroborated": self.corroborated,
            "mode": self.mode,
            "fitted_on": self.fitted_on,
        }

    def probability(self, x: Sequence[float]) -> float:
        return logistic_estimate(self.weights, self.bias, x, self.mean, self.scale, head="verifier")

    def eligible(self, view: CandidateView) -> bool:
        """Weighed at all: among the first :attr:`window` candidates, within :attr:`width` under its line,
        and the post long enough to judge."""
        if view.index >= self.window or view.guard == "short_text":
            return False
        if view.score >= view.threshold:
            return self.mode == "full"
        if self.mode == "band" and view.guard is not None:
            return False
        # under the line only with corroboration: a scam template that shares the post's scam signals
        return (view.shared or not self.corroborated) and view.score >= view.threshold - self.width

    def choose(self, views: Sequence[CandidateView]) -> tuple[CandidateView | None, float]:
        """The candidate that alerts (None: none) and the best estimate among those weighed (0: none)."""
        best: tuple[CandidateView | None, float] = (None, 0.0)
        for view in views:
            if not self.eligible(view):
                continue
            p = self.probability(features(view))
            if p > best[1]:
                best = (view, p)
        if best[0] is not None and best[1] >= self.cut:
            return best
        return None, best[1]


def verifier_for(model: str) -> Verifier | None:
    """The fitted verifier of ``model``, or None for a model without one."""
    params = VERIFIER.get(model)
    return Verifier.from_dict(params) if params is not None else None
