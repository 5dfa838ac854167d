"""One held-out read of the shipped hubness variant: r(e) from 1,000 Chinese reviews + the held-out posts
(what a worker that saw them gets), weight 1, offset 0.03. Nothing is chosen from this."""

import dataclasses, json, random, sys
from pathlib import Path

sys.path.insert(0, "scripts")
import numpy as np
from zh_operating_point import outcomes, pr
from monitor.config import Settings
from monitor.core.hubness import HubnessCorrection
from monitor.embedding import load_embedder
from monitor.pipeline.policies import policy_from_settings
from monitor.tools.evaluate import embed_cached, load_templates, match_set, score_set

settings = Settings()
emb = load_embedder(settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads)
T = Path("monitor/demo/templates.jsonl")
P, Q = Path("tests/data/zh_heldout_posts.jsonl"), Path("tests/data/zh_heldout_qrels.tsv")
texts = [
    json.loads(l)["text"] for l in Path("../shared/data/background/zh-reviews.jsonl").read_text().splitlines()
]
random.Random(0).shuffle(texts)
texts = texts[:1000] + [json.loads(l)["text"] for l in P.read_text().splitlines() if l.strip()]
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
