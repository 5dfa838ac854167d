"""Clause scoring (monitor.core.segments) as the English default? The grid, its nested leave-one-set-out
judgement and its cost on a realistic stream
(docs/history/QUALITY-ENGLISH.md "Clause scoring as the English default").

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/clause_default.py grid OUT_DIR    # seen EN sets x choices
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/clause_default.py judge OUT_DIR   # nested LOSO + the rule
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/clause_default.py cost [N_BACKGROUND] [DEMO_SHARE] [CHOICE]
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/clause_default.py compare OUT_DIR OLD_GRID_DIR CHOICE OLD_CHOICE
    HF_HUB_OFFLINE=1 MONITOR_MODEL=multilingual-e5-small .venv/bin/python scripts/clause_default.py zh CHOICE

``grid`` runs every seen English set (hard_en_tune, hard_en_heldout..16, the demo; sellers_tune is
training-only and not in the rule) through the default path (``match_set``, the cascade on) once with
clause scoring off and once per choice of (discount, floor), and writes every post's decision per choice
to ``OUT_DIR/grid.json``. Texts are encoded once per process (a memo over the embedder), so a choice
costs only the decision layer.

ACCEPTANCE RULE (written and committed before the judging run). Clause scoring becomes the English
default if, over the 18 seen English sets (tune, heldout, heldout2..16, demo):

1. the choice (off, or clause scoring with discount in {0.03, 0.05, 0.07, 0.10} and floor on the whole
   post's best positive cosine in {0.35, 0.45, 0.55}) is made by nested leave-one-set-out: for each held-out
   set, the choice with the highest inner gain (right alerts gained minus 2 x false alerts added, no
   debunk newly alerting on any inner set; ties: off first, then a higher discount, then a higher floor)
   on the other 17 sets, and the held-out set's out-of-fold decisions under that choice are counted;
2. out of fold, summed over the 18 sets, it gains >= 3 right alerts (tp), newly alerts 0 debunks, and
   adds <= 1 false alert (fp) in total;
3. the choice made on all 18 sets costs <= 15 % throughput on a realistic stream (``cost``: 2,000
   off-topic English texts, SMS ham and CheckThat! 2022 tweets, with 7.5 % demo posts mixed in; on and off
   timed alternately in one process, 3 rounds each, the ratio of the medians), cascade on;
4. Chinese: the setting is global; if the rule accepts, the default is on only where it is shown to
   change no Chinese decision (zh, zh_tune2, zh_heldout..13 with multilingual-e5-small), else the
   default is made English-only.

Otherwise nothing changes (no setting is added) and the result is documented as a negative one.

ADDENDUM (committed before the second judging run). The first run of ``judge`` (today's split, commit
091fe83's grid) FAILS the rule: every choice newly alerts a debunk on heldout12 or heldout14, so every
fold chooses off (0 change). The split was then revised on the seen sets only (``monitor.core.segments``:
no cut inside "$14.99" / "3,000" / "sora.apk"; a question, a subordinate clause "if / while / whether …"
joined to the clause after it; a clause wholly in quotes left to the whole post). The same rule, grid and
choices are applied unchanged to the revised split (``grid`` into a new folder). The split revision itself
was designed looking at all 18 sets' changed posts, so its out-of-fold figures are optimistic: that is said
wherever they are reported.

CLAUSE GATE (branch clauses3, committed before its judging run). A clause may lift a post only if its own
reading passes (``monitor.core.segments.clause_form_ok`` and ``monitor.core.matching.guarded_templates``):
a clause in a conditional or hypothetical sentence ("if", "suppose", "imagine", "would"), in a question
(its sentence ends in "?") or inside quotes is not scored; a clause whose own reading (its own negative
exemplars, stance guard, subject and predicate guards: the guards ``decide`` applies to the whole post)
stops a template gives that template none of its cosines. The whole post's guards are unchanged. Today's
split (091fe83's, as on main) is kept. Judged by the SAME rule 1-3 above, the same grid and choices
(``grid`` into a new folder, then ``judge``): out of fold >= +3 right alerts, 0 debunks newly alerting,
<= +1 false alert; cost measured the same way (``cost 2000 0.075 CHOICE``, CHOICE the choice made on all
18 sets, 0.05 / 0.35 if that is off) and reported; the limit stays 15 %. If quality passes and cost fails
it stays opt-in (documented); if quality fails the gate's wiring is removed (no setting) and this script
mode is kept. Chinese (rule 4) is run only if English passes both. RESULT (docs/history/QUALITY-ENGLISH.md
"A clause reads its own sentence before it lifts a post"): quality passes (out of fold +11 right, -2 false,
0 debunks newly alerting; every fold 0.05 / 0.35); cost 0.850 on a loaded machine, on the limit, and 0.798
rerun on a quiet machine, over it: stays opt-in, the gate kept in the opt-in path.

BOUNDED CLAUSES (branch clausebound, committed before its judging runs). The clause gate above, with its
clause work bounded: a post is decided on its whole text first, and only a post that does not alert and whose
best positive cosine reaches the floor is split and decided again with its clauses
(``monitor.core.segments.clause_worth_scoring``; a clause only raises positive cosines, so on an alerting
post it could at most swap the template); a post in a CJK script is never split (``clause_script_ok``); a
post's quotations are found once, not once per clause. Choices are named ``bounded-dD-fF`` (the old
``dD-fF`` names are refused: their unbounded path is gone). Clause scoring becomes the ENGLISH default if
both hold:

1. quality: the SAME rule 1-2 as above, the same grid of choices, inner gain and ties (``grid`` into a new
   folder, then ``judge``): out of fold, summed over the 18 seen English sets, >= +3 right alerts against
   off, 0 debunks newly alerting, <= +1 false alert. Reported beside it, not part of the rule: the posts
   whose decision differs from the unbounded gate's at the same setting (``compare`` against the grid of
   commit 2adb293's code, /tmp/clauses3/grid);
2. cost: ``cost 2000 0.075 CHOICE``, CHOICE the choice made on all 18 sets (``bounded-d0.05-f0.35`` if
   that is off): the same stream and method as above (cascade on, off and on alternated, 3 rounds, ratio of
   the medians) gives a throughput ratio >= 0.85. On the shared, loaded machine this run is indicative; the
   deciding run is the lead's, the same command once on a quiet machine.

Chinese (rule 4): the default is made English-only by construction (``clause_script_ok``: a CJK post keeps
the whole-post path, so no Chinese decision can change); the seen Chinese sets are not judged. If quality
passes and cost fails, clause scoring stays opt-in with the bound (it only makes the opt-in cheaper); if
quality fails, the bound is removed and the result documented as a negative one. RESULT: quality passes
(out of fold +9 right, +0 false, 0 debunks newly alerting), cost 0.917 / 0.905 loaded and 0.827 on a quiet
machine: stays opt-in.

PRUNED CLAUSE WORK (committed before its cost run, 2026-12-04). The bounded clause path with the work that
cannot change a decision skipped: a clause none of whose positive hits would raise the post's (its cosine
less the discount over the whole post's for the same exemplar, or an exemplar the post did not reach:
``monitor.core.segments.raises_any``) gets no guard reading, and a post none of whose guarded clauses
raises a cosine keeps its whole-text decision instead of being decided a second time on hits equal to its
own. Clause scoring becomes the ENGLISH default if both hold:

1. exactness (in place of rule 1, since the quality verdict above stands only if nothing moves): with
   ``MONITOR_SEGMENT_SCORING=true``, ``scripts/en_sets.py`` over the seen English sets gives every post the
   same decision, template, suppression and score on this code as on the code before it (520b6b1);
2. cost: ``cost 2000 0.075 bounded-d0.05-f0.35``, one run on a quiet machine (load average under 0.5
   before it), gives a throughput ratio >= 0.85; this run decides, whatever it gives.

If 1 fails the pruning is reverted; if 2 fails clause scoring stays opt-in (pruned: cheaper when opted in).

RESULT (docs/history/QUALITY-ENGLISH.md "Clause scoring as the English default?"): both judgements fail
(the revised split out of fold: +3 right alerts, +2 false alerts, 1 debunk newly alerting; throughput
ratio 0.790 on the stream); the revised split was not kept (8daa6a2 restores 091fe83's) and nothing changes.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from head_folds import DEMO, named_sets, numbered  # the scripts folder is on sys.path when a script runs

from monitor.config import Settings
from monitor.core.evaluation import decision_metrics
from monitor.embedding import Embedder
from monitor.pipeline.policies import policy_from_settings
from monitor.tools.evaluate import embedder_from_settings, load_labels, match_set

CLAIMS = Path("monitor/demo/templates.jsonl")
EN_SETS = numbered(["tune"], "heldout", 16)
DISCOUNTS = (0.03, 0.05, 0.07, 0.10)
FLOORS = (0.35, 0.45, 0.55)
OFF = "off"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


# the clause work is bounded (monitor.core.segments.clause_worth_scoring: only a post its whole text leaves
# without an alert is split); the unbounded path these names ("d0.05-f0.35") once ran is gone, so the choices
# carry the word
BOUNDED = "bounded-"


def choice_name(discount: float, floor: float) -> str:
    return f"{BOUNDED}d{discount:.2f}-f{floor:.2f}"


def choices() -> list[str]:
    return [OFF, *(choice_name(d, f) for d in DISCOUNTS for f in FLOORS)]


def parse_choice(name: str) -> tuple[float, float] | None:
    if name == OFF:
        return None
    if not name.startswith(BOUNDED):
        raise SystemExit(
            f"{name!r}: clause scoring is bounded now "
            '(docs/history/QUALITY-ENGLISH.md "Bounded clause work"); '
            f"name a choice as {choice_name(0.05, 0.35)!r}"
        )
    d, f = name.removeprefix(BOUNDED).split("-")
    return float(d[1:]), float(f[1:])


class MemoEmbedder:
    """The embedder with its query vectors memoised by text: every choice re-decides the same posts."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self._queries: dict[str, np.ndarray] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._queries]
        if missing:
            for t, v in zip(missing, self._inner.encode_queries(missing), strict=True):
                self._queries[t] = v
        if not texts:
            return np.zeros((0, self._inner.dim), dtype=np.float32)
        return np.stack([self._queries[t] for t in texts])


