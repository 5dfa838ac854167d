"""Fit the Chinese pair reader (monitor.core.pairreader) and check it with nested leave-one-set-out.

The pair reader is a logistic head over frozen multilingual-e5-small vectors of a Chinese post ("query: "
+ post) and of the claim of the template it would alert on ("passage: " + claim): their elementwise product
(what post and claim share, direction by direction), the post vector itself (how it is said: a debunk, a
warning, a testimonial) and the decision's margin over its line. It only ever *stops* an alert: a Chinese
post's cross-script alert whose estimate of being right falls under ``cut``.

Stage 1 (``collect``) runs each labelled set (or a stream from scripts/zh_stream.py) through
``monitor eval``'s path with the default settings and writes its rows and vectors:

    MONITOR_MODEL=multilingual-e5-small python scripts/fit_pair_reader.py collect \\
        monitor/demo/templates.jsonl POSTS,QRELS,LABELS,/tmp/pr/zh_heldout5 ...  (OUT: a prefix)

Stage 2 (``loso``) leaves each set out; on the others it chooses the penalty, the feature set and the cut by
an inner leave-one-set-out (every training set scored by a head fitted without it), fits the head on all of
them and stops the left-out set's alerts with it. ``--stream PREFIX`` also decides a collected stream's posts
of each set with that set's fold. Then it fits on every set and writes the parameters
(``--write`` -> monitor/core/pairreader_params.py):

    python scripts/fit_pair_reader.py loso /tmp/pr/zh /tmp/pr/zh_tune2 ... [--stream /tmp/pr/stream] [--write]

``vouch`` (rows from ``PR_PROBE=1 ... collect``, which marks each post's guard-free first candidate under its
line) checks the reader *vouching* inside a band under the line (monitor.core.pairreader.PairVouch) with the
same nested leave-one-set-out, and with ``--write`` sets the band chosen on every set in the parameters
(``PR_VOUCH_FIRST=1``: only where the reader reads no other first candidate's claim as more likely right):

    PR_VOUCH_FIRST=1 python scripts/fit_pair_reader.py vouch /tmp/zv2/zh ... --stream /tmp/zv2/st [--write]

``swap`` (rows as for ``vouch``) checks the reader picking between an alert's first two candidates when they
are close (monitor.core.pairreader.PairSwap) with the same nested leave-one-set-out, after the stop's and the
vouch's choices; ``--write`` sets the swap chosen on every set in the parameters:

    PR_VOUCH_FIRST=1 python scripts/fit_pair_reader.py swap /tmp/zs/zh ... --stream /tmp/zs/stream [--write]

``joint`` (rows as for ``vouch``, ``PR_VOUCH_FIRST=1``) judges the three parts together: per left-out set, the
chain chosen on the others ("joint") against today's choice ("current") and the stop's ten-fold choice with
today's vouch and swap ("tenfold"), every head refitted on the others; ``--write joint|tenfold`` writes one:

    PR_VOUCH_FIRST=1 python scripts/fit_pair_reader.py joint /tmp/pj/zh ... --stream /tmp/pj/stream

``write`` fits on every set with the choice ``loso`` printed last and writes it (without the folds' time):

    python scripts/fit_pair_reader.py write /tmp/pr/zh ... --features prod --l2 1 --cut 0.05
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np
from head_folds import count_alert, labelled_runs, new_count, with_pr
from logistic_fit import fit_standardised

from monitor.core.pairreader import pair_features

DEBUNK_KINDS = ("debunk", "debunk_plain", "debunk_loss")
L2S = (1.0, 3.0, 10.0, 30.0)
# the feature sets chosen among (the post vector alone, "post", scored a pooled out-of-set AUC of 0.85 among
# the alerts against 0.95 for the product: docs/history/MULTILINGUAL-ROUNDS.md)
# (PR_CHOICES="prod,prod+sell": the selling-acts experiment, docs/history/MULTILINGUAL-ROUNDS.md)
CHOICES = tuple(os.environ.get("PR_CHOICES", "prod,prod+post").split(","))
# the catalogue whose claim texts the "sell" features read (the one the rows were collected against)
CLAIMS = Path(
    os.environ.get("PR_CLAIMS", Path(__file__).resolve().parents[1] / "monitor/demo/templates.jsonl")
)
# how much precision a training set may lose in the inner choice (one right alert of ~45 on a set that keeps a
# false one is 0.001): the outer folds are then judged on "no fold loses precision"
_SLACK = float(os.environ.get("PR_SLACK", "0.01"))
# the widest vouching band the probe marks (``PR_PROBE=1 ... collect``) and the choices inside it
PROBE_WIDTH = 0.05
CANDS = 3  # the first candidates a row keeps
VOUCH_WIDTHS = tuple(
    float(x) for x in os.environ.get("PR_VOUCH_WIDTHS", "0.01,0.02,0.03,0.04,0.05").split(",")
)
VOUCH_CUTS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)
CUTS = tuple(round(c, 2) for c in np.arange(0.05, 0.76, 0.05))
PARAMS = Path(__file__).resolve().parents[1] / "monitor" / "core" / "pairreader_params.py"


def collect(claims: Path, specs: list[str]) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from monitor.config import Settings
    from monitor.core.langid import writing_system
    from monitor.core.text import normalize

    settings = Settings()
    if os.environ.get("PR_PROBE"):
        # the rows of the vouching band (``vouch``): the reader present but never stopping (the decisions
        # are the reader-off ones) and a vouch as wide as any choice that never lifts, so that each post's
        # eligible first candidate is marked in its explanation
        import dataclasses

        import monitor.pipeline.policies as policies
        from monitor.core.pairreader import PairVouch, pair_reader_for

        def _silent(model: str):
            reader = pair_reader_for(model)
            return None if reader is None else dataclasses.replace(reader, cut=-1.0)

        policies.pair_reader_for = _silent  # type: ignore[assignment]
        policies.pair_vouch_for = lambda model: PairVouch(PROBE_WIDTH, 2.0, cue_free=False)  # type: ignore[assignment]
        settings = Settings(pair_reader=True, pair_vouch=True)
    claim_vecs: dict[str, np.ndarray] = {}
    for run, kinds, texts, out in labelled_runs(settings, claims, specs):
        embedder = run.embedder
        rows, qs = [], []
        for d in run.decisions:
            # every post keeps its row, a stream's background reviews included (none can alert unless it
            # is matched or in the vouch band, but a check of "0 of the 1,000 alert" must read all 1,000)
            kind = kinds[d.post_id]
            vouch = d.explanation.get("pair_vouch")
            tid = d.template_id if d.matched else (d.candidates[0].template_id if d.candidates else None)
            cand = next((c for c in d.candidates if c.template_id == tid), None)
            line = (d.explanation.get("scores") or d.explanation.get("best") or {}).get("threshold")
            for t in [tid, *(c.template_id for c in d.candidates[:CANDS])]:
                if t is not None and t not in claim_vecs:
                    claim_vecs[t] = embedder.encode_passages([run.templates[t].text])[0]
            rows.append(
                {
                    "id": d.post_id,
                    "kind": kind,
                    "gold": sorted(run.qrels.get(d.post_id, set())),
                    "matched": d.template_id if d.matched else None,
                    "t": tid,
                    "score": None if cand is None else cand.score,
                    "line": line,
                    "band": "grey_band" in d.explanation,
                    # eligible for the vouch (first candidate under its line, no guard), with its stance cues
                    "vouch": None if d.matched or vouch is None else {"cues": vouch["cues"]},
                    "zh": writing_system(texts[d.post_id]) == "zh",
                    "cross": cand is not None and writing_system(cand.exemplar.text) != "zh",
                    "text": texts[d.post_id],
                    # the first candidates (template, fused score): the vouch compares the reader's reading
                    # of the first with its reading of the others
                    "cands": [[c.template_id, c.score] for c in d.candidates[:CANDS]],
                }
            )
            qs.append(normalize(texts[d.post_id]))
        post_vecs = embedder.encode_queries(qs) if qs else np.zeros((0, embedder.dim), dtype=np.float32)
        Path(out + ".jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        np.save(out + ".post.npy", post_vecs.astype(np.float32))
        print(f"collected {out}: {len(rows)} rows", file=sys.stderr, flush=True)
    tids = sorted(claim_vecs)
    for spec in specs:
        out = spec.split(",")[3]
        np.savez(out + ".claims.npz", ids=np.array(tids), vecs=np.array([claim_vecs[t] for t in tids]))


_CLAIM_TEXTS: dict[str, str] = {}


def _claim_text(tid: str | None) -> str:
    if not _CLAIM_TEXTS:
        for line in CLAIMS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                t = json.loads(line)
                _CLAIM_TEXTS[t["id"]] = t["text"]
    return _CLAIM_TEXTS.get(tid or "", "")


def _load(prefix: str) -> list[dict]:
    rows = [json.loads(x) for x in Path(prefix + ".jsonl").read_text(encoding="utf-8").splitlines() if x]
    u = np.load(prefix + ".post.npy")
    c = np.load(prefix + ".claims.npz")
    claims = dict(zip(c["ids"].tolist(), c["vecs"], strict=True))
    for r, vec in zip(rows, u, strict=True):
        r["u"] = vec
        r["v"] = claims.get(r["t"]) if r["t"] is not None else None
        r["claims"] = claims
        # who the reader is for: a Chinese post's candidate against a claim in another script, near or over
        # its line (the alerts it may stop, and what it learns from)
        r["use"] = bool(
            r["zh"] and r["cross"] and r["v"] is not None and r["score"] is not None and r["line"] is not None
        )
        r["margin"] = (r["score"] - r["line"]) if r["use"] else 0.0
        r["y"] = float(r["t"] in r["gold"] and r["kind"] not in DEBUNK_KINDS)
    return rows


def _train_rows(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["use"] and r["margin"] >= -0.05]


def _x(r: dict, features: str) -> np.ndarray:
    key = "x:" + features  # a row's features never change: read its texts once
    if key not in r:
        r[key] = np.asarray(
            pair_features(r["u"], r["v"], r["margin"], features, r["text"], _claim_text(r["t"]))
        )
    return r[key]


def _prob(r: dict, model: tuple[str, np.ndarray, float]) -> float:
    features, w, b = model
    z = float(_x(r, features) @ w + b)
    return 1.0 / (1.0 + np.exp(-z))


_FITS: dict[tuple[frozenset[str], str, float], tuple[str, np.ndarray, float]] = {}
_XY: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}


def _xy(name: str, rows: list[dict], features: str) -> tuple[np.ndarray, np.ndarray]:
    if (name, features) not in _XY:
        train = _train_rows(rows)
        xs = np.array([_x(r, features) for r in train]).reshape(len(train), -1)
        _XY[name, features] = xs, np.array([r["y"] for r in train])
    return _XY[name, features]


def _fit(sets: dict[str, list[dict]], features: str, l2: float) -> tuple[str, np.ndarray, float]:
    """The head fitted on ``sets`` (cached: the inner folds of two outer folds share their fits)."""
    key = (frozenset(sets), features, l2)
    if key not in _FITS:
        parts = [_xy(n, rows, features) for n, rows in sets.items()]
        xs = np.vstack([p[0] for p in parts if len(p[0])])
        ys = np.concatenate([p[1] for p in parts])
        w, b = fit_standardised(xs, ys, l2).raw()
        _FITS[key] = (features, w, b)
    return _FITS[key]


def _decide(rows: list[dict], probs: dict[str, float], cut: float) -> dict[str, int | float]:
    c = new_count()
    for r in rows:
        alert = r["matched"]
        if alert is not None and r["use"] and probs.get(r["id"], 1.0) < cut:
            alert = None
        count_alert(c, r, alert, DEBUNK_KINDS)
    return with_pr(c)


def _choose(sets: dict[str, list[dict]]) -> tuple[str, float, float]:
    """Features, penalty and cut chosen by inner leave-one-set-out on ``sets``: each set's alerts scored by
    a head fitted without it; the choice that removes the most false alerts net of right ones removed
    (a right one lost counts twice), such that no set's precision falls by more than ``_SLACK`` nor any
    debunk starts alerting; ties the cautious (lower cut)."""
    best: tuple[float, str, float, float] | None = None
    for features in CHOICES:
        for l2 in L2S:
            probs: dict[str, dict[str, float]] = {}
            for held, rows in sets.items():
                model = _fit({n: r for n, r in sets.items() if n != held}, features, l2)
                probs[held] = {r["id"]: _prob(r, model) for r in rows if r["use"] and r["matched"]}
            for cut in CUTS:
                gain, ok = 0.0, True
                for held, rows in sets.items():
                    m0, m1 = _decide(rows, {}, cut), _decide(rows, probs[held], cut)
                    if m1["p"] < m0["p"] - _SLACK:
                        ok = False
                        break
                    gain += (m0["fp"] - m1["fp"]) - 2 * (m0["tp"] - m1["tp"])
                if ok and gain > 0:
                    key = gain - 1e-3 * cut
                    if best is None or key > best[0]:
                        best = (key, features, l2, cut)
    if best is None:
        return "", 0.0, 0.0  # nothing helps: no veto
    return best[1], best[2], best[3]


def _fmt(m: dict) -> str:
    return f"{m['p']:.3f} / {m['r']:.3f} ({m['tp']}/{m['fp']}/{m['fn']})"


def loso(prefixes: list[str], stream: str | None, write: bool) -> None:
    sets = {Path(p).name: _load(p) for p in prefixes}
    srows = _load(stream) if stream else []
    members: dict[str, set[str]] = {n: {r["id"] for r in rows} for n, rows in sets.items()}
    pooled: dict[str, list[int]] = {k: [0] * 5 for k in ("alone0", "alone1", "stream0", "stream1")}
    for held in sets:
        train = {n: r for n, r in sets.items() if n != held}
        features, l2, cut = _choose(train)
        parts = [("alone", sets[held])]
        if srows:
            parts.append(("stream", [r for r in srows if r["id"] in members[held] or False]))
        for label, rows in parts:
            probs = {}
            if features:
                model = _fit(train, features, l2)
                probs = {r["id"]: _prob(r, model) for r in rows if r["use"] and r["matched"]}
            m0, m1 = _decide(rows, {}, cut), _decide(rows, probs, cut)
            for key, m in ((label + "0", m0), (label + "1", m1)):
                for i, f in enumerate(("tp", "fp", "fn", "debunks", "background")):
                    pooled[key][i] += int(m[f])
            stopped = [
                (r["kind"], r["matched"] in r["gold"], r["text"][:40])
                for r in rows
                if r["matched"] and r["use"] and probs.get(r["id"], 1.0) < cut
            ]
            print(
                f"{held:12s} {label:6s} choice=({features or 'none'}, l2 {l2}, cut {cut}) "
                f"before {_fmt(m0)} deb {m0['debunks']} | after {_fmt(m1)} deb {m1['debunks']}"
            )
            for s in stopped:
                print(f"      stopped: {'right' if s[1] else 'WRONG'} {s[0]:12s} {s[2]}")
    # --- the shipped fit: the choice and the head on every set
    features, l2, cut = _choose(sets)
    print(f"on all sets: features {features or 'none'}, l2 {l2}, cut {cut}")
    model = _fit(sets, features, l2) if features else None
    background = [r for r in srows if r["kind"] == "background"]
    if background:  # no labelled set holds them: the head fitted on every set reads them
        probs = {r["id"]: _prob(r, model) for r in background if model and r["use"] and r["matched"]}
        b0, b1 = _decide(background, {}, cut), _decide(background, probs, cut)
        pooled["stream0"][4] += int(b0["background"])
        pooled["stream1"][4] += int(b1["background"])
        print(f"background alerting: before {b0['background']}, after {b1['background']} (of 1,000)")
    for key, (tp, fp, fn, deb, bg) in pooled.items():
        if tp + fn:
            p, r = tp / max(tp + fp, 1), tp / (tp + fn)
            print(f"pooled {key}: P {p:.3f} R {r:.3f} ({tp}/{fp}/{fn}) debunks {deb} bg {bg}")
    if model is None:
        return
    for n, rows in sets.items():
        probs = {r["id"]: _prob(r, model) for r in rows if r["use"] and r["matched"]}
        print(f"  in-sample {n:12s} {_fmt(_decide(rows, {}, cut))} -> {_fmt(_decide(rows, probs, cut))}")
    if write:
        _write(model, cut, l2, len(sets), sum(len(_train_rows(r)) for r in sets.values()))


Vouch = tuple[float, float, bool]  # width, cut, cue_free


def _lifts(r: dict, probs: dict[str, float], vouch: Vouch | None) -> bool:
    """Whether ``vouch`` lifts a row that nothing alerts: the probe marked its first candidate (under its
    line, no guard), it sits within ``width`` under the line, the reader reads it right at ``cut`` or more,
    it carries no stance cue (when ``cue_free``), and no other first candidate's claim reads more likely."""
    if vouch is None or r.get("vouch") is None or not r["use"]:
        return False
    width, vcut, cue_free = vouch
    return (
        -width <= r["margin"] < 0
        and probs.get(r["id"], 0.0) >= vcut
        and not (cue_free and r["vouch"]["cues"])
        and probs.get(r["id"] + "#other", 0.0) <= probs.get(r["id"], 0.0)
    )


