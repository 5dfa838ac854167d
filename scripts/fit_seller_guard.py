"""Fit and check the seller's waiver (monitor/core/sellerguard.py) on the seen sets, by nested
leave-one-set-out (docs/history/QUALITY-ENGLISH.md "A learned waiver for sellers that vouch").

    dump  run the seen sets of one language through the matcher (default settings, the cascade off, no
          waiver) and write per post: label, gold, today's decision, and the waiver's reading of its first
          candidate over the line that the ``negative`` / ``stance`` guard stops (features, and for Chinese
          whether the pair reader would stop that alert): OUT/rows-LANG.jsonl
    loso  nested leave-one-set-out over every dumped set (both languages pooled, a language feature): for
          each left-out set the head is fitted on the others, its L2 and cut chosen by an inner
          leave-one-set-out over those others; prints the fold table and pooled figures per language
    compare  the refit's leave-one-set-out decisions against the shipped head's on the folds the shipped
          head was not fitted on (English sets after SHIPPED_EN_THROUGH), and the refit rule's verdict
    write fit on every set with the inner choice and write monitor/core/sellerguard_params.py

    HF_HUB_OFFLINE=1 MONITOR_CASCADE=off MONITOR_SELLER_WAIVER=false \\
        python scripts/fit_seller_guard.py dump /tmp/sg en
    HF_HUB_OFFLINE=1 MONITOR_CASCADE=off MONITOR_SELLER_WAIVER=false MONITOR_MODEL=multilingual-e5-small \\
        python scripts/fit_seller_guard.py dump /tmp/sg zh
    python scripts/fit_seller_guard.py loso /tmp/sg [-v]
    python scripts/fit_seller_guard.py compare /tmp/sg all-MiniLM-L6-v2    # rows dumped with --en-through 52
    python scripts/fit_seller_guard.py write /tmp/sg multilingual-e5-small --languages zh

Never run on an unseen set: the sets are named below, and each is a seen one (docs/QUALITY.md).

THE ENGLISH REFIT RULE (written and committed before the refit's first dump, 2026-12-06). The English head
shipped in 4b2b38a was fitted on the English sets through hard_en_heldout14 and has not been refitted since;
38 English sets have been seen after it. Of its 77 lifts on every seen English set today, 19 alert a
template the post is not gold for, 16 of them in posts with no gold at all: club notices and bulletins that
quote an offer whole and say "don't pay" (hard_en_heldout49-037, 50-037, 51-037, 52-042), a sermon outline,
a council tax leaflet, a card dispute form. The refit keeps the features and the procedure (nested
leave-one-set-out, L2 and cut chosen by the inner one) and adds the sets through LAST_SEEN_EN. ``compare``
judges it on the folds after SHIPPED_EN_THROUGH, where both heads are out of sample: the shipped head
there with its shipped cut, the refit by the leave-one-set-out head of each fold. The refit ships only if,
pooled over those folds:

  W1 right alerts gained minus 3 x false alerts added (FP_COST), refit against shipped, is above 0;
  W2 debunks alerting are not more than under the shipped head, on any fold;
  W3 the unit tests pass, and every per-set floor in tests/integration/test_quality.py holds (a floor
     the refit breaks in sample is a failed rule, never a lowered floor).

The Chinese head is left as it is (its rows are not dumped). A refit that fails is not written; the result
is documented as a negative one. A refit that ships is read once on the next unseen English sets, both ways,
under the rule pre-registered in docs/QUALITY.md for them.

(LAST_SEEN_EN was 52 when the rule was judged: its dump is ``dump --en-through 52``. The refit failed W3 and
was not written; ``dump``'s default stays the sets the shipped head was fitted on. Dumped with today's code
they give 196 stopped candidates, 27 right, against the 192 and 28 it was fitted on: the guards have changed
since, so a ``write`` from them is not the shipped head to the decimal.)
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
    LAST_SEEN_EN,
    add_count,
    choose_l2_cut,
    count_alert,
    dump_decisions,
    fmt,
    head_entry,
    named_sets,
    new_count,
    numbered,
    seen_sets,
    set_number,
    write_params,
)
from logistic_fit import fit_standardised

from monitor.core.sellerguard import FEATURES, seller_waiver_for

SHIPPED_EN_THROUGH = 14  # the English head shipped in 4b2b38a was fitted through hard_en_heldout14
ZH_SETS = numbered(["zh", "zh_tune2"], "zh_heldout", 11)
# tuning sets written for this head (sellers that warn or vouch, and the debunks that share their words):
# training rows only, never a fold and never scored (`dump --tune` writes them apart: rows-LANG-tune.jsonl)
TUNE_SETS = {"en": ["hard_en_sellers_tune"], "zh": ["zh_sellers_tune"]}
TRAIN_ONLY = frozenset(name for names in TUNE_SETS.values() for name in names)
DEBUNK_KINDS = frozenset({"debunk", "debunk_loss", "debunk_plain"})
L2S = (1.0, 3.0, 10.0, 30.0)
CUTS = (0.5, 0.6, 0.7, 0.8, 0.9, 2.0)  # 2.0: never waive ("change nothing")
FP_COST = 3.0  # a false alert added weighs three right alerts gained (the verifier's rule)


def sets(lang: str, tune: bool = False, en_through: int = SHIPPED_EN_THROUGH) -> list[tuple[str, Path, Path]]:
    if tune:
        return named_sets(TUNE_SETS[lang])
    return seen_sets(lang, numbered(["tune"], "heldout", en_through), ZH_SETS)


def dump(out: Path, lang: str, tune: bool = False, en_through: int = SHIPPED_EN_THROUGH) -> None:
    from monitor.config import Settings
    from monitor.core.matching import _pair_read, waivable_candidate

    def reading(raw, hits, templates, policy, *, lexical=None, post=None, **more):  # type: ignore[no-untyped-def]
        w = waivable_candidate(raw, hits, templates, policy, lexical=lexical, post=post)
        if w is None:
            return None
        row = {"index": w.index, "template": w.template_id, "reason": w.reason, "detail": w.detail}
        row["x"] = [round(float(v), 6) for v in w.features]
        row["pair_stop"] = False
        if more.get("post_vector") is not None and more.get("claim_vector") is not None:
            # the alert the waiver would make still meets the pair reader, as in decide()
            cand = _ranked(raw, hits, templates, policy, lexical, post)[w.index]
            script = policy.post_writing_system(raw)
            paired = _pair_read(
                cand,
                w.threshold,
                templates,
                policy,
                script,
                raw,
                more["post_vector"],
                more["claim_vector"],
            )
            row["pair_stop"] = bool(paired and paired["stopped"])
        return row

    def row(name, d, run, labels, waivable):  # type: ignore[no-untyped-def]
        return {
            "set": name,
            "lang": lang,
            "id": d.post_id,
            "kind": labels.get(d.post_id, {}).get("kind"),
            "gold": sorted(run.qrels.get(d.post_id, set())),
            "matched": d.template_id,
            "sup": d.suppressed_by,
            "waivable": waivable,
            # a real-path dump (the waiver on) is for comparing with the simulation, never for fitting
            "waiver_on": settings.seller_waiver,
        }

    settings = Settings()
    assert settings.cascade == "off", "MONITOR_CASCADE=off: every post through the transformer"
    out.mkdir(parents=True, exist_ok=True)
    rows_file = out / f"rows-{lang}{'-tune' if tune else ''}.jsonl"
    dump_decisions(rows_file, sets(lang, tune, en_through), settings, reading, row, count_readings=True)


def _ranked(raw, hits, templates, policy, lexical, post):  # type: ignore[no-untyped-def]
    from monitor.core.matching import _prepare

    return _prepare(raw, hits, templates, policy, lexical, post).ranked


def load(folder: Path) -> dict[str, list[dict]]:
    by_set: dict[str, list[dict]] = {}
    for path in sorted(folder.glob("rows-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                r = json.loads(line)
                # the rows' decisions must be the rules' own: with the waiver on, its lifts count as theirs
                assert not r.get("waiver_on"), (
                    f"{path}: dumped with the waiver on (MONITOR_SELLER_WAIVER=false)"
                )
                by_set.setdefault(r["set"], []).append(r)
    return by_set


def label(r: dict) -> float:
    """1: the stopped candidate is the post's gold template (a right alert lost); 0: a debunk, loss report,
    benign post, or another template's post."""
    return float(r["waivable"]["template"] in r["gold"] and r["kind"] not in DEBUNK_KINDS)


