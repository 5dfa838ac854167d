"""Calibrate the candidates' cheap stage (cascade on): centred static cosines of a new narrative against real
background text, and what the cheap stage alone would send to the transformer, on two streams:

* the Starlink test's stream (tests/integration/test_candidates.py [on]: a 150-SMS warm-up, then ~200 real
  tweets and SMS with the 32-post wave and a 20-post spammer woven in), with the windows that test sets;
* the mix bench's stream (``monitor bench --mix --mix-warmup 5000 --posts 600 --latency-posts 300``: the
  same background texts, warm-up split and random accounts), every background post taken as gate-decided
  (the gate decides ~90 % of them: an upper bound), with the default windows.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/candidates_burst.py [--growth 3 --recent 500 --baseline 20000]

Data: SMS ham and CheckThat! tweets from ../shared/data (not packaged). Figures in
docs/OPERATIONS-candidates.md ("How it works", its point "With the cascade on"). Accuracy figures: not
affected by load."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.core.candidates import (  # noqa: E402
    BurstConfig,
    ClusterConfig,
    ClusterSet,
    PostIn,
    ShareBudget,
    author_key,
    burst_escalation,
    record_arrival,
)
from monitor.core.cascade import centre  # noqa: E402
from monitor.core.text import normalize, word_count  # noqa: E402
from monitor.embedding import resolve_model  # noqa: E402
from monitor.embedding.static import load_static_embedder  # noqa: E402
from monitor.tools.mixbench import (  # noqa: E402
    MODEL_WARMUP_POSTS,
    mixed_stream,
    read_background,
    split_warmup,
)
from tests.unit.test_candidates import NARRATIVE, SMS, build_stream  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def simulate(
    stream: list[dict[str, Any]],
    vectors: np.ndarray,
    cfg: ClusterConfig,
    g: BurstConfig,
    *,
    share: float,
    budget_posts: int,
    batch: int = 32,
    posts_per_s: float = 100.0,
) -> dict[str, Any]:
    """The cheap stage's logic over ``stream`` (posts with ``kind``; only those with ``gated`` true are
    clustered, every post advances the stream), in batches as a worker sees them."""
    clusters = ClusterSet(cfg)
    budget = ShareBudget(share, max(share * budget_posts, float(cfg.max_examples)))
    wanted: Counter[str] = Counter()
    encoded: Counter[str] = Counter()
    kind = {p["id"]: p["kind"] for p in stream}
    bursts: list[tuple[int, str, str]] = []
    pos = 0
    for start in range(0, len(stream), batch):
        chunk = stream[start : start + batch]
        pos += len(chunk)
        budget.earn(len(chunk))
        now = 1e6 + pos / posts_per_s
        joined_by: dict[str, list[PostIn]] = {}
        for p, v in zip(chunk, vectors[start : start + batch], strict=True):
            if not p.get("gated", True) or word_count(normalize(p["text"])) < 5:
                continue
            post = PostIn(p["id"], p["text"], author_key(p["author"], p["text"]), v)
            cid, _ = clusters.add(post, now)
            record_arrival(clusters.clusters[cid], post.author_key, pos, g)
            joined_by.setdefault(cid, []).append(post)
        sent: list[PostIn] = []
        for cid, posts in joined_by.items():
            c = clusters.clusters[cid]
            first = c.escalated_s is None
            out = burst_escalation(c, posts, now, pos, cfg, g)
            if first and out:
                bursts.append((pos, kind[c.examples[0].post_id], c.examples[0].text[:70]))
            sent += out
        clusters.enforce_capacity(now)
        granted = budget.take(len(sent))
        wanted.update(kind[q.post_id] for q in sent)
        encoded.update(kind[q.post_id] for q in sent[:granted])
    return {"posts": len(stream), "wanted": dict(wanted), "encoded": dict(encoded), "bursts": bursts}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--growth", type=float, default=3.0)
    ap.add_argument("--recent", type=float, default=500.0)
    ap.add_argument("--baseline", type=float, default=20_000.0)
    ap.add_argument("--share", type=float, default=0.01)
    ap.add_argument("--min-posts", type=int, default=4)
    ap.add_argument("--min-authors", type=int, default=3)
    ap.add_argument("--join", type=float, default=0.6)
    ap.add_argument("--seeds", type=int, default=3, help="mix streams (seeds) to run")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    static = load_static_embedder(resolve_model("all-MiniLM-L6-v2"))
    cfg = ClusterConfig(
        join_threshold=args.join,
        merge_threshold=1.0,
        min_size=args.min_posts,
        min_authors=args.min_authors,
        max_clusters=5000,
    )

    # --- the mix bench's stream: its background, warm-up split and accounts ----------------------------
    background_all = read_background(SHARED)
    mean_texts = [normalize(t) for t in random.Random(1).sample(background_all, 3000)]
    mean = static.encode(mean_texts).mean(axis=0)
    g = BurstConfig(recent_posts=args.recent, baseline_posts=args.baseline, growth=args.growth)
    for seed in range(args.seeds):
        warm_bg, timed_bg = split_warmup(background_all, 5000, seed=seed + 3)
        warm = mixed_stream(MODEL_WARMUP_POSTS, timed_bg, [], seed=seed + 2, prefix="warm")[0]
        long_warm = mixed_stream(5000, warm_bg, [], seed=seed + 4, prefix="bgwarm")[0]
        tput = mixed_stream(600, timed_bg, [], seed=seed, prefix="tput")[0]
        lat = mixed_stream(300, timed_bg, [], seed=seed + 1, prefix="lat")[0]
        stream = [{**p, "kind": "background"} for p in warm + long_warm + tput + lat]
        vectors = centre(static.encode([normalize(p["text"]) for p in stream]), mean)
        r = simulate(stream, vectors, cfg, g, share=args.share, budget_posts=5000, posts_per_s=250.0)
        n_enc = sum(r["encoded"].values())
        print(
            f"mix stream (seed {seed}): {r['posts']} posts, {len(r['bursts'])} bursts, "
            f"wanted {sum(r['wanted'].values())}, encoded {n_enc} ({n_enc / r['posts']:.2%}) "
            f"at growth {args.growth:g}, recent {args.recent:g}, baseline {args.baseline:g} posts",
            flush=True,
        )
        if args.verbose:
            for b in r["bursts"]:
                print("   ", b)

    # --- the Starlink test's stream, with that test's warm-up and windows --------------------------------
    posts = build_stream(n_tweets=40, n_sms=110)
    stream_ids = {p["id"] for p in posts}
    ham = [json.loads(line) for line in SMS.read_text().splitlines() if line.strip()]
    warm_sms = [
        {"id": m["id"], "text": m["text"], "author": f"warm{i}", "kind": "background"}
        for i, m in enumerate(m for m in ham if m.get("label") == "ham" and m["id"] not in stream_ids)
    ][:150]
    stream = warm_sms + posts
    vectors = centre(static.encode([normalize(p["text"]) for p in stream]), mean)
    for recent, baseline, growth, share in (
        (50.0, 2000.0, args.growth, 0.25),
        (args.recent, args.baseline, args.growth, args.share),
    ):
        gt = BurstConfig(recent_posts=recent, baseline_posts=baseline, growth=growth)
        r = simulate(stream, vectors, cfg, gt, share=share, budget_posts=5000, posts_per_s=10.0)
        print(
            f"Starlink test stream: {r['posts']} posts (wave 32, spam 20); recent {recent:g} / baseline "
            f"{baseline:g} posts, growth {growth:g}, share {share:g}: wanted {r['wanted']}, "
            f"encoded {r['encoded']}, bursts {[b[:2] for b in r['bursts']]}",
            flush=True,
        )

    # --- how far the wave sits from the background --------------------------------------------------------
    wave = centre(static.encode([normalize(t) for t in NARRATIVE]), mean)
    total = wave.sum(axis=0)
    loo = [float(wave[i] @ ((total - wave[i]) / np.linalg.norm(total - wave[i]))) for i in range(len(wave))]
    print(
        f"wave post to the centroid of the others: min {min(loo):.3f} "
        f"p10 {np.percentile(loo, 10):.3f} median {np.median(loo):.3f}"
    )


if __name__ == "__main__":
    main()
