"""One held-out read of a hubness variant: r(e) from 1,000 Chinese reviews (``--prior-only``: the reviews
alone, a correction a worker could hold before it has seen 200 Chinese posts; default: the reviews + the
set's own posts, what a worker that saw them gets), weight 1, offset 0.03. Nothing is chosen from this.

    MONITOR_MODEL=multilingual-e5-small python scripts/zh_hubness_heldout.py \\
        [--posts tests/data/zh_heldout_posts.jsonl --qrels tests/data/zh_heldout_qrels.tsv] [--prior-only]
"""

import argparse
import dataclasses
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, "scripts")
from monitor.config import Settings
from monitor.core.hubness import HubnessCorrection
from monitor.embedding import load_embedder
from monitor.pipeline.policies import policy_from_settings
from monitor.tools.evaluate import embed_cached, load_templates, match_set, score_set

ap = argparse.ArgumentParser()
ap.add_argument("--posts", type=Path, default=Path("tests/data/zh_heldout_posts.jsonl"))
ap.add_argument("--qrels", type=Path, default=Path("tests/data/zh_heldout_qrels.tsv"))
ap.add_argument("--prior-only", action="store_true")
args = ap.parse_args()
settings = Settings()
emb = load_embedder(settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads)
T = Path("monitor/demo/templates.jsonl")
P, Q = args.posts, args.qrels
texts = [
    json.loads(line)["text"]
    for line in Path("../shared/data/background/zh-reviews.jsonl").read_text().splitlines()
]
random.Random(0).shuffle(texts)
texts = texts[:1000]
if not args.prior_only:
    texts += [json.loads(line)["text"] for line in P.read_text().splitlines() if line.strip()]
bg = emb.encode_queries(texts)
templates, _ = load_templates(T)
rows = [(t.id, k, i, x) for t in templates.values() for k, i, x in t.exemplars()]
vecs = embed_cached(emb, [r[3] for r in rows], settings.state_dir / "cache", None, "")
hub = HubnessCorrection.from_vectors([(r[0], r[1], r[2]) for r in rows], vecs, bg, k=10, weight=1.0)
hub = dataclasses.replace(hub, bridged_offset=0.03)
policy = dataclasses.replace(policy_from_settings(settings, emb), hubness=hub)
run = match_set(settings, T, P, Q, embedder=emb, policy=policy)
rep = score_set(run, P, "memory")
print(
    json.dumps(
        {k: rep[k] for k in ("decisions", "map@5", "recall@1", "calibration", "by_kind", "suppressed")},
        ensure_ascii=False,
    )
)
