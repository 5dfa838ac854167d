"""Every English set + the demo in one process: summary per set and per-post decisions (for diffs)."""
import json, os, sys
os.environ.setdefault("HF_HUB_OFFLINE", "1")
from pathlib import Path
from monitor.config import Settings
from monitor.tools.evaluate import match_set, score_set, load_labels, embedder_from_settings
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
only = sys.argv[2:] 
T = Path("monitor/demo/templates.jsonl")
sets = [(s, Path(f"tests/data/hard_en_{s}_posts.jsonl"), Path(f"tests/data/hard_en_{s}_qrels.tsv"))
        for s in ["tune", "heldout", *(f"heldout{n}" for n in range(2, 16)), "sellers_tune"]]
sets.append(("demo", Path("monitor/demo/posts.jsonl"), Path("monitor/demo/qrels.tsv")))
settings = Settings()
emb = embedder_from_settings(settings)
for name, posts, qrels in sets:
    if only and name not in only: continue
    if not posts.exists(): continue
    run = match_set(settings, T, posts, qrels, embedder=emb)
    rep = score_set(run, posts, "memory")
    labels = load_labels(posts)
    texts = {p.id: p.text for p in run.posts}
    with open(out / f"{name}.jsonl", "w") as f:
        for d in run.decisions:
            gold = sorted(run.qrels.get(d.post_id, set()))
            best = d.candidates[0] if d.candidates else None
            f.write(json.dumps({"id": d.post_id, "kind": labels.get(d.post_id, {}).get("kind"), "gold": gold,
                "matched": d.template_id, "best": best.template_id if best else None,
                "score": round(best.score, 4) if best else None, "sup": d.suppressed_by,
                "sup_t": d.suppressed_template, "text": texts[d.post_id][:110]}, ensure_ascii=False) + "\n")
    dec = rep["decisions"]; bk = rep.get("by_kind", {})
    deb = {k: v for k, v in bk.items() if "debunk" in k}
    print(name, "MAP5", rep.get("map@5"), "P/R", dec.get("precision"), dec.get("recall"),
          "tp/fp/fn", dec.get("tp"), dec.get("fp"), dec.get("fn"), "ECE", rep["calibration"]["ece"],
          "debunks", json.dumps(deb), flush=True)
    (out / f"{name}.report.json").write_text(json.dumps(rep, indent=1))