def _decide_v(
    rows: list[dict], probs: dict[str, float], cut: float, vouch: Vouch | None
) -> dict[str, int | float]:
    """:func:`_decide` with the reader also vouching: a row nothing alerts whose first candidate the probe
    marked (under its line, no guard) alerts that candidate when ``vouch`` lifts it."""
    c = new_count()
    lifted_right = lifted_wrong = 0
    for r in rows:
        alert = r["matched"]
        if alert is not None and r["use"] and probs.get(r["id"], 1.0) < cut:
            alert = None
        elif alert is None and _lifts(r, probs, vouch):
            alert = r["t"]
            right = alert in r["gold"] and r["kind"] not in DEBUNK_KINDS
            lifted_right += int(right)
            lifted_wrong += int(not right)
        count_alert(c, r, alert, DEBUNK_KINDS)
    return {**with_pr(c), "up": lifted_right, "down": lifted_wrong}


# PR_VOUCH_FIRST=1: vouch only when the reader reads the first candidate's claim as at least as likely right
# as every other kept candidate's (a sibling offer ranked first is read against its sibling)
VOUCH_FIRST = bool(os.environ.get("PR_VOUCH_FIRST"))


def _read(rows: list[dict], model: tuple[str, np.ndarray, float] | None) -> dict[str, float]:
    """The head's estimate for every row it may stop or vouch for (and, for a vouch row, under
    ``ID#other``, its best estimate for another of the first candidates' claims)."""
    if model is None:
        return {}
    out = {
        r["id"]: _prob(r, model) for r in rows if r["use"] and (r["matched"] or r.get("vouch") is not None)
    }
    if VOUCH_FIRST:
        features, w, b = model
        for r in rows:
            if r["use"] and r["matched"] is None and r.get("vouch") is not None:
                best = 0.0
                for tid, score in r.get("cands", []):
                    v = r["claims"].get(tid)
                    if tid == r["t"] or v is None:
                        continue
                    # the same line: every candidate of a Chinese post is against an English exemplar
                    x = pair_features(r["u"], v, score - r["line"], features, r["text"], _claim_text(tid))
                    best = max(best, 1.0 / (1.0 + np.exp(-float(x @ w + b))))
                out[r["id"] + "#other"] = best
    return out


