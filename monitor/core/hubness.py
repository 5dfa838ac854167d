"""Hubness correction of cross-script cosines (CSLS-style). Pure: numpy in, numbers out.

In a shared multilingual space some exemplars are *hubs*: close to nearly every post of another language,
whatever the post says. Cross-domain similarity local scaling (CSLS; Conneau et al., 2018, "Word
translation without parallel data") scores a pair ``2 cos(x, e) - r(x) - r(e)``, where ``r(e)`` is the
mean cosine of ``e`` to its ``k`` nearest neighbours on the other side: an exemplar close to everything
counts less.

Here only the exemplar side is used, and only for a pair written in different scripts (a Chinese post
against an English exemplar): the post side ``r(x)`` is the same for every candidate of one post, so it
changes no ranking, and the thresholds already carry the cross-script shift (``MatchPolicy.
bridged_language_offset``). The correction is centred on the catalogue's mean hubness, so an average
exemplar keeps its cosine and the thresholds keep their meaning::

    cos'(x, e) = cos(x, e) - weight * (r(e) - mean r)

``r(e)`` comes from a sample of background posts of the other script (:func:`exemplar_hubness`): in an
offline measurement, a file of off-topic posts; in the worker, the posts it has seen and, adopted through
Redis, those the other workers have seen (monitor.pipeline.hubness_share).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

ExemplarKey = tuple[str, str, int]  # template id, kind (text | example | negative), index


def exemplar_digest(template_id: str, kind: str, text: str) -> str:
    """A name for an exemplar that survives a catalogue reload (an index moves when an example is removed;
    the template, kind and text do not): what the workers' shared estimates are keyed by."""
    return hashlib.blake2b(f"{template_id}\x1f{kind}\x1f{text}".encode(), digest_size=8).hexdigest()


def exemplar_hubness(exemplars: np.ndarray, background: np.ndarray, k: int = 10) -> np.ndarray:
    """``r(e)`` per exemplar row: the mean cosine to its ``k`` nearest rows of ``background`` (unit
    vectors both; fewer background rows than ``k``: all of them). Empty background: zeros."""
    if exemplars.size == 0 or background.size == 0:
        return np.zeros(len(exemplars), dtype=np.float32)
    sims = exemplars @ background.T
    k = max(1, min(k, sims.shape[1]))
    top = np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:]
    return top.mean(axis=1).astype(np.float32)


@dataclass(frozen=True)
class HubnessCorrection:
    """Per exemplar ``r(e)`` and how much of it comes off a cross-script cosine."""

    hubness: Mapping[ExemplarKey, float]
    weight: float = 1.0
    baseline: float | None = None  # None: the mean of ``hubness``
    # the writing system of the posts ``hubness`` was estimated on: only those posts are corrected
    script: str = "zh"
    # the cross-script offset that goes with the correction (it moves gold pairs as well as hubs), in
    # place of MatchPolicy.bridged_language_offset while the correction applies; None: that one
    bridged_offset: float | None = None

    @classmethod
    def from_vectors(
        cls,
        keys: Sequence[ExemplarKey],
        exemplars: np.ndarray,
        background: np.ndarray,
        *,
        k: int = 10,
        weight: float = 1.0,
        script: str = "zh",
    ) -> HubnessCorrection:
        r = exemplar_hubness(exemplars, background, k)
        table = {key: float(v) for key, v in zip(keys, r, strict=True)}
        return cls(table, weight, float(r.mean()) if len(r) else 0.0, script)

    @property
    def centre(self) -> float:
        if self.baseline is not None:
            return self.baseline
        return sum(self.hubness.values()) / len(self.hubness) if self.hubness else 0.0

    def penalty(self, key: ExemplarKey) -> float:
        """What comes off this exemplar's cosine (negative: a loner gains); 0 for an unknown exemplar."""
        r = self.hubness.get(key)
        return 0.0 if r is None else self.weight * (r - self.centre)


class HubnessEstimator:
    """``r(e)`` estimated from the posts a worker has seen, with no data file: every post of ``script``
    reports the cosines of its nearest exemplars (the hits the worker searched anyway), and each exemplar
    keeps the ``k`` highest cosines it got. An exemplar's nearest posts almost always have it among their
    hits, so this is the CSLS neighbourhood seen from the other side. Until ``min_posts`` posts were seen
    there is no correction (a small sample would make every exemplar its own hub), and an exemplar
    that fewer than ``k`` posts had among their hits keeps its cosine."""

    def __init__(self, k: int = 10, min_posts: int = 200, script: str = "zh") -> None:
        self.k = k
        self.min_posts = min_posts
        self.script = script
        self.posts = 0
        self._top: dict[ExemplarKey, list[float]] = {}
        # what the other workers of the deployment saw (their own posts only, :meth:`adopt`)
        self.others_posts = 0
        self._others: dict[ExemplarKey, list[float]] = {}

    def observe(self, hits: Sequence[tuple[ExemplarKey, float]]) -> None:
        """One post's hits (exemplar key, raw cosine)."""
        self.posts += 1
        for key, score in hits:
            top = self._top.setdefault(key, [])
            if len(top) < self.k:
                top.append(score)
            elif score > min(top):
                top[top.index(min(top))] = score

    def own(self) -> dict[ExemplarKey, list[float]]:
        """The highest cosines each exemplar got from this worker's own posts (a copy)."""
        return {key: list(top) for key, top in self._top.items()}

    def adopt(self, posts: int, tops: Mapping[ExemplarKey, Sequence[float]]) -> None:
        """What the other workers saw: their post count and each exemplar's highest cosines from their own
        posts, in place of what was adopted before (each worker shares only its own observations, so
        nothing is counted twice however often they exchange)."""
        self.others_posts = posts
        self._others = {key: sorted(top, reverse=True)[: self.k] for key, top in tops.items()}

    def correction(self, weight: float, bridged_offset: float | None = None) -> HubnessCorrection | None:
        """The correction from what was seen so far, here and by the workers adopted (None before
        ``min_posts`` posts in all)."""
        if self.posts + self.others_posts < self.min_posts or not (self._top or self._others):
            return None
        merged = dict(self._others)
        # this worker's own list as observed, where no other worker saw the exemplar
        for key, top in self._top.items():
            merged[key] = sorted([*merged[key], *top], reverse=True)[: self.k] if key in merged else top
        # an exemplar near fewer than k posts so far has no estimate yet: left as it is
        table = {key: sum(top) / self.k for key, top in merged.items() if len(top) == self.k}
        if not table:
            return None
        centre = sum(table.values()) / len(table)
        return HubnessCorrection(table, weight, centre, self.script, bridged_offset)
