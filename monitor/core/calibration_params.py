"""Fitted calibration weights per model: written by ``scripts/fit_calibration.py``, not by hand.

See :mod:`monitor.core.calibration` for the features and docs/history/QUALITY-CONFIDENCE.md for how they were
fitted and checked."""

from __future__ import annotations

from typing import Any

CALIBRATION: dict[str, dict[str, Any]] = {
    "all-MiniLM-L6-v2": {
        "bias": -5.325031,
        "fitted_on": "all-MiniLM-L6-v2: 42 sets, first-read decisions of 39 "
        "(hard_en_heldout2, hard_en_heldout3, hard_en_heldout4, "
        "hard_en_heldout5, hard_en_heldout6, hard_en_heldout7, "
        "hard_en_heldout8, hard_en_heldout9, hard_en_heldout10, "
        "hard_en_heldout11, hard_en_heldout12, hard_en_heldout13, "
        "hard_en_heldout14, hard_en_heldout15, hard_en_heldout16, "
        "hard_en_heldout17, hard_en_heldout18, hard_en_heldout19, "
        "hard_en_heldout20, hard_en_heldout21, hard_en_heldout22, "
        "hard_en_heldout23, hard_en_heldout24, hard_en_heldout25, "
        "hard_en_heldout26, hard_en_heldout27, hard_en_heldout28, "
        "hard_en_heldout29, hard_en_heldout30, hard_en_heldout31, "
        "hard_en_heldout32, hard_en_heldout33, hard_en_heldout34, "
        "hard_en_heldout35, hard_en_heldout36, hard_en_heldout37, "
        "hard_en_heldout38, hard_en_heldout39, hard_en_heldout40), "
        "current of the rest (demo, hard_en_tune, hard_en_heldout); "
        "2484 posts, l2 0.1 by leave-one-set-out, w_over + w_dense >= 0 "
        "(scripts/calibration_loso.py fit)",
        "open_catalogue": {
            "bias": -0.547303,
            "fitted_on": "all-MiniLM-L6-v2: posts-train.jsonl (997 posts, l2 0.3)",
            "score_scale": 1.0,
            "weights": {
                "dense": 1.426965,
                "gap": 2.179686,
                "lexical": -0.581984,
                "matched": -0.399921,
                "negative": 0.0,
                "over": 1.135973,
                "rank": 1.765328,
                "rank_gap": 2.77921,
                "short": 0.0,
                "signal": 0.0,
                "stance": 0.027127,
            },
        },
        "score_scale": 1.0,
        "weights": {
            "dense": -4.379932,
            "gap": 6.150594,
            "lexical": 6.302227,
            "matched": 2.15124,
            "negative": -1.56566,
            "over": 4.379932,
            "rank": 0.0,
            "rank_gap": 0.0,
            "short": 0.0,
            "signal": 5.60875,
            "stance": -1.359607,
        },
    },
    "multilingual-e5-small": {
        "bias": -3.339523,
        "by_script": {
            "zh": {
                "bias": -1.331998,
                "fitted_on": "multilingual-e5-small, zh posts: 28 "
                "sets, first-read decisions of 25 "
                "(zh_heldout2, zh_heldout3, "
                "zh_heldout4, zh_heldout5, "
                "zh_heldout6, zh_heldout7, "
                "zh_heldout8, zh_heldout9, "
                "zh_heldout10, zh_heldout11, "
                "zh_heldout12, zh_heldout13, "
                "zh_heldout14, zh_heldout15, "
                "zh_heldout16, zh_heldout17, "
                "zh_heldout18, zh_heldout19, "
                "zh_heldout20, zh_heldout21, "
                "zh_heldout22, zh_heldout23, "
                "zh_heldout24, zh_heldout25, "
                "zh_heldout26), current of the rest "
                "(zh, zh_tune2, zh_heldout); 1955 "
                "posts, l2 0.1 by leave-one-set-out "
                "(scripts/calibration_loso.py fit)",
                "score_scale": 0.2,
                "weights": {
                    "dense": 2.616959,
                    "gap": 3.80522,
                    "lexical": 2.288587,
                    "matched": 2.748652,
                    "negative": -1.712995,
                    "over": 3.786803,
                    "rank": 0.0,
                    "rank_gap": 0.0,
                    "short": 0.0,
                    "signal": 0.025551,
                    "stance": -0.305191,
                },
            }
        },
        "fitted_on": "multilingual-e5-small: posts.jsonl + "
        "hard_en_tune_posts.jsonl + hard_en_heldout_posts.jsonl "
        "(346 posts, l2 0.03)",
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