# PR_VOUCH_STRICT=1: in the inner choice no training set may gain a single wrong alert
VOUCH_STRICT = bool(os.environ.get("PR_VOUCH_STRICT"))
VOUCH_CUE_FREE = tuple(x == "1" for x in os.environ.get("PR_VOUCH_CUE_FREE", "1,0").split(","))


def _choose_vouch(sets: dict[str, list[dict]], features: str, l2: float, cut: float) -> Vouch | None:
    """The vouching band chosen by inner leave-one-set-out on ``sets`` with the stopping head's choice:
    each set read by a head fitted without it; the most right alerts gained net of wrong ones (a wrong one
    counting twice) such that every set keeps precision >= min(0.95, its precision without the vouch) and
    no debunk or loss report starts alerting; ties the cautious (narrower, then higher cut). None: nothing
    gains."""
    if not features:
        features, l2, cut = "prod", 10.0, 0.0
    probs = {}
    for held, rows in sets.items():
        probs[held] = _read(rows, _fit({n: r for n, r in sets.items() if n != held}, features, l2))
    best: tuple[float, Vouch] | None = None
    for cue_free in VOUCH_CUE_FREE:
        for width in VOUCH_WIDTHS:
            for vcut in VOUCH_CUTS:
                gain, ok = 0.0, True
                for held, rows in sets.items():
                    m0 = _decide_v(rows, probs[held], cut, None)
                    m1 = _decide_v(rows, probs[held], cut, (width, vcut, cue_free))
                    if (
                        m1["p"] < min(0.95, m0["p"]) - 1e-9
                        or m1["debunks"] > m0["debunks"]
                        or (VOUCH_STRICT and m1["down"])
                    ):
                        ok = False
                        break
                    gain += m1["up"] - 2 * m1["down"]
                if ok and gain > 0:
                    key = gain - 1e-3 * width + 1e-4 * vcut + 1e-5 * cue_free
                    if best is None or key > best[0]:
                        best = (key, (width, vcut, cue_free))
    return None if best is None else best[1]


