"""A worker that starts after another one has read the stream: does it decide like a warm worker?

The hubness correction (monitor.core.hubness) starts after ``MONITOR_HUBNESS_MIN_POSTS`` Chinese posts, so a
set read alone (70 posts) is decided without it, and a set read inside a stream of background reviews
(scripts/zh_stream.py) with it. With the workers' shared estimates (monitor.pipeline.hubness_share) a worker
that starts after a peer has read the background adopts the peer's estimate before its first post. This
reads each set three ways, with multilingual-e5-small against the English demo catalogue:

- alone: a fresh worker, nothing shared (``monitor eval``);
- after a peer: a peer reads background reviews ``SLICE`` (zh_stream.py's shuffle) and shares its estimate,
  and a fresh worker that adopted it before its first post reads the set alone.

    python scripts/hubness_share_check.py 0:1000 zh_heldout29 zh_heldout30 zh_heldout31

The shared store here is the in-memory one (tests/integration/test_hubness_share.py runs the Redis one).
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("MONITOR_MODEL", "multilingual-e5-small")

from zh_stream import BACKGROUND  # the scripts folder is on sys.path when a script runs

from monitor.config import Settings
from monitor.embedding import embedder_from_settings
from monitor.pipeline.hubness_share import HubnessSharing
from monitor.pipeline.processor import Processor
from monitor.storage.hubness_state import MemoryHubnessStore
from monitor.tools.evaluate import match_set, score_set

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "monitor" / "demo" / "templates.jsonl"
DATA = ROOT / "tests" / "data"


def _line(report: dict[str, Any]) -> str:
    d, kinds = report["decisions"], report.get("by_kind", {})
    debunks = sum(kinds.get(k, {}).get("alerts", 0) for k in ("debunk", "debunk_loss"))
    return f"{d['precision']:.3f} / {d['recall']:.3f} ({d['tp']}/{d['fp']}/{d['fn']}), debunks {debunks}"


def main() -> None:
    window, *sets = sys.argv[1:]
    lo, hi = (int(x) for x in window.split(":"))
    settings = Settings()
    embedder = embedder_from_settings(settings)
    background = [json.loads(line) for line in BACKGROUND.read_text(encoding="utf-8").splitlines()]
    random.Random(1).shuffle(background)
    store = MemoryHubnessStore()
    with tempfile.TemporaryDirectory() as tmp:
        posts, qrels = Path(tmp) / "bg_posts.jsonl", Path(tmp) / "bg_qrels.tsv"
        posts.write_text(
            "".join(
                json.dumps({"id": b["id"], "text": b["text"]}, ensure_ascii=False) + "\n"
                for b in background[lo:hi]
            ),
            encoding="utf-8",
        )
        qrels.write_text("", encoding="utf-8")
        peers: list[HubnessSharing] = []

        def peer(p: Processor) -> None:
            peers.append(HubnessSharing(p, store, 30.0, "peer"))

        match_set(settings, TEMPLATES, posts, qrels, embedder=embedder, prepare=peer)
        assert peers[0].sync()
    seen = store.data["peer"]["posts"]
    print(f"the peer read {seen} background reviews ({window}) and shared its estimate\n")
    print("| set | alone | a worker started after the peer |")
    print("|---|---|---|")
    for name in sets:
        p, q = DATA / f"{name}_posts.jsonl", DATA / f"{name}_qrels.tsv"
        alone = score_set(match_set(settings, TEMPLATES, p, q, embedder=embedder), p, "memory")

        def adopt(proc: Processor, worker: str = f"new-{name}") -> None:
            HubnessSharing(proc, store, 30.0, worker).sync()

        after = score_set(match_set(settings, TEMPLATES, p, q, embedder=embedder, prepare=adopt), p, "memory")
        store.data.pop(f"new-{name}", None)  # each set is read by a worker of its own
        print(f"| {name} | {_line(alone)} | {_line(after)} |")


if __name__ == "__main__":
    main()
