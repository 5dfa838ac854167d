"""``monitor eval``: run the worker's matcher over a labelled set and score it.

Claims/templates are embedded once (cached under ``$MONITOR_STATE_DIR/cache``), loaded into the chosen
index — ``memory`` (exact cosine, no services) or ``redis`` (the worker's RediSearch index, in a scratch
namespace that is removed afterwards) — and every post goes through :meth:`Processor.decide_posts`, the
exact code the stream worker runs.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from monitor.config import Settings
from monitor.core.calibration import noise_floor, reliability
from monitor.core.evaluation import (
    alerts_by_kind,
    best_f1_threshold,
    decision_metrics,
    ranking_metrics,
    suggest_threshold,
)
from monitor.core.matching import Decision, MatchPolicy
from monitor.core.models import Post, Template
from monitor.core.spellings import NO_SPELLINGS, Spellings, parse_spelling_lines
from monitor.embedding import Embedder, embedder_from_settings, model_slug
from monitor.embedding.static import estimate_minutes
from monitor.errors import MonitorError
from monitor.pipeline.cascade import cascade_from_settings, static_model_missing
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.matcher import attach_hubness
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.policies import policy_from_settings
from monitor.pipeline.processor import Processor
from monitor.storage.connections import redis_client
from monitor.storage.index import MemoryIndex, RedisVectorIndex, TemplateIndex
from monitor.storage.keys import Keys
from monitor.storage.registry import claim_to_template, parse_template_lines


def load_templates(path: Path) -> tuple[dict[str, Template], int]:
    """Template JSONL, or claim JSONL (``id``, ``text``, ``title``…) read as ``monitor templates import
    --format claims`` reads it (:func:`claim_to_template`); returns the templates and how many lines
    were rejected."""
    good, rejected = parse_template_lines(path.read_text(encoding="utf-8").splitlines(), claim_to_template)
    return {t.id: Template.model_validate(t.model_dump()) for t in good}, len(rejected)


def load_posts(path: Path) -> list[Post]:
    return [
        Post.model_validate(json.loads(line))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def load_labels(posts_path: Path) -> dict[str, dict[str, Any]]:
    """The labels beside the posts file, if any: ``zh_posts.jsonl`` -> ``zh_labels.jsonl``, else
    ``labels.jsonl``; ``{"post_id", "kind", ...}`` per line."""
    names = [posts_path.name.replace("posts", "labels"), "labels.jsonl"]
    path = next((p for p in (posts_path.with_name(n) for n in names) if p != posts_path and p.exists()), None)
    if path is None:
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[str(row["post_id"])] = row
    return out


def load_qrels(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2:
            out[parts[0]].add(parts[1])
    return dict(out)


def embed_cached(
    embedder: Embedder, texts: list[str], cache_dir: Path, progress: Progress | None, label: str
) -> np.ndarray:
    """Passage vectors, cached per text under ``cache_dir`` (one file per model): editing a few claims
    re-embeds only those."""
    path = cache_dir / f"{model_slug(embedder.spec.name)}-passages.npz"
    keys = [hashlib.sha1(t.encode()).digest() for t in texts]  # noqa: S324 - a cache key, not security
    stored_keys = np.zeros((0, 20), dtype=np.uint8)
    stored = np.zeros((0, embedder.dim), dtype=np.float32)
    if path.exists():
        with np.load(path) as data:
            stored_keys, stored = data["keys"], data["vectors"]
    known = {row.tobytes(): i for i, row in enumerate(stored_keys)}
    missing = list(dict.fromkeys(k for k in keys if k not in known))
    if missing:
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k in set(missing)}
        order = list(todo)
        task = progress.add_task(label, total=len(order)) if progress else None
        parts = []
        for start in range(0, len(order), 256):
            chunk = [todo[k] for k in order[start : start + 256]]
            parts.append(embedder.encode_passages(chunk))
            if progress is not None and task is not None:
                progress.advance(task, len(chunk))
        new_keys = np.frombuffer(b"".join(order), dtype=np.uint8).reshape(-1, 20)
        stored_keys = np.vstack([stored_keys, new_keys])
        stored = np.vstack([stored, *parts]).astype(np.float32, copy=False)
        known = {row.tobytes(): i for i, row in enumerate(stored_keys)}
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=stored_keys, vectors=stored)
        tmp.replace(path)
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return stored[[known[k] for k in keys]]


def _redis_index(
    settings: Settings, embedder: Embedder, templates: Mapping[str, Template], vectors: np.ndarray
) -> tuple[RedisVectorIndex, Any]:
    """The templates' exemplars (``vectors`` in ``exemplars()`` order) in a scratch RediSearch index."""
    client = redis_client(settings)
    keys = Keys(f"{settings.redis_prefix}-eval")
    index = RedisVectorIndex(client, keys, embedder.spec.name, embedder.dim)
    index.ensure()
    pipe = client.pipeline(transaction=False)
    row = 0
    for t in templates.values():
        exemplars = t.exemplars()
        index.write_exemplars(pipe, t.id, exemplars, vectors[row : row + len(exemplars)])
        row += len(exemplars)
        if len(pipe) >= 1000:
            pipe.execute()
    pipe.execute()

    def cleanup() -> None:
        client.ft(index.name).dropindex(delete_documents=True)

    return index, cleanup