def vouch_loso(prefixes: list[str], stream: str | None, write: bool) -> None:
    """Nested leave-one-set-out of the vouching band: for each left-out set, the stopping head's choice
    (:func:`_choose`) and then the band's (:func:`_choose_vouch`) on the others; the left-out set (alone,
    and its posts in the stream) decided without and with the band by the head fitted on the others."""
    sets = {Path(p).name: _load(p) for p in prefixes}
    srows = _load(stream) if stream else []
    members = {n: {r["id"] for r in rows} for n, rows in sets.items()}
    keys = ("tp", "fp", "fn", "debunks", "background", "up", "down")
    pooled = {k: dict.fromkeys(keys, 0) for k in ("alone0", "alone1", "stream0", "stream1")}
    worst: dict[str, tuple[float, str]] = {}
    for held in sets:
        train = {n: r for n, r in sets.items() if n != held}
        features, l2, cut = _choose(train)
        vouch = _choose_vouch(train, features, l2, cut)
        model = _fit(train, features or "prod", l2 or 10.0)
        parts = [("alone", sets[held])]
        if srows:
            parts.append(("stream", [r for r in srows if r["id"] in members[held]]))
        for label, rows in parts:
            probs = _read(rows, model)
            m0, m1 = _decide_v(rows, probs, cut, None), _decide_v(rows, probs, cut, vouch)
            for key, m in ((label + "0", m0), (label + "1", m1)):
                for f in keys:
                    pooled[key][f] += int(m[f])
                if m["p"] < worst.get(key, (2.0, ""))[0]:
                    worst[key] = (m["p"], held)
            print(
                f"{held:12s} {label:6s} stop=({features or 'none'}, l2 {l2}, cut {cut}) vouch={vouch} "
                f"before {_fmt(m0)} deb {m0['debunks']} | after {_fmt(m1)} deb {m1['debunks']} "
                f"(+{m1['up']} right, +{m1['down']} wrong)",
                flush=True,
            )
            if vouch is not None:
                for r in rows:
                    if r["matched"] is None and r.get("vouch") is not None and r["use"]:
                        p = probs.get(r["id"], 0.0)
                        if (
                            -vouch[0] <= r["margin"] < 0
                            and p >= vouch[1]
                            and not (vouch[2] and r["vouch"]["cues"])
                            and probs.get(r["id"] + "#other", 0.0) <= p
                        ):
                            ok = r["t"] in r["gold"] and r["kind"] not in DEBUNK_KINDS
                            print(
                                f"      lifted: {'right' if ok else 'WRONG'} {r['kind']:12s} "
                                f"m {r['margin']:.3f} p {p:.3f} {r['t']} {r['text'][:40]}"
                            )
    features, l2, cut = _choose(sets)
    vouch = _choose_vouch(sets, features, l2, cut)
    print(f"on all sets: stop ({features or 'none'}, l2 {l2}, cut {cut}), vouch {vouch}")
    model = _fit(sets, features or "prod", l2 or 10.0)
    background = [r for r in srows if r["kind"] == "background"]
    if background:
        probs = _read(background, model)
        b0, b1 = _decide_v(background, probs, cut, None), _decide_v(background, probs, cut, vouch)
        pooled["stream0"]["background"] += int(b0["background"])
        pooled["stream1"]["background"] += int(b1["background"])
        print(
            f"background alerting: before {b0['background']}, after {b1['background']} "
            f"(of {len({r['id'] for r in srows if r['kind'] == 'background'})} marked rows)"
        )
    for key, m in pooled.items():
        tp, fp, fn = m["tp"], m["fp"], m["fn"]
        if tp + fn:
            print(
                f"pooled {key}: P {tp / max(tp + fp, 1):.3f} R {tp / (tp + fn):.3f} ({tp}/{fp}/{fn}) "
                f"debunks {m['debunks']} bg {m['background']} lifted +{m['up']} right +{m['down']} wrong; "
                f"worst fold P {worst[key][0]:.3f} ({worst[key][1]})"
            )
    for n, rows in sets.items():
        probs = _read(rows, model)
        print(
            f"  in-sample {n:12s} {_fmt(_decide_v(rows, probs, cut, None))} -> "
            f"{_fmt(_decide_v(rows, probs, cut, vouch))}"
        )
    if write and vouch is not None:
        _write_vouch(vouch, len(sets))


