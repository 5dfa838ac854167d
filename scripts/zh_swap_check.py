"""The real path (``monitor eval``'s ``match_set``) with the sibling swap off and on, in one process: each
set's counts both ways and every post whose decision changes (docs/history/MULTILINGUAL-ROUNDS.md "The pair
reader picks
between siblings").

    MONITOR_MODEL=multilingual-e5-small python scripts/zh_swap_check.py zh,zh_tune2,... [STREAM_PREFIX]

(a set name N reads tests/data/N_posts.jsonl, N_qrels.tsv, N_labels.jsonl; STREAM_PREFIX: a stream from
scripts/zh_stream.py, PREFIX_posts.jsonl ...)
"""

import json
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
from pathlib import Path

from monitor.config import Settings
from monitor.tools.evaluate import match_set

D = Path("tests/data")
T = Path("monitor/demo/templates.jsonl")
specs = [
    (s, D / f"{s}_posts.jsonl", D / f"{s}_qrels.tsv", D / f"{s}_labels.jsonl") for s in sys.argv[1].split(",")
]
if len(sys.argv) > 2:
    s = sys.argv[2]
    specs.append(("stream", Path(s + "_posts.jsonl"), Path(s + "_qrels.tsv"), Path(s + "_labels.jsonl")))
DEB = ("debunk", "debunk_plain", "debunk_loss")
emb = None
for name, posts, qrels, labels in specs:
    kinds = {
        (lb := json.loads(x))["post_id"]: lb["kind"] for x in labels.read_text().splitlines() if x.strip()
    }
    out = {}
    for on in (False, True):
        run = match_set(Settings(pair_swap=on), T, posts, qrels, embedder=emb)
        emb = run.embedder
        tp = fp = fn = deb = bg = 0
        dec = {}
        for d in run.decisions:
            gold = run.qrels.get(d.post_id, set())
            k = kinds.get(d.post_id, "background")
            a = d.template_id if d.matched else None
            dec[d.post_id] = (a, d.explanation.get("pair_swap"))
            tp += a is not None and a in gold
            fp += a is not None and a not in gold
            fn += bool(gold) and not (a is not None and a in gold)
            deb += a is not None and k in DEB
            bg += a is not None and k == "background"
        out[on] = dec
        print(
            f"{name:12s} swap {'on ' if on else 'off'} P {tp / max(tp + fp, 1):.3f} "
            f"R {tp / max(tp + fn, 1):.3f} ({tp}/{fp}/{fn}) debunks {deb} background {bg}",
            flush=True,
        )
    texts = {p.id: p.text for p in run.posts}
    for pid, (a1, sw) in out[True].items():
        if out[False][pid][0] != a1:
            print(f"    changed {pid}: {out[False][pid][0]} -> {a1} {sw} {texts[pid][:40]}")
