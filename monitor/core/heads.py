"""The learned heads' shared parts: one logistic estimate, and the fitted head read per language.

Every learned reader of the decision layer (the grey band, the verifier, the pair reader, the seller waiver,
the stance reader) is a logistic head fitted by ``scripts/`` and shipped as a ``*_params.py`` dict; they
share :func:`logistic_estimate`. The seller waiver and the stance reader are also the same kind of
record (standardised features, a cut, the languages a leave-one-set-out check accepted it for):
:class:`LanguageHead`. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

import numpy as np

from monitor.core.calibration import sigmoid
from monitor.core.text import PostText, has_cjk


def logistic_estimate(
    weights: Sequence[float],
    bias: float,
    x: Sequence[float] | np.ndarray,
    mean: Sequence[float] | None = None,
    scale: Sequence[float] | None = None,
    *,
    head: str = "head",
) -> float:
    """``sigmoid(bias + weights · z)``, ``z`` the features standardised by ``mean`` and ``scale`` when the
    head was fitted on standardised features: the one estimate of every learned head (grey band, verifier,
    pair reader, seller waiver, stance reader). A feature vector of the wrong length is a ValueError naming
    the ``head``."""
    z = np.asarray(x, dtype=np.float64)
    if len(z) != len(weights):
        raise ValueError(f"{head} expects {len(weights)} features, got {len(z)}")
    if mean is not None and scale is not None:
        z = (z - np.asarray(mean)) / np.asarray(scale)
    return sigmoid(bias + float(np.dot(np.asarray(weights), z)))


def post_language(post: PostText) -> str:
    """The language a head is accepted for: "zh" for a post with CJK text, else "en"."""
    return "zh" if has_cjk(post.normalized) else "en"


@dataclass(frozen=True)
class LanguageHead:
    """A fitted logistic head over standardised features, with the estimate's ``cut`` and the languages it
    reads (a language whose leave-one-set-out check did not accept it is left to the rules)."""

    # how a wrong-length feature vector names the head
    name: ClassVar[str] = "head"

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    bias: float
    cut: float
    fitted_on: str = ""
    languages: tuple[str, ...] = ()

    def applies(self, post: PostText) -> bool:
        return post_language(post) in self.languages

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Self:
        """From its ``*_params.py`` entry; without ``languages`` the class's default stands."""

        def floats(key: str) -> tuple[float, ...]:
            return tuple(float(v) for v in d[key])

        extra = {"languages": tuple(str(v) for v in d["languages"])} if "languages" in d else {}
        return cls(
            floats("weights"),
            floats("mean"),
            floats("scale"),
            float(d["bias"]),
            float(d["cut"]),
            str(d.get("fitted_on", "")),
            **extra,
        )

    def probability(self, x: Sequence[float] | np.ndarray) -> float:
        return logistic_estimate(self.weights, self.bias, x, self.mean, self.scale, head=self.name)

    def over_cut(self, x: Sequence[float] | np.ndarray) -> tuple[bool, float]:
        """(whether the estimate reaches :attr:`cut`, the estimate)."""
        p = self.probability(x)
        return p >= self.cut, p
