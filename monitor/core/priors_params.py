"""Fitted template priors across scripts per model: written by
``scripts/script_priors.py fit --write``, not by hand. See :mod:`monitor.core.priors` and
docs/MULTILINGUAL.md "Template priors across scripts"."""

from typing import Any

SCRIPT_PRIORS: dict[str, dict[str, Any]] = {
    "multilingual-e5-small": {
        "script": "zh",
        "fitted_on": "multilingual-e5-small: zh_tune2 .. zh_heldout34 (2516 posts), cost 3.0",
        "offsets": {
            "sora-account-rental": -0.01,
            "sora-ai-director-group": -0.015,
            "sora-chinese-team": -0.01,
            "sora-fake-app-download": -0.02,
            "sora-generation-service": -0.005,
            "sora-get-rich": -0.01,
            "sora-paid-course": -0.03,
        },
    }
}
