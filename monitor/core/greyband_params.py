"""Fitted grey-band parameters per model: written by ``scripts/fit_grey_band.py``, not by hand.

See :mod:`monitor.core.greyband` for the features and docs/MULTILINGUAL.md "A corroborated grey band" for
how they were fitted and checked (leave-one-set-out over the seen Chinese sets)."""

from __future__ import annotations

from typing import Any

GREY_BAND: dict[str, dict[str, Any]] = {
    "multilingual-e5-small": {
        "width": 0.01,
        "lead": 0.0,
        "cut": 0.75,
        "bias": 77.186231,
        "weights": {
            "under": 1.682878,
            "lead": -11.612506,
            "lexical": 4.379712,
            "dense": -90.513513,
            "signal": 1.0517,
            "scam": -1.430602,
            "offer": 1.060046,
        },
        "script": "zh",
        "fitted_on": "multilingual-e5-small: zh + zh_heldout + zh_heldout2 + zh_heldout3 + zh_heldout4 + zh_heldout5 + zh_tune2 (l2 1.0)",
    }
}
