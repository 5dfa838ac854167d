"""``monitor model check``: how often a backend (ONNX, int8) makes the same top-1 choice and the same
decision as torch, running the worker's matcher over an evaluation set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from monitor.embedding import load_embedder
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.policies import policy_from_settings
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex
from monitor.tools.evaluate import embed_cached, load_posts, load_templates


# --- agreement with torch ----------------------------------------------------------------------------
def backend_agreement(
    settings: Any,
    claims: Path,
    posts: Path,
    backend: str,
    *,
    limit: int = 0,
    reference: Any = None,
    candidate: Any = None,
) -> dict[str, Any]:
    """How often ``backend`` picks the same top-1 template (and the same decision) as torch, running the
    worker's matcher (``Processor.decide_posts``, exact in-memory index) over a ``monitor eval`` data set.

    ``pure``: templates and posts both embedded by the backend; ``mixed``: posts by the backend against
    torch-made template vectors (a registry filled by torch, workers switched to the backend). Template
    vectors are cached per backend under ``$MONITOR_STATE_DIR/cache/<backend>/``."""

    templates, _ = load_templates(claims)
    items = load_posts(posts)
    if limit:
        items = items[:limit]
    reference = reference or load_embedder(
        settings.model, "torch", 64, settings.torch_threads, models_dir=settings.models_dir
    )
    candidate = candidate or load_embedder(
        settings.model, backend, 64, settings.torch_threads, models_dir=settings.models_dir
    )
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    texts = [r[3] for r in rows]
    cache = Path(settings.state_dir) / "cache"
    ref_vectors = embed_cached(reference, texts, cache / "torch", None, "templates")
    cand_vectors = embed_cached(candidate, texts, cache / backend, None, "templates")

    def decide(embedder: Any, vectors: np.ndarray) -> list[Any]:
        index = MemoryIndex()
        index.add((r[0], r[1], r[2], r[3], vectors[n]) for n, r in enumerate(rows))
        policy = policy_from_settings(settings, embedder)
        processor = Processor(
            embedder, index, StaticCatalogue(templates), policy, Metrics(), knn_k=settings.knn_k
        )
        out: list[Any] = []
        for start in range(0, len(items), 64):
            out += processor.decide_posts(items[start : start + 64])
        return out

    def top1(decisions: list[Any]) -> list[str | None]:
        return [d.candidates[0].template_id if d.candidates else None for d in decisions]

    ref = decide(reference, ref_vectors)
    report: dict[str, Any] = {"backend": backend, "posts": len(items), "templates": len(templates)}
    for mode, vectors in (("pure", cand_vectors), ("mixed", ref_vectors)):
        cand = decide(candidate, vectors)
        same_top1 = sum(a == b for a, b in zip(top1(ref), top1(cand), strict=True))
        same_decision = sum(a.template_id == b.template_id for a, b in zip(ref, cand, strict=True))
        report[mode] = {
            "top1_agreement": round(same_top1 / max(1, len(items)), 4),
            "decision_agreement": round(same_decision / max(1, len(items)), 4),
        }
    cos = (ref_vectors * cand_vectors).sum(axis=1)
    report["template_vector_cosine"] = {
        "mean": round(float(cos.mean()), 5),
        "min": round(float(cos.min()), 5),
    }
    return report
