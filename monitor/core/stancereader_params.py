"""Fitted parameters of the stance reader (monitor.core.stancereader), per model; written by
``scripts/fit_stance_reader.py write``. A model without an entry has no reader."""

from typing import Any

STANCE_READER: dict[str, dict[str, Any]] = {}
