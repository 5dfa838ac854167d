"""Fitted grey-band parameters per model: written by ``scripts/fit_grey_band.py``, not by hand.

See :mod:`monitor.core.greyband` for the features and docs/MULTILINGUAL.md "A corroborated grey band" for
how they were fitted and checked (leave-one-set-out over the seen Chinese sets)."""

from __future__ import annotations

from typing import Any

GREY_BAND: dict[str, dict[str, Any]] = {
    "multilingual-e5-small": {
        "width": 0.025,
        "lead": 0.0,
        "cut": 0.75,
        "bias": 20.628051,
        "weights": {
            "under": -1.064982,
            "lead": 22.498914,
            "lexical": 7.971951,
            "dense": -27.080985,
            "signal": 0.058136,
            "scam": 0.317764,
            "offer": 0.554137,
        },
        "script": "zh",
        "fitted_on": "multilingual-e5-small: zh, zh_tune2, zh_heldout..zh_heldout5 + 1 stream (l2 1.0)",
    }
}
