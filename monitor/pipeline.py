"""The batch processor: raw messages in, match / alert / dead-letter records out.

Independent of faust, so the same code runs in the stream worker, in ``monitor bench`` and in tests.
It does blocking work (model, Redis): the worker calls it from a thread, off the event loop.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import orjson
import redis

from .config import Settings
from .embedding import Embedder
from .errors import PostInvalid
from .index import TemplateIndex
from .ingest import RawMessage, dead_letter, parse_post
from .keys import Keys
from .langid import LanguageDetector, default_detector, language_label
from .lexical import LexicalChannel
from .matching import Decision, MatchPolicy, decide
from .metrics import Metrics
from .models import Alert, Candidate, MatchRecord, Post, Template, alert_id_for, iso, utcnow
from .registry import TemplateRegistry
from .text import analyze, normalize

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


# MatchPolicy fields added to or compared with cosines, tuned in MiniLM's units; scaled per model (issue 9)
SCORE_UNIT_FIELDS = ("lexical_weight", "signal_weight", "negative_margin", "negative_stance_discount")


def policy_from_settings(settings: Settings, embedder: Embedder) -> MatchPolicy:
    """The decision policy the worker and ``monitor eval`` share: thresholds are per model."""
    threshold = settings.default_threshold
    spec = embedder.spec
    policy = MatchPolicy(
        default_threshold=threshold if threshold is not None else spec.default_threshold,
        min_post_tokens=settings.min_post_tokens,
        cross_language_offset=spec.cross_language_offset,
    )
    if spec.score_scale != 1.0:  # issue 9: additive terms in this model's own score units
        fields = [name for name in SCORE_UNIT_FIELDS if hasattr(policy, name)]
        scaled = {name: round(getattr(policy, name) * spec.score_scale, 6) for name in fields}
        policy = dataclasses.replace(policy, **scaled)
    return policy


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
    """Remembers delivered alert ids in Redis (with a TTL) so reprocessing never alerts twice.

    The worker claims an alert (``pending`` + where the alerts topic stood) before sending it and
    marks it delivered (``1``) after the broker's ack. A worker killed in between leaves ``pending``: the
    alert may or may not be in the topic. Whoever reprocesses that post gets it back as *in doubt* and looks
    in the topic (:func:`find_sent_alerts`) instead of sending it a second time."""

    PENDING = "pending "

    def __init__(self, client: redis.Redis, keys: Keys, ttl_s: int) -> None:
        self.client, self.keys, self.ttl_s = client, keys, ttl_s

    def claim(
        self, alert_ids: Sequence[str], topic_offsets: dict[int, int]
    ) -> tuple[list[str], dict[str, dict[int, int]]]:
        """Before sending: ``(claimed, in_doubt)``. ``claimed`` were never seen and are now pending;
        ``in_doubt`` maps ids an earlier attempt left pending to the alerts-topic offsets (per partition)
        from which that attempt's record would be. Delivered ids are in neither. ``topic_offsets``: the
        next offset per alerts partition as this worker knows it (from its own acks)."""
        if not alert_ids:
            return [], {}
        value = self.PENDING + orjson.dumps({str(p): o for p, o in topic_offsets.items()}).decode()
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.set(self.keys.alert_sent(aid), value, nx=True, ex=self.ttl_s)
        claimed: list[str] = []
        taken: list[str] = []
        for aid, ok in zip(alert_ids, pipe.execute(), strict=True):
            (claimed if ok else taken).append(aid)
        in_doubt: dict[str, dict[int, int]] = {}
        if taken:
            pipe = self.client.pipeline(transaction=False)
            for aid in taken:
                pipe.get(self.keys.alert_sent(aid))
            for aid, raw in zip(taken, pipe.execute(), strict=True):
                if isinstance(raw, str) and raw.startswith(self.PENDING):
                    offsets = orjson.loads(raw[len(self.PENDING) :])
                    in_doubt[aid] = {int(p): int(o) for p, o in offsets.items()}
        return claimed, in_doubt

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


def find_sent_alerts(
    settings: Settings, in_doubt: dict[str, dict[int, int]], budget_s: float = 30.0
) -> set[str] | None:
    """Which in-doubt alert ids are in the alerts topic already: read each partition from the earliest
    recorded offset (the beginning where none was recorded) to its end. ``None`` when the budget ran out
    (the caller then sends them again: at least once)."""
    from kafka import KafkaConsumer, TopicPartition

    topic, wanted = settings.alerts_topic, set(in_doubt)
    consumer = KafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap(),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(tps)
        for tp in tps:
            starts = [offsets.get(tp.partition) for offsets in in_doubt.values()]
            if any(start is None for start in starts):
                consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, min(s for s in starts if s is not None))
        found: set[str] = set()
        deadline = time.monotonic() + budget_s
        while time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=300).values():
                for record in records:
                    with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
                        aid = orjson.loads(record.value).get("alert_id")
                        if aid in wanted:
                            found.add(aid)
            at_end = all(
                consumer.highwater(tp) is not None and consumer.position(tp) >= consumer.highwater(tp)
                for tp in tps
            )
            if found == wanted or at_end:
                return found
        return None
    finally:
        consumer.close()


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
        default_runbook_url: str | None = None,
        language_detector: LanguageDetector | None = None,
    ) -> None:
        self.embedder = embedder
        self.index = index
        self.catalogue = catalogue
        self.policy = policy
        self.metrics = metrics
        self.knn_k = knn_k
        self.max_text_chars = max_text_chars
        self.lexical = LexicalChannel()  # BM25 over the catalogue snapshot, rebuilt when it changes
        # alerts of templates without their own runbook_url link here (MONITOR_RUNBOOK_BASE_URL)
        self.default_runbook_url = default_runbook_url
        # issue 9: fills post.lang when missing; the process-wide detector is loaded on first use
        self._language_detector = language_detector

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
        """The matcher: normalise, embed, nearest exemplars, decide (the worker and `monitor eval`)."""
        texts = [normalize(p.text) for p in posts]
        started = time.perf_counter()
        vectors = self.embedder.encode_queries(texts)
        self.metrics.embedding.observe(time.perf_counter() - started)
        hits = self.index.search(vectors, self.knn_k)
        templates = self.catalogue.templates
        # the lexical channel (BM25 over the same catalogue snapshot): identical for every vector index
        lexical = self.lexical.rows(
            templates, texts, [[h.template_id for h in hs] for hs in hits], self.policy.lexical_candidates
        )
        decisions = [
            decide(p.id, p.text, h, templates, self.policy, lexical=lex, post=analyze(p.text, t))
            for p, t, h, lex in zip(posts, texts, hits, lexical, strict=True)
        ]
        return vectors, decisions

    def with_language(self, good: list[tuple[RawMessage, Post]]) -> list[tuple[RawMessage, Post]]:
        """Fill ``post.lang`` where the producer left it out (issue 9) and count posts per language."""
        if self._language_detector is None:
            self._language_detector = default_detector()
        detector = self._language_detector
        out = []
        for msg, post in good:
            if not post.lang:
                post = post.model_copy(update={"lang": detector.detect(post.text)})
            self.metrics.posts_by_language.labels(language_label(post.lang)).inc()
            out.append((msg, post))
        return out

    def process(self, messages: Sequence[RawMessage]) -> BatchOutput:
        out = BatchOutput()
        good, out.dead_letters = self.parse(messages)
        if not good:
            return out
        good = self.with_language(good)
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
            if post.lang:
                explanation["lang"] = post.lang
            runbook_url = template.runbook_url or self.default_runbook_url
            if runbook_url:
                explanation["runbook_url"] = runbook_url
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
