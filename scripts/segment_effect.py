"""Which decisions clause scoring changes (docs/QUALITY.md "Claims in passing"): every English set and the demo,
clause scoring on (MONITOR_SEGMENT_SCORING=true) against off, with each changed post's best whole-post cosine.

    MONITOR_SEGMENT_SCORING=true HF_HUB_OFFLINE=1 .venv/bin/python scripts/segment_effect.py   # writes /tmp/seg/out.json
"""

import json
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
from pathlib import Path

import monitor.pipeline.processor as P
from monitor.config import Settings
from monitor.tools.evaluate import embedder_from_settings, match_set

best_whole = {}
orig = P.Processor._with_segments


def rec(self, texts, hits, *a):
    for t, hs in zip(texts, hits):
        best_whole[t] = max((h.score for h in hs if h.kind != "negative"), default=0.0)
    return orig(self, texts, hits, *a)


P.Processor._with_segments = rec
wave = P.wave_name
T = Path("monitor/demo/templates.jsonl")
names = ["tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"]
sets = [
    (s, Path(f"tests/data/hard_en_{s}_posts.jsonl"), Path(f"tests/data/hard_en_{s}_qrels.tsv")) for s in names
]
sets.append(("demo", Path("monitor/demo/posts.jsonl"), Path("monitor/demo/qrels.tsv")))
settings = Settings()
emb = embedder_from_settings(settings)
out = {}
for seg in (True, False):
    P.wave_name = wave if seg else (lambda t, p: frozenset())
    for name, posts, qrels in sets:
        run = match_set(settings, T, posts, qrels, embedder=emb)
        texts = {p.id: p.text for p in run.posts}
        for d in run.decisions:
            r = out.setdefault(f"{name}/{d.post_id}", {"gold": sorted(run.qrels.get(d.post_id, set()))})
            r[str(seg)] = [
                d.template_id,
                d.suppressed_by,
                round(d.candidates[0].score, 4) if d.candidates else None,
            ]
            r["text"] = texts[d.post_id]
from monitor.core.text import normalize

for k, r in out.items():
    r["best_whole"] = round(best_whole.get(normalize(r["text"]), -1), 4)
Path("/tmp/seg").mkdir(exist_ok=True)
json.dump(out, open("/tmp/seg/out.json", "w"), ensure_ascii=False)
diff = {k: r for k, r in out.items() if r["True"][0] != r["False"][0]}
for k, r in diff.items():
    print(
        k, r["gold"], "seg:", r["True"], "whole:", r["False"], "best_whole", r["best_whole"], r["text"][:80]
    )
import numpy as np

bw = [r["best_whole"] for r in out.values() if r["best_whole"] >= 0]
print("posts with clauses", len(bw), "quantiles", np.quantile(bw, [0.1, 0.25, 0.5, 0.75, 0.9]))
