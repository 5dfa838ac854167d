"""The worker's candidate hook: unmatched posts -> shared clusters -> incident records for fast growers.

``on_batch`` (worker thread) takes the batch's unmatched posts with their query vectors (already computed
by the matcher: no extra model call), assigns them to the shared clusters under the store's lock, and
returns an ``incidents`` record for each visible candidate that now grows fast (at most one per candidate
per window). ``on_tick`` prunes faded clusters and merges near-duplicates (one worker per interval),
resolves notified candidates that went quiet, and refreshes the gauges.

With the cascade on, most unmatched posts were decided by its gate and have no transformer vector. A
:class:`BurstStage` clusters those on the static (model2vec, centred) vector in a namespace of their own
(the same clusterer and shared store, thresholds for that space); when a cheap cluster becomes a burst
(``MIN_SIZE`` posts from ``MIN_AUTHORS`` authors, what a candidate needs), its central posts and then each
post that joins it are encoded with the transformer, within a budget (``BURST_MODEL_POSTS_PER_S``), and
enter the real clustering with the rest: thresholds, ranking, promote and dismiss are unchanged.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import redis

from monitor.config import Settings
from monitor.core.candidates import (
    Background,
    BurstConfig,
    Cluster,
    ClusterConfig,
    PostIn,
    ShareBudget,
    TokenBucket,
    author_key_normalised,
    baseline_per_min,
    burst_escalation,
    current_size,
    growth_per_min,
    is_candidate,
    record_arrival,
    single_threaded_blas,
    top_terms,
    urgency,
)
from monitor.core.cascade import LRU, centre
from monitor.core.clock import iso_from_epoch_s
from monitor.core.models import Alert, Post
from monitor.core.text import normalize, word_count
from monitor.embedding import Embedder, resolve_model
from monitor.embedding.static import StaticEmbedder
from monitor.pipeline.cascade import CascadeStage
from monitor.pipeline.hooks import Emit
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import BatchOutput
from monitor.storage.candidates import CandidateStore, Replica
from monitor.storage.keys import Keys

log = logging.getLogger(__name__)

# unmatched, but a debunk or look-alike of a known template (the learned stance reader's stop included)
KNOWN_NARRATIVE = frozenset({"negative", "stance", "stance_reader"})


@dataclass(frozen=True)
class NotifyPolicy:
    growth_per_min: float = 1.0
    min_authors: int = 3
    window_s: float = 3600.0
    quiet_s: float = 1800.0
    severity: str = "medium"


def select_unmatched(batch: BatchOutput, min_tokens: int) -> list[PostIn]:
    """Posts of a batch that matched nothing, are long enough to judge and are not a look-alike or debunk
    of a known template; with their query vectors (row i of ``batch.vectors`` is ``batch.posts[i]``)."""
    if batch.vectors is None or len(batch.vectors) != len(batch.posts):
        return []
    out: list[PostIn] = []
    for i, (post, decision) in enumerate(zip(batch.posts, batch.decisions, strict=True)):
        if decision.matched or decision.suppressed_by in KNOWN_NARRATIVE:
            continue
        if not batch.has_vector(i):  # decided by the cascade's gate: far from every template, no vector
            continue
        text = normalize(post.text)
        if word_count(text) < min_tokens:
            continue
        out.append(PostIn(post.id, post.text, author_key_normalised(post.author, text), batch.vectors[i]))
    return out


def select_gate_decided(batch: BatchOutput, min_tokens: int) -> list[tuple[Post, str, np.ndarray | None]]:
    """The posts :func:`select_unmatched` leaves out only for want of a transformer vector (the cascade's
    gate decided them), with their normalised texts and, where the gate left it in the batch, the static
    vector it computed (before centring; None: encode it)."""
    out: list[tuple[Post, str, np.ndarray | None]] = []
    for i, (post, decision) in enumerate(zip(batch.posts, batch.decisions, strict=True)):
        if batch.has_vector(i) or decision.matched or decision.suppressed_by in KNOWN_NARRATIVE:
            continue
        reading = batch.gate_readings.get(i)
        text, static = reading if reading is not None else (normalize(post.text), None)
        if word_count(text) >= min_tokens:
            out.append((post, text, static))
    return out


class BurstStage:
    """The cheap first stage of candidate discovery for gate-decided posts (see the module's docstring).

    Per batch (worker thread): the shared stream position advances by the batch's posts (every post, not
    only the gate's: the clock growth is measured on); static vectors of the gate-decided unmatched posts
    (the gate's static model, centred on its current background mean) are clustered under the cheap store's
    lock and counted on that clock; the posts of clusters that are bursts (:func:`is_burst`: growing well
    above their own baseline share of the stream) are encoded with the transformer, at most what ``budget``
    (a share of the posts this worker processed) and ``rate`` (optional, posts per second) allow, outside any
    lock. Returns them as :class:`PostIn` with their transformer (query) vectors for the real clustering."""

    def __init__(
        self,
        store: CandidateStore,
        static: StaticEmbedder,
        mean: Callable[[], np.ndarray | None],
        embedder: Embedder,
        metrics: Metrics,
        budget: ShareBudget,
        *,
        growth: BurstConfig | None = None,
        rate: TokenBucket | None = None,
        min_tokens: int = 5,
        memo_size: int = 2048,
    ) -> None:
        self.store = store
        self.cfg = store.config
        # normalised text -> transformer query vector of the posts this stage encoded (a burst is often
        # the same text reposted: encoded once while it stays in here)
        self.encoded: LRU[str, np.ndarray] = LRU(memo_size)
        self.growth = growth or BurstConfig()
        self.static = static
        self.mean = mean
        self.embedder = embedder
        self.metrics = metrics
        self.budget = budget
        self.rate = rate
        self.min_tokens = min_tokens
        self.replica: Replica = store.replica()

    def escalate(self, batch: BatchOutput, now_s: float) -> list[PostIn]:
        if not batch.posts:
            return []
        self.budget.earn(len(batch.posts))
        gated = select_gate_decided(batch, self.min_tokens)
        mean = self.mean()
        if not gated or mean is None:  # no gate decisions without a centring mean
            self.store.advance_stream(len(batch.posts))
            return []
        # the gate's own static vectors where it left them in the batch; the rest encoded here
        missing = [row for row, (_, _, static) in enumerate(gated) if static is None]
        fresh = iter(self.static.encode([gated[row][1] for row in missing]) if missing else ())
        statics = [next(fresh) if static is None else static for _, _, static in gated]
        vectors = centre(np.vstack(statics), mean)
        cheap = [
            PostIn(post.id, post.text, author_key_normalised(post.author, text), v)
            for (post, text, _), v in zip(gated, vectors, strict=True)
        ]
        with self.store.locked() as ok:
            if not ok:
                log.warning("candidates: burst lock busy; %d gate-decided posts not clustered", len(cheap))
                self.metrics.candidate_posts_skipped.inc(len(cheap))
                self.store.advance_stream(len(batch.posts))
                return []
            try:
                # the stream position advanced in the sync's round trip
                pos = self.store.sync_advancing(self.replica, len(batch.posts))
                joined_by: dict[str, list[PostIn]] = {}
                joined = bursts = 0
                clusters = self.replica.clusters
                with single_threaded_blas():  # as ClusterSet.add_batch: products this small, one thread
                    # each arrival counted right after its post joined (the author's weight as of then)
                    for p, (cid, did_join) in zip(cheap, clusters.assign_batch(cheap, now_s), strict=True):
                        record_arrival(clusters.clusters[cid], p.author_key, pos, self.growth)
                        joined += did_join
                        joined_by.setdefault(cid, []).append(p)
                wanted: list[PostIn] = []
                for cid, posts in joined_by.items():
                    c = clusters.clusters[cid]
                    first = c.escalated_s is None
                    sent = burst_escalation(c, posts, now_s, pos, self.cfg, self.growth)
                    bursts += first and bool(sent)
                    wanted += sent
                removed = clusters.enforce_capacity(now_s)
                self.store.commit(self.replica, set(joined_by) - removed, removed)
            except BaseException:
                self.replica.invalidate()
                raise
        self.metrics.candidate_gated_clusters.set(len(self.replica.clusters))
        self.metrics.candidate_gated_posts.labels("joined").inc(joined)
        self.metrics.candidate_gated_posts.labels("new").inc(len(cheap) - joined)
        if bursts:
            self.metrics.candidate_bursts.inc(bursts)
            log.info("candidates: %d new burst(s) of gate-decided posts at stream position %d", bursts, pos)
        if not wanted:
            return []
        granted = self._grant(len(wanted), now_s)
        if granted < len(wanted):
            self.metrics.candidate_model_posts.labels("over_budget").inc(len(wanted) - granted)
            log.info("candidates: burst budget spent, %d posts not encoded", len(wanted) - granted)
        wanted = wanted[:granted]
        if not wanted:
            return []
        # the gate's normalised text for this batch's posts; a cluster's older examples normalised here
        read = {(post.id, post.text): text for post, text, _ in gated}
        texts = [read.get((p.post_id, p.text)) or normalize(p.text) for p in wanted]
        # reposts are encoded once: within the batch, and across batches while the memo keeps them (the
        # budget is charged per post either way, so what is clustered does not change)
        row: dict[str, np.ndarray] = {}
        for t in texts:
            known = self.encoded.get(t)
            if known is not None:
                row[t] = known
        unique = [t for t in dict.fromkeys(texts) if t not in row]
        if row:
            self.metrics.candidate_model_posts.labels("recalled").inc(len(row))
        if unique:
            encoded = self.embedder.encode_queries(unique)
            for i, t in enumerate(unique):
                row[t] = encoded[i]
                self.encoded.put(t, encoded[i].copy())  # a row alone: a view would keep the whole matrix
            self.metrics.candidate_model_posts.labels("encoded").inc(len(unique))
        return [PostIn(p.post_id, p.text, p.author_key, row[t]) for p, t in zip(wanted, texts, strict=True)]

    def _grant(self, wanted: int, now_s: float) -> int:
        """Posts the budgets allow now: the share of the stream, then the rate (when one is set)."""
        granted = self.budget.take(wanted)
        if self.rate is not None and granted:
            allowed = self.rate.take(granted, now_s)
            self.budget.give_back(granted - allowed)
            granted = allowed
        return granted

    def maintain(self, now_s: float, interval_s: float) -> None:
        """Prune faded cheap clusters (one worker per interval)."""
        if not self.store.claim_maintenance(interval_s):
            return
        with self.store.locked() as ok:
            if not ok:
                return
            try:
                self.store.sync(self.replica)
                removed = self.replica.clusters.prune(now_s)
                self.store.commit(self.replica, (), removed)
            except BaseException:
                self.replica.invalidate()
                raise
        self.metrics.candidate_gated_clusters.set(len(self.replica.clusters))


def incident_record(
    c: Cluster,
    status: str,
    now_s: float,
    cfg: ClusterConfig,
    policy: NotifyPolicy,
    background: Background | None = None,
) -> dict[str, Any]:
    """An ``incidents`` topic record for a candidate (the contract's incident fields, ``template_id`` null,
    ``kind`` "candidate"), so the same consumers page on it."""
    growth = growth_per_min(c, now_s, cfg)
    return {
        "incident_id": f"cand-{c.id}",
        "template_id": None,
        "candidate_id": c.id,
        "kind": "candidate",
        "status": status,
        "severity": policy.severity,
        "count": round(current_size(c, now_s, cfg)),
        "rate_per_min": round(growth, 3),
        "baseline_per_min": round(baseline_per_min(c, now_s, cfg), 3),
        "spreading": status != "resolved" and c.author_count >= policy.min_authors,
        "first_seen_at": iso_from_epoch_s(c.first_seen_s),
        "last_seen_at": iso_from_epoch_s(c.last_seen_s),
        "sample_post_ids": [e.post_id for e in c.examples[:5]],
        # extras
        "category": "candidate",
        "authors": c.author_count,
        "score": round(urgency(growth, c.author_count), 3),
        "terms": top_terms([e.text for e in c.examples], background or ()),
        "examples": [{"post_id": e.post_id, "text": e.text} for e in c.examples[:3]],
        "emitted_at": iso_from_epoch_s(now_s),
    }


class CandidateHook:
    name = "candidates"

    def __init__(
        self,
        store: CandidateStore,
        metrics: Metrics,
        *,
        notify: NotifyPolicy | None = None,
        min_tokens: int = 5,
        tick_interval_s: float = 15.0,
        gauge_interval_s: float = 5.0,
        clock: Callable[[], float] = time.time,
        burst: BurstStage | None = None,
    ) -> None:
        self.store = store
        self.burst = burst
        self.cfg = store.config
        self.metrics = metrics
        self.notify = notify or NotifyPolicy()
        self.min_tokens = min_tokens
        self.tick_interval_s: float | None = tick_interval_s
        self.gauge_interval_s = gauge_interval_s
        self.clock = clock
        self.replica: Replica = store.replica()
        self._mutex = threading.Lock()  # the worker calls from one thread; tests may not
        self._gauges_at = float("-inf")

    # --- per batch ---------------------------------------------------------------------------------
    def on_batch(self, batch: BatchOutput, alerts_sent: Sequence[Alert]) -> list[Emit]:
        now = self.clock()
        posts = select_unmatched(batch, self.min_tokens)
        if self.burst is not None:
            posts += self.burst.escalate(batch, now)
        if not posts:
            return []
        with self._mutex, self.store.locked() as ok:
            if not ok:
                log.warning(
                    "candidates: lock busy for %.0fs; %d posts not clustered",
                    self.store.lock_timeout_s,
                    len(posts),
                )
                self.metrics.candidate_posts_skipped.inc(len(posts))
                return []
            try:
                self.store.sync(self.replica)
                touched, joined = self.replica.clusters.add_batch(posts, now)
                removed = self.replica.clusters.enforce_capacity(now)
                changed = touched - removed
                due = self._due(changed, now)
                self.store.commit(self.replica, changed, removed)
            except BaseException:
                self.replica.invalidate()  # half-applied locally: reload from Redis next time
                raise
        self.metrics.candidate_posts.labels("joined").inc(joined)
        self.metrics.candidate_posts.labels("new").inc(len(posts) - joined)
        emits = self._records(due, now)
        if now - self._gauges_at >= self.gauge_interval_s:
            self._refresh_gauges(now)
        return emits

    def _due(self, ids: Iterable[str], now_s: float) -> list[tuple[Cluster, str]]:
        """Candidates that grow fast enough to notify, not notified within the window, not hidden.
        Marks them notified (the caller commits, under the lock: one record across workers)."""
        p = self.notify
        clusters = self.replica.clusters.clusters
        fast = [
            clusters[cid]
            for cid in ids
            if (c := clusters[cid]).author_count >= p.min_authors
            and is_candidate(c, now_s, self.cfg)
            and growth_per_min(c, now_s, self.cfg) >= p.growth_per_min
            and (c.notified_s is None or now_s - c.notified_s >= p.window_s)
        ]
        if not fast:
            return []
        hidden = self.store.hidden([c.id for c in fast])
        out: list[tuple[Cluster, str]] = []
        for c in fast:
            if c.id in hidden:
                continue
            status = "open" if c.notifications == 0 or c.resolved else "updated"
            c.notified_s, c.notifications, c.resolved = now_s, c.notifications + 1, False
            out.append((c, status))
        return out

    def _records(self, due: Sequence[tuple[Cluster, str]], now_s: float) -> list[Emit]:
        if not due:
            return []
        pool = itertools.islice(self.replica.clusters.clusters.values(), 1500)  # idf sample, as in rank()
        background = Background.of(c.examples[0].text for c in pool if c.examples)
        emits = []
        for c, status in due:
            record = incident_record(c, status, now_s, self.cfg, self.notify, background)
            emits.append(Emit(topic="incidents", value=record, key=record["incident_id"]))
            self.metrics.candidate_notifications.labels(status).inc()
            log.info(
                "candidate %s %s: %d posts, %.2f/min, %d authors, terms=%s",
                c.id,
                status,
                record["count"],
                record["rate_per_min"],
                c.author_count,
                record["terms"],
            )
        return emits

    # --- periodic ----------------------------------------------------------------------------------
    def on_tick(self, now_s: float) -> list[Emit]:
        if self.burst is not None:
            self.burst.maintain(now_s, self.tick_interval_s or 15.0)
        maintain = self.store.claim_maintenance(self.tick_interval_s or 15.0)
        resolved: list[tuple[Cluster, str]] = []
        with self._mutex, self.store.locked() as ok:
            if not ok:
                return []
            try:
                self.store.sync(self.replica)
                if maintain:
                    resolved = self._maintain(now_s)
            except BaseException:
                self.replica.invalidate()
                raise
        emits = self._records(resolved, now_s)
        self._refresh_gauges(now_s)
        return emits

    def _maintain(self, now_s: float) -> list[tuple[Cluster, str]]:
        """Prune faded clusters, merge near-duplicates, resolve notified candidates that went quiet."""
        clusters = self.replica.clusters
        open_before = {cid: c for cid, c in clusters.clusters.items() if c.notifications and not c.resolved}
        removed = clusters.prune(now_s)
        changed, merged_away = clusters.merge_near(now_s)
        removed |= merged_away
        quiet: list[tuple[Cluster, str]] = []
        for cid, c in open_before.items():
            gone = cid in removed
            if gone or now_s - c.last_seen_s >= self.notify.quiet_s:
                if not gone:
                    c.resolved = True
                    changed.add(cid)
                quiet.append((c, "resolved"))
        self.store.commit(self.replica, changed, removed)
        if removed or changed:
            log.info(
                "candidates: pruned/merged %d clusters, %d changed, %d live",
                len(removed),
                len(changed),
                len(clusters),
            )
        return quiet

    def _refresh_gauges(self, now_s: float) -> None:
        self._gauges_at = now_s
        try:
            hidden = self.store.hidden()
        except redis.RedisError:
            return
        clusters = self.replica.clusters.clusters.values()
        active = [c for c in clusters if c.id not in hidden and is_candidate(c, now_s, self.cfg)]
        top = max(
            active, key=lambda c: urgency(growth_per_min(c, now_s, self.cfg), c.author_count), default=None
        )
        self.metrics.candidates_active.set(len(active))
        self.metrics.candidate_growth.set(0.0 if top is None else growth_per_min(top, now_s, self.cfg))
        self.metrics.candidate_clusters.set(len(self.replica.clusters))


# --- wiring ------------------------------------------------------------------------------------------
def config_from_settings(settings: Settings, cluster_threshold: float) -> ClusterConfig:
    """Cluster settings; the join threshold defaults to the model's cluster cosine
    (ModelSpec.cluster_threshold; cosines of different models are not comparable; MiniLM -> 0.60)."""
    join = settings.candidates_join_threshold
    return ClusterConfig(
        join_threshold=join if join is not None else cluster_threshold,
        merge_threshold=settings.candidates_merge_threshold,
        size_half_life_s=settings.candidates_size_half_life_s,
        growth_half_life_s=settings.candidates_growth_half_life_s,
        max_clusters=settings.candidates_max_clusters,
        min_size=settings.candidates_min_size,
        min_authors=settings.candidates_min_authors,
    )


def store_from_settings(
    settings: Settings, client: redis.Redis, model_name: str, cluster_threshold: float
) -> CandidateStore:
    return CandidateStore(
        client, Keys(settings.redis_prefix), model_name, config_from_settings(settings, cluster_threshold)
    )


def burst_stage(
    settings: Settings,
    client: redis.Redis,
    embedder: Embedder,
    metrics: Metrics,
    cascade: CascadeStage | None,
) -> BurstStage | None:
    """The cheap stage for gate-decided posts: only with a cascade whose gate has a static model, and
    ``MONITOR_CANDIDATES_BURST_ENABLED`` (default false: opt-in). Its clusters live beside the real ones, in a
    namespace of their own (``<model>-static``): static vectors never mix with transformer ones."""
    if cascade is None or cascade.static is None or not settings.candidates_burst_enabled:
        return None
    cfg = ClusterConfig(
        join_threshold=settings.candidates_burst_join_threshold,
        merge_threshold=1.0,  # never merged: a cluster's own history is its baseline
        size_half_life_s=settings.candidates_size_half_life_s,
        growth_half_life_s=settings.candidates_growth_half_life_s,
        max_clusters=settings.candidates_burst_max_clusters,
        min_size=settings.candidates_burst_min_posts,
        min_authors=settings.candidates_burst_min_authors,
    )
    store = CandidateStore(client, Keys(settings.redis_prefix), f"{embedder.spec.name}-static", cfg)
    share = settings.candidates_burst_model_share
    budget = ShareBudget(share, max(share * settings.candidates_burst_budget_posts, float(cfg.max_examples)))
    per_s = settings.candidates_burst_model_posts_per_s
    rate = (
        None
        if per_s is None
        else TokenBucket(per_s, max(per_s * settings.candidates_burst_window_s, float(cfg.max_examples)))
    )
    growth = BurstConfig(
        recent_posts=settings.candidates_burst_recent_posts,
        baseline_posts=settings.candidates_burst_baseline_posts,
        growth=settings.candidates_burst_growth,
    )
    return BurstStage(
        store,
        cascade.static,
        lambda: cascade.background_mean,
        embedder,
        metrics,
        budget,
        growth=growth,
        rate=rate,
        min_tokens=settings.candidates_min_tokens,
    )


def candidate_hooks(
    settings: Settings,
    client: redis.Redis,
    embedder: Embedder,
    metrics: Metrics,
    cascade: CascadeStage | None = None,
) -> list[CandidateHook]:
    """The hook as ``build_hooks`` registers it (none when ``MONITOR_CANDIDATES_ENABLED=false``); with the
    cascade's stage, a :class:`BurstStage` in front of it for the posts its gate decided."""
    if not settings.candidates_enabled:
        return []
    spec = embedder.spec
    store = store_from_settings(settings, client, spec.name, spec.cluster_threshold)
    notify = NotifyPolicy(
        growth_per_min=settings.candidates_notify_growth_per_min,
        min_authors=settings.candidates_notify_min_authors,
        window_s=settings.candidates_notify_window_s,
        quiet_s=settings.candidates_quiet_s,
    )
    return [
        CandidateHook(
            store,
            metrics,
            notify=notify,
            min_tokens=settings.candidates_min_tokens,
            tick_interval_s=settings.candidates_tick_s,
            burst=burst_stage(settings, client, embedder, metrics, cascade),
        )
    ]


def reader_store(settings: Settings, client: redis.Redis) -> CandidateStore:
    """A store for readers and ops actions (CLI, API): no model loaded, same keys and settings as workers."""

    spec = resolve_model(settings.model, settings.models_dir)
    return store_from_settings(settings, client, spec.name, spec.cluster_threshold)