@dataclass
class MatchedSet:
    """A labelled set run through the worker's matcher: what ``run_eval`` scores and the calibration
    fit (scripts/fit_calibration.py) learns from."""

    templates: dict[str, Template]
    skipped: int
    posts: list[Post]
    qrels: dict[str, set[str]]
    decisions: list[Decision]
    embedder: Embedder
    policy: MatchPolicy
    # the cascade's mode, the posts each stage decided and the gate's calibration
    cascade: dict[str, Any] | None = None


def load_spellings(path: Path) -> Spellings:
    """A spellings file; any invalid line is an error naming the line (an evaluation must not silently
    read fewer spellings than the file holds)."""
    good, rejected = parse_spelling_lines(path.read_text(encoding="utf-8").splitlines())
    if rejected:
        first = rejected[0]
        raise MonitorError(f"{path}: line {first['line']}: {first['reason']}")
    return Spellings.of(good)


def run_eval(
    settings: Settings,
    claims: Path,
    posts_path: Path,
    qrels_path: Path,
    *,
    index: str = "memory",
    limit: int = 0,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    policy: MatchPolicy | None = None,
    spellings: Path | None = None,
) -> dict[str, Any]:
    run = match_set(
        settings,
        claims,
        posts_path,
        qrels_path,
        index=index,
        limit=limit,
        progress=progress,
        embedder=embedder,
        policy=policy,
        spellings=spellings,
    )
    return score_set(run, posts_path, index)


