"""The stance reader: a learned reading of whether a post that would alert is a debunk, a warning or a
loss report (docs/history/QUALITY-ENGLISH.md "A learned stance reader").

Debunks that ask ("where would a seller even get…?") or answer with facts ("which developer is listed…")
carry no negation word, so the hand-written stance guard lets them through; cue lists written for such posts
fixed those posts and no unseen one. This is a small logistic head over the frozen post vector (the query
vector the decision already has) and a few of the decision's own readings that name no particular word of a
particular post: question form, first person singular / plural, second person (the seller waiver's pronoun
classes) and the number of selling acts. Fitted per model on the pooled labelled posts of the seen sets
(debunks and loss reports against posts that spread a claim). At an estimate at or above
:attr:`StanceReader.cut` the rules' alert stops; an alert the seller waiver made is never read (its head
decided that post sells).

Pure: parameters live in :mod:`monitor.core.stancereader_params` (``scripts/fit_stance_reader.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from monitor.core.heads import LanguageHead
from monitor.core.stancereader_params import STANCE_READER
from monitor.core.text import PostText, person_readings, selling_acts

# the readings after the post vector's components
READINGS = ("question", "first_singular", "first_plural", "second", "acts")


def stance_readings(post: PostText) -> np.ndarray:
    """The :data:`READINGS` of one post."""
    norm = post.normalized
    values = {
        "question": float("?" in post.raw or "？" in post.raw),
        **person_readings(norm),
        "acts": float(min(len(selling_acts(post.raw)), 4)),
    }
    return np.array([values[name] for name in READINGS], dtype=np.float64)


def stance_features(post: PostText, post_vector: Sequence[float] | np.ndarray) -> np.ndarray:
    """The head's input: the post's query vector, then its :data:`READINGS`."""
    vec = np.asarray(post_vector, dtype=np.float64).ravel()
    return np.concatenate([vec, stance_readings(post)])


@dataclass(frozen=True)
class StanceReader(LanguageHead):
    """A fitted logistic head over standardised features; an alert stops at p >= ``cut``."""

    name: ClassVar[str] = "stance reader"

    def reads(self, post: PostText, post_vector: Sequence[float] | np.ndarray) -> tuple[bool, float]:
        """(whether the alert stops, the estimate that the post is a debunk, warning or loss report)."""
        return self.over_cut(stance_features(post, post_vector))


def stance_reader_for(model: str) -> StanceReader | None:
    """The fitted reader of ``model`` (None: no entry, or an entry accepted for no language)."""
    params = STANCE_READER.get(model)
    if params is None or not params.get("languages"):
        return None
    return StanceReader.from_dict(params)
