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
    },
    "multilingual-e5-small": {
        "bias": -3.339523,
        "by_script": {
            "zh": {
                "bias": -1.802453,
                "fitted_on": "multilingual-e5-small, zh posts: "
                "zh_posts.jsonl + "
                "zh_tune2_posts.jsonl + "
                "zh_heldout_posts.jsonl (203 posts, "
                "l2 0.3)",
                "score_scale": 0.2,
                "weights": {
                    "dense": 1.617484,
                    "gap": 1.639497,
                    "lexical": 2.790118,
                    "matched": 3.125222,
                    "negative": -2.575687,
                    "over": 2.682144,
                    "rank": 0.0,
                    "rank_gap": 0.0,
                    "short": 0.0,
                    "signal": -0.330399,
                    "stance": -0.94105,
                },
            }
        },
        "fitted_on": "multilingual-e5-small: posts.jsonl + "
        "hard_en_tune_posts.jsonl + "
        "hard_en_heldout_posts.jsonl (346 posts, l2 0.03)",
        "open_catalogue": {
            "bias": -1.962858,
            "fitted_on": "all-MiniLM-L6-v2: posts-train.jsonl (997 posts, l2 0.1) (rescaled)",
            "score_scale": 0.2,
            "weights": {
                "dense": 1.845824,
                "gap": 5.838164,
                "lexical": 0.067058,
                "matched": 0.281412,
                "negative": 0.0,
                "over": 1.879352,
                "rank": 1.890691,
                "rank_gap": 2.042231,
                "short": 0.0,
                "signal": 0.0,
                "stance": 0.119597,
            },
        },
        "score_scale": 0.2,
        "weights": {
            "dense": 2.950523,
            "gap": 2.941265,
            "lexical": 4.818803,
            "matched": 1.996504,
            "negative": -3.848968,
            "over": 8.12076,
            "rank": 0.0,
            "rank_gap": 0.0,
            "short": 0.0,
            "signal": 2.760836,
            "stance": -5.908618,
        },
    },
}
