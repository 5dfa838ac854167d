"""The seller's waiver: a learned reading of whether a post the stance guard or a negative exemplar stops
still sells or still pushes its claim (docs/history/QUALITY-ENGLISH.md "A learned waiver for sellers that
vouch").

A scammer pre-empts the warning ("not one of those empty PDF scams", "other resellers give you a GPT-4 key…
ours…", 别上当…咱家货真价实): the post carries a warning cue its template lacks, or sits near the template's
debunk, and the guard reads it as a warning. A real debunk or a victim's loss report ("I paid 99 yuan and got
a PDF, it's a scam") carries the same cues. The waiver is a small logistic model over features of the post
and of the stopped candidate that name no particular words of particular posts: its selling acts (price,
payment, QR / invite, link, call to order, money promise) and where they stand relative to its first stance
cue, first person singular (a victim) vs plural (a seller) vs second person, the guard that stopped it, the
candidate's margin over its line and lead, and how close the template's negatives and the catalogue's
debunks are. It applies only to the first candidate over its line that the ``negative`` or ``stance`` guard
stops (before the rules' own pick), and never to a claim the post quotes to dismiss and does not make again
(``monitor.core.matching.quoted_to_be_dismissed``): an estimate at or above :attr:`SellerWaiver.cut` lets it
alert.

Pure: parameters live in :mod:`monitor.core.sellerguard_params` (``scripts/fit_seller_guard.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from monitor.core.heads import LanguageHead
from monitor.core.sellerguard_params import SELLER_WAIVER
from monitor.core.text import PostText, has_cjk, person_readings, selling_acts

# the guards a waiver may lift: the others (too short, off subject, no predicate) are not about stance
WAIVABLE = frozenset({"negative", "stance"})

FEATURES = (
    "zh",  # the post is written in Chinese
    "margin",  # fused score minus the candidate's line
    "lead",  # fused score minus the best other candidate's
    "neg_gap",  # the closest negative's (effective) cosine minus the candidate's dense cosine
    "debunk_gap",  # the closest arguing negative of any template minus the candidate's dense cosine
    "by_negative",  # stopped by a negative exemplar (else by the stance guard)
    "by_cue",  # the stance guard read a cue (else a negation or scare quotes)
    "acts",  # how many selling acts the post performs
    "ask",  # a payment ask, QR code / group invite or call to order
    "channel",  # a link or download link
    "price",
    "promise",  # a money promise or crypto
    "scam_template",
    "shared",  # the candidate's scam template shares the post's scam signals
    "vouches",  # the rules found a vouching sentence
    "cues",  # stance cues read (at most 4)
    "negated",
    "question",
    "first_singular",  # I / me / my, 我 (a victim tells what happened to them)
    "first_plural",  # we / our / ours, 我们 / 咱 / 本店 (a seller speaks for the offer)
    "second",  # you / your, 你 / 您
    "cue_position",  # where the first stance cue starts, 0..1 of the text (1: none)
    "acts_after_cue",  # selling acts after the first stance cue
    "acts_before_cue",  # selling acts before it
)

_ASK = frozenset({"payment_ask", "qr_or_group_invite", "call_to_order"})
_CHANNEL = frozenset({"link", "download_link"})
_PROMISE = frozenset({"money_promise", "crypto"})


def waiver_features(
    post: PostText,
    *,
    reason: str,
    detail: str | None,
    margin: float,
    lead: float,
    neg_gap: float,
    debunk_gap: float,
    scam_template: bool,
    shared: bool,
) -> np.ndarray:
    """The :data:`FEATURES` of one stopped candidate (``reason``/``detail``: the guard's verdict)."""
    norm = post.normalized
    acts = selling_acts(post.raw)
    first = min((i for c in post.cues if (i := norm.find(c)) >= 0), default=-1)
    if first >= 0:
        before, after = selling_acts(norm[:first]), selling_acts(norm[first:])
        position = first / max(len(norm), 1)
    else:
        before, after, position = acts, frozenset(), 1.0
    values = {
        "zh": float(has_cjk(norm)),
        "margin": margin,
        "lead": max(min(lead, 0.3), -0.3),
        "neg_gap": neg_gap,
        "debunk_gap": debunk_gap,
        "by_negative": float(reason == "negative"),
        "by_cue": float(reason == "stance" and (detail or "").startswith("cue:")),
        "acts": float(len(acts)),
        "ask": float(bool(acts & _ASK)),
        "channel": float(bool(acts & _CHANNEL)),
        "price": float("price" in acts),
        "promise": float(bool(acts & _PROMISE)),
        "scam_template": float(scam_template),
        "shared": float(shared),
        "vouches": float(bool(post.vouches)),
        "cues": float(min(len(post.cues), 4)),
        "negated": float(bool(post.negated or post.negated_cjk)),
        "question": float("?" in post.raw or "？" in post.raw),
        **person_readings(norm),
        "cue_position": position,
        "acts_after_cue": float(len(after)),
        "acts_before_cue": float(len(before)),
    }
    return np.array([values[name] for name in FEATURES], dtype=np.float64)


@dataclass(frozen=True)
class SellerWaiver(LanguageHead):
    """A fitted logistic head over standardised :data:`FEATURES`; a candidate alerts at p >= ``cut``."""

    name: ClassVar[str] = "seller waiver"

    # the posts it reads, by language ("en": no CJK text, "zh"): a language whose leave-one-set-out check
    # did not accept it is left to the rules
    languages: tuple[str, ...] = ("en", "zh")

    def waives(self, x: Sequence[float] | np.ndarray) -> tuple[bool, float]:
        """(whether the guard is lifted, the estimate)."""
        return self.over_cut(x)


def seller_waiver_for(model: str) -> SellerWaiver | None:
    """The fitted waiver of ``model``, or None for a model without one."""
    params = SELLER_WAIVER.get(model)
    return SellerWaiver.from_dict(params) if params is not None else None
