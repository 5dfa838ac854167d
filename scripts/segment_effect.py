"""Which decisions clause scoring changes (docs/history/QUALITY-ENGLISH.md "Claims in passing"): every
English set and the
demo, clause scoring on (MONITOR_SEGMENT_SCORING=true) against off, with each changed post's best whole-post
cosine.

    MONITOR_SEGMENT_SCORING=true HF_HUB_OFFLINE=1 .venv/bin/python scripts/segment_effect.py [OUT.json]

Writes every post's two decisions to OUT.json (default /tmp/seg/out.json) and prints the changed ones.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from head_folds import DEMO, named_sets, numbered  # the scripts folder is on sys.path when a script runs

import monitor.pipeline.processor as processor_module
from monitor.config import Settings
from monitor.core.text import normalize
from monitor.tools.evaluate import embedder_from_settings, match_set

CLAIMS = Path("monitor/demo/templates.jsonl")
EN_SETS = numbered(["tune"], "heldout", 7)  # the sets seen when clause scoring was judged


def main() -> None:
    out_path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/seg/out.json")  # noqa: S108 (a scratch file)
    best_whole: dict[str, float] = {}
    with_segments = processor_module.Processor._with_segments

    def recording(self, texts, hits, *args):  # the whole-post hits each clause-scored post had
        for text, post_hits in zip(texts, hits, strict=True):
            best_whole[text] = max((h.score for h in post_hits if h.kind != "negative"), default=0.0)
        return with_segments(self, texts, hits, *args)

    processor_module.Processor._with_segments = recording
    wave_name = processor_module.wave_name
    sets = [
        *((n.removeprefix("hard_en_"), p, q) for n, p, q in named_sets([f"hard_en_{s}" for s in EN_SETS])),
        DEMO,
    ]
    settings = Settings()
    embedder = embedder_from_settings(settings)
    out: dict[str, dict] = {}
    for segments in (True, False):
        # off: no wave name, so no clause is scored
        processor_module.wave_name = wave_name if segments else (lambda templates, policy: frozenset())
        for name, posts, qrels in sets:
            run = match_set(settings, CLAIMS, posts, qrels, embedder=embedder)
            texts = {p.id: p.text for p in run.posts}
            for d in run.decisions:
                row = out.setdefault(f"{name}/{d.post_id}", {"gold": sorted(run.qrels.get(d.post_id, set()))})
                best = round(d.candidates[0].score, 4) if d.candidates else None
                row[str(segments)] = [d.template_id, d.suppressed_by, best]
                row["text"] = texts[d.post_id]
    for row in out.values():
        row["best_whole"] = round(best_whole.get(normalize(row["text"]), -1), 4)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(out, ensure_ascii=False))
    for key, row in out.items():
        if row["True"][0] != row["False"][0]:
            seg, whole = row["True"], row["False"]
            print(
                key,
                row["gold"],
                "seg:",
                seg,
                "whole:",
                whole,
                "best_whole",
                row["best_whole"],
                row["text"][:80],
            )
    clauses = [r["best_whole"] for r in out.values() if r["best_whole"] >= 0]
    print("posts with clauses", len(clauses), "quantiles", np.quantile(clauses, [0.1, 0.25, 0.5, 0.75, 0.9]))


if __name__ == "__main__":
    main()