class CountingEmbedder:
    """The embedder, counting the query texts it encodes (posts and clauses): where the clause work goes."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self.queries = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.queries += len(texts)
        return self._inner.encode_queries(texts)


def policy_for(settings: Settings, embedder: Any, choice: str):
    base = policy_from_settings(settings, embedder)
    parsed = parse_choice(choice)
    if parsed is None:
        return dataclasses.replace(base, segment_scoring=False)
    discount, floor = parsed
    return dataclasses.replace(
        base, segment_scoring=True, segment_discount=discount, segment_min_whole_cosine=floor
    )


def grid(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    embedder = MemoEmbedder(embedder_from_settings(settings))
    sets = [
        *((n.removeprefix("hard_en_"), p, q) for n, p, q in named_sets([f"hard_en_{s}" for s in EN_SETS])),
        DEMO,
    ]
    result: dict[str, Any] = {}
    for name, posts, qrels in sets:
        labels = load_labels(posts)
        row: dict[str, Any] = {"choices": {}}
        for choice in choices():
            run = match_set(
                settings,
                CLAIMS,
                posts,
                qrels,
                embedder=embedder,
                policy=policy_for(settings, embedder, choice),
            )
            if "posts" not in row:
                row["posts"] = {
                    p.id: {
                        "gold": sorted(run.qrels.get(p.id, set())),
                        "kind": str(labels.get(p.id, {}).get("kind", "?")),
                        "text": p.text,
                    }
                    for p in run.posts
                }
            row["choices"][choice] = {
                d.post_id: [
                    d.template_id,
                    d.suppressed_by,
                    round(d.candidates[0].score, 4) if d.candidates else None,
                ]
                for d in run.decisions
            }
        result[name] = row
        c = counts(row, OFF)
        print(name, OFF, c, " ".join(f"{k}:{_delta(counts(row, k), c)}" for k in choices()[1:]), flush=True)
    (out / "grid.json").write_text(json.dumps(result, ensure_ascii=False))


def counts(row: Mapping[str, Any], choice: str) -> dict[str, int]:
    """tp / fp / fn (as ``monitor eval``: a post with several gold templates is right on any) and the
    debunks alerting, of one set under one choice."""
    decided = {p: v[0] for p, v in row["choices"][choice].items()}
    gold: dict[str, str | None] = {}
    for p, info in row["posts"].items():
        g = info["gold"]
        gold[p] = decided.get(p) if decided.get(p) in g else (g[0] if g else None)
    total, _ = decision_metrics(decided, gold)
    debunks = sum(1 for p, info in row["posts"].items() if "debunk" in info["kind"] and decided.get(p))
    return {"tp": total.tp, "fp": total.fp, "fn": total.fn, "debunks": debunks}


def _delta(c: Mapping[str, int], base: Mapping[str, int]) -> str:
    return "{:+d}/{:+d}/{:+d}/{:+d}".format(*(c[k] - base[k] for k in ("tp", "fp", "fn", "debunks")))


def new_debunks(row: Mapping[str, Any], choice: str) -> int:
    """Debunk posts that alert under ``choice`` and not with clauses off."""
    on, off = row["choices"][choice], row["choices"][OFF]
    return sum(
        1 for p, info in row["posts"].items() if "debunk" in info["kind"] and on[p][0] and not off[p][0]
    )


def inner_gain(grid_rows: Mapping[str, Any], sets: Sequence[str], choice: str) -> float | None:
    if choice == OFF:
        return 0.0
    tp = fp = 0
    for s in sets:
        if new_debunks(grid_rows[s], choice):
            return None
        c, base = counts(grid_rows[s], choice), counts(grid_rows[s], OFF)
        tp += c["tp"] - base["tp"]
        fp += c["fp"] - base["fp"]
    return tp - 2 * fp


def choose(grid_rows: Mapping[str, Any], sets: Sequence[str]) -> str:
    best, best_gain = OFF, 0.0
    # ties: off first, then a higher discount, then a higher floor (the most cautious)
    for choice in sorted(choices()[1:], key=lambda c: parse_choice(c) or (0, 0), reverse=True):
        g = inner_gain(grid_rows, sets, choice)
        if g is not None and g > best_gain:
            best, best_gain = choice, g
    return best


def judge(out: Path) -> None:
    rows = json.loads((out / "grid.json").read_text())
    names = list(rows)
    total = {"tp": 0, "fp": 0, "fn": 0, "debunks_new": 0}
    before = {"tp": 0, "fp": 0, "fn": 0, "debunks": 0}
    print("| set | clauses off: tp/fp/fn, debunks alerting | chosen (inner) | out of fold |")
    print("|---|---|---|---|")
    for held in names:
        choice = choose(rows, [s for s in names if s != held])
        c, base = counts(rows[held], choice), counts(rows[held], OFF)
        for k in ("tp", "fp", "fn"):
            total[k] += c[k] - base[k]
            before[k] += base[k]
        before["debunks"] += base["debunks"]
        total["debunks_new"] += new_debunks(rows[held], choice)
        print(
            f"| {held} | {base['tp']}/{base['fp']}/{base['fn']}, {base['debunks']} | {choice} | "
            f"{c['tp']}/{c['fp']}/{c['fn']}, {c['debunks']} |"
        )
        on, off = rows[held]["choices"][choice], rows[held]["choices"][OFF]
        for p, info in rows[held]["posts"].items():
            if on[p][0] != off[p][0]:
                print(
                    f"    {held}/{p} gold={info['gold']} kind={info['kind']} off={off[p]} on={on[p]}: "
                    f"{info['text'][:100]}"
                )
    print("before (off):", before)
    print("out of fold change:", total)
    final = choose(rows, names)
    print("choice on all sets:", final, "inner gain", inner_gain(rows, names, final))
    for choice in choices()[1:]:
        print(
            " all-set",
            choice,
            inner_gain(rows, names, choice),
            sum(new_debunks(rows[s], choice) for s in names),
        )
    ok = total["tp"] >= 3 and total["debunks_new"] == 0 and total["fp"] <= 1
    print("quality part of the rule:", "PASSES" if ok else "FAILS")


def _stream(n_background: int, demo_share: float, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    background: list[str] = []
    for line in (SHARED / "scam" / "sms-spam-collection" / "messages.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row.get("label") == "ham":
            background.append(row["text"])
    for line in (
        (SHARED / "claim-matching" / "checkthat2022-2a-en" / "posts-train.jsonl").read_text().splitlines()
    ):
        background.append(json.loads(line)["text"])
    rng.shuffle(background)
    demo = [json.loads(line)["text"] for line in DEMO[1].read_text().splitlines()]
    n_demo = round(n_background * demo_share / (1 - demo_share))
    texts = background[:n_background] + rng.sample(demo, min(n_demo, len(demo)))
    rng.shuffle(texts)
    return [{"id": f"s{i}", "text": t, "lang": "en"} for i, t in enumerate(texts)]


def cost(n_background: int = 2000, demo_share: float = 0.075, choice: str = choice_name(0.05, 0.35)) -> None:
    settings = Settings()
    embedder = CountingEmbedder(embedder_from_settings(settings))  # no memo: every run encodes
    posts = Path(settings.state_dir) / "clause_cost_posts.jsonl"
    qrels = Path(settings.state_dir) / "clause_cost_qrels.tsv"
    posts.parent.mkdir(parents=True, exist_ok=True)
    stream = _stream(n_background, demo_share)
    posts.write_text("".join(json.dumps(r) + "\n" for r in stream))
    qrels.write_text("")
    times: dict[str, list[float]] = {OFF: [], choice: []}
    match_set(
        settings, CLAIMS, posts, qrels, embedder=embedder, policy=policy_for(settings, embedder, OFF)
    )  # warm
    for _ in range(3):
        for c in (OFF, choice):
            embedder.queries = 0
            started = time.perf_counter()
            run = match_set(
                settings, CLAIMS, posts, qrels, embedder=embedder, policy=policy_for(settings, embedder, c)
            )
            times[c].append(time.perf_counter() - started)
            print(
                c,
                f"{len(stream) / times[c][-1]:.1f} posts/s",
                run.cascade["stages"],
                f"{embedder.queries} texts encoded",
                flush=True,
            )
    off_s, on_s = statistics.median(times[OFF]), statistics.median(times[choice])
    print(
        f"{len(stream)} posts ({demo_share:.1%} demo): off {len(stream) / off_s:.1f} posts/s, {choice} "
        f"{len(stream) / on_s:.1f} posts/s, throughput ratio on/off {off_s / on_s:.3f}"
    )


def misses(out: Path, discount: float = 0.05) -> None:
    """The seen sets' misses under the line with clauses off (no guard in the way): does the splitter give
    the clause that carries the claim, does the post name the wave, and what the clause's cosine to the gold
    template's texts is (less ``discount``) against the whole post's best."""
    from monitor.core.matching import catalogue_name
    from monitor.core.segments import names_any, segments
    from monitor.core.text import normalize
    from monitor.tools.evaluate import load_templates

    rows = json.loads((out / "grid.json").read_text())
    templates, _ = load_templates(CLAIMS)
    name = catalogue_name(templates)
    embedder = embedder_from_settings(Settings())
    for set_name, row in rows.items():
        for p, info in row["posts"].items():
            tid, sup, best = row["choices"][OFF][p]
            if not info["gold"] or tid in info["gold"] or sup:
                continue
            gold = templates[info["gold"][0]]
            texts = [t for kind, _, t in gold.exemplars() if kind != "negative"]
            ex = embedder.encode_passages(texts)
            ex = ex / np.linalg.norm(ex, axis=1, keepdims=True)
            norm = normalize(info["text"])
            parts = segments(norm)
            whole = embedder.encode_queries([norm])
            whole_cos = float((whole / np.linalg.norm(whole, axis=1, keepdims=True) @ ex.T).max())
            print(
                f"{set_name}/{p} kind={info['kind']} gold={gold.id} decided={tid} best={best} "
                f"whole_cos_gold={whole_cos:.3f} names_wave={names_any(norm, name)} n={len(norm.split())}"
            )
            print("   ", info["text"][:300].replace("\n", " / "))
            if parts:
                vec = embedder.encode_queries(parts)
                cos = (vec / np.linalg.norm(vec, axis=1, keepdims=True)) @ ex.T
                for part, c in zip(parts, cos.max(axis=1), strict=True):
                    print(f"      {c - discount:.3f}  {part[:120]}")
            else:
                print("      (no clauses)")


def compare(out: Path, old: Path, choice: str, old_choice: str) -> None:
    """The posts whose decision (template, or none) differs between this grid's ``choice`` and an older
    grid's ``old_choice`` (the unbounded gate's), and whether each is right, per set."""
    rows = json.loads((out / "grid.json").read_text())
    before = json.loads((old / "grid.json").read_text())
    differ = 0
    for name, row in rows.items():
        new, prev = row["choices"][choice], before[name]["choices"][old_choice]
        for p, info in row["posts"].items():
            if new[p][0] != prev[p][0]:
                differ += 1
                print(
                    f"{name}/{p} kind={info['kind']} gold={info['gold']} {old_choice}={prev[p]} "
                    f"{choice}={new[p]}: {info['text'][:100]}"
                )
    print(f"{differ} posts decide differently ({choice} against {old_choice})")


ZH_SETS = ["zh", "zh_tune2", *(f"zh_{n}" for n in numbered([], "heldout", 14))]  # seen; sellers_tune trains


def zh_check(choice: str = choice_name(0.05, 0.35)) -> None:
    """Every seen Chinese set (run with MONITOR_MODEL=multilingual-e5-small) with clauses off and under
    ``choice``: the posts whose template, ``suppressed_by``, score or candidates differ (none expected: a
    post in a CJK script is never split, monitor.core.segments.clause_script_ok)."""
    settings = Settings()
    embedder = MemoEmbedder(embedder_from_settings(settings))
    total = differ = 0
    for name in ZH_SETS:
        posts = Path(f"tests/data/{name}_posts.jsonl")
        qrels = posts.with_name(posts.name.replace("_posts.jsonl", "_qrels.tsv"))
        runs = [
            match_set(
                settings, CLAIMS, posts, qrels, embedder=embedder, policy=policy_for(settings, embedder, c)
            )
            for c in (OFF, choice)
        ]
        for a, b in zip(runs[0].decisions, runs[1].decisions, strict=True):
            total += 1
            key_a = (
                a.template_id,
                a.suppressed_by,
                a.score,
                [(c.template_id, c.score) for c in a.candidates],
            )
            key_b = (
                b.template_id,
                b.suppressed_by,
                b.score,
                [(c.template_id, c.score) for c in b.candidates],
            )
            if key_a != key_b:
                differ += 1
                print(f"{name}/{a.post_id} off={key_a[:3]} {choice}={key_b[:3]}")
        print(name, len(runs[0].decisions), runs[0].cascade["stages"], runs[1].cascade["stages"], flush=True)
    print(f"{total} Chinese posts, {differ} decide differently (template, suppressed_by, score, candidates)")


def main() -> None:
    mode = sys.argv[1]
    if mode == "grid":
        grid(Path(sys.argv[2]))
    elif mode == "judge":
        judge(Path(sys.argv[2]))
    elif mode == "compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif mode == "zh":
        zh_check(*sys.argv[2:3])
    elif mode == "misses":
        misses(Path(sys.argv[2]))
    elif mode == "cost":
        args = sys.argv[2:]
        cost(int(args[0]) if args else 2000, float(args[1]) if len(args) > 1 else 0.075, *(args[2:3]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
