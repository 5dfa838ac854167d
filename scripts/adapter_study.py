"""A linear adapter on frozen post vectors, trained on the older seen sets: does it rank better, and could it
lift posts under the line or veto wrong alerts? An offline study; nothing of it is wired into the matcher.

The demo catalogue's 14 templates are the same in every labelled set, so a map learned on older sets' posts
(``W``, near the identity: cross-entropy over the templates and "none", scored by the best positive exemplar's
cosine to ``W q``) may carry to newer sets' posts. Three sets of sets, split by number so that the later are
never seen by what is fitted on the earlier:

* the adapter is fitted on sets numbered under ``--adapter-to``;
* a logistic lift (or veto) model is fitted on the decisions of sets in ``[--adapter-to, --lift-to)``, from
  the confidence alone and from the confidence plus the adapter's reading of the post;
* both are scored on the sets from ``--lift-to`` on.

``dump`` writes every seen set's decisions (today's defaults, `monitor eval`'s path) and the posts' query
vectors; ``study`` reads them. docs/history/MULTILINGUAL-ROUNDS.md "A learned adapter on the post vectors"
has the figures.

    MONITOR_MODEL=multilingual-e5-small python scripts/adapter_study.py dump /tmp/adapter zh
    python scripts/adapter_study.py study /tmp/adapter zh --adapter-to 20 --lift-to 30
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from head_folds import (
    DEMO_CLAIMS,
    LAST_SEEN_EN,
    LAST_SEEN_ZH,
    dump_decisions,
    named_sets,
    numbered,
    set_number,
)

from monitor.config import Settings


def _sets(lang: str) -> list[tuple[str, Path, Path]]:
    if lang == "zh":
        return named_sets(numbered(["zh", "zh_tune2"], "zh_heldout", LAST_SEEN_ZH))
    return named_sets(numbered(["hard_en_tune"], "hard_en_heldout", LAST_SEEN_EN))


def dump(out: Path, lang: str) -> None:
    from monitor.core.text import normalize
    from monitor.storage.registry import parse_template_lines
    from monitor.tools.evaluate import embedder_from_settings

    out.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    embedder = embedder_from_settings(settings)
    texts: dict[str, str] = {}  # post id -> text, filled from each set's run once

    def row(name: str, d: Any, run: Any, _labels: Any, _reading: Any) -> dict[str, Any]:
        if d.post_id not in texts:
            texts.update((p.id, p.text) for p in run.posts)
        return {
            "set": name,
            "id": d.post_id,
            "gold": sorted(run.qrels.get(d.post_id, ())),
            "matched": d.template_id if d.matched else None,
            "stopped": d.suppressed_by,
            "best": d.candidates[0].template_id if d.candidates else None,
            "confidence": d.confidence,
        }

    rows_file = out / f"decisions_{lang}.jsonl"
    dump_decisions(rows_file, _sets(lang), settings, lambda *_, **__: None, row, embedder=embedder)
    ids = [json.loads(line)["id"] for line in rows_file.read_text(encoding="utf-8").splitlines()]
    np.save(out / f"posts_{lang}.npy", embedder.encode_queries([normalize(texts[i]) for i in ids]))
    templates = parse_template_lines(DEMO_CLAIMS.read_text(encoding="utf-8").splitlines())[0]
    exemplars = [(t.id, kind, text) for t in templates for kind, _, text in t.exemplars()]
    np.save(out / f"exemplars_{lang}.npy", embedder.encode_passages([e[2] for e in exemplars]))
    (out / f"exemplars_{lang}.json").write_text(json.dumps([e[:2] for e in exemplars]))


def _adapter(
    q: np.ndarray, ex: np.ndarray, exemplars: list, labels: np.ndarray, fit: np.ndarray, ids: list[str]
):
    import torch

    t_count = len(ids)
    positive = torch.zeros(len(exemplars), t_count)
    for n, (tid, kind) in enumerate(exemplars):
        if kind != "negative":
            positive[n, ids.index(tid)] = 1
    queries = torch.tensor(q, dtype=torch.float32)
    passages = torch.nn.functional.normalize(torch.tensor(ex, dtype=torch.float32), dim=1)
    d = q.shape[1]
    torch.manual_seed(0)
    w = torch.eye(d, requires_grad=True)
    bias = torch.zeros(t_count, requires_grad=True)
    scale = torch.tensor(20.0, requires_grad=True)
    none = torch.tensor(15.0, requires_grad=True)

    def best_positive(cos: torch.Tensor) -> torch.Tensor:
        """Per post and template, the best cosine over the template's positive exemplars."""
        masked = cos.unsqueeze(2).expand(-1, -1, t_count).masked_fill(positive.unsqueeze(0) == 0, -9)
        return masked.amax(1)

    def logits(rows: torch.Tensor) -> torch.Tensor:
        best = best_positive(torch.nn.functional.normalize(queries[rows] @ w, dim=1) @ passages.T)
        return torch.cat([scale * best + bias, none.expand(len(rows), 1)], 1)

    opt = torch.optim.Adam([w, bias, scale, none], lr=2e-3)
    rows = torch.tensor(np.where(fit)[0])
    target = torch.tensor(labels[fit])
    for _ in range(300):
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(logits(rows), target) + 0.1 * ((w - torch.eye(d)) ** 2).sum()
        loss.backward()
        opt.step()
    with torch.no_grad():
        every = logits(torch.arange(len(q)))
        raw_best = best_positive(torch.nn.functional.normalize(queries, dim=1) @ passages.T)
    return torch.softmax(every, 1).numpy(), raw_best.numpy()