def _lines_without(key: str) -> list[str]:
    """The shipped parameters' lines but the one-line ``key`` entry (``vouch``, ``swap``)."""
    text = PARAMS.read_text(encoding="utf-8")
    return [x for x in text.splitlines(keepends=True) if not x.lstrip().startswith(f'"{key}":')]


def _write_vouch(vouch: Vouch, nsets: int) -> None:
    """Set (or replace) the ``vouch`` entry of the shipped parameters, leaving the stopping head as it is
    (its own choice is ``loso``'s)."""
    lines = _lines_without("vouch")
    entry = (
        f'        "vouch": {{"width": {vouch[0]}, "cut": {vouch[1]}, "cue_free": {vouch[2]}, '
        f'"first": {VOUCH_FIRST}}},  # chosen on {nsets} Chinese sets\n'
    )
    at = next(i for i, x in enumerate(lines) if x.lstrip().startswith('"weights":'))
    PARAMS.write_text("".join([*lines[:at], entry, *lines[at:]]), encoding="utf-8")
    print(f"wrote the vouch into {PARAMS}")


def _write(
    model: tuple[str, np.ndarray, float],
    cut: float,
    l2: float,
    nsets: int,
    nrows: int,
    vouch: None = None,
) -> None:
    features, w, b = model
    # a refitted head keeps the vouch entry it had (``vouch --write`` chooses it)
    kept = [
        x
        for x in PARAMS.read_text(encoding="utf-8").splitlines(keepends=True)
        if '"vouch":' in x or '"swap":' in x
    ]
    vouched = "".join(kept) if vouch is None else ""
    body = (
        '"""Fitted parameters of the Chinese pair reader (monitor.core.pairreader); written by\n'
        'scripts/fit_pair_reader.py loso ... --write, do not edit by hand."""\n\n'
        "PAIR_READER: dict[str, dict[str, object]] = {\n"
        '    "multilingual-e5-small": {\n'
        f'        "features": "{features}",\n'
        f'        "cut": {cut},\n'
        f'        "bias": {b:.6f},\n'
        f'        "fitted_on": "{nsets} seen Chinese sets, {nrows} candidates near their line (l2 {l2})",\n'
        + vouched
        + '        "weights": (\n'
        + "".join(f"            {v:.6g},\n" for v in w)
        + "        ),\n    },\n}\n"
    )
    PARAMS.write_text(body, encoding="utf-8")
    print(f"wrote {PARAMS}")


# --- the sibling swap: the reader picks between the first two candidates of an alert
# (docs/history/MULTILINGUAL-ROUNDS.md
# "The pair reader picks between siblings")
SWAP_GAPS = tuple(float(x) for x in os.environ.get("PR_SWAP_GAPS", "0.005,0.01,0.02,0.03,0.05").split(","))
SWAP_HIS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
SWAP_LOS = (0.15, 0.3, 0.5)
Swap = tuple[float, float, float]  # gap, hi (the second read as right), lo (the first read as unlikely right)


def _read_second(rows: list[dict], model: tuple[str, np.ndarray, float] | None) -> dict[str, float]:
    """For every alert whose first candidate is the alerting one and whose second is against a claim the
    rows hold: ``ID#second`` = the head's estimate for the second candidate's claim at its own margin,
    ``ID#gap`` = the fused-score gap between the two."""
    out: dict[str, float] = {}
    if model is None:
        return out
    features, w, b = model
    for r in rows:
        cands = r.get("cands") or []
        if not (r["use"] and r["matched"] and len(cands) >= 2 and cands[0][0] == r["matched"]):
            continue
        tid, score = cands[1]
        v = r["claims"].get(tid)
        if v is None or tid == r["matched"]:
            continue
        x = pair_features(r["u"], v, score - r["line"], features, r["text"], _claim_text(tid))
        out[r["id"] + "#second"] = 1.0 / (1.0 + np.exp(-float(x @ w + b)))
        out[r["id"] + "#gap"] = cands[0][1] - score
    return out


