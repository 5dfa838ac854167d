"""Per-post decisions of a labelled set (or a stream from scripts/zh_stream.py) through the worker's path
(``monitor eval``'s ``match_set``, default settings): one JSON line per labelled post with its kind, gold,
decision, reason, scores and confidence, then a summary (precision / recall, alerts per kind). For reading
misses by cause; background posts of a stream are counted, not listed.

    MONITOR_MODEL=multilingual-e5-small python scripts/zh_decisions.py monitor/demo/templates.jsonl \\
        /tmp/zh-stream_posts.jsonl /tmp/zh-stream_qrels.tsv /tmp/zh-stream_labels.jsonl > /tmp/decisions.jsonl
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from monitor.config import Settings
from monitor.tools.evaluate import match_set


def main() -> None:
    claims, posts, qrels, labels = (Path(a) for a in sys.argv[1:5])
    kinds = {
        (lb := json.loads(line))["post_id"]: lb["kind"]
        for line in labels.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    run = match_set(Settings(), claims, posts, qrels)
    texts = {p.id: p.text for p in run.posts}
    tp = fp = fn = 0
    alerts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for d in run.decisions:
        gold = run.qrels.get(d.post_id, set())
        kind = kinds.get(d.post_id, "background")
        seen[kind] += 1
        alerts[kind] += int(d.matched)
        tp += int(d.matched and d.template_id in gold)
        fp += int(d.matched and d.template_id not in gold)
        fn += int(bool(gold) and not (d.matched and d.template_id in gold))
        if kind == "background" and not d.matched:
            continue
        best = d.candidates[0] if d.candidates else None
        row = {
            "id": d.post_id,
            "kind": kind,
            "gold": sorted(gold),
            "matched": d.template_id if d.matched else None,
            "best": best.template_id if best else None,
            "score": round(best.score, 4) if best else None,
            "suppressed_by": d.suppressed_by,
            "confidence": d.confidence,
            "right": (d.template_id or (best.template_id if best else None)) in gold,
            "text": texts[d.post_id][:80],
        }
        print(json.dumps(row, ensure_ascii=False))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    summary = {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3)}
    summary["alerts_by_kind"] = {k: f"{alerts[k]}/{seen[k]}" for k in sorted(seen)}
    print(json.dumps(summary, ensure_ascii=False), file=sys.stderr)


if __name__ == "__main__":
    main()
