"""RSS of a process holding the configured embedder (ONNX by default) before and after one batch of the
64 longest off-topic texts: ONNX Runtime's memory arena grows to the largest padded batch and keeps it.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/onnx_arena_rss.py
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from rss import rss_mib  # the scripts folder is on sys.path when a script runs

from monitor.config import Settings
from monitor.embedding import load_embedder
from monitor.tools.mixbench import DEFAULT_BACKGROUND, read_background


def main() -> None:
    s = Settings()
    embedder = load_embedder(s.model, s.backend, s.batch_size, s.torch_threads)
    print("loaded", s.model, s.backend, round(rss_mib()))
    by_length = sorted(read_background(DEFAULT_BACKGROUND), key=len)
    short, long = by_length[:64], by_length[-64:]
    embedder.encode_queries(short)
    print("short batch", round(rss_mib()))
    print("longest chars", len(long[-1]))
    embedder.encode_queries(long)
    print("long batch of 64", round(rss_mib()))
    embedder.encode_queries(short)
    print("short again", round(rss_mib()))


if __name__ == "__main__":
    main()
