"""Fitted re-ranker weights per model: written by ``scripts/fit_ranker.py``, not by hand.

See :mod:`monitor.core.ranking` for the features and docs/QUALITY.md for how they were fitted and
checked."""

from __future__ import annotations

from typing import Any

RANKING: dict[str, dict[str, Any]] = {
    "all-MiniLM-L6-v2": {
        "fitted_on": "all-MiniLM-L6-v2: checkthat2022-2a-en/train (l2 0.1)",
        "score_scale": 1.0,
        "weights": {
            "bm25_rel": 5.39642,
            "bm25_rr": 0.695342,
            "coverage": -2.645151,
            "dense": 9.230715,
            "dense_found": 1.933813,
            "dense_rr": 1.015246,
            "exemplar_text": 0.129406,
            "lexical": 1.024448,
            "second": 9.204626,
            "signal": 0.0,
        },
    }
}