def xy(rows: Sequence[dict]) -> tuple[np.ndarray, np.ndarray]:
    got = [r for r in rows if r["waivable"]]
    x = np.array([r["waivable"]["x"] for r in got], dtype=np.float64).reshape(-1, len(FEATURES))
    return x, np.array([label(r) for r in got])


def prob(model: tuple, x: np.ndarray) -> float:
    w, b, mean, scale = model
    return float(1 / (1 + np.exp(-(b + ((x - mean) / scale) @ w))))


def outcome(r: dict, probs: dict[str, float], cut: float) -> tuple[str | None, bool]:
    """(the post's alert, whether the waiver made it) under ``cut``."""
    w = r["waivable"]
    if w and probs.get(r["id"], 0.0) >= cut:
        # the waived alert still meets the pair reader (Chinese): stopped there, the post alerts nothing
        alert = None if w["pair_stop"] else w["template"]
        return alert, alert != r["matched"]
    return r["matched"], False


def counts(rows: Sequence[dict], probs: dict[str, float], cut: float) -> dict[str, int]:
    c = {**new_count(), "waived": 0}
    for r in rows:
        alert, changed = outcome(r, probs, cut)
        count_alert(c, r, alert, DEBUNK_KINDS)
        c["waived"] += int(changed)
    return c


