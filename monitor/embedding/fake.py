"""A deterministic fake embedder for unit tests: similar wording gives similar vectors; no model."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from monitor.core.text import normalize, tokenize
from monitor.embedding.base import ModelSpec, l2_normalize


class HashingEmbedder:
    """Deterministic fake: word and character-trigram hashing. Similar wording -> similar vectors.

    For unit tests of everything around the model; never for quality claims.
    """

    def __init__(self, dim: int = 256) -> None:
        self.spec = ModelSpec(name="hashing", path=None, default_threshold=0.5)
        self.dim = dim

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        tokens = tokenize(normalize(text))
        grams = tokens + [t[i : i + 3] for t in tokens for i in range(max(1, len(t) - 2))]
        for gram in grams:
            h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
            vec[h % self.dim] += 1.0 if (h >> 63) else -1.0
        return vec

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return l2_normalize(np.stack([self._vector(t) for t in texts]))

    encode_passages = encode_queries
