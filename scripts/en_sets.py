"""Every English set + the demo in one process: summary per set and per-post decisions (for diffs).

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/en_sets.py OUT_DIR [SET ...]   # SET: tune, heldout2, demo …

Writes ``OUT_DIR/NAME.jsonl`` (one line per post: kind, gold, decision, first candidate, suppression) and
``OUT_DIR/NAME.report.json`` (``monitor eval``'s report), and prints one summary line per set.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# the scripts folder is on sys.path when a script runs
from head_folds import DEMO, LAST_SEEN_EN, check_code, named_sets, numbered

import monitor
from monitor.config import Settings
from monitor.tools.evaluate import embedder_from_settings, load_labels, match_set, score_set

CLAIMS = Path("monitor/demo/templates.jsonl")
EN_SETS = [*numbered(["tune"], "heldout", LAST_SEEN_EN), "sellers_tune"]


def main() -> None:
    check_code("en_sets", os.environ, Path(monitor.__file__).parent)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    only = sys.argv[2:]
    sets = [(n.removeprefix("hard_en_"), p, q) for n, p, q in named_sets([f"hard_en_{s}" for s in EN_SETS])]
    settings = Settings()
    embedder = embedder_from_settings(settings)
    for name, posts, qrels in [*sets, DEMO]:
        if (only and name not in only) or not posts.exists():
            continue
        run = match_set(settings, CLAIMS, posts, qrels, embedder=embedder)
        report = score_set(run, posts, "memory")
        labels = load_labels(posts)
        texts = {p.id: p.text for p in run.posts}
        with (out / f"{name}.jsonl").open("w") as f:
            for d in run.decisions:
                best = d.candidates[0] if d.candidates else None
                row = {
                    "id": d.post_id,
                    "kind": labels.get(d.post_id, {}).get("kind"),
                    "gold": sorted(run.qrels.get(d.post_id, set())),
                    "matched": d.template_id,
                    "best": best.template_id if best else None,
                    "score": round(best.score, 4) if best else None,
                    "sup": d.suppressed_by,
                    "sup_t": d.suppressed_template,
                    # the seller waiver's reading, where it read one (None: it did not apply)
                    "waived": (d.explanation or {}).get("seller_waiver", {}).get("waived"),
                    "text": texts[d.post_id][:110],
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        dec = report["decisions"]
        debunks = {k: v for k, v in report.get("by_kind", {}).items() if "debunk" in k}
        print(
            name,
            "MAP5",
            report.get("map@5"),
            "P/R",
            dec.get("precision"),
            dec.get("recall"),
            "tp/fp/fn",
            dec.get("tp"),
            dec.get("fp"),
            dec.get("fn"),
            "ECE",
            report["calibration"]["ece"],
            "debunks",
            json.dumps(debunks),
            flush=True,
        )
        (out / f"{name}.report.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
