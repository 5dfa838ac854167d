"""Fitted calibration weights per model: written by ``scripts/fit_calibration.py``, not by hand.

See :mod:`monitor.core.calibration` for the features and docs/QUALITY.md for how they were fitted and
checked."""

from __future__ import annotations

from typing import Any

CALIBRATION: dict[str, dict[str, Any]] = {
    "all-MiniLM-L6-v2": {
        "bias": -2.378747,
        "fitted_on": "all-MiniLM-L6-v2: posts.jsonl + hard_en_tune_posts.jsonl (301 posts, l2 1)",
        "open_catalogue": {
            "bias": -1.276109,
            "fitted_on": "all-MiniLM-L6-v2: posts-train.jsonl (997 posts, l2 0.3)",
            "score_scale": 1.0,
            "weights": {
                "dense": 1.547903,
                "gap": 3.493417,
                "lexical": 0.327392,
                "matched": -0.318913,
                "negative": 0.0,
                "over": 1.711599,
                "rank": 1.692714,
                "rank_gap": 2.299756,
                "short": 0.0,
                "signal": 0.0,
                "stance": -0.413425,
            },
        },
        "score_scale": 1.0,
        "weights": {
            "dense": 0.357494,
            "gap": 0.462023,
            "lexical": 1.518303,
            "matched": 3.896207,
            "negative": -0.89049,
            "over": 1.35925,
            "rank": 0.0,
            "rank_gap": 0.0,
            "short": 0.0,
            "signal": 0.242604,
            "stance": -1.053406,
        },
    }
}