def match_set(
    settings: Settings,
    claims: Path,
    posts_path: Path,
    qrels_path: Path,
    *,
    index: str = "memory",
    limit: int = 0,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    policy: MatchPolicy | None = None,
    spellings: Path | None = None,
    prepare: Callable[[Processor], object] | None = None,
) -> MatchedSet:
    """Decide every post of ``posts_path`` against the templates of ``claims`` as the worker would;
    ``spellings``: a spellings file (one ``{"alias", "name"}`` per line), as registered in the worker's
    catalogue (``monitor templates spellings import``); ``prepare``: called with the processor before the
    first post (scripts/hubness_share_check.py: a worker that adopts another's hubness estimate)."""
    templates, skipped = load_templates(claims)
    registered = load_spellings(spellings) if spellings is not None else NO_SPELLINGS
    posts = load_posts(posts_path)
    if limit:
        posts = posts[:limit]
    qrels = load_qrels(qrels_path)
    embedder = embedder or embedder_from_settings(settings)
    policy = policy or policy_from_settings(settings, embedder)
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    vectors = embed_cached(
        embedder, [r[3] for r in rows], settings.state_dir / "cache", progress, "embedding templates"
    )
    cleanup = None
    search_index: TemplateIndex
    if index == "redis":
        search_index, cleanup = _redis_index(settings, embedder, templates, vectors)
    elif index == "memory":
        mem = MemoryIndex()
        mem.add((r[0], r[1], r[2], r[3], vectors[n]) for n, r in enumerate(rows))
        search_index = mem
    else:
        raise ValueError(f"unknown index {index!r}: use memory or redis")
    processor = Processor(
        embedder,
        search_index,
        StaticCatalogue(templates, spellings=registered),
        policy,
        Metrics(),
        knn_k=settings.knn_k,
        max_text_chars=settings.max_text_chars,
    )
    attach_hubness(processor, settings)  # MONITOR_HUBNESS_WEIGHT, as in the worker
    if prepare is not None:
        prepare(processor)
    # the worker's cascade (MONITOR_CASCADE): the same stages decide the same posts (calibrated inline);
    # without its static model in the cache, without the cascade (the same decisions) rather than minutes
    # of distilling first
    mode: str = settings.cascade
    if static_model_missing(settings, embedder):
        mode = "off (static model not distilled)"
        print(
            f"cascade off: the static model of {embedder.spec.name} is not distilled "
            f"(`monitor model distill`, ~{estimate_minutes(embedder.spec)} min); the decisions are the same",
            file=sys.stderr,
        )
    processor.cascade = cascade_from_settings(
        settings, embedder, policy, processor.lexical, processor.metrics, worker=False
    )
    stages: dict[str, int] = {"cache": 0, "gate": 0, "model": 0}
    decisions = []
    task = progress.add_task("matching posts", total=len(posts)) if progress else None
    try:
        for start in range(0, len(posts), 64):
            part = posts[start : start + 64]
            _, part_decisions, part_stages = processor.embed_decide_stages(part)
            decisions += part_decisions
            for stage in part_stages:
                stages[stage] += 1
            if progress is not None and task is not None:
                progress.advance(task, len(part))
    finally:
        if cleanup is not None:
            cleanup()
    cascade = {
        "mode": mode,
        "stages": stages,
        **({"gate": processor.cascade.calibration.as_dict()} if processor.cascade is not None else {}),
    }
    return MatchedSet(templates, skipped, posts, qrels, decisions, embedder, policy, cascade)


def confidence_pairs(run: MatchedSet) -> list[tuple[float, bool]]:
    """``(confidence, was_right)`` per post: right when the decided template (or, unmatched, the best
    candidate) is one of the post's gold templates; a post without candidates has confidence 0."""
    out = []
    for d in run.decisions:
        chosen = d.template_id or (d.candidates[0].template_id if d.candidates else None)
        out.append((d.confidence, chosen is not None and chosen in run.qrels.get(d.post_id, set())))
    return out


def score_set(run: MatchedSet, posts_path: Path, index: str) -> dict[str, Any]:
    templates, skipped, posts, qrels = run.templates, run.skipped, run.posts, run.qrels
    decisions, embedder, policy = run.decisions, run.embedder, run.policy
    rankings = {d.post_id: [c.template_id for c in d.candidates] for d in decisions}
    ranked_qrels = {p: t for p, t in qrels.items() if p in rankings}
    report: dict[str, Any] = {k: round(v, 4) for k, v in ranking_metrics(rankings, ranked_qrels).items()}
    report["posts"] = len(posts)
    report["cascade"] = run.cascade
    report["posts_with_gold"] = len(ranked_qrels)
    report["posts_without_gold"] = len(posts) - len(ranked_qrels)
    gold = {p.id: next(iter(sorted(qrels[p.id]))) if p.id in qrels else None for p in posts}
    predicted = {d.post_id: d.template_id for d in decisions}
    # a post with several gold templates counts as right when the decision is any of them
    for post_id, pred in predicted.items():
        if pred is not None and pred in qrels.get(post_id, set()):
            gold[post_id] = pred
    total, per_template = decision_metrics(predicted, gold)
    report["decisions"] = total.as_dict()
    report["suppressed"] = dict(sorted(_count(d.suppressed_by for d in decisions if d.suppressed_by).items()))
    # what each post would match with every threshold at 0 (guards still apply): threshold suggestions
    scored: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for d in decisions:
        if d.would_match is not None:
            tid, score = d.would_match
            scored[tid].append((score, tid in qrels.get(d.post_id, set())))
    everything = [pair for pairs in scored.values() for pair in pairs]
    report["suggested_default_threshold"] = {
        "precision>=0.95": suggest_threshold(everything, 0.95),
        "precision>=0.90": suggest_threshold(everything, 0.90),
        "best_f1": best_f1_threshold(everything, len(ranked_qrels)),
    }
    if len(templates) <= 200:
        report["per_template"] = {
            t: {**c.as_dict(), "suggested_threshold": suggest_threshold(scored.get(t, []))}
            for t, c in per_template.items()
        }
    pairs = confidence_pairs(run)
    ece, table, brier = reliability(pairs)
    report["calibration"] = {
        "ece": ece,
        "brier": brier,
        "posts": len(decisions),
        "reliability": table,
        # the ECE a perfectly calibrated predictor would get on these confidences by chance
        "noise_floor": noise_floor([c for c, _ in pairs]),
    }
    labels = load_labels(posts_path)
    if labels:
        kinds = {p: str(row.get("kind", "?")) for p, row in labels.items()}
        report["by_kind"] = alerts_by_kind(predicted, gold, kinds)
    langs = {p.id: p.lang or "?" for p in posts}
    if len(set(langs.values())) > 1 or "?" not in langs.values():
        report["by_lang"] = {}
        for lang in sorted(set(langs.values())):
            ids = {p for p, lg in langs.items() if lg == lang}
            sub, _ = decision_metrics({p: predicted[p] for p in ids}, {p: gold[p] for p in ids})
            report["by_lang"][lang] = sub.as_dict()
    report["model"] = embedder.spec.name
    report["index"] = index
    report["default_threshold"] = policy.default_threshold
    # what ordered the candidates: the learned ranker's provenance, or the hand-set fusion
    report["ranker"] = policy.ranker.fitted_on if policy.ranker is not None else "fused score"
    report["cross_language_offset"] = policy.cross_language_offset
    report["bridged_language_offset"] = policy.bridged_language_offset
    report["templates"] = len(templates)
    report["templates_skipped"] = skipped
    return report


