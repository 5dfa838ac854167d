"""The batch processor: raw messages in, match / alert / dead-letter records out.

Independent of faust, so the same code runs in the stream worker, in ``monitor bench`` and in tests.
It does blocking work (model, Redis): the worker calls it from a thread, off the event loop.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from monitor.core.alerts import build_alert
from monitor.core.clock import iso, utcnow
from monitor.core.hubness import ExemplarKey, HubnessEstimator
from monitor.core.ingest import RawMessage, dead_letter, parse_post
from monitor.core.langid import LanguageDetector, default_detector, language_label, writing_system
from monitor.core.lexical import LexicalChannel
from monitor.core.matching import Decision, Hit, MatchPolicy, decide
from monitor.core.models import Alert, Candidate, MatchRecord, Post, Template
from monitor.core.segments import (
    best_positive,
    clause_hits,
    clause_worth_scoring,
    lifting_clause,
    merge_hits,
    policy_clauses,
    raises_any,
    segment_discount,
    wave_name,
)
from monitor.core.text import PostText, Signals, analyze, extract_signals, normalize
from monitor.embedding import Embedder
from monitor.errors import PostInvalid
from monitor.pipeline.bridge import LAZY_BRIDGE
from monitor.pipeline.cascade import CascadeStage, StageResult
from monitor.pipeline.catalogue import Catalogue, StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.storage.index import TemplateIndex

log = logging.getLogger(__name__)

LANGUAGE_MEMO_SIZE = 20_000  # post texts whose detected language is remembered


@dataclass
class BatchOutput:
    matches: list[MatchRecord] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    dead_letters: list[dict[str, Any]] = field(default_factory=list)
    # what hooks need: the parsed posts, their query vectors (row i <-> posts[i]) and decisions
    posts: list[Post] = field(default_factory=list)
    vectors: np.ndarray | None = None
    decisions: list[Decision] = field(default_factory=list)
    # the cascade stage that decided each post: cache | gate | model; a gate-decided post has no
    # transformer vector (its row of ``vectors`` is zeros): hooks that need vectors use :meth:`has_vector`
    decided_by: list[str] = field(default_factory=list)
    # gate-decided posts: row -> (normalised text, static vector before centring), as the gate read them
    gate_readings: dict[int, tuple[str, np.ndarray]] = field(default_factory=dict)

    def has_vector(self, i: int) -> bool:
        return not self.decided_by or self.decided_by[i] != "gate"

    def extend(self, other: BatchOutput) -> None:
        self.matches += other.matches
        self.alerts += other.alerts
        self.dead_letters += other.dead_letters
        self.posts += other.posts
        self.decisions += other.decisions
        offset = len(self.posts) - len(other.posts)  # other's rows follow this batch's
        self.gate_readings.update((offset + i, r) for i, r in other.gate_readings.items())
        self.decided_by += other.decided_by
        if other.vectors is not None:
            self.vectors = other.vectors if self.vectors is None else np.vstack([self.vectors, other.vectors])


class Processor:
    def __init__(
        self,
        embedder: Embedder,
        index: TemplateIndex,
        catalogue: Catalogue | StaticCatalogue,
        policy: MatchPolicy,
        metrics: Metrics,
        *,
        knn_k: int = 50,
        max_text_chars: int = 4000,
        default_runbook_url: str | None = None,
        language_detector: LanguageDetector | None = None,
        cascade: CascadeStage | None = None,
    ) -> None:
        self.embedder = embedder
        self.index = index
        self.catalogue = catalogue
        self.policy = policy
        self.metrics = metrics
        self.knn_k = knn_k
        self.max_text_chars = max_text_chars
        # BM25 over the catalogue snapshot, rebuilt when it changes; Chinese posts also get English terms
        self.lexical = LexicalChannel(bridge=LAZY_BRIDGE)
        self._lexical_failures_seen = 0
        # the pair reader's claim vectors, by (template id, claim text): see claim_vector
        self._claim_vectors: dict[tuple[str, str], np.ndarray] = {}
        # alerts of templates without their own runbook_url link here (MONITOR_RUNBOOK_BASE_URL)
        self.default_runbook_url = default_runbook_url
        # fills post.lang when the producer left it out; the process-wide detector is loaded on first use
        self._language_detector = language_detector
        # reposts come back word for word: their language is looked up, not detected again (a plain dict,
        # emptied when full: safe when batches run in several threads)
        self._languages: dict[str, str] = {}
        # cheap stages before the model (MONITOR_CASCADE); None: every post goes through the transformer
        self.cascade = cascade
        # hubness of exemplars from the Chinese posts seen (MONITOR_HUBNESS_WEIGHT); None: no correction
        self.hubness: HubnessEstimator | None = None
        self.hubness_weight = 0.0
        self.hubness_bridged_offset: float | None = None
        self._hubness_lock = threading.Lock()

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
        vectors, decisions, _ = self.embed_decide_stages(posts)
        return vectors, decisions

    def embed_decide_stages(self, posts: Sequence[Post]) -> tuple[np.ndarray, list[Decision], list[str]]:
        """:meth:`embed_and_decide` plus the stage that decided each post (``cache`` | ``gate`` | ``model``).

        With a cascade, its cheap stages run first and only the rest reach :meth:`_full_pipeline`; a
        gate-decided post's row of the vectors is zeros (it has no transformer vector)."""
        result = self.embed_decide_result(posts)
        return result.vectors, result.decisions, result.stages

    def embed_decide_result(self, posts: Sequence[Post]) -> StageResult:
        """:meth:`embed_decide_stages` with what the cascade's gate read of the posts it decided. Each post
        is read with the catalogue's registered spellings replaced by their names (索拉 as Sora); its
        decision's explanation names them (``spellings``)."""
        texts, found = self._read_spellings([p.text for p in posts])
        if not any(found):
            return self._embed_decide_result(posts)
        self.metrics.spelling_posts.inc(sum(1 for f in found if f))
        result = self._embed_decide_result(
            [
                p.model_copy(update={"text": t}) if f else p
                for p, t, f in zip(posts, texts, found, strict=True)
            ]
        )
        self._name_spellings(result.decisions, found)
        return result

    def _read_spellings(self, texts: Sequence[str]) -> tuple[list[str], list[list[dict[str, str]]]]:
        """The texts with the catalogue's registered spellings replaced by their names, and the spellings
        read in each as ``{alias, name}`` (the live batch, retro-match's decisions and its recheck read
        posts alike)."""
        spellings = self.catalogue.spellings  # once: the catalogue may reload meanwhile
        if not spellings:
            return list(texts), [[] for _ in texts]
        readings = [spellings.read(t) for t in texts]
        names = spellings.names
        return [t for t, _ in readings], [[{"alias": a, "name": names[a]} for a in f] for _, f in readings]

    @staticmethod
    def _name_spellings(decisions: Sequence[Decision], found: Sequence[list[dict[str, str]]]) -> None:
        """Each decision's explanation names the spellings its post was read with (``spellings``)."""
        for d, read in zip(decisions, found, strict=True):
            if read:
                d.explanation["spellings"] = read

    def _embed_decide_result(self, posts: Sequence[Post]) -> StageResult:
        templates = self.catalogue.templates
        # read once per batch: a worker whose static model was distilled in the background turns the
        # cascade on between batches (monitor.pipeline.matcher.distil_in_background), never within one
        cascade = self.cascade
        if cascade is None:
            texts = [normalize(p.text) for p in posts]
            readings = [analyze(p.text, t) for p, t in zip(posts, texts, strict=True)]
            vectors, decisions = self._full_pipeline(posts, texts, readings, templates)
            self.metrics.cascade_posts.labels("model").inc(len(posts))
            return StageResult(vectors, decisions, ["model"] * len(posts))
        # --- the cascade stage (monitor/pipeline/cascade.py): cache, gate, then the model for the rest;
        # exact reposts are decided before their text is normalised or read
        cascade.on_catalogue(templates, self.catalogue.version)
        cascade.set_policy(self.policy)  # the hubness correction replaces the policy as posts arrive

        def normalise(rows: Sequence[int]) -> list[str]:
            return [normalize(posts[i].text) for i in rows]

        def read(
            rows: Sequence[int], texts: Sequence[str], signals: Sequence[Signals | None]
        ) -> tuple[list[PostText], list[str]]:
            readings = [
                analyze(posts[i].text, t, sig) for i, t, sig in zip(rows, texts, signals, strict=True)
            ]
            return readings, [self.policy.post_writing_system(posts[i].text) for i in rows]

        def full(
            rows: Sequence[int], texts: Sequence[str], readings: Sequence[PostText]
        ) -> tuple[np.ndarray, list[Decision]]:
            return self._full_pipeline([posts[i] for i in rows], texts, readings, templates)

        return cascade.run(
            [p.id for p in posts],
            [p.text for p in posts],
            normalise,
            read,
            templates,
            full,
            self.embedder.dim,
        )

    def _full_pipeline(
        self,
        posts: Sequence[Post],
        texts: Sequence[str],
        readings: Sequence[PostText],
        templates: Mapping[str, Template],
    ) -> tuple[np.ndarray, list[Decision]]:
        """Embed, nearest exemplars, BM25, decide: every post through the transformer."""
        if not posts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32), []
        started = time.perf_counter()
        vectors = self.embedder.encode_queries(texts)
        self.metrics.embedding.observe(time.perf_counter() - started)
        return vectors, self._decide(
            [p.id for p in posts], [p.text for p in posts], texts, readings, templates, vectors
        )

    def decide_vectors(
        self, post_ids: Sequence[str], post_texts: Sequence[str], vectors: np.ndarray
    ) -> list[Decision]:
        """The live decision for posts whose query vectors are already known: nearest exemplars, BM25 and
        the rules over the current catalogue, exactly as a batch (retro-match re-decides window posts)."""
        if not len(post_ids):
            return []
        post_texts, found = self._read_spellings(post_texts)
        texts = [normalize(t) for t in post_texts]
        readings = [analyze(raw, t) for raw, t in zip(post_texts, texts, strict=True)]
        decisions = self._decide(post_ids, post_texts, texts, readings, self.catalogue.templates, vectors)
        self._name_spellings(decisions, found)
        return decisions

    def recheck_vectors(
        self,
        post_ids: Sequence[str],
        post_texts: Sequence[str],
        *,
        max_model_posts: int | None = None,
    ) -> tuple[list[int], np.ndarray]:
        """Posts the cascade's gate decided earlier (retro-match's window posts without a query vector),
        under the current catalogue: the gate runs again (a template added since may now reach them) and
        the transformer encodes those it passes (the embedder batches them); the others cannot match
        any template. Returns (the rows that may match, their query vectors). At most
        ``max_model_posts`` rows are encoded, the last ones (the window is oldest first); the rest are
        logged and left out. Without a cascade every row goes to the transformer."""
        post_texts = self._read_spellings(post_texts)[0]
        texts = [normalize(t) for t in post_texts]
        rows: list[int] = list(range(len(texts)))
        cascade = self.cascade  # once (it may turn on meanwhile)
        if cascade is not None and rows:
            templates = self.catalogue.templates
            cascade.on_catalogue(templates, self.catalogue.version)
            cascade.set_policy(self.policy)
            # the gate reads only the scam signals of a post's reading, as in a live batch
            signals = [extract_signals(raw, t) for raw, t in zip(post_texts, texts, strict=True)]
            rows = cascade.recheck(post_ids, post_texts, texts, signals, templates)
        if max_model_posts is not None and len(rows) > max_model_posts:
            log.warning(
                "retro recheck: %d gate-decided posts passed the gate, the transformer encodes the newest %d",
                len(rows),
                max_model_posts,
            )
            rows = rows[len(rows) - max_model_posts :] if max_model_posts else []
        if not rows:
            return rows, np.zeros((0, self.embedder.dim), dtype=np.float32)
        return rows, self.embedder.encode_queries([texts[r] for r in rows])

    def _decide(
        self,
        post_ids: Sequence[str],
        post_texts: Sequence[str],
        texts: Sequence[str],
        readings: Sequence[PostText],
        templates: Mapping[str, Template],
        vectors: np.ndarray,
    ) -> list[Decision]:
        hits = self.index.search(vectors, self.knn_k)
        if self.hubness is not None:
            self._observe_hubness(texts, hits)
        decisions = self._decide_hits(post_ids, post_texts, texts, readings, templates, vectors, hits)
        name = wave_name(templates, self.policy)  # empty: no clause is scored
        if name:
            self._with_segments(
                post_ids, post_texts, texts, readings, templates, vectors, hits, decisions, name
            )
        return decisions

    def _decide_hits(
        self,
        post_ids: Sequence[str],
        post_texts: Sequence[str],
        texts: Sequence[str],
        readings: Sequence[PostText],
        templates: Mapping[str, Template],
        vectors: np.ndarray,
        hits: Sequence[Sequence[Hit]],
    ) -> list[Decision]:
        """Lexical channel and ``decide`` for posts whose exemplar hits are known."""
        # the lexical channel (BM25 over the same catalogue snapshot): identical for every vector index
        lexical = self.lexical.rows(
            templates, texts, [[h.template_id for h in hs] for hs in hits], self.policy.lexical_candidates
        )
        self._export_lexical_health()
        # the pair reader (when configured) reads the post's query vector with its claim's passage vector
        return [
            decide(
                pid,
                raw,
                h,
                templates,
                self.policy,
                lexical=lex,
                post=r,
                post_vector=vec,
                claim_vector=self.claim_vector,
            )
            for pid, raw, r, h, lex, vec in zip(
                post_ids, post_texts, readings, hits, lexical, vectors, strict=True
            )
        ]

    def claim_vector(self, template: Template) -> np.ndarray:
        """A template's claim text as a passage vector (the pair reader's input), encoded once per text."""
        key = (template.id, template.text)
        vec = self._claim_vectors.get(key)
        if vec is None:
            if len(self._claim_vectors) > 4096:  # a catalogue edited for days: start over
                self._claim_vectors.clear()
            vec = self._claim_vectors[key] = self.embedder.encode_passages([template.text])[0]
        return vec

    def _with_segments(
        self,
        post_ids: Sequence[str],
        post_texts: Sequence[str],
        texts: Sequence[str],
        readings: Sequence[PostText],
        templates: Mapping[str, Template],
        vectors: np.ndarray,
        hits: Sequence[Sequence[Hit]],
        decisions: list[Decision],
        name: frozenset[str],
    ) -> None:
        """Decide again, with their clauses scored too (monitor.core.segments), the long posts whose whole
        text did not alert (``decisions``, replaced in place): a claim made in passing among other news is
        not diluted by the rest of the post. Bounded: a post that alerts already, a short post, one that
        does not name the wave (``name``), one in a script the policy does not split (``segment_scripts``:
        Chinese only with MONITOR_SEGMENT_CHINESE) and one nowhere near a claim or example cost nothing
        (segments.clause_worth_scoring, readable_clauses); the clauses of the whole batch are encoded at
        once. A clause lifts a post only where its own reading passes: not a supposition, question or
        quotation (readable_clauses), no guard stopping the template on the clause alone (clause_hits)."""
        floor = self.policy.segment_min_whole_cosine
        rows, parts = [], []
        for row, (text, hs, d) in enumerate(zip(texts, hits, decisions, strict=True)):
            if not clause_worth_scoring(d.matched, best_positive(hs), floor):
                continue
            clauses = policy_clauses(text, name, self.policy)
            if clauses:
                rows.append(row)
                parts.append(clauses)
        if not rows:
            return
        flat = [s for p in parts for s in p]
        started = time.perf_counter()
        part_hits = self.index.search(self.embedder.encode_queries(flat), self.knn_k)
        self.metrics.embedding.observe(time.perf_counter() - started)
        raised, merged, lifts, at = [], [], [], 0
        for row, p in zip(rows, parts, strict=True):
            discount = segment_discount(self.policy, texts[row])
            own = clause_hits(p, part_hits[at : at + len(p)], templates, self.policy, hits[row], discount)
            at += len(p)
            # a clause that raises no cosine (or only a guarded template's) leaves the decision as it is
            if any(raises_any(hits[row], o, discount) for o in own):
                raised.append(row)
                merged.append(merge_hits(hits[row], own, discount))
                lifts.append((p, own, discount))
        rows = raised
        if not rows:
            return
        again = self._decide_hits(
            [post_ids[r] for r in rows],
            [post_texts[r] for r in rows],
            [texts[r] for r in rows],
            [readings[r] for r in rows],
            templates,
            vectors[rows],
            merged,
        )
        for row, d, (clauses, own, discount) in zip(rows, again, lifts, strict=True):
            if d.matched and d.template_id is not None:
                # on-call reads which sentence of a long post carried the claim
                found = lifting_clause(hits[row], clauses, own, d.template_id, discount)
                if found is not None:
                    d.explanation["clause"] = {"text": found[0], "cosine": round(found[1], 4)}
            decisions[row] = d

    def _observe_hubness(self, texts: Sequence[str], hits: Sequence[Sequence[Hit]]) -> None:
        """Feed the hubness estimator the raw cosines of this batch's posts of its script, and refresh the
        policy's correction from what was seen (monitor.core.hubness)."""
        estimator = self.hubness
        if estimator is None:
            return
        with self._hubness_lock:
            seen = estimator.posts
            for text, post_hits in zip(texts, hits, strict=True):
                if writing_system(text) == estimator.script:
                    estimator.observe([((h.template_id, h.kind, h.index), h.score) for h in post_hits])
            if estimator.posts != seen:
                self._refresh_hubness()

    def adopt_hubness(self, posts: int, tops: Mapping[ExemplarKey, Sequence[float]]) -> None:
        """What the other workers saw (monitor.pipeline.hubness_share): the correction is refreshed with it
        at once, so a worker that just started corrects from its first batch."""
        estimator = self.hubness
        if estimator is None:
            return
        with self._hubness_lock:
            estimator.adopt(posts, tops)
            self._refresh_hubness()

    def own_hubness(self) -> tuple[int, dict[ExemplarKey, list[float]]]:
        """This worker's own observations: its posts of the estimator's script and each exemplar's highest
        cosines from them (nothing before the estimator is attached)."""
        estimator = self.hubness
        if estimator is None:
            return 0, {}
        with self._hubness_lock:
            return estimator.posts, estimator.own()

    def _refresh_hubness(self) -> None:
        """The policy's correction from what the estimator holds now (under ``_hubness_lock``)."""
        assert self.hubness is not None
        correction = self.hubness.correction(self.hubness_weight, self.hubness_bridged_offset)
        if correction is not None:
            self.policy = dataclasses.replace(self.policy, hubness=correction)

    def _export_lexical_health(self) -> None:
        """A failed background rebuild of the lexical index is counted and flagged, not only logged."""
        failures = self.lexical.rebuild_failures
        if failures > self._lexical_failures_seen:
            self.metrics.lexical_rebuild_failures.inc(failures - self._lexical_failures_seen)
            self._lexical_failures_seen = failures
        self.metrics.lexical_index_stale.set(1 if self.lexical.stale else 0)

    def with_language(self, good: list[tuple[RawMessage, Post]]) -> list[tuple[RawMessage, Post]]:
        """Fill ``post.lang`` where the producer left it out and count posts per language."""
        if self._language_detector is None:
            self._language_detector = default_detector()
        detector = self._language_detector
        out = []
        per_language: dict[str, int] = {}
        for msg, post in good:
            if not post.lang:
                lang = self._languages.get(post.text)
                if lang is None:
                    lang = detector.detect(post.text)
                    if len(self._languages) >= LANGUAGE_MEMO_SIZE:
                        self._languages.clear()
                    self._languages[post.text] = lang
                post = post.model_copy(update={"lang": lang})
            label = language_label(post.lang)
            per_language[label] = per_language.get(label, 0) + 1
            out.append((msg, post))
        for label, count in per_language.items():  # one labelled increment per language, not per post
            self.metrics.posts_by_language.labels(label).inc(count)
        return out

    def process(self, messages: Sequence[RawMessage]) -> BatchOutput:
        out = BatchOutput()
        good, out.dead_letters = self.parse(messages)
        if not good:
            return out
        good = self.with_language(good)
        self.metrics.batch_size.observe(len(good))
        out.posts = [p for _, p in good]
        result = self.embed_decide_result(out.posts)
        out.vectors, out.decisions, out.decided_by = result.vectors, result.decisions, result.stages
        out.gate_readings = result.gate_readings
        decisions = out.decisions
        record_stage = any(stage != "model" for stage in out.decided_by) or self.cascade is not None
        now = utcnow()
        processed_at = iso(now)
        templates = self.catalogue.templates
        matched_count = 0
        for (msg, post), d, stage in zip(good, decisions, out.decided_by, strict=True):
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
                    confidence=d.confidence,
                    decided_by=stage if record_stage else None,
                )
            )
            matched_count += d.matched
            started = post.created_at.timestamp() if post.created_at else msg.timestamp_s
            if started is not None:
                self.metrics.latency.observe(max(0.0, now.timestamp() - started))
            if template is None or d.score is None:
                continue
            self.metrics.matches.labels(template.category).inc()
            out.alerts.append(
                build_alert(
                    post.summary(),
                    template,
                    d,
                    created_at=processed_at,
                    default_runbook_url=self.default_runbook_url,
                )
            )
        # one labelled increment per outcome and batch (a label look-up per post cost more than the cache)
        if matched_count:
            self.metrics.posts_processed.labels("matched").inc(matched_count)
        if len(good) - matched_count:
            self.metrics.posts_processed.labels("unmatched").inc(len(good) - matched_count)
        return out

    def count_alert(self, alert: Alert) -> None:
        self.metrics.alerts.labels(alert.category, alert.severity).inc()
        self.metrics.template_alerts.labels(alert.template_id).inc()
