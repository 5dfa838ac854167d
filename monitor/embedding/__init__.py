"""Embedders: text -> unit vectors. One protocol (:class:`Embedder`), the real backends (sentence-transformers
on torch, ONNX Runtime), the multilingual-e5-small conversion, and a deterministic fake for unit tests.

A model is loaded once, at start-up, by :func:`load_embedder`; never at import time.
"""

from monitor.embedding.base import Embedder, ModelSpec, l2_normalize, model_slug
from monitor.embedding.fake import HashingEmbedder
from monitor.embedding.loader import embedder_from_settings, load_embedder, prepare_model, resolve_model
from monitor.embedding.threads import blas_libraries, limit_blas_threads

__all__ = [
    "Embedder",
    "HashingEmbedder",
    "ModelSpec",
    "blas_libraries",
    "embedder_from_settings",
    "l2_normalize",
    "limit_blas_threads",
    "load_embedder",
    "model_slug",
    "prepare_model",
    "resolve_model",
]