def _count(items: Any) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for item in items:
        out[item] += 1
    return out


def print_report(report: dict[str, Any], console: Console) -> None:
    table = Table(title=f"ranking ({report['posts_with_gold']} posts with a gold template)")
    for col in ("MAP@5", "MRR", "recall@1", "recall@5"):
        table.add_column(col)
    table.add_row(*(f"{report[k]:.4f}" for k in ("map@5", "mrr", "recall@1", "recall@5")))
    console.print(table)
    d = report["decisions"]
    console.print(
        f"decisions at the operating thresholds (default {report['default_threshold']}): "
        f"precision {d['precision']:.4f}, recall {d['recall']:.4f} "
        f"(tp {d['tp']}, fp {d['fp']}, fn {d['fn']}); suppressed: {report['suppressed']}"
    )
    cal = report.get("calibration")
    if cal:
        console.print(
            f"confidence: expected calibration error {cal['ece']:.4f}, Brier {cal['brier']:.4f} "
            f"over {cal['posts']} posts"
            + (
                f" (a perfectly calibrated predictor: {cal['noise_floor']['mean']:.4f} by chance, 90th "
                f"percentile {cal['noise_floor']['p90']:.4f})"
                if "noise_floor" in cal
                else ""
            )
        )
        t = Table(title="reliability (confidence bins)")
        for col in ("confidence bin", "posts", "mean confidence", "accuracy"):
            t.add_column(col)
        for row in cal["reliability"]:
            t.add_row(
                f"{row['lo']:.1f}-{row['hi']:.1f}",
                str(row["n"]),
                f"{row['confidence']:.3f}",
                f"{row['accuracy']:.3f}",
            )
        console.print(t)
    sug = report.get("suggested_default_threshold")
    if sug:
        console.print(f"suggested default threshold: {sug}")
    for key in ("by_kind", "by_lang"):
        if report.get(key):
            console.print(f"{key.replace('_', ' ')}: {report[key]}")
    per = report.get("per_template")
    if per:
        t = Table(title="per template")
        for col in ("template", "tp", "fp", "fn", "precision", "recall", "suggested threshold"):
            t.add_column(col)
        for tid, c in per.items():
            t.add_row(
                tid,
                str(c["tp"]),
                str(c["fp"]),
                str(c["fn"]),
                f"{c['precision']:.3f}",
                f"{c['recall']:.3f}",
                str(c["suggested_threshold"]),
            )
        console.print(t)