def study(out: Path, lang: str, adapter_to: int, lift_to: int) -> None:
    from monitor.core.calibration import fit_logistic, sigmoid

    rows = [json.loads(line) for line in (out / f"decisions_{lang}.jsonl").read_text().splitlines()]
    exemplars = json.loads((out / f"exemplars_{lang}.json").read_text())
    q, ex = np.load(out / f"posts_{lang}.npy"), np.load(out / f"exemplars_{lang}.npy")
    ids = sorted({tid for tid, _ in exemplars})
    labels = np.array([ids.index(r["gold"][0]) if r["gold"] else len(ids) for r in rows])
    number = np.array([set_number(r["set"]) for r in rows])
    probability, raw = _adapter(q, ex, exemplars, labels, number < adapter_to, ids)
    test = (number >= lift_to) & (labels < len(ids))
    matcher = np.mean([rows[i]["best"] in rows[i]["gold"] for i in np.where(test)[0]])
    raw_first = np.mean(raw[test].argmax(1) == labels[test])
    adapted_first = np.mean(probability[test, :-1].argmax(1) == labels[test])
    print(
        f"gold template first on sets >= {lift_to} ({test.sum()} gold posts): raw cosine {raw_first:.3f}, "
        f"adapter {adapted_first:.3f}, the matcher {matcher:.3f}"
    )
    for what, keep in (
        ("lift (under the line, not stopped)", lambda r: not r["matched"] and not r["stopped"]),
        ("veto (alerted)", lambda r: bool(r["matched"])),
    ):
        table = []
        for i, r in enumerate(rows):
            chosen = r["matched"] or r["best"]
            if not keep(r) or chosen is None:
                continue
            p = probability[i]
            t = ids.index(chosen)
            c = min(max(r["confidence"], 1e-4), 1 - 1e-4)
            x = [p[t], float(p[:-1].argmax() == t), np.log(p[t] / max(p[-1], 1e-6)), c, np.log(c / (1 - c))]
            table.append((number[i], x, int(chosen in r["gold"]), not r["gold"]))
        fit = [(x, y) for n, x, y, _ in table if adapter_to <= n < lift_to]
        held = [(x, y, no_gold) for n, x, y, no_gold in table if n >= lift_to]
        xs, ys = np.array([x for x, _ in fit]), np.array([y for _, y in fit])
        xt = np.array([x for x, _, _ in held])
        print(
            f"\n{what}: fitted on {len(fit)} posts ({ys.sum()} right), "
            f"scored on {len(held)} ({sum(h[1] for h in held)} right)"
        )
        print("| model | cut | posts it moves | right | wrong | moved posts without gold |")
        print("|---|---|---|---|---|---|")
        for name, cols in (("confidence", slice(3, 5)), ("confidence + adapter", slice(0, 5))):
            w, b = fit_logistic(xs[:, cols].tolist(), [bool(y) for y in ys], l2=1.0)
            p = [sigmoid(b + float(np.dot(w, x))) for x in xt[:, cols]]
            for cut in (0.3, 0.4, 0.5, 0.6, 0.7):
                moved = [
                    h
                    for h, pk in zip(held, p, strict=True)
                    if (pk >= cut if what.startswith("lift") else pk < cut)
                ]
                right = sum(h[1] for h in moved) if what.startswith("lift") else sum(1 - h[1] for h in moved)
                print(
                    f"| {name} | {cut} | {len(moved)} | {right} | {len(moved) - right} "
                    f"| {sum(h[2] for h in moved)} |"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("lang", choices=["en", "zh"])
    s = sub.add_parser("study")
    s.add_argument("out", type=Path)
    s.add_argument("lang", choices=["en", "zh"])
    s.add_argument("--adapter-to", type=int, default=20)
    s.add_argument("--lift-to", type=int, default=30)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.lang)
    else:
        study(args.out, args.lang, args.adapter_to, args.lift_to)


if __name__ == "__main__":
    main()