def folds(by_set: dict[str, list[dict]]) -> tuple[list[str], list[str]]:
    """(the sets that are folds, the training-only sets) of the loaded rows."""
    return [n for n in by_set if n not in TRAIN_ONLY], [n for n in by_set if n in TRAIN_ONLY]


def _scores(
    by_set: dict[str, list[dict]], names: Sequence[str], l2: float, extra: Sequence[str] = ()
) -> dict[str, float]:
    """Each set's rows scored by a head fitted on the other ``names`` and the training-only ``extra``
    (leave-one-set-out estimates)."""
    out: dict[str, float] = {}
    for held in names:
        train = [r for n in [*names, *extra] if n != held for r in by_set[n]]
        x, y = xy(train)
        if y.sum() == 0 or y.sum() == len(y):
            continue
        model = fit_standardised(x, y, l2)
        for r in by_set[held]:
            if r["waivable"]:
                out[r["id"]] = prob(model, np.asarray(r["waivable"]["x"]))
    return out


def choose(
    by_set: dict[str, list[dict]], names: Sequence[str], extra: Sequence[str] = ()
) -> tuple[float, float]:
    """(l2, cut) by an inner leave-one-set-out over ``names`` (``extra`` always trains, never scores): the
    most right alerts gained minus FP_COST x false alerts added, no inner set's debunks alerting rising; the
    most cautious on ties."""
    rows = [r for n in names for r in by_set[n]]
    base = counts(rows, {}, 2.0)

    def gain(probs: dict[str, float], cut: float) -> float | None:
        if any(
            counts(by_set[n], probs, cut)["debunks"] > counts(by_set[n], {}, 2.0)["debunks"] for n in names
        ):
            return None
        c = counts(rows, probs, cut)
        return (c["tp"] - base["tp"]) - FP_COST * (c["fp"] - base["fp"])

    return choose_l2_cut(
        L2S, CUTS[:-1], lambda l2: _scores(by_set, names, l2, extra), gain, never=(30.0, 2.0)
    )


def loso(folder: Path, verbose: bool) -> None:
    by_set = load(folder)
    names, extra = folds(by_set)
    per_lang: dict[str, dict[str, dict[str, int]]] = {}
    for held in names:
        others = [n for n in names if n != held]
        l2, cut = choose(by_set, others, extra)
        x, y = xy([r for n in [*others, *extra] for r in by_set[n]])
        model = fit_standardised(x, y, l2)
        probs = {r["id"]: prob(model, np.asarray(r["waivable"]["x"])) for r in by_set[held] if r["waivable"]}
        before, after = counts(by_set[held], {}, 2.0), counts(by_set[held], probs, cut)
        lang = by_set[held][0]["lang"]
        for tag, c in (("before", before), ("after", after)):
            add_count(per_lang.setdefault(lang, {}).setdefault(tag, dict.fromkeys(c, 0)), c)
        print(
            f"| {held} | l2 {l2:g}, cut {cut if cut <= 1 else 'never'} | "
            f"{fmt(before)}, {before['debunks']} | "
            f"{fmt(after)}, {after['debunks']} | {after['waived']} |",
            flush=True,
        )
        if verbose:
            for r in by_set[held]:
                if r["waivable"]:
                    _, changed = outcome(r, probs, cut)
                    p = probs.get(r["id"], 0.0)
                    mark = "WAIVED" if changed else ""
                    print(
                        f"    {r['id']} {r['kind']} p={p:.2f} y={label(r):.0f} {r['waivable']['template']} "
                        f"{r['waivable']['reason']} {r['waivable']['detail']} "
                        f"pair_stop={r['waivable']['pair_stop']} {mark}"
                    )
    for lang, agg in per_lang.items():
        print(
            f"| **pooled {lang}** | | {fmt(agg['before'])}, {agg['before']['debunks']} | "
            f"{fmt(agg['after'])}, {agg['after']['debunks']} | {agg['after']['waived']} |"
        )
    rows = [r for n in [*names, *extra] for r in by_set[n]]
    x, y = xy(rows)
    print(f"rows with a waivable candidate: {len(y)}, of them right alerts lost: {int(y.sum())}")
    if extra:
        print(f"training only (never scored): {', '.join(extra)}")


