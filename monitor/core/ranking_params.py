"""Fitted re-ranker weights per model: written by ``scripts/fit_ranker.py``, not by hand.

See :mod:`monitor.core.ranking` for the features and docs/QUALITY.md for how they were fitted and
checked."""

from __future__ import annotations

from typing import Any

RANKING: dict[str, dict[str, Any]] = {
    "all-MiniLM-L6-v2": {
        "fitted_on": "all-MiniLM-L6-v2: checkthat2022-2a-en/train (l2 0.03, knn 50)",
        "score_scale": 1.0,
        "weights": {
            "bigram": 1.2315,
            "bm25_rel": 6.448902,
            "bm25_rr": 0.236994,
            "claim_words": 0.737516,
            "coverage": -0.474095,
            "dense": 6.987042,
            "dense_example": 4.655902,
            "dense_found": 1.367169,
            "dense_rr": 0.441905,
            "dense_text": 6.211191,
            "example_coverage": -1.665028,
            "exemplar_hits": 2.083627,
            "exemplar_text": 0.072383,
            "lexical": -0.167776,
            "numbers_missing": -1.590493,
            "second": 3.880051,
            "signal": 0.0,
            "text_coverage": -1.379727,
        },
    }
}
