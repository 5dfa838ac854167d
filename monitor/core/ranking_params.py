"""Fitted re-ranker weights per model: written by ``scripts/fit_ranker.py``, not by hand.

See :mod:`monitor.core.ranking` for the features and docs/history/QUALITY-CHECKTHAT.md "The learned re-ranker"
for how they were fitted and checked."""

from __future__ import annotations

from typing import Any

RANKING: dict[str, dict[str, Any]] = {
    "all-MiniLM-L6-v2": {
        "fitted_on": "all-MiniLM-L6-v2: checkthat2022-2a-en/train (l2 0.03, knn 50)",
        "score_scale": 1.0,
        "weights": {
            "bigram": 1.229878,
            "bm25_rel": 6.6265,
            "bm25_rr": -0.007264,
            "claim_words": 0.566733,
            "coverage": -0.079655,
            "date_distance": -6.163282,
            "date_follows": 0.770707,
            "date_precedes": -1.429028,
            "dated": 3.695904,
            "dense": 6.278976,
            "dense_example": 4.090982,
            "dense_found": 1.60189,
            "dense_rr": 0.537924,
            "dense_text": 6.883578,
            "example_coverage": -1.089183,
            "exemplar_hits": 1.534861,
            "exemplar_text": 0.031958,
            "lexical": -0.740853,
            "numbers_missing": -1.412245,
            "second": 4.695583,
            "signal": 0.0,
            "text_coverage": -2.313507,
        },
    }
}