def _decide_s(
    rows: list[dict], probs: dict[str, float], cut: float, vouch: Vouch | None, swap: Swap | None
) -> dict[str, int | float]:
    """:func:`_decide_v` with the swap: an alert on the first candidate whose second is within ``gap``,
    which the head reads as right (>= ``hi``) while it reads the first as unlikely right (< ``lo``), alerts
    the second instead (before the stop: a first read under the stop's cut is swapped, not stopped)."""
    swapped: dict[str, str] = {}
    if swap is not None:
        gap, hi, lo = swap
        for r in rows:
            key = r["id"] + "#second"
            if (
                key in probs
                and probs[r["id"] + "#gap"] <= gap
                and probs[key] >= hi
                and probs.get(r["id"], 1.0) < lo
            ):
                swapped[r["id"]] = r["cands"][1][0]
    c = new_count()
    m0 = _decide_v(rows, probs, cut, vouch)
    alerts: dict[str, str | None] = {}
    for r in rows:
        alert = r["matched"]
        if r["id"] in swapped:
            alert = swapped[r["id"]]
        elif alert is not None and r["use"] and probs.get(r["id"], 1.0) < cut:
            alert = None
        elif alert is None and _lifts(r, probs, vouch):
            alert = r["t"]
        alerts[r["id"]] = alert
        count_alert(c, r, alert, DEBUNK_KINDS)
    up, down = c["tp"] - int(m0["tp"]), c["fp"] - int(m0["fp"])
    return {**with_pr(c), "up": up, "down": down, "swapped": swapped, "alerts": alerts}


def _choose_swap(
    sets: dict[str, list[dict]], features: str, l2: float, cut: float, vouch: Vouch | None
) -> Swap | None:
    """The swap chosen by inner leave-one-set-out on ``sets``: each set read by a head fitted without it;
    the most right alerts gained net of false ones gained such that no training set loses a right alert,
    gains a false one or a debunk alerting; ties the cautious (narrower gap, higher hi, lower lo)."""
    if not features:
        features, l2, cut = "prod", 10.0, 0.0
    probs = {}
    for held, rows in sets.items():
        model = _fit({n: r for n, r in sets.items() if n != held}, features, l2)
        probs[held] = {**_read(rows, model), **_read_second(rows, model)}
    base = {held: _decide_v(rows, probs[held], cut, vouch) for held, rows in sets.items()}
    best: tuple[float, Swap] | None = None
    for gap in SWAP_GAPS:
        for hi in SWAP_HIS:
            for lo in SWAP_LOS:
                gain, ok = 0.0, True
                for held, rows in sets.items():
                    m0, m1 = base[held], _decide_s(rows, probs[held], cut, vouch, (gap, hi, lo))
                    if m1["tp"] < m0["tp"] or m1["fp"] > m0["fp"] or m1["debunks"] > m0["debunks"]:
                        ok = False
                        break
                    gain += (m1["tp"] - m0["tp"]) + (m0["fp"] - m1["fp"])
                if ok and gain > 0:
                    key = gain - 1e-3 * gap + 1e-4 * hi - 1e-5 * lo
                    if best is None or key > best[0]:
                        best = (key, (gap, hi, lo))
    return None if best is None else best[1]


def _write_swap(swap: Swap, nsets: int) -> None:
    """Set (or replace) the ``swap`` entry of the shipped parameters, leaving the head and the vouch."""
    lines = _lines_without("swap")
    entry = (
        f'        "swap": {{"gap": {swap[0]}, "hi": {swap[1]}, "lo": {swap[2]}}},'
        f"  # chosen on {nsets} Chinese sets\n"
    )
    at = next(i for i, x in enumerate(lines) if x.lstrip().startswith('"weights":'))
    PARAMS.write_text("".join([*lines[:at], entry, *lines[at:]]), encoding="utf-8")
    print(f"wrote the swap into {PARAMS}")


def swap_loso(prefixes: list[str], stream: str | None, write: bool = False) -> None:
    """Nested leave-one-set-out of the swap: for each left-out set, the stop's choice, the vouch's and then
    the swap's on the others; the left-out set (alone, and its posts in the stream) decided without
    ("before": stop + vouch, the default's procedure) and with the swap by the head fitted on the others."""
    sets = {Path(p).name: _load(p) for p in prefixes}
    srows = _load(stream) if stream else []
    members = {n: {r["id"] for r in rows} for n, rows in sets.items()}
    keys = ("tp", "fp", "fn", "debunks", "background")
    pooled = {k: dict.fromkeys(keys, 0) for k in ("alone0", "alone1", "stream0", "stream1")}
    for held in sets:
        train = {n: r for n, r in sets.items() if n != held}
        features, l2, cut = _choose(train)
        vouch = _choose_vouch(train, features, l2, cut)
        swap = _choose_swap(train, features, l2, cut, vouch)
        model = _fit(train, features or "prod", l2 or 10.0)
        parts = [("alone", sets[held])]
        if srows:
            parts.append(("stream", [r for r in srows if r["id"] in members[held]]))
        for label, rows in parts:
            probs = {**_read(rows, model), **_read_second(rows, model)}
            m0 = _decide_v(rows, probs, cut, vouch)
            m1 = _decide_s(rows, probs, cut, vouch, swap)
            for key, m in ((label + "0", m0), (label + "1", m1)):
                for f in keys:
                    pooled[key][f] += int(m[f])
            print(
                f"{held:12s} {label:6s} stop=({features or 'none'}, l2 {l2}, cut {cut}) vouch={vouch} "
                f"swap={swap} before {_fmt(m0)} deb {m0['debunks']} | after {_fmt(m1)} deb {m1['debunks']}",
                flush=True,
            )
            for r in rows:
                if r["id"] in m1["swapped"]:
                    t2 = m1["swapped"][r["id"]]
                    was = "right" if r["matched"] in r["gold"] else "wrong"
                    now = "RIGHT" if t2 in r["gold"] else "WRONG"
                    print(
                        f"      swapped: {r['matched']} ({was}, "
                        f"p {probs.get(r['id'], 1.0):.2f}) -> {t2} ({now}, "
                        f"p {probs[r['id'] + '#second']:.2f}) gap {probs[r['id'] + '#gap']:.3f} {r['kind']} "
                        f"{r['text'][:40]}"
                    )
    features, l2, cut = _choose(sets)
    vouch = _choose_vouch(sets, features, l2, cut)
    swap = _choose_swap(sets, features, l2, cut, vouch)
    print(f"on all sets: stop ({features or 'none'}, l2 {l2}, cut {cut}), vouch {vouch}, swap {swap}")
    model = _fit(sets, features or "prod", l2 or 10.0)
    background = [r for r in srows if r["kind"] == "background"]
    if background:
        probs = {**_read(background, model), **_read_second(background, model)}
        b0 = _decide_v(background, probs, cut, vouch)
        b1 = _decide_s(background, probs, cut, vouch, swap)
        pooled["stream0"]["background"] += int(b0["background"])
        pooled["stream1"]["background"] += int(b1["background"])
        print(f"background alerting: before {b0['background']}, after {b1['background']}")
    for key, m in pooled.items():
        tp, fp, fn = m["tp"], m["fp"], m["fn"]
        if tp + fn:
            print(
                f"pooled {key}: P {tp / max(tp + fp, 1):.3f} R {tp / (tp + fn):.3f} ({tp}/{fp}/{fn}) "
                f"debunks {m['debunks']} bg {m['background']}"
            )
    if write and swap is not None:
        _write_swap(swap, len(sets))


