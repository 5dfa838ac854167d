"""Fitted calibration weights per model: written by ``scripts/fit_calibration.py``, not by hand.

See :mod:`monitor.core.calibration` for the features and docs/QUALITY.md for how they were fitted and
checked."""

from __future__ import annotations

from typing import Any

CALIBRATION: dict[str, dict[str, Any]] = {
    "all-MiniLM-L6-v2": {
        "bias": -2.594615,
        "fitted_on": "all-MiniLM-L6-v2: posts.jsonl + hard_en_tune_posts.jsonl",
        "score_scale": 1.0,
        "weights": {
            "dense": 0.282914,
            "gap": 0.512998,
            "lexical": 1.84839,
            "matched": 3.741769,
            "negative": -0.8801,
            "over": 1.398156,
            "short": 0.0,
            "signal": 0.191046,
            "stance": -1.0468,
        },
    }
}
