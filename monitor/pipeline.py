"""The batch processor: raw messages in, match / alert / dead-letter records out.

Independent of faust, so the same code runs in the stream worker, in ``monitor bench`` and in tests.
It does blocking work (model, Redis): the worker calls it from a thread, off the event loop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import redis

from .config import Settings
from .embedding import Embedder
from .errors import PostInvalid
from .index import TemplateIndex
from .ingest import RawMessage, dead_letter, parse_post
from .keys import Keys
from .matching import Decision, MatchPolicy, decide
from .metrics import Metrics
from .models import Alert, Candidate, MatchRecord, Post, Template, alert_id_for, iso, utcnow
from .registry import TemplateRegistry
from .text import normalize

log = logging.getLogger(__name__)


@dataclass
class BatchOutput:
    matches: list[MatchRecord] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    dead_letters: list[dict[str, Any]] = field(default_factory=list)
    # what hooks need: the parsed posts, their query vectors (row i <-> posts[i]) and decisions
    posts: list[Post] = field(default_factory=list)
    vectors: np.ndarray | None = None
    decisions: list[Decision] = field(default_factory=list)

    def extend(self, other: BatchOutput) -> None:
        self.matches += other.matches
        self.alerts += other.alerts
        self.dead_letters += other.dead_letters
        self.posts += other.posts
        self.decisions += other.decisions
        if other.vectors is not None:
            self.vectors = other.vectors if self.vectors is None else np.vstack([self.vectors, other.vectors])


def policy_from_settings(settings: Settings, embedder: Embedder) -> MatchPolicy:
    """The decision policy the worker and ``monitor eval`` share: thresholds are per model."""
    threshold = settings.default_threshold
    return MatchPolicy(
        default_threshold=threshold if threshold is not None else embedder.spec.default_threshold,
        min_post_tokens=settings.min_post_tokens,
    )


class Catalogue:
    """The worker's view of the enabled templates, reloaded when the catalogue version moves."""

    def __init__(self, registry: TemplateRegistry, metrics: Metrics | None = None) -> None:
        self.registry = registry
        self.metrics = metrics
        self.version = -1
        self.templates: dict[str, Template] = {}
        self._lock = threading.Lock()

    def refresh(self, force: bool = False) -> bool:
        """Reload if the version changed; returns True when a reload happened."""
        current = self.registry.version()
        if not force and current == self.version:
            return False
        with self._lock:
            version, templates = self.registry.snapshot()
            self.version, self.templates = version, templates
        if self.metrics is not None:
            self.metrics.templates_active.set(len(templates))
            self.metrics.registry_version.set(version)
        log.info("catalogue v%s loaded: %d enabled templates", version, len(templates))
        return True


class StaticCatalogue:
    """A fixed set of templates (evaluation, benchmarks, tests): same interface as :class:`Catalogue`."""

    def __init__(self, templates: dict[str, Template], version: int = 0) -> None:
        self.templates = templates
        self.version = version

    def refresh(self, force: bool = False) -> bool:
        return False


class AlertDedup:
    """Remembers delivered alert ids in Redis (with a TTL) so reprocessing never alerts twice."""

    def __init__(self, client: redis.Redis, keys: Keys, ttl_s: int) -> None:
        self.client, self.keys, self.ttl_s = client, keys, ttl_s

    def undelivered(self, alert_ids: Sequence[str]) -> set[str]:
        if not alert_ids:
            return set()
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.exists(self.keys.alert_sent(aid))
        return {aid for aid, seen in zip(alert_ids, pipe.execute(), strict=True) if not seen}

    def mark_delivered(self, alert_ids: Sequence[str]) -> None:
        if not alert_ids:
            return
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.set(self.keys.alert_sent(aid), "1", ex=self.ttl_s)
        pipe.execute()


