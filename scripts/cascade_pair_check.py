"""Recall check of the gate's calibration on every labelled set (docs/PERFORMANCE.md "Cascade: a larger
gate share"): for each labelled positive (post, gold template) pair, does the gate's bound hold?

The gate rests on one assumption per space (mapped, centred static): a post whose transformer cosine to a
template's exemplars reaches ``r`` has a gate cosine to them of at least the calibrated bar for ``r``.
A labelled pair breaks it when its best gate cosine to the template is under the template's bar at its own
best transformer cosine: then a post like it could be skipped although it reaches the level, whatever its
lexical evidence (the bar at the level the post needs is never above the bar at the level it has). Counted
per space and for the two together: the gate proves a template unable to match when either bound does, so
a pair is at risk when either breaks. This is the worst case (a post that only just reaches its level);
the posts themselves need less than their own level when they match with room to spare. Also: decisions
with the cascade on equal off on every set.

Each catalogue's gate is warmed on the same 600 off-topic posts as ``scripts/cascade_gate.py``.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/cascade_pair_check.py [--fold-by template|exemplar] [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from cascade_gate import SHARED, processors, read, run  # type: ignore[import-not-found]

from monitor.core.cascade import centre, map_static
from monitor.core.models import Post
from monitor.core.text import normalize
from monitor.embedding import load_embedder
from monitor.embedding.static import load_static_embedder
from monitor.pipeline.cascade import CascadeConfig
from monitor.tools.evaluate import load_qrels

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fold-by", default=CascadeConfig().map_fold_by, choices=["exemplar", "template"])
    ap.add_argument("--no-decisions", action="store_true", help="the pair check only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    embedder = load_embedder("all-MiniLM-L6-v2", "onnx")
    static = load_static_embedder(embedder.spec)
    ham = read(SHARED / "scam/sms-spam-collection/messages.jsonl", where={"label": "ham"})
    tweets = read(SHARED / "claim-matching/checkthat2022-2a-en/posts-train.jsonl")
    reviews = read(SHARED / "background/zh-reviews.jsonl")
    warm = [Post(id=f"w{i}", text=t) for i, t in enumerate(ham[-200:] + tweets[-200:] + reviews[-200:])]
    data = ROOT / "tests/data"
    demo = ROOT / "monitor/demo"
    catalogues = {
        demo / "templates.jsonl": [("demo stream", demo / "posts.jsonl", demo / "qrels.tsv")]
        + [
            (p.name.removesuffix("_posts.jsonl"), p, data / p.name.replace("_posts.jsonl", "_qrels.tsv"))
            for p in sorted(data.glob("hard_en_*_posts.jsonl"))
        ],
        data / "zh_templates.jsonl": [
            (p.name.removesuffix("_posts.jsonl"), p, data / p.name.replace("_posts.jsonl", "_qrels.tsv"))
            for p in sorted(data.glob("zh*_posts.jsonl"))
        ],
    }
    report: dict[str, dict[str, object]] = {}
    for templates, sets in catalogues.items():
        off, on = processors(embedder, static, templates, CascadeConfig().gate_margin, fold_by=args.fold_by)
        run(on, warm)
        assert on.cascade is not None
        on.cascade.cache.clear()
        stage = on.cascade
        state = stage._state  # the calibration the labelled posts meet
        assert state.static_map is not None
        assert state.mean is not None
        assert state.exemplars is not None
        passages = stage._exemplar_passages
        positive = np.asarray(stage._exemplar_positive, dtype=bool)
        columns = stage._exemplar_column
        for name, posts_path, qrels_path in sets:
            texts = {
                json.loads(line)["id"]: json.loads(line)["text"]
                for line in posts_path.read_text().splitlines()
                if line.strip()
            }
            pairs = [
                (pid, tid)
                for pid, tids in load_qrels(qrels_path).items()
                for tid in tids
                if pid in texts and tid in stage._template_column
            ]
            normalized = [normalize(texts[pid]) for pid, _ in pairs]
            dense = embedder.encode_queries(normalized) @ passages.T
            raw = static.encode(normalized)
            spaces = {
                "mapped": (map_static(raw, state.static_map) @ passages.T, state.calibration),
                "static": (centre(raw, state.mean) @ state.exemplars.T, state.static_calibration),
            }
            slack = {}
            for space, (sims, calibration) in spaces.items():
                out = []
                for row, (_pid, tid) in enumerate(pairs):
                    col = stage._template_column[tid]
                    mine = (columns == col) & positive
                    level = float(dense[row, mine].max())
                    bar = float(calibration.template_thresholds(np.asarray([col]), np.asarray([level]))[0])
                    out.append(bar - float(sims[row, mine].max()))  # > 0: the bound breaks for this pair
                slack[space] = np.asarray(out)
            either = np.maximum(slack["mapped"], slack["static"])
            entry: dict[str, object] = {
                "positive_pairs": len(pairs),
                "broken_mapped": int((slack["mapped"] > 0).sum()),
                "broken_static": int((slack["static"] > 0).sum()),
                "broken_either": int((either > 0).sum()),
                "closest_mapped": round(float(slack["mapped"].max()), 4) if len(pairs) else None,
                "closest_static": round(float(slack["static"].max()), 4) if len(pairs) else None,
                "at_risk": [
                    {"post": pairs[k][0], "template": pairs[k][1], "slack": round(float(either[k]), 4)}
                    for k in np.flatnonzero(either > 0)
                ],
            }
            if not args.no_decisions:
                posts = [Post(id=pid, text=t) for pid, t in texts.items()]
                want, _ = run(off, posts)
                got, stages = run(on, posts)
                entry["posts"] = len(posts)
                entry["matched_off"] = sum(1 for m, _ in want if m)
                entry["decisions_equal"] = want == got
                entry["gate_share"] = round(stages.count("gate") / len(posts), 4)
            report[name] = entry
            if not args.json:
                print(name.ljust(18), json.dumps(entry), flush=True)
    if args.json:
        print(json.dumps(report))
    else:
        total = {k: sum(int(r[k]) for r in report.values()) for k in ("positive_pairs", "broken_either")}
        print(
            "all sets:",
            total,
            "decisions equal everywhere:",
            all(r.get("decisions_equal", True) for r in report.values()),
        )


if __name__ == "__main__":
    main()
