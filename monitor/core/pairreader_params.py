"""Fitted parameters of the Chinese pair reader (monitor.core.pairreader); written by
scripts/fit_pair_reader.py loso ... --write, do not edit by hand."""

PAIR_READER: dict[str, dict[str, object]] = {}
