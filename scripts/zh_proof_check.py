"""Chinese debunks that demand proof: every seen Chinese set and a stream through the worker's path (default
settings, E5), one process, one embedder; ``compare`` sets two dumps side by side
(docs/history/MULTILINGUAL-ROUNDS.md, "Questions that demand proof").

    dump     OUT.jsonl [STREAM_PREFIX]   today's decisions of every seen Chinese set (and a stream
                                          from scripts/zh_stream.py): set, id, kind, gold, alert, the
                                          stage that stopped it, the stance reader's estimate, the text
    compare  BEFORE.jsonl AFTER.jsonl     per set tp / fp / fn and debunks + loss reports alerting, both
                                          ways; every post whose decision changed; the rule's verdict

    export HF_HUB_OFFLINE=1 MONITOR_MODEL=multilingual-e5-small MONITOR_STATE_DIR=/tmp/zhproof2-state
    python scripts/zh_stream.py /tmp/zhproof2/st 0:1000 $P -- $Q -- $L   # every seen set's files
    python scripts/zh_proof_check.py dump /tmp/zhproof2/before.jsonl /tmp/zhproof2/st
    python scripts/zh_proof_check.py compare /tmp/zhproof2/before.jsonl /tmp/zhproof2/after.jsonl

Acceptance rule, fixed (committed) before the judging run: a hand-written Chinese cue has no parameter to
choose, so nested leave-one-set-out chooses the same rule in every fold and its out-of-fold decisions are
its decisions on each seen set. The cue passes iff, over the fifteen seen Chinese sets alone,
(1) debunks + loss reports alerting drop by >= 2, (2) right alerts lost <= 1, (3) wrong alerts added 0;
in the stream of those sets among 1,000 background reviews (slice 0:1000), (4) 0 background reviews alert
and (5) (2) and (3) hold there too; and (6) every English set's decisions are unchanged (scripts/en_sets.py).
Never run on an unseen set: the sets are named below, each a seen one.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from head_folds import LAST_SEEN_ZH, count_alert, named_sets, new_count, numbered

ZH_SETS = numbered(["zh", "zh_tune2"], "zh_heldout", LAST_SEEN_ZH)
DEBUNK_KINDS = frozenset({"debunk", "debunk_loss", "debunk_plain"})
CLAIMS = Path("monitor/demo/templates.jsonl")


def dump(out: Path, stream_prefix: str | None) -> None:
    from monitor.config import Settings
    from monitor.tools.evaluate import embedder_from_settings, load_labels, match_set

    settings = Settings()
    emb = embedder_from_settings(settings)
    named = named_sets(ZH_SETS)
    if stream_prefix:
        named.append(("stream", Path(f"{stream_prefix}_posts.jsonl"), Path(f"{stream_prefix}_qrels.tsv")))
    with open(out, "w", encoding="utf-8") as f:
        for name, posts, qrels in named:
            run = match_set(settings, CLAIMS, posts, qrels, embedder=emb)
            labels = load_labels(posts)
            texts = {p.id: p.text for p in run.posts}
            for d in run.decisions:
                reader = d.explanation.get("stance_reader") or {}
                row = {
                    "set": name,
                    "id": d.post_id,
                    "kind": labels.get(d.post_id, {}).get("kind", "background"),
                    "gold": sorted(run.qrels.get(d.post_id, set())),
                    "matched": d.template_id if d.matched else None,
                    "stopped_by": d.suppressed_by,
                    "stance_reader_p": reader.get("probability"),
                    "text": texts[d.post_id],
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(name, len(run.decisions), flush=True)


def _load(path: Path) -> dict[tuple[str, str], dict]:
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rows[(r["set"], r["id"])] = r
    return rows


def _counts(rows: list[dict]) -> Counter[str]:
    c: Counter[str] = Counter(new_count())
    for r in rows:
        count_alert(c, r, r["matched"], DEBUNK_KINDS)
    return c


def _line(c: Counter[str]) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return f"{p:.3f} / {r:.3f} ({c['tp']}/{c['fp']}/{c['fn']}), {c['debunks']}"


def compare(before_path: Path, after_path: Path) -> None:
    before, after = _load(before_path), _load(after_path)
    assert before.keys() == after.keys(), "the two dumps read different posts"
    names = list(dict.fromkeys(s for s, _ in before))
    print("| set | before P / R (tp/fp/fn), debunks alerting | after |")
    print("|---|---|---|")
    pooled = {"before": Counter[str](), "after": Counter[str]()}
    for name in names:
        b = _counts([r for (s, _), r in before.items() if s == name])
        a = _counts([r for (s, _), r in after.items() if s == name])
        if name != "stream":
            pooled["before"].update(b)
            pooled["after"].update(a)
        extra = f", background {b['background']} -> {a['background']}" if name == "stream" else ""
        print(f"| {name} | {_line(b)} | {_line(a)}{extra} |")
    pb, pa = pooled["before"], pooled["after"]
    print(f"| **pooled, sets alone** | {_line(pb)} | {_line(pa)} |")
    print("changed decisions:")
    for key, b_row in before.items():
        a_row = after[key]
        if b_row["matched"] != a_row["matched"]:
            print(
                f"  {key[0]} {key[1]} {b_row['kind']} gold={b_row['gold']} {b_row['matched']} -> "
                f"{a_row['matched']} ({a_row['stopped_by']}) {b_row['text'][:70]}"
            )
    sb = _counts([r for (s, _), r in before.items() if s == "stream"])
    sa = _counts([r for (s, _), r in after.items() if s == "stream"])
    checks = {
        "(1) debunks alerting drop >= 2": pb["debunks"] - pa["debunks"] >= 2,
        "(2) right alerts lost <= 1": pb["tp"] - pa["tp"] <= 1,
        "(3) wrong alerts added 0": pa["fp"] <= pb["fp"],
        "(4) background alerting 0": sa["background"] == 0,
        "(5) stream: right lost <= 1, wrong added 0": sb["tp"] - sa["tp"] <= 1 and sa["fp"] <= sb["fp"],
    }
    for name, ok in checks.items():
        print(f"{name}: {'pass' if ok else 'FAIL'}")
    print("(6) English decisions: scripts/en_sets.py before and after")


def main() -> None:
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
    elif cmd == "compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
