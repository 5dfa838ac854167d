"""sentence-transformers on torch: the reference backend (``MONITOR_BACKEND=torch``)."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from monitor.embedding.base import ModelSpec
from monitor.errors import ModelError


class SentenceTransformerEmbedder:
    """sentence-transformers on torch (CPU). Thread-safe: one encode at a time."""

    def __init__(self, spec: ModelSpec, batch_size: int = 16, threads: int = 0) -> None:
        if spec.path is None:
            raise ModelError(f"model {spec.name} has no local folder")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover
            raise ModelError("sentence-transformers/torch are not installed") from exc
        if threads:
            torch.set_num_threads(threads)
        try:
            self._model: Any = SentenceTransformer(str(spec.path), device="cpu")
        except Exception as exc:
            raise ModelError(f"cannot load model {spec.name} from {spec.path}: {exc}") from exc
        self.spec = spec
        self.batch_size = batch_size
        dim = self._model.get_embedding_dimension()
        self.dim = int(dim if dim is not None else self._model.encode(["x"]).shape[1])
        self._lock = threading.Lock()

    def _encode(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                [prefix + t for t in texts],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.spec.query_prefix)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.spec.passage_prefix)
