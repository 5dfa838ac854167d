"""What preparing a post costs the cascade before and after the gate reads only scam signals
(docs/PERFORMANCE.md "Cascade: per-template bars, per-template bounds, a lighter read"), in one process
on the same 2,500 background posts (SMS ham, CheckThat! tweets, Chinese reviews), interleaved runs:

* before: normalise + ``analyze`` + writing system for every post the cache did not decide;
* after: normalise + ``extract_signals`` for every such post, ``analyze`` + writing system only for the
  share the gate passes (``--passed``, 0.1 by default: every 10th post).

    .venv/bin/python scripts/cascade_prepare_cost.py [--passed 0.1]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from monitor.core.langid import writing_system
from monitor.core.text import analyze, extract_signals, normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def read(path: Path, n: int) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()][:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passed", type=float, default=0.1)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    texts = read(SHARED / "scam/sms-spam-collection/messages.jsonl", 1000)
    texts += read(SHARED / "claim-matching/checkthat2022-2a-en/posts-train.jsonl", 1000)
    texts += read(SHARED / "background/zh-reviews.jsonl", 500)
    step = max(1, round(1 / args.passed)) if args.passed > 0 else len(texts) + 1
    passed = set(range(0, len(texts), step))
    before = after = 0.0
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        for t in texts:
            n = normalize(t)
            analyze(t, n)
            writing_system(t)
        t1 = time.perf_counter()
        for i, t in enumerate(texts):
            n = normalize(t)
            extract_signals(t, n)
            if i in passed:
                analyze(t, n)
                writing_system(t)
        t2 = time.perf_counter()
        before += t1 - t0
        after += t2 - t1
    posts = args.repeats * len(texts)
    print(
        json.dumps(
            {
                "posts": len(texts),
                "passed_share": round(len(passed) / len(texts), 3),
                "before_us_per_post": round(1e6 * before / posts),
                "after_us_per_post": round(1e6 * after / posts),
                "after_over_before": round(after / before, 3),
                "load_avg": os.getloadavg(),
            }
        )
    )


if __name__ == "__main__":
    main()
