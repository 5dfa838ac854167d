"""Per-post cost of the cross reader's joint pass against the post's own pass
(docs/history/QUALITY-ENGLISH.md "A cross
reader").

    HF_HUB_OFFLINE=1 python scripts/time_cross_reader.py [VIEWS]   # after fit_cross_reader.py dump /tmp/xenc

VIEWS: the dump's views.jsonl (default /tmp/xenc/views.jsonl).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from sentence_transformers import SentenceTransformer

from monitor.embedding.loader import resolve_model

CLAIMS = Path("monitor/demo/templates.jsonl")
POSTS = 40


def main() -> None:
    views = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/xenc/views.jsonl")  # noqa: S108 (the dump's)
    torch.set_num_threads(1)
    model = SentenceTransformer(str(resolve_model("all-MiniLM-L6-v2").path), device="cpu")
    tok, hf = model.tokenizer, model[0].auto_model
    with views.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f][:POSTS]
    claims = {
        (t := json.loads(line))["id"]: t["text"] for line in CLAIMS.open(encoding="utf-8") if line.strip()
    }

    def joint(row: dict, pairs: int) -> None:
        ids = [v["template_id"] for v in row["views"][:pairs]]
        enc = tok(
            [claims[i] for i in ids],
            [row["text"]] * len(ids),
            padding=True,
            truncation="only_second",
            max_length=256,
            return_tensors="pt",
            return_token_type_ids=True,
        )
        with torch.inference_mode():
            hf(**enc)

    def alone(row: dict) -> None:
        enc = tok([row["text"]], return_tensors="pt")
        with torch.inference_mode():
            hf(**enc)

    for pairs in (1, 3):
        joint(rows[0], pairs)  # warm up
        t = time.perf_counter()
        for row in rows:
            joint(row, pairs)
        joint_s = (time.perf_counter() - t) / len(rows)
        t = time.perf_counter()
        for row in rows:
            alone(row)
        alone_s = (time.perf_counter() - t) / len(rows)
        print(
            f"joint pass, {pairs} pair(s): {1000 * joint_s:.1f} ms/post; "
            f"the post alone: {1000 * alone_s:.1f} ms/post"
        )


if __name__ == "__main__":
    main()
