"""Fit and check the stance reader (monitor/core/stancereader.py) on the seen sets, by nested
leave-one-set-out (docs/history/QUALITY-ENGLISH.md "A learned stance reader").

    dump    run the seen sets of one language through the matcher (the cascade off, the reader off) and
            write per post: set, label kind, gold, today's decision, whether the seller waiver made it, and
            the reader's features (the post's query vector, its readings): OUT/rows-LANG.jsonl
    stream  the same for a Chinese stream from scripts/zh_stream.py (default settings, cascade as set):
            OUT/stream-zh.jsonl (features only for posts that reach the transformer)
    loso    nested leave-one-set-out over one language's dumped sets: for each left-out set the head is
            fitted on the others, its L2 and cut chosen by an inner leave-one-set-out over those others;
            prints the fold table, pooled figures, and (``--stream``) the stream's decisions under each
            post's own fold head
    write   fit on every set of a language with the inner choice and write
            monitor/core/stancereader_params.py (``--languages``: the languages the check accepted)

    HF_HUB_OFFLINE=1 MONITOR_CASCADE=off python scripts/fit_stance_reader.py dump /tmp/sr en
    HF_HUB_OFFLINE=1 MONITOR_CASCADE=off MONITOR_MODEL=multilingual-e5-small \\
        python scripts/fit_stance_reader.py dump /tmp/sr zh
    python scripts/fit_stance_reader.py loso /tmp/sr en [-v]

Never run on an unseen set: the sets are named below, and each is a seen one (docs/QUALITY.md).
Training rows: every labelled post of the training sets that is a debunk / loss report (1) or spreads
a gold claim (0); benign posts, person facts and news are left out of the fit (and still scored).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from head_folds import (
    choose_l2_cut,
    count_alert,
    dump_decisions,
    fmt,
    head_entry,
    new_count,
    numbered,
    seen_sets,
    write_params,
)
from logistic_fit import fit_standardised

EN_SETS = numbered(["tune"], "heldout", 13)
ZH_SETS = numbered(["zh", "zh_tune2"], "zh_heldout", 10)
DEBUNK_KINDS = frozenset({"debunk", "debunk_loss", "debunk_plain"})
L2S = (10.0, 30.0, 100.0, 300.0)
CUTS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0)  # 2.0: never stop ("change nothing")
FP_COST = 3.0  # a right alert lost weighs three wrong alerts stopped


def sets(lang: str) -> list[tuple[str, Path, Path]]:
    return seen_sets(lang, EN_SETS, ZH_SETS)


def _record(
    out_file: Path, lang: str, named: Sequence[tuple[str, Path, Path]], set_of: dict[str, str]
) -> None:
    from monitor.config import Settings
    from monitor.core.stancereader import stance_features

    def reading(raw, hits, templates, policy, *, lexical=None, post=None, **more):  # type: ignore[no-untyped-def]
        if more.get("post_vector") is None or post is None:
            return None
        return [round(float(v), 6) for v in stance_features(post, more["post_vector"])]

    def row(name, d, run, labels, x):  # type: ignore[no-untyped-def]
        sw = d.explanation.get("seller_waiver") or {}
        return {
            "set": set_of.get(d.post_id, name),
            "lang": lang,
            "id": d.post_id,
            "kind": labels.get(d.post_id, {}).get("kind", "background"),
            "gold": sorted(run.qrels.get(d.post_id, set())),
            "matched": d.template_id if d.matched else None,
            "waived": bool(d.matched and sw.get("waived") and sw.get("template_id") == d.template_id),
            "x": x,
        }

    settings = Settings()
    assert not settings.stance_reader, "MONITOR_STANCE_READER=false: the decisions without the reader"
    dump_decisions(out_file, named, settings, reading, row)


def dump(out: Path, lang: str) -> None:
    from monitor.config import Settings

    assert Settings().cascade == "off", "MONITOR_CASCADE=off: every post through the transformer"
    out.mkdir(parents=True, exist_ok=True)
    _record(out / f"rows-{lang}.jsonl", lang, sets(lang), {})


def stream(out: Path, prefix: str) -> None:
    set_of = {}
    for name, posts, _ in sets("zh"):
        for line in posts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                set_of[json.loads(line)["id"]] = name
    _record(
        out / "stream-zh.jsonl",
        "zh",
        [("stream", Path(f"{prefix}_posts.jsonl"), Path(f"{prefix}_qrels.tsv"))],
        set_of,
    )


def load(path: Path) -> dict[str, list[dict]]:
    by_set: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line:
            r = json.loads(line)
            by_set.setdefault(r["set"], []).append(r)
    return by_set


def train_rows(rows: Sequence[dict]) -> tuple[np.ndarray, np.ndarray]:
    got = [r for r in rows if r["x"] is not None and (r["kind"] in DEBUNK_KINDS or r["gold"])]
    x = np.array([r["x"] for r in got], dtype=np.float64)
    return x, np.array([float(r["kind"] in DEBUNK_KINDS) for r in got])


def outcome(r: dict, probs: dict[str, float], cut: float) -> str | None:
    """The post's alert under ``cut``: the rules' alert stops at p >= cut, unless the waiver made it."""
    if r["matched"] is not None and not r["waived"] and probs.get(r["id"], 0.0) >= cut:
        return None
    return r["matched"]


def counts(rows: Sequence[dict], probs: dict[str, float], cut: float) -> dict[str, int]:
    c = {**new_count(), "stopped": 0}
    for r in rows:
        alert = outcome(r, probs, cut)
        count_alert(c, r, alert, DEBUNK_KINDS)
        c["stopped"] += int(alert != r["matched"])
    return c


def _fit(rows: Sequence[dict], l2: float):  # type: ignore[no-untyped-def]
    x, y = train_rows(rows)
    return fit_standardised(x, y, l2)


def _score(model, rows: Sequence[dict]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    got = [r for r in rows if r["x"] is not None and r["matched"] is not None]
    if not got:
        return {}
    p = model.probability(np.array([r["x"] for r in got]))
    return {r["id"]: float(v) for r, v in zip(got, p, strict=True)}


def choose(by_set: dict[str, list[dict]], names: Sequence[str]) -> tuple[float, float]:
    """(l2, cut) by an inner leave-one-set-out over ``names``: the most wrong alerts stopped minus
    FP_COST x right alerts lost; the most cautious (higher cut, then higher L2) on ties."""
    rows = [r for n in names for r in by_set[n]]
    base = counts(rows, {}, 2.0)

    def inner_probs(l2: float) -> dict[str, float]:
        probs: dict[str, float] = {}
        for held in names:
            probs.update(_score(_fit([r for n in names if n != held for r in by_set[n]], l2), by_set[held]))
        return probs

    def gain(probs: dict[str, float], cut: float) -> float:
        c = counts(rows, probs, cut)
        return (base["fp"] - c["fp"]) - FP_COST * (base["tp"] - c["tp"])

    return choose_l2_cut(L2S, CUTS[:-1], inner_probs, gain, never=(300.0, 2.0))


def loso(folder: Path, lang: str, verbose: bool, with_stream: bool) -> None:
    by_set = load(folder / f"rows-{lang}.jsonl")
    names = list(by_set)
    fold_probs: dict[str, tuple[object, float]] = {}
    agg = {"before": None, "after": None}
    print("| left-out set | chosen on the other sets | before | after | stopped: wrong / right |")
    print("|---|---|---|---|---|")
    for held in names:
        others = [n for n in names if n != held]
        l2, cut = choose(by_set, others)
        model = _fit([r for n in others for r in by_set[n]], l2)
        fold_probs[held] = (model, cut)
        probs = _score(model, by_set[held])
        before, after = counts(by_set[held], {}, 2.0), counts(by_set[held], probs, cut)
        for tag, c in (("before", before), ("after", after)):
            agg[tag] = {k: (agg[tag] or {}).get(k, 0) + v for k, v in c.items()}  # type: ignore[union-attr]
        lost = before["tp"] - after["tp"]
        print(
            f"| {held} | l2 {l2:g}, cut {cut if cut <= 1 else 'never'} | "
            f"{fmt(before)}, {before['debunks']} | "
            f"{fmt(after)}, {after['debunks']} | {after['stopped'] - lost} / {lost} |",
            flush=True,
        )
        if verbose:
            for r in by_set[held]:
                if r["matched"] is not None:
                    p = probs.get(r["id"], 0.0)
                    mark = "STOPPED" if outcome(r, probs, cut) is None else ""
                    right = r["matched"] in r["gold"]
                    print(f"    {r['id']} {r['kind']} right={right} waived={r['waived']} p={p:.3f} {mark}")
    b, a = agg["before"], agg["after"]
    assert b is not None
    assert a is not None
    print(
        f"| **pooled {lang}** | | {fmt(b)}, {b['debunks']} | {fmt(a)}, {a['debunks']} | "
        f"{a['stopped'] - (b['tp'] - a['tp'])} / {b['tp'] - a['tp']} |"
    )
    if with_stream:
        st = load(folder / "stream-zh.jsonl")
        sb = {"before": None, "after": None}
        print(
            "stream (each set's posts under its own fold's head; "
            "background under no head: it cannot alert more)"
        )
        for name, rows in st.items():
            if name in fold_probs:
                model, cut = fold_probs[name]
                probs = _score(model, rows)
            else:
                probs, cut = {}, 2.0  # the background: nothing alerts there, a stop cannot add an alert
            before, after = counts(rows, {}, 2.0), counts(rows, probs, cut)
            for tag, c in (("before", before), ("after", after)):
                sb[tag] = {k: (sb[tag] or {}).get(k, 0) + v for k, v in c.items()}  # type: ignore[union-attr]
            print(f"  {name}: {fmt(before)}, {before['debunks']} -> {fmt(after)}, {after['debunks']}")
        b, a = sb["before"], sb["after"]
        assert b is not None
        assert a is not None
        print(
            f"| **stream pooled** | | {fmt(b)}, {b['debunks']}, background {b['background']} | "
            f"{fmt(a)}, {a['debunks']}, background {a['background']} | "
            f"{a['stopped'] - (b['tp'] - a['tp'])} / {b['tp'] - a['tp']} |"
        )


def write(folder: Path, lang: str, model_name: str, languages: Sequence[str]) -> None:
    by_set = load(folder / f"rows-{lang}.jsonl")
    names = list(by_set)
    l2, cut = choose(by_set, names)
    rows = [r for n in names for r in by_set[n]]
    x, y = train_rows(rows)
    entry = head_entry(
        fit_standardised(x, y, l2),
        cut=cut,
        l2=l2,
        fitted_on=f"{len(names)} seen sets ({len(y)} posts, {int(y.sum())} debunks / loss reports)",
        languages=languages,
    )
    write_params(
        Path("monitor/core/stancereader_params.py"),
        "STANCE_READER",
        "Fitted parameters of the stance reader (monitor.core.stancereader), per model; written by\n"
        "``scripts/fit_stance_reader.py write``. A model without an entry has no reader.",
        {model_name: entry},
    )
    print(f"l2 {l2}, cut {cut}, {entry['fitted_on']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("lang", choices=["en", "zh"])
    s = sub.add_parser("stream")
    s.add_argument("out", type=Path)
    s.add_argument("prefix", help="scripts/zh_stream.py's OUT_PREFIX")
    lo = sub.add_parser("loso")
    lo.add_argument("folder", type=Path)
    lo.add_argument("lang", choices=["en", "zh"])
    lo.add_argument("-v", action="store_true")
    lo.add_argument("--stream", action="store_true")
    wr = sub.add_parser("write")
    wr.add_argument("folder", type=Path)
    wr.add_argument("lang", choices=["en", "zh"])
    wr.add_argument("model")
    wr.add_argument("--languages", nargs="+", required=True, help="the languages the check accepted")
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.out, a.lang)
    elif a.cmd == "stream":
        stream(a.out, a.prefix)
    elif a.cmd == "loso":
        loso(a.folder, a.lang, a.v, a.stream)
    else:
        write(a.folder, a.lang, a.model, a.languages)


if __name__ == "__main__":
    main()