class Processor:
    def __init__(
        self,
        embedder: Embedder,
        index: TemplateIndex,
        catalogue: Catalogue | StaticCatalogue,
        policy: MatchPolicy,
        metrics: Metrics,
        *,
        knn_k: int = 20,
        max_text_chars: int = 4000,
    ) -> None:
        self.embedder = embedder
        self.index = index
        self.catalogue = catalogue
        self.policy = policy
        self.metrics = metrics
        self.knn_k = knn_k
        self.max_text_chars = max_text_chars

    def parse(
        self, messages: Sequence[RawMessage]
    ) -> tuple[list[tuple[RawMessage, Post]], list[dict[str, Any]]]:
        good: list[tuple[RawMessage, Post]] = []
        dlq: list[dict[str, Any]] = []
        for msg in messages:
            try:
                post = parse_post(msg.value, self.max_text_chars)
            except PostInvalid as exc:
                self.metrics.dead_letters.labels(exc.reason).inc()
                dlq.append(dead_letter(msg, str(exc)))
                continue
            if post.truncated:
                self.metrics.truncated_posts.inc()
            good.append((msg, post))
        return good, dlq

    def decide_posts(self, posts: Sequence[Post]) -> list[Decision]:
        return self.embed_and_decide(posts)[1]

    def embed_and_decide(self, posts: Sequence[Post]) -> tuple[np.ndarray, list[Decision]]:
        """The matcher: normalise, embed, nearest exemplars, decide. The worker and `monitor eval` share it."""
        texts = [normalize(p.text) for p in posts]
        started = time.perf_counter()
        vectors = self.embedder.encode_queries(texts)
        self.metrics.embedding.observe(time.perf_counter() - started)
        hits = self.index.search(vectors, self.knn_k)
        templates = self.catalogue.templates
        decisions = [
            decide(p.id, p.text, h, templates, self.policy) for p, h in zip(posts, hits, strict=True)
        ]
        return vectors, decisions

    def process(self, messages: Sequence[RawMessage]) -> BatchOutput:
        out = BatchOutput()
        good, out.dead_letters = self.parse(messages)
        if not good:
            return out
        self.metrics.batch_size.observe(len(good))
        out.posts = [p for _, p in good]
        out.vectors, decisions = self.embed_and_decide(out.posts)
        out.decisions = decisions
        now = utcnow()
        processed_at = iso(now)
        templates = self.catalogue.templates
        for (msg, post), d in zip(good, decisions, strict=True):
            template = templates.get(d.template_id) if d.template_id else None
            out.matches.append(
                MatchRecord(
                    post_id=post.id,
                    matched=d.matched,
                    template_id=d.template_id,
                    score=None if d.score is None else round(d.score, 4),
                    candidates=[
                        Candidate(template_id=c.template_id, score=round(c.score, 4)) for c in d.candidates
                    ],
                    processed_at=processed_at,
                    category=template.category if template else None,
                    truncated=post.truncated,
                    suppressed_by=d.suppressed_by,
                )
            )
            self.metrics.posts_processed.labels("matched" if d.matched else "unmatched").inc()
            started = post.created_at.timestamp() if post.created_at else msg.timestamp_s
            if started is not None:
                self.metrics.latency.observe(max(0.0, now.timestamp() - started))
            if template is None or d.score is None:
                continue
            self.metrics.matches.labels(template.category).inc()
            explanation = {**d.explanation, "template_text": template.text}
            if template.runbook_url:
                explanation["runbook_url"] = template.runbook_url
            if template.source_url:
                explanation["source_url"] = template.source_url
            out.alerts.append(
                Alert(
                    alert_id=alert_id_for(post.id, template.id),
                    post_id=post.id,
                    template_id=template.id,
                    template_version=template.version,
                    category=template.category,
                    severity=template.severity,
                    score=round(d.score, 4),
                    post=post.summary(),
                    explanation=explanation,
                    created_at=processed_at,
                )
            )
        return out

    def count_alert(self, alert: Alert) -> None:
        self.metrics.alerts.labels(alert.category, alert.severity).inc()
        self.metrics.template_alerts.labels(alert.template_id).inc()