# --- the three parts judged together (docs/history/MULTILINGUAL-ROUNDS.md "The pair reader's three parts
# judged together on
# fourteen seen Chinese sets"): the chain of ``swap`` (stop, then vouch, then swap, chosen on the training
# sets) against fixed choices, every one with its head refitted on the training sets of each fold
Choice = tuple[str, float, float, Vouch | None, Swap | None]  # features, l2, stop cut, vouch, swap
# the stop's ten-fold choice ("Ten folds"), with which the shipped vouch and swap were chosen
TENFOLD_STOP = ("prod", 10.0, 0.15)
JOINT_NAMES = ("current", "tenfold", "joint", "shipped")


def _shipped() -> tuple[Choice, tuple[str, np.ndarray, float]]:
    """Today's parameters: their choice (the l2 from ``fitted_on``) and the shipped head itself."""
    import re

    from monitor.core.pairreader_params import PAIR_READER

    p = PAIR_READER["multilingual-e5-small"]
    v, s = p.get("vouch"), p.get("swap")
    if isinstance(v, dict) and bool(v.get("first")) != VOUCH_FIRST:
        sys.exit("the shipped vouch's `first` differs from PR_VOUCH_FIRST: set PR_VOUCH_FIRST=1")
    l2 = float(re.search(r"l2 ([0-9.]+)", str(p["fitted_on"])).group(1))  # type: ignore[union-attr]
    vouch = (float(v["width"]), float(v["cut"]), bool(v["cue_free"])) if isinstance(v, dict) else None
    swap = (float(s["gap"]), float(s["hi"]), float(s["lo"])) if isinstance(s, dict) else None
    features = str(p["features"])
    weights = np.asarray(p["weights"], dtype=float)
    return (features, l2, float(p["cut"]), vouch, swap), (features, weights, float(p["bias"]))  # type: ignore[arg-type]


def _chain(sets: dict[str, list[dict]]) -> Choice:
    """Stop, then vouch, then swap chosen on ``sets`` by their inner leave-one-set-out (as ``swap`` does)."""
    features, l2, cut = _choose(sets)
    vouch = _choose_vouch(sets, features, l2, cut)
    return features, l2, cut, vouch, _choose_swap(sets, features, l2, cut, vouch)


def _run(rows: list[dict], model: tuple[str, np.ndarray, float], choice: Choice) -> dict:
    probs = {**_read(rows, model), **_read_second(rows, model)}
    return _decide_s(rows, probs, choice[2], choice[3], choice[4])


def _models(
    sets: dict[str, list[dict]], choices: dict[str, Choice], shipped: tuple[str, np.ndarray, float]
) -> dict[str, tuple[str, np.ndarray, float]]:
    """Each choice's head fitted on ``sets`` ("shipped": today's head as it is)."""
    return {
        n: shipped if n == "shipped" else _fit(sets, c[0] or "prod", c[1] or 10.0) for n, c in choices.items()
    }


