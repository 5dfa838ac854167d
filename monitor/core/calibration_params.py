"""Fitted calibration weights per model: written by ``scripts/fit_calibration.py``, not by hand.

See :mod:`monitor.core.calibration` for the features and docs/QUALITY.md for how they were fitted and
checked."""

from __future__ import annotations

from typing import Any

CALIBRATION: dict[str, dict[str, Any]] = {
    "all-MiniLM-L6-v2": {
        "bias": -2.604589,
        "fitted_on": "all-MiniLM-L6-v2: posts.jsonl + hard_en_tune_posts.jsonl",
        "score_scale": 1.0,
        "weights": {
            "dense": 0.272127,
            "gap": 0.537989,
            "lexical": 1.821509,
            "matched": 3.846163,
            "negative": -0.861706,
            "over": 1.362359,
            "short": 0.0,
            "signal": 0.179478,
            "stance": -1.032962,
        },
    }
}
