"""Calibrate the candidates' cheap stage (cascade on): centred static cosines of a new narrative against real
background text, and what the cheap stage alone would send to the transformer at a few thresholds.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/candidates_burst.py

Data: the Starlink narrative and stream of tests/unit/test_candidates.py, SMS ham and CheckThat! tweets from
../shared/data (not packaged). Figures in docs/OPERATIONS-candidates.md ("With the cascade on")."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.core.candidates import ClusterConfig, ClusterSet, PostIn, author_key, burst_escalation  # noqa: E402
from monitor.core.cascade import centre  # noqa: E402
from monitor.core.text import normalize, word_count  # noqa: E402
from monitor.embedding import resolve_model  # noqa: E402
from monitor.embedding.static import load_static_embedder  # noqa: E402
from tests.unit.test_candidates import NARRATIVE, build_stream  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def main() -> None:
    static = load_static_embedder(resolve_model("all-MiniLM-L6-v2"))
    lines = (SHARED / "scam" / "sms-spam-collection" / "messages.jsonl").read_text().splitlines()
    sms = [d["text"] for d in map(json.loads, lines) if d["label"] == "ham"]
    lines = (SHARED / "claim-matching" / "checkthat2022-2a-en" / "posts-train.jsonl").read_text().splitlines()
    tweets = [json.loads(line)["text"] for line in lines]
    rng = random.Random(1)
    background = rng.sample(sms, 3000) + rng.sample(tweets, min(len(tweets), 3000))
    rng.shuffle(background)
    texts = [normalize(t) for t in background]
    mean = static.encode(texts[:3000]).mean(axis=0)
    vectors = centre(static.encode(texts), mean)

    wave = centre(static.encode([normalize(t) for t in NARRATIVE]), mean)
    total = wave.sum(axis=0)
    loo = [float(wave[i] @ ((total - wave[i]) / np.linalg.norm(total - wave[i]))) for i in range(len(wave))]
    print(
        f"wave post to the centroid of the others: min {min(loo):.3f} "
        f"p10 {np.percentile(loo, 10):.3f} median {np.median(loo):.3f}"
    )
    sample = vectors[3000:4500]
    pairs = (sample @ sample.T)[np.triu_indices(len(sample), 1)]
    p99, p999, p9999 = np.percentile(pairs, [99, 99.9, 99.99])
    print(f"two background posts: p99 {p99:.3f} p99.9 {p999:.3f} p99.99 {p9999:.3f}")
    print(f"closest background post to any wave post: {float((wave @ sample.T).max()):.3f}")

    stream = build_stream(n_tweets=40, n_sms=110)
    stream_vectors = centre(static.encode([normalize(p["text"]) for p in stream]), mean)
    for threshold in (0.55, 0.6, 0.65, 0.7):
        for min_posts, min_authors in ((3, 2), (4, 3), (5, 3)):
            cfg = ClusterConfig(
                join_threshold=threshold, min_size=min_posts, min_authors=min_authors, max_clusters=5000
            )
            sent = {"narrative": 0, "background": 0, "spam": 0}
            clusters = ClusterSet(cfg)
            for p, v in zip(stream, stream_vectors, strict=True):
                if word_count(normalize(p["text"])) < 5:
                    continue
                post = PostIn(p["id"], p["text"], author_key(p["author"], p["text"]), v)
                cid, _ = clusters.add(post, 1e6 + p["t_s"])
                for q in burst_escalation(clusters.clusters[cid], [post], 1e6 + p["t_s"], cfg):
                    sent[next(x["kind"] for x in stream if x["id"] == q.post_id)] += 1
            clusters = ClusterSet(cfg)
            n = escalated = 0
            for i, (t, v) in enumerate(zip(texts, vectors, strict=True)):
                if word_count(t) < 5:
                    continue
                n += 1
                post = PostIn(str(i), t, author_key(f"u{i}", t), v)  # every post its own account
                cid, _ = clusters.add(post, 1e6 + i * 0.1)  # 10 posts/s: one decay window
                escalated += len(burst_escalation(clusters.clusters[cid], [post], 1e6 + i * 0.1, cfg))
            print(
                f"join {threshold:.2f}, bursts of {min_posts} posts / {min_authors} authors: "
                f"test stream sends "
                f"{sent}; {n} background posts send {escalated} ({escalated / n:.1%})",
                flush=True,
            )


if __name__ == "__main__":
    main()
