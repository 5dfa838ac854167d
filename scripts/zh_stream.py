"""Write a Chinese stream as a worker sees it: labelled posts shuffled among off-topic Chinese reviews, so
that ``monitor eval`` runs the worker's hubness estimate (``MONITOR_HUBNESS_*``, from the posts it has seen,
starting after 200 Chinese posts) on a realistic mix.

    python scripts/zh_stream.py OUT_PREFIX SLICE POSTS... -- QRELS... -- LABELS...
    python scripts/zh_stream.py /tmp/zh-stream 1000:2000 tests/data/zh_posts.jsonl \\
        tests/data/zh_tune2_posts.jsonl -- tests/data/zh_qrels.tsv tests/data/zh_tune2_qrels.tsv -- \\
        tests/data/zh_labels.jsonl tests/data/zh_tune2_labels.jsonl
    monitor eval --claims monitor/demo/templates.jsonl --posts /tmp/zh-stream_posts.jsonl \\
        --qrels /tmp/zh-stream_qrels.tsv --json

``SLICE`` picks the background reviews (``../shared/data/background/zh-reviews.jsonl``, shuffled with a
fixed seed): use a different slice for a held-out stream than for a tuning one.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

BACKGROUND = Path(__file__).resolve().parents[2] / "shared" / "data" / "background" / "zh-reviews.jsonl"


def _rows(paths: list[str]) -> list[dict]:
    """The JSON lines of several files, in order."""
    return [
        json.loads(line)
        for path in paths
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def main() -> None:
    prefix, window, *rest = sys.argv[1:]
    posts_files, qrels_files, label_files = " ".join(rest).split(" -- ")
    lo, hi = (int(x) for x in window.split(":"))
    posts = _rows(posts_files.split())
    background = [json.loads(line) for line in BACKGROUND.read_text(encoding="utf-8").splitlines()]
    random.Random(1).shuffle(background)
    stream = posts + [
        {
            "id": b["id"],
            "text": b["text"],
            "author": "bg",
            "platform": "weibo",
            "created_at": "2024-02-20T00:00:00Z",
        }
        for b in background[lo:hi]
    ]
    random.Random(2).shuffle(stream)
    labels = _rows(label_files.split())
    labels += [{"post_id": b["id"], "template_id": None, "kind": "background"} for b in background[lo:hi]]
    Path(f"{prefix}_posts.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in stream), encoding="utf-8"
    )
    Path(f"{prefix}_qrels.tsv").write_text(
        "".join(Path(f).read_text(encoding="utf-8") for f in qrels_files.split()), encoding="utf-8"
    )
    Path(f"{prefix}_labels.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels), encoding="utf-8"
    )
    print(f"{len(stream)} posts ({len(posts)} labelled, {len(stream) - len(posts)} background)")


if __name__ == "__main__":
    main()
