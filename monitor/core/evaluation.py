"""Pure evaluation maths: ranking metrics (MAP@k, MRR, recall@k) and decision precision/recall."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


def average_precision_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for i, item in enumerate(ranked[:k], start=1):
        if item in relevant:
            hits += 1
            total += hits / i
    return total / min(len(relevant), k)


def reciprocal_rank(ranked: Sequence[str], relevant: set[str]) -> float:
    for i, item in enumerate(ranked, start=1):
        if item in relevant:
            return 1.0 / i
    return 0.0


def ranking_metrics(rankings: Mapping[str, Sequence[str]], qrels: Mapping[str, set[str]]) -> dict[str, float]:
    """Over the posts that have a gold template (``qrels``)."""
    posts = [p for p in qrels if p in rankings]
    n = len(posts) or 1
    return {
        "map@5": sum(average_precision_at_k(rankings[p], qrels[p], 5) for p in posts) / n,
        "mrr": sum(reciprocal_rank(rankings[p], qrels[p]) for p in posts) / n,
        "recall@1": sum(bool(set(rankings[p][:1]) & qrels[p]) for p in posts) / n,
        "recall@5": sum(bool(set(rankings[p][:5]) & qrels[p]) for p in posts) / n,
        "posts": float(len(posts)),
    }


@dataclass(frozen=True)
class DecisionCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
        }


def decision_metrics(
    decisions: Mapping[str, str | None], gold: Mapping[str, str | None]
) -> tuple[DecisionCounts, dict[str, DecisionCounts]]:
    """Final decisions (post -> template or None) against gold (post -> template or None).

    A wrong template counts as a false positive for the predicted one and a false negative for the gold.
    """
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for post, truth in gold.items():
        pred = decisions.get(post)
        if pred is not None and pred == truth:
            per[pred][0] += 1
        else:
            if pred is not None:
                per[pred][1] += 1
            if truth is not None:
                per[truth][2] += 1
    per_template = {t: DecisionCounts(*c) for t, c in sorted(per.items())}
    total = DecisionCounts(*(sum(c[i] for c in per.values()) for i in range(3)))
    return total, per_template


def suggest_threshold(scored: Sequence[tuple[float, bool]], min_precision: float = 0.95) -> float | None:
    """Lowest score threshold whose precision on ``(score, is_correct)`` pairs stays >= ``min_precision``.

    Maximises recall under the precision floor; None when no threshold reaches it."""
    best: float | None = None
    ordered = sorted(scored, key=lambda x: -x[0])
    tp = fp = 0
    for score, correct in ordered:
        tp += correct
        fp += not correct
        if tp and tp / (tp + fp) >= min_precision:
            best = score
    return None if best is None else round(best, 4)


def best_f1_threshold(
    scored: Sequence[tuple[float, bool]], positives: int
) -> tuple[float, float, float] | None:
    """The threshold with the best F1 on ``(score, is_correct)`` pairs, when ``positives`` posts should
    match: ``(threshold, precision, recall)``; None when nothing is ever correct."""
    best: tuple[float, float, float, float] | None = None
    tp = fp = 0
    for score, correct in sorted(scored, key=lambda x: -x[0]):
        tp += correct
        fp += not correct
        if not tp or not positives:
            continue
        precision, recall = tp / (tp + fp), tp / positives
        f1 = 2 * precision * recall / (precision + recall)
        if best is None or f1 > best[0]:
            best = (f1, score, precision, recall)
    return None if best is None else (round(best[1], 4), round(best[2], 4), round(best[3], 4))


def alerts_by_kind(
    decisions: Mapping[str, str | None], gold: Mapping[str, str | None], kinds: Mapping[str, str]
) -> dict[str, dict[str, int]]:
    """Per label kind (paraphrase, debunk, benign…): posts, alerts, and alerts on the right template."""
    out: dict[str, dict[str, int]] = {}
    for post, kind in kinds.items():
        if post not in decisions:
            continue
        row = out.setdefault(kind, {"posts": 0, "alerts": 0, "correct": 0})
        row["posts"] += 1
        pred = decisions[post]
        if pred is not None:
            row["alerts"] += 1
            row["correct"] += pred == gold.get(post)
    return dict(sorted(out.items()))
