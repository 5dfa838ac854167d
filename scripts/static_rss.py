"""Resident memory the cascade's static model adds to a worker that holds the ONNX model
(docs/PERFORMANCE.md).

HF_HUB_OFFLINE=1 .venv/bin/python scripts/static_rss.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from rss import rss_mib  # the scripts folder is on sys.path when a script runs

from monitor.embedding import load_embedder
from monitor.embedding.static import load_static_embedder

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TEXTS = (DATA / "scam/sms-spam-collection/messages.jsonl", DATA / "background/zh-reviews.jsonl")


def main() -> None:
    embedder = load_embedder("all-MiniLM-L6-v2", "onnx")
    embedder.encode_queries(["warm up text"] * 16)
    loaded = rss_mib()
    static = load_static_embedder(embedder.spec)
    with_static = rss_mib()
    texts = [json.loads(line)["text"] for path in TEXTS for line in path.open(encoding="utf-8")]
    for i in range(0, len(texts), 64):
        static.encode(texts[i : i + 64])
    encoded = rss_mib()
    print(
        f"worker model RSS {loaded:.0f} MB; + static model loaded {with_static - loaded:.1f} MB; "
        f"after encoding {len(texts)} posts {encoded - loaded:.1f} MB; "
        f"matrix {static.matrix.nbytes / 2**20:.1f} MB on disk (mmap)"
    )


if __name__ == "__main__":
    main()
