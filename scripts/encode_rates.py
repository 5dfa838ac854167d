"""Bare encode rate of each model x backend x threads on this machine (no broker, no Redis): a table.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/encode_rates.py                       # the default grid
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/encode_rates.py --models all-MiniLM-L6-v2 --backends onnx \
        --threads 1 2 --batch 16 64 --json

Texts: the posts ``monitor bench`` generates from the demo stream (normalised, 20-60 words), the same
``measure_encode`` (one untimed pass, then the median of three). Each configuration loads its own model, so
run it on a quiet machine; figures go to docs/PERFORMANCE.md with the command that made them.
"""

from __future__ import annotations

import argparse
import gc
import json
import time

from rich.console import Console
from rich.table import Table

from monitor.core.text import normalize
from monitor.embedding import load_embedder
from monitor.tools.bench import generate_posts, machine_info, measure_encode
from monitor.tools.demo import demo_file


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--models", nargs="+", default=["all-MiniLM-L6-v2", "multilingual-e5-small"])
    parser.add_argument("--backends", nargs="+", default=["torch", "onnx", "onnx-int8"])
    parser.add_argument("--threads", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--batch", nargs="+", type=int, default=[64])
    parser.add_argument("--posts", type=int, default=600)
    parser.add_argument("--json", action="store_true", help="one JSON line instead of the table")
    args = parser.parse_args()

    base = [json.loads(line)["text"] for line in demo_file("posts.jsonl").read_text().splitlines() if line]
    texts = [normalize(p["text"]) for p in generate_posts(args.posts, base, id_prefix="e-", seed=0)]
    console = Console(stderr=True)
    rows = []
    for model in args.models:
        for backend in args.backends:
            for threads in args.threads:
                started = time.monotonic()
                embedder = load_embedder(model, backend, max(args.batch), threads)
                load_s = time.monotonic() - started
                for batch in args.batch:
                    rate = measure_encode(embedder, texts, batch)
                    rows.append(
                        {
                            "model": model,
                            "backend": backend,
                            "threads": threads,
                            "batch": batch,
                            "posts_per_s": round(rate, 1),
                            "load_s": round(load_s, 1),
                        }
                    )
                    console.print(f"{model} {backend} threads={threads} batch={batch}: {rate:.1f} posts/s")
                del embedder
                gc.collect()
    if args.json:
        print(json.dumps({"machine": machine_info(), "posts": len(texts), "rates": rows}))
        return
    table = Table(title=f"bare encode rate, {len(texts)} posts")
    for col in ("model", "backend", "threads", "batch", "posts/s", "load s"):
        table.add_column(col, justify="right" if col not in ("model", "backend") else "left")
    for r in rows:
        table.add_row(
            r["model"],
            r["backend"],
            str(r["threads"]),
            str(r["batch"]),
            f"{r['posts_per_s']:.1f}",
            f"{r['load_s']}",
        )
    Console().print(table)


if __name__ == "__main__":
    main()
