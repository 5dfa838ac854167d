"""The news guard's check (monitor.core.newsguard): every seen set of one language decided with the guard
off and on, in one process, and what changed.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/news_guard_check.py en OUT_DIR [off|on]
    HF_HUB_OFFLINE=1 MONITOR_MODEL=multilingual-e5-small \\
        .venv/bin/python scripts/news_guard_check.py zh OUT_DIR [off|on]

``off`` decides with the guard off only (collecting what alerts without it); ``on`` with the guard on only,
compared with ``OUT_DIR/<lang>.off.jsonl`` of an earlier ``off`` run (the guard off decides exactly as the
code before the guard: it is the last check of ``_guard``); neither: both in one process.

Writes ``OUT_DIR/<lang>.<off|on>.jsonl`` (one row per post of every set: set, id, kind, gold, decision,
suppression) and prints, per set and in all, P / R (tp/fp/fn), debunks alerting, and every post whose
decision the guard changes. ``zh`` also decides the stream (every seen Chinese set shuffled among 1,000
background reviews, scripts/zh_stream.py slice 0:1000) and counts background alerts.
Never reads the unseen sets (hard_en_heldout18, zh_heldout15).

RULE (written and committed before the judging run; the commit is in docs/history/QUALITY-ENGLISH.md
"A news guard")

The guard is a hand-written cue list (a reporting frame and "not yet" cues), not a fitted model: there is
nothing for a nested leave-one-set-out to fit. It is judged by a split instead:

- writing half: the cues were written looking at these sets' posts of every kind: hard_en_heldout10 ..
  hard_en_heldout17, hard_en_sellers_tune; zh_heldout8 .. zh_heldout14, zh_sellers_tune.
- judged half: demo, hard_en_tune, hard_en_heldout, hard_en_heldout2 .. hard_en_heldout9; zh, zh_tune2,
  zh_heldout, zh_heldout2 .. zh_heldout7; the Chinese stream's 1,000 background reviews. Their right alerts
  and debunks were not read before the judging run. (Step 1 listed the false alerts of every seen set without
  the guard, and the "news" / "benign" posts of every set, so those texts were seen in both halves.)

Accept only if ALL of these hold, guard on against guard off, default settings otherwise:
  A1 (gain; in sample: the only such reports are in the writing half) it stops at least 1 false alert in
     English (MiniLM) and at least 1 in Chinese (E5, English templates), summed over every seen set;
  A2 (loss; out of sample on the judged half, in sample on the writing half) it loses 0 right alerts in
     either language, on every seen set and in the stream;
  A3 no post newly alerts anywhere (a stopped claim falling through to another template): in particular no
     debunk (a kind containing "debunk") newly alerts, and no set's false alerts rise;
  A4 the Chinese stream's 1,000 background reviews give 0 alerts with the guard on;
  A5 tests/unit/test_newsguard.py passes (the sentences it must stop and must not stop).
Otherwise it is rejected: the guard leaves the decision layer (no setting is shipped), this script stays on
its branch and the docs record the negative result.

AMENDED before any judged figure (the first judging run, rule commit bb6dca4, was stopped after its first
set, hard_en_tune, unchanged): step 1's Chinese listing showed that zh_heldout14's report alerts as the
scam template sora-ai-director-group, which the guard of bb6dca4 never read. The guard now reads a scam
template too when the post carries no scam signal at all. The rule A1-A5 is unchanged.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from head_folds import DEMO, fmt, named_sets, numbered  # the scripts folder is on sys.path when a script runs

from monitor.config import Settings
from monitor.core.matching import MatchPolicy
from monitor.pipeline.policies import policy_from_settings
from monitor.tools.evaluate import embedder_from_settings, load_labels, match_set

CLAIMS = Path("monitor/demo/templates.jsonl")
EN_SETS = [f"hard_en_{s}" for s in [*numbered(["tune"], "heldout", 17), "sellers_tune"]]
ZH_SETS = [*numbered(["zh", "zh_tune2"], "zh_heldout", 14), "zh_sellers_tune"]
UNSEEN = ("hard_en_heldout18", "zh_heldout15")
# the half of the seen sets the cues were written looking at (the RULE above)
WRITING = frozenset(
    [
        *(f"hard_en_heldout{n}" for n in range(10, 18)),
        "hard_en_sellers_tune",
        *(f"zh_heldout{n}" for n in range(8, 15)),
        "zh_sellers_tune",
    ]
)
HAS_GUARD = "news_guard" in {f.name for f in dataclasses.fields(MatchPolicy)}


def sets(lang: str) -> list[tuple[str, Path, Path]]:
    names = EN_SETS if lang == "en" else ZH_SETS
    assert not set(names) & set(UNSEEN)
    found = [s for s in named_sets(names) if s[1].exists()]
    return [*found, DEMO] if lang == "en" else found


def stream(out: Path, chosen: list[tuple[str, Path, Path]]) -> tuple[str, Path, Path]:
    """Every seen Chinese set among 1,000 background reviews (scripts/zh_stream.py, slice 0:1000)."""
    prefix = (out / "zh-stream").resolve()
    labels = [str(p.resolve()).replace("_posts.jsonl", "_labels.jsonl") for _, p, _ in chosen]
    args = [str(p.resolve()) for _, p, _ in chosen] + ["--"] + [str(q.resolve()) for _, _, q in chosen]
    subprocess.run(
        [sys.executable, "zh_stream.py", str(prefix), "0:1000", *args, "--", *labels],
        cwd=Path(__file__).parent,
        check=True,
    )
    return "stream", Path(f"{prefix}_posts.jsonl"), Path(f"{prefix}_qrels.tsv")


def decide(settings, embedder, policy, name, posts, qrels):
    run = match_set(settings, CLAIMS, posts, qrels, embedder=embedder, policy=policy)
    labels = load_labels(posts)
    texts = {p.id: p.text for p in run.posts}
    for d in run.decisions:
        gold = sorted(run.qrels.get(d.post_id, set()))
        kind = labels.get(d.post_id, {}).get("kind") or "background"
        yield {
            "set": name,
            "id": d.post_id,
            "kind": kind,
            "gold": gold,
            "matched": d.template_id,
            "sup": d.suppressed_by,
            "sup_t": d.suppressed_template,
            "text": texts[d.post_id][:140],
        }


def count(rows) -> Counter:
    c: Counter = Counter()
    for r in rows:
        gold = set(r["gold"])
        c["tp"] += int(r["matched"] is not None and r["matched"] in gold)
        c["fp"] += int(r["matched"] is not None and r["matched"] not in gold)
        c["fn"] += int(bool(gold) and r["matched"] not in gold)
        c["debunk_alerts"] += int("debunk" in r["kind"] and r["matched"] is not None)
        c["background_alerts"] += int(r["kind"] == "background" and r["matched"] is not None)
    return c


def main() -> None:
    lang, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    embedder = embedder_from_settings(settings)
    base = policy_from_settings(settings, embedder)
    variants = (
        {"off": dataclasses.replace(base, news_guard=False), "on": base} if HAS_GUARD else {"off": base}
    )
    mode = sys.argv[3] if len(sys.argv) > 3 else "both"
    if mode in ("off", "on"):
        variants = {mode: variants[mode]}
    chosen = sets(lang)
    runs = [*chosen, stream(out, chosen)] if lang == "zh" else chosen
    rows: dict[str, list[dict]] = {v: [] for v in variants}
    for name, posts, qrels in runs:
        for v, policy in variants.items():
            rows[v] += list(decide(settings, embedder, policy, name, posts, qrels))
        line = "  ".join(f"{v} {fmt(count(r for r in rows[v] if r['set'] == name))}" for v in variants)
        print(name, line, flush=True)
    for v, vrows in rows.items():
        with (out / f"{lang}.{v}.jsonl").open("w") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in vrows)
    if mode == "on":  # the guard off from the earlier run
        rows = {"off": [json.loads(line) for line in (out / f"{lang}.off.jsonl").open()], **rows}
    for v, vrows in rows.items():
        sets_only = [r for r in vrows if r["set"] != "stream"]
        streamed = [r for r in vrows if r["set"] == "stream"]
        c = count(sets_only)
        print(f"ALL {v}: {fmt(c)} debunks alerting {c['debunk_alerts']}", end="")
        print(
            f"; stream {fmt(count(streamed))} background alerts {count(streamed)['background_alerts']}"
            if streamed
            else ""
        )
    if "on" in rows:
        tally: Counter = Counter()
        for a, b in zip(rows["off"], rows["on"], strict=True):
            assert (a["set"], a["id"]) == (b["set"], b["id"])
            if a["matched"] == b["matched"]:
                continue
            half = "writing" if a["set"] in WRITING else "judged"
            print("CHANGED", half, json.dumps({**b, "was": a["matched"]}, ensure_ascii=False))
            if a["matched"] is not None and a["matched"] not in a["gold"] and b["matched"] is None:
                tally[f"false alert stopped ({half})"] += 1
            if a["matched"] is not None and a["matched"] in a["gold"]:
                tally[f"right alert lost ({half})"] += 1  # A2
            if b["matched"] is not None:
                tally[f"new alert ({half}, {b['kind']})"] += 1  # A3 (A4 when the kind is background)
        print("TALLY", json.dumps(dict(tally)))


if __name__ == "__main__":
    main()