def compare(folder: Path, model: str) -> None:
    """The English refit rule (module docstring): on each fold after SHIPPED_EN_THROUGH, the shipped head's
    decisions (its cut) against the refit's leave-one-set-out head (fitted on every other set, its L2 and
    cut chosen by the inner leave-one-set-out)."""
    shipped = seller_waiver_for(model)
    assert shipped is not None, f"{model} ships no waiver"
    by_set = load(folder)
    names, extra = folds(by_set)
    judged = [n for n in names if n != "demo" and set_number(n) > SHIPPED_EN_THROUGH]
    total = {"shipped": new_count(), "refit": new_count()}
    worse_debunks = []
    for held in judged:
        others = [n for n in names if n != held]
        l2, cut = choose(by_set, others, extra)
        x, y = xy([r for n in [*others, *extra] for r in by_set[n]])
        model_ = fit_standardised(x, y, l2)
        rows = by_set[held]
        refit = {r["id"]: prob(model_, np.asarray(r["waivable"]["x"])) for r in rows if r["waivable"]}
        ship = {r["id"]: shipped.probability(r["waivable"]["x"]) for r in rows if r["waivable"]}
        a, b = counts(rows, ship, shipped.cut), counts(rows, refit, cut)
        add_count(total["shipped"], a)
        add_count(total["refit"], b)
        if b["debunks"] > a["debunks"]:
            worse_debunks.append(held)
        print(
            f"| {held} | l2 {l2:g}, cut {cut if cut <= 1 else 'never'} | "
            f"{fmt(a)}, {a['debunks']} | {fmt(b)}, {b['debunks']} |"
        )
        for r in (r for r in rows if r["waivable"]):
            before, after = outcome(r, ship, shipped.cut)[0], outcome(r, refit, cut)[0]
            if before != after:
                print(
                    f"    {r['id']} {r['kind']} gold={r['gold']} shipped={before} refit={after} "
                    f"p {ship[r['id']]:.2f} -> {refit[r['id']]:.2f}"
                )
    a, b = total["shipped"], total["refit"]
    score = (b["tp"] - a["tp"]) - FP_COST * (b["fp"] - a["fp"])
    print(f"| **pooled, {len(judged)} folds** | | {fmt(a)}, {a['debunks']} | {fmt(b)}, {b['debunks']} |")
    print(
        f"W1 gain {score:+g} ({'holds' if score > 0 else 'fails'}); W2 folds with more debunks alerting: "
        f"{worse_debunks or 'none'} ({'holds' if not worse_debunks else 'fails'}); W3: the tests"
    )


def write(folder: Path, models: Sequence[str], languages: Sequence[str]) -> None:
    by_set = load(folder)
    names, extra = folds(by_set)
    l2, cut = choose(by_set, names, extra)
    x, y = xy([r for n in [*names, *extra] for r in by_set[n]])
    entry = head_entry(
        fit_standardised(x, y, l2),
        cut=cut,
        l2=l2,
        fitted_on=f"{len(names)} seen sets{f' and {len(extra)} tuning sets' if extra else ''} "
        f"({len(y)} stopped candidates, {int(y.sum())} right)",
        languages=languages,
    )
    write_params(
        Path("monitor/core/sellerguard_params.py"),
        "SELLER_WAIVER",
        "Fitted parameters of the seller's waiver (monitor.core.sellerguard), per model; written by\n"
        "``scripts/fit_seller_guard.py write``. A model without an entry has no waiver.",
        {m: entry for m in models},
    )
    print(f"l2 {l2}, cut {cut}, {entry['fitted_on']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("lang", choices=["en", "zh"])
    d.add_argument("--tune", action="store_true", help="the language's tuning sets only (training rows)")
    d.add_argument(
        "--en-through",
        type=int,
        default=SHIPPED_EN_THROUGH,
        help="the last English held-out set dumped: the shipped head's sets by default, LAST_SEEN_EN for the "
        "refit rule's compare",
    )
    lo = sub.add_parser("loso")
    lo.add_argument("folder", type=Path)
    lo.add_argument("-v", action="store_true")
    cp = sub.add_parser("compare")
    cp.add_argument("folder", type=Path)
    cp.add_argument("model")
    wr = sub.add_parser("write")
    wr.add_argument("folder", type=Path)
    wr.add_argument("models", nargs="+")
    wr.add_argument("--languages", nargs="+", default=["en", "zh"], help="the languages the check accepted")
    a = ap.parse_args()
    if a.cmd == "dump":
        assert a.en_through <= LAST_SEEN_EN, "never an unseen set"
        dump(a.out, a.lang, a.tune, a.en_through)
    elif a.cmd == "loso":
        loso(a.folder, a.v)
    elif a.cmd == "compare":
        compare(a.folder, a.model)
    else:
        write(a.folder, a.models, a.languages)


if __name__ == "__main__":
    main()
