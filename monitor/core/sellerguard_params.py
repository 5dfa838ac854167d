"""Fitted parameters of the seller's waiver (monitor.core.sellerguard), per model; written by
``scripts/fit_seller_guard.py write``. A model without an entry has no waiver."""

from typing import Any

SELLER_WAIVER: dict[str, dict[str, Any]] = {}
