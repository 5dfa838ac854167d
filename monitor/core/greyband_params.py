"""Fitted grey-band parameters per model: written by ``scripts/fit_grey_band.py``, not by hand.

See :mod:`monitor.core.greyband` for the features and docs/MULTILINGUAL.md "A corroborated grey band" for
how they were fitted and checked (leave-one-set-out over the seen Chinese sets)."""

from __future__ import annotations

from typing import Any

GREY_BAND: dict[str, dict[str, Any]] = {}
