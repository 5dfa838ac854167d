"""Fitted grey-band parameters per model: written by ``scripts/fit_grey_band.py``, not by hand.

See :mod:`monitor.core.greyband` for the features and docs/history/MULTILINGUAL-ROUNDS.md "A corroborated
grey band" for
how they were fitted and checked (leave-one-set-out over the seen Chinese sets)."""

from __future__ import annotations

from typing import Any

GREY_BAND: dict[str, dict[str, Any]] = {
    "multilingual-e5-small": {
        "width": 0.025,
        "lead": 0.0,
        "cut": 0.95,
        "bias": 22.062879,
        "weights": {
            "under": -0.0,
            "lead": 0.0,
            "lexical": -0.0,
            "dense": -0.0,
            "signal": 0.0,
            "scam": -0.0,
            "offer": 0.0,
        },
        "script": "zh",
        "fitted_on": "multilingual-e5-small: zh, zh_tune2, zh_heldout..6 alone (l2 1; gate of 0.3-0.7)",
        "gate": 0.4,
        "priors": {
            "sora-account-rental": 0.8851,
            "sora-ai-director-group": 0.4828,
            "sora-chinese-team": 0.2808,
            "sora-fake-api-access": 0.3218,
            "sora-fake-app-download": 0.4828,
            "sora-generation-service": 0.4914,
            "sora-get-rich": 0.7414,
            "sora-official-app-released": 0.4828,
            "sora-open-source": 0.6552,
            "sora-open-to-public": 0.8707,
            "sora-paid-course": 0.1638,
            "sora-prompt-pack": 0.6552,
            "sora-real-video-mislabelled": 0.2483,
            "sora-xie-saining-inventor": 0.7931,
        },
    }
}