def joint(prefixes: list[str], stream: str | None, write: str | None) -> None:
    """Nested leave-one-set-out of the three parts together. For each left-out set, on the others: "joint"
    = :func:`_chain`; "current" = today's choice (stop, vouch, swap) and "tenfold" = the stop's ten-fold
    choice with today's vouch and swap, each head refitted on the others; "shipped" = today's head as
    shipped (in-sample for every set it was fitted on: shown, not judged). The left-out set (alone, and its
    posts in the stream) decided by each; the posts where "joint" or "tenfold" differ from "current"."""
    sets = {Path(p).name: _load(p) for p in prefixes}
    srows = _load(stream) if stream else []
    members = {n: {r["id"] for r in rows} for n, rows in sets.items()}
    current, shipped_model = _shipped()
    fixed: dict[str, Choice] = {"current": current, "tenfold": (*TENFOLD_STOP, current[3], current[4])}
    keys = ("tp", "fp", "fn", "debunks", "background")
    parts_ = ("alone", "stream") if srows else ("alone",)
    pooled = {(n, part): dict.fromkeys(keys, 0) for n in JOINT_NAMES for part in parts_}
    newly = dict.fromkeys(pooled, 0)  # debunks / loss reports alerting that do not under "current"
    print(f"current: {current}; tenfold: {fixed['tenfold']}")
    for held in sets:
        train = {n: r for n, r in sets.items() if n != held}
        choices = {**fixed, "joint": _chain(train), "shipped": current}
        models = _models(train, choices, shipped_model)
        j = choices["joint"]
        print(f"{held:12s} joint: stop=({j[0] or 'none'}, l2 {j[1]}, cut {j[2]}) vouch={j[3]} swap={j[4]}")
        for label in parts_:
            rows = sets[held] if label == "alone" else [r for r in srows if r["id"] in members[held]]
            ms = {n: _run(rows, models[n], choices[n]) for n in JOINT_NAMES}
            base = ms["current"]["alerts"]
            out = []
            for n in JOINT_NAMES:
                m = ms[n]
                for f in keys:
                    pooled[n, label][f] += int(m[f])
                new = sum(
                    r["kind"] in DEBUNK_KINDS and m["alerts"][r["id"]] is not None and base[r["id"]] is None
                    for r in rows
                )
                newly[n, label] += new
                out.append(f"{n} {_fmt(m)} deb {m['debunks']}" + (f" NEW {new}" if new else ""))
            print(f"  {label:6s} " + " | ".join(out), flush=True)
            for r in rows:
                for n in ("joint", "tenfold"):
                    a, b = base[r["id"]], ms[n]["alerts"][r["id"]]
                    if a != b:
                        right = [x is not None and x in r["gold"] for x in (a, b)]
                        print(
                            f"      {n}: {r['kind']:12s} {a} ({'right' if right[0] else '-'}) -> {b} "
                            f"({'right' if right[1] else '-'}) {r['text'][:40]}"
                        )
    # --- every set: the choices that would ship, and the background reviews they read
    every = {**fixed, "joint": _chain(sets), "shipped": current}
    full = _models(sets, every, shipped_model)
    print(f"on all sets: joint {every['joint']}")
    background = [r for r in srows if r["kind"] == "background"]
    if background:
        for n in JOINT_NAMES:
            bg = int(_run(background, full[n], every[n])["background"])
            pooled[n, "stream"]["background"] += bg
            print(f"background alerting ({n}): {bg}")
    for (n, part), m in pooled.items():
        tp, fp, fn = m["tp"], m["fp"], m["fn"]
        print(
            f"pooled {part:6s} {n:8s}: P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} "
            f"({tp}/{fp}/{fn}) debunks {m['debunks']} newly {newly[n, part]} bg {m['background']}"
        )
    for n in ("joint", "tenfold"):
        c = [pooled["current", part] for part in parts_]
        m = [pooled[n, part] for part in parts_]
        checks = {
            "right >= current": all(a["tp"] >= b["tp"] for a, b in zip(m, c, strict=True)),
            "false <= current": all(a["fp"] <= b["fp"] for a, b in zip(m, c, strict=True)),
            "one strictly better": any(
                a["tp"] > b["tp"] or a["fp"] < b["fp"] for a, b in zip(m, c, strict=True)
            ),
            "no debunk newly alerts": not any(newly[n, part] for part in parts_),
            "no background alerts": not background or pooled[n, "stream"]["background"] == 0,
        }
        print(f"rule for {n}: " + ", ".join(f"{k} {'ok' if v else 'FAILS'}" for k, v in checks.items()))
    if write:
        _, l2, cut, vouch, swap = every[write]
        _write(full[write], cut, l2, len(sets), sum(len(_train_rows(r)) for r in sets.values()))
        if write == "joint":
            for key, part, put in (("vouch", vouch, _write_vouch), ("swap", swap, _write_swap)):
                if part is None:  # chosen off: its entry goes
                    PARAMS.write_text("".join(_lines_without(key)), encoding="utf-8")
                else:
                    put(part, len(sets))  # type: ignore[operator]


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("claims", type=Path)
    c.add_argument("specs", nargs="+")
    f = sub.add_parser("loso")
    f.add_argument("prefixes", nargs="+")
    f.add_argument("--stream")
    f.add_argument("--write", action="store_true")
    w = sub.add_parser("write", help="fit on every set with a given choice (loso's last line) and write it")
    w.add_argument("prefixes", nargs="+")
    w.add_argument("--features", required=True)
    w.add_argument("--l2", type=float, required=True)
    w.add_argument("--cut", type=float, required=True)
    v = sub.add_parser(
        "vouch", help="nested leave-one-set-out of the vouching band (rows from PR_PROBE=1 collect)"
    )
    v.add_argument("prefixes", nargs="+")
    v.add_argument("--stream")
    v.add_argument("--write", action="store_true")
    s = sub.add_parser("swap", help="nested leave-one-set-out of the sibling swap (rows as for vouch)")
    s.add_argument("prefixes", nargs="+")
    s.add_argument("--stream")
    s.add_argument("--write", action="store_true")
    jt = sub.add_parser("joint", help="nested leave-one-set-out of stop, vouch and swap together")
    jt.add_argument("prefixes", nargs="+")
    jt.add_argument("--stream")
    jt.add_argument("--write", choices=("joint", "tenfold"), help="write that choice, fitted on every set")
    args = ap.parse_args()
    if args.cmd == "collect":
        collect(args.claims, args.specs)
    elif args.cmd == "loso":
        loso(args.prefixes, args.stream, args.write)
    elif args.cmd == "swap":
        swap_loso(args.prefixes, args.stream, args.write)
    elif args.cmd == "vouch":
        vouch_loso(args.prefixes, args.stream, args.write)
    elif args.cmd == "joint":
        joint(args.prefixes, args.stream, args.write)
    else:
        sets = {Path(p).name: _load(p) for p in args.prefixes}
        model = _fit(sets, args.features, args.l2)
        for n, rows in sets.items():
            probs = {r["id"]: _prob(r, model) for r in rows if r["use"] and r["matched"]}
            before, after = _decide(rows, {}, args.cut), _decide(rows, probs, args.cut)
            print(f"  in-sample {n:12s} {_fmt(before)} -> {_fmt(after)}")
        _write(model, args.cut, args.l2, len(sets), sum(len(_train_rows(r)) for r in sets.values()))


if __name__ == "__main__":
    main()
