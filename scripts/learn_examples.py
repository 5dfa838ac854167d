"""What confirmed alerts teach the catalogue: recall on held-out posts before and after.

On-call confirms the alerts of a teaching split (its true positives: the decided template is the gold
one); each confirmed post becomes an example of its template (monitor.core.teaching.learn_example, as
``monitor alerts feedback ID confirmed --add-example`` does). The held-out sets are then scored with the
catalogue before and after, through ``monitor eval``'s code path (memory index).

    export MONITOR_STATE_DIR=/tmp/quality-state
    .venv/bin/python scripts/learn_examples.py --templates monitor/demo/templates.jsonl \\
        --teach tests/data/hard_en_tune_posts.jsonl tests/data/hard_en_tune_qrels.tsv \\
        --held-out tests/data/hard_en_heldout_posts.jsonl tests/data/hard_en_heldout_qrels.tsv \\
        [--split-demo monitor/demo]

``--split-demo DIR`` also teaches the demo set's even-numbered posts and holds out its odd ones.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from monitor.config import Settings
from monitor.core.teaching import learn_example
from monitor.embedding import embedder_from_settings
from monitor.tools.evaluate import load_templates, match_set, run_eval


def _subset(posts: Path, qrels: Path, keep: int, out: Path) -> tuple[Path, Path]:
    """Every other post (``keep`` 0: even, 1: odd) of a set, with its qrels and labels."""
    lines = [ln for ln in posts.read_text(encoding="utf-8").splitlines() if ln.strip()]
    chosen = [ln for i, ln in enumerate(lines) if i % 2 == keep]
    ids = {json.loads(ln)["id"] for ln in chosen}
    name = "even" if keep == 0 else "odd"
    p, q = out / f"demo_{name}_posts.jsonl", out / f"demo_{name}_qrels.tsv"
    p.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    rows = [r for r in qrels.read_text(encoding="utf-8").splitlines() if r.split("\t")[0] in ids]
    q.write_text("\n".join(rows) + "\n", encoding="utf-8")
    labels = posts.with_name("labels.jsonl")
    if labels.exists():
        kept = [
            r
            for r in labels.read_text(encoding="utf-8").splitlines()
            if r and json.loads(r)["post_id"] in ids
        ]
        (out / f"demo_{name}_labels.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return p, q


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    d = report["decisions"]
    kinds = report.get("by_kind", {})
    debunk = kinds.get("debunk", {}).get("alerts") if isinstance(kinds.get("debunk"), dict) else None
    return {
        "precision": d["precision"],
        "recall": d["recall"],
        "tp": d["tp"],
        "fp": d["fp"],
        "fn": d["fn"],
        "debunk_alerts": debunk,
        "ece": report["calibration"]["ece"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--templates", type=Path, required=True)
    ap.add_argument("--teach", nargs=2, action="append", default=[], metavar=("POSTS", "QRELS"))
    ap.add_argument("--held-out", nargs=2, action="append", default=[], metavar=("POSTS", "QRELS"))
    ap.add_argument("--split-demo", type=Path, help="teach the even posts of this set, hold out the odd")
    args = ap.parse_args()
    settings = Settings()
    embedder = embedder_from_settings(settings)
    work = Path(tempfile.mkdtemp(prefix="learn-examples-"))
    teach = [(Path(p), Path(q)) for p, q in args.teach]
    held_out = [(Path(p), Path(q)) for p, q in args.held_out]
    if args.split_demo:
        posts, qrels = args.split_demo / "posts.jsonl", args.split_demo / "qrels.tsv"
        teach.append(_subset(posts, qrels, 0, work))
        held_out.append(_subset(posts, qrels, 1, work))

    templates, _ = load_templates(args.templates)
    examples = {tid: t.examples for tid, t in templates.items()}
    confirmed: dict[str, int] = {}
    reasons: dict[str, int] = {}
    for posts, qrels in teach:
        run = match_set(settings, args.templates, posts, qrels, embedder=embedder)
        texts = {p.id: p.text for p in run.posts}
        for d in run.decisions:
            if d.template_id is None or d.template_id not in run.qrels.get(d.post_id, set()):
                continue  # on-call confirms real alerts only
            lesson = learn_example(
                examples[d.template_id], templates[d.template_id].negatives, texts[d.post_id]
            )
            reasons[lesson.reason] = reasons.get(lesson.reason, 0) + 1
            if lesson.added:
                examples[d.template_id] = lesson.examples
                confirmed[d.template_id] = confirmed.get(d.template_id, 0) + 1
    taught = work / "templates_taught.jsonl"
    with taught.open("w", encoding="utf-8") as out:
        for tid, t in templates.items():
            row = t.model_dump(mode="json", exclude={"enabled", "version", "created_at", "updated_at"})
            row["examples"] = list(examples[tid])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        json.dumps({"examples_added": sum(confirmed.values()), "per_template": confirmed, "reasons": reasons})
    )
    for posts, qrels in held_out:
        before = run_eval(settings, args.templates, posts, qrels, embedder=embedder)
        after = run_eval(settings, taught, posts, qrels, embedder=embedder)
        print(
            json.dumps({"held_out": posts.name, "before": _summary(before), "after": _summary(after)}),
            flush=True,
        )


if __name__ == "__main__":
    main()
