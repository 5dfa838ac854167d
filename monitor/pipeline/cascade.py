"""The worker's cascade stage: decide what it can before the transformer (see ``monitor.core.cascade``).

Per batch, in order:

1. ``cache``: posts whose reading (:class:`~monitor.core.text.PostText` minus the raw text, plus its script)
   the full pipeline has decided under the current catalogue version reuse that decision and query vector
   (a bounded LRU per worker; cleared when the catalogue version moves).
2. ``gate``: the rest get a static vector (model2vec, ~100x the transformer's speed), centred on the
   background mean (exemplars + posts seen). A post under the calibrated gate threshold with no lexical
   evidence is "no match", with ``decided_by: gate`` and no query vector.
3. ``model``: the full pipeline, whose decisions fill the cache.

Hooks and skipped posts: a gate-skipped post has no transformer vector (its row in ``BatchOutput.vectors``
is zeros and ``BatchOutput.decided_by`` says ``gate``). The candidates hook clusters only posts with a
vector: narratives far from every template (the ones the gate skips) are not clustered while the cascade is
on (the cost of not running the model on off-topic text; ``MONITOR_CASCADE=off`` restores it). The retro
hook keeps them in its window without a vector and, when a template is added, re-checks them through
:meth:`CascadeStage.recheck` (the gate under the new catalogue, learning nothing) and the transformer.

On a stream where the gate decides (almost) nothing it backs off (:mod:`monitor.core.backoff`): it runs on
a sample of batches until one decides again (``monitor_cascade_gate_backoff``).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from monitor.config import Settings
from monitor.core.backoff import BackoffConfig, GateBackoff
from monitor.core.cascade import (
    LRU,
    MIN_CALIBRATION_PAIRS,
    STAGES,
    GateCalibration,
    GateInputs,
    JointCurves,
    ReservoirChunk,
    StaticMap,
    background_mean,
    calibrate_gate,
    calibrate_pairs,
    calibration_folds,
    centre,
    combine_bounds,
    cross_fitted_map,
    decode_chunk,
    encode_chunk,
    fit_static_map,
    joint_curves,
    joint_gate_slack,
    map_static,
    merge_chunks,
    template_gate_slack,
)
from monitor.core.langid import writing_system
from monitor.core.lexical import LexicalChannel
from monitor.core.matching import (
    SCAM_SIGNALS,
    Decision,
    MatchPolicy,
    off_subject_whatever_the_scores,
    signal_reward,
    template_profile,
)
from monitor.core.models import Template
from monitor.core.segments import policy_clauses, wave_name
from monitor.core.text import PostText, Signals, extract_signals, normalize, word_count
from monitor.embedding import Embedder
from monitor.embedding.static import (
    StaticEmbedder,
    load_static_embedder,
    open_static_embedder,
    static_model_path,
)
from monitor.pipeline.metrics import Metrics
from monitor.storage.cascade_state import RedisSharedState, SharedStateStore
from monitor.storage.connections import redis_client
from monitor.storage.keys import Keys

log = logging.getLogger(__name__)

# the full pipeline on a subset of a batch: indices, their normalised texts and readings in,
# (query vectors, decisions) out
FullPipeline = Callable[[Sequence[int], Sequence[str], Sequence[PostText]], tuple[np.ndarray, list[Decision]]]
# the posts' normalised texts (indices in): what the static model encodes and BM25 scores
Normalise = Callable[[Sequence[int]], list[str]]
# what the decision layer reads from posts (indices, their normalised texts and, where the gate read them,
# their scam signals in): readings, writing systems
Read = Callable[[Sequence[int], Sequence[str], Sequence[Signals | None]], tuple[list[PostText], list[str]]]
# a repost cache entry: (query vector, decision, gate reading); a gate decision has no vector and keeps what
# the gate read (normalised text, static vector before centring), a model decision no reading
CacheEntry = tuple[np.ndarray | None, Decision, tuple[str, np.ndarray] | None]


@dataclass(frozen=True)
class CascadeConfig:
    cache_size: int = 20_000  # reposts remembered per worker (vector + decision: ~2 kB each for 384 dims)
    gate: bool = True
    gate_margin: float = 0.05  # below the lowest leave-one-out cosine of the catalogue's paraphrases
    warmup_posts: int = 0  # posts to see before the gate decides anything (the background mean settles)
    recalibrate_every: int = 2000  # posts between re-estimates of the background mean and threshold
    calibration_exemplars: int = 1500  # exemplars (a seeded sample) whose pairs calibrate the gate
    min_pairs: int = MIN_CALIBRATION_PAIRS  # fewest close exemplar pairs a threshold is read from
    knn_k: int = 50  # exemplar hits the dense channel returns per post (MONITOR_KNN_K): bounds the BM25 floor
    # the gate keeps (sends to the model) posts that could score within this much below a threshold: the
    # near misses the console shows (MONITOR_NEAR_MISS_MARGIN with MONITOR_CASCADE_KEEP_NEAR_MISSES=true)
    keep_margin: float = 0.0
    # compare posts with the exemplars in the transformer's space through a learned linear map of their
    # static vectors (fitted on the exemplars and a reservoir of posts the model scored) instead of centred
    # static cosines; the calibration is the same (pairs' lowest predicted cosine at each transformer level)
    gate_map: bool = True
    # with the map: a third bound that reads the calibration pairs in both spaces at once (no pair that
    # close is at or under the post in the mapped *and* the static space; monitor.core.cascade.JointCurves)
    gate_joint: bool = True
    # the joint bound's margin (in both spaces), above ``gate_margin``'s: it rests on where the pairs lie in
    # two dimensions at once, where fewer pairs back each corner than a single floor
    gate_joint_margin: float = 0.1
    map_reservoir: int = 4000  # (static, transformer) pairs of model-scored posts kept for the map's fit
    map_ridge: float = 0.05  # ridge penalty, relative to the static Gram matrix's mean eigenvalue
    map_folds: int = (
        5  # cross-fitting folds: each calibration pair's prediction comes from a map fitted without it
    )
    # how the calibration's out-of-fold predictions hold rows out (monitor.core.cascade.calibration_folds):
    # "template" (a template's exemplars together: a map that never saw the template; the safe default)
    # or "exemplar" (each exemplar apart: a map that saw its template's other phrasings; a larger gate
    # share, but its bound is broken by 2 of 598 labelled positive pairs in the worst case:
    # docs/PERFORMANCE.md "Cascade: a larger gate share")
    map_fold_by: str = "template"
    map_max_exemplars: int = (
        20_000  # above this many exemplars the map is not used (their transformer vectors)
    )
    map_min_rows: int = 64  # fewest fit rows (exemplars + reservoir) before the map replaces centred cosines
    # a template's own calibration curve is read where at least this many pairs towards its exemplars are as
    # close as a post needs (recall first: elsewhere the catalogue-wide curve); 0: the wide curve only
    template_min_pairs: int = 50
    # recalibrate on a background thread (the worker): the batch never waits for a fit (~1.6 s with a full
    # reservoir); the new calibration is swapped in whole. False: inline, as each batch asks (evaluation,
    # tests: the same posts get the same stages on every run)
    background_calibration: bool = False
    # the shared state (a store given): rows of model-scored posts go to it in chunks of at least
    # ``shared_chunk_min_rows`` (at most ``shared_chunk_max_rows``, the newest)
    shared_chunk_min_rows: int = 64
    shared_chunk_max_rows: int = 256
    # the gate backs off on a stream where it decides (almost) nothing (monitor.core.backoff): when the
    # share it decided over ``backoff.window_posts`` posts is under its break-even (its measured cost per
    # post over the model's, within ``backoff.min_share``..``max_share``), it runs on one batch in
    # ``backoff.sample_every`` until a sampled batch decides enough again (window 0: never)
    backoff: BackoffConfig = dataclasses.field(default_factory=BackoffConfig)
    # the gate reads the decision layer's exact terms, not looser bounds of them: the scam-signal term per
    # template (half the reward for one shared signal, the penalty when the post carries no scam signal at
    # all) and the short-text guard (a post under ``MatchPolicy.min_post_tokens`` words matches nothing);
    # False: the reward as a whole for any shared signal, no penalty, no length check (the earlier bound)
    exact_terms: bool = True


@dataclass(frozen=True)
class GateState:
    """One calibration of the gate, swapped in whole (the batch reads one reference per batch):
    ``catalogue_key`` is the catalogue it was computed for; another catalogue's state decides nothing."""

    catalogue_key: tuple[int, int] | None
    calibration: GateCalibration
    static_calibration: GateCalibration
    mean: np.ndarray | None = None  # the background mean of the static space
    exemplars: np.ndarray | None = None  # the exemplars' static vectors centred on ``mean``
    static_map: StaticMap | None = None
    cut_boost: float = float("inf")  # the hubness gain the mapped curve's cut allowed for (inf: no cut)
    seconds: float = 0.0  # how long it took to compute
    joint: JointCurves | None = None  # the pairs in both spaces at once (with the map and gate_joint)


@dataclass(frozen=True)
class _Snapshot:
    """What a calibration reads, copied under the lock (the batch goes on changing the originals)."""

    catalogue_key: tuple[int, int] | None
    exemplars_raw: np.ndarray
    exemplar_positive: list[bool]
    exemplar_column: np.ndarray
    n_templates: int
    exemplar_queries: np.ndarray
    exemplar_passages: np.ndarray
    sample: np.ndarray
    dense_pairs: np.ndarray
    base_required: float
    lowest_required: float
    cut_boost: float
    posts_sum: np.ndarray | None
    posts_count: int
    recent: np.ndarray
    fit_static: np.ndarray  # the map's fit rows besides the exemplars (shared or local reservoir)
    fit_dense: np.ndarray


@dataclass
class StageResult:
    vectors: np.ndarray
    decisions: list[Decision]
    stages: list[str]
    # what the gate computed for the posts it decided (row -> normalised text, static vector before
    # centring): the candidates' burst stage clusters exactly these, without normalising or encoding again
    gate_readings: dict[int, tuple[str, np.ndarray]] = field(default_factory=dict)


class CascadeStage:
    """Cache and gate in front of the full pipeline; one per worker (used by one batch thread)."""

    def __init__(
        self,
        static: StaticEmbedder | None,
        dense: Embedder | None,
        policy: MatchPolicy,
        lexical: LexicalChannel,
        metrics: Metrics,
        config: CascadeConfig | None = None,
        shared: SharedStateStore | None = None,
    ) -> None:
        self.static = static
        self.dense = dense  # the transformer: pairs of exemplars it would match calibrate the gate
        self.policy = policy
        self.lexical = lexical
        self.metrics = metrics
        self.config = config or CascadeConfig()
        # key -> (query vector, decision, gate reading); the vector is None for a gate decision (remembered
        # for exact reposts only: the gate's answer for the same text, without reading it again), which
        # keeps the gate's reading (normalised text, static vector before centring) so that a repost
        # recalled from here is handed on as the gate's first reading was (the candidates' burst stage)
        self.cache: LRU[tuple[Any, ...], CacheEntry] = LRU(self.config.cache_size)
        # the workers' shared rows and background (Redis); None: this worker learns alone
        self.shared = shared
        not_yet = GateCalibration(np.zeros(0), np.zeros(0), 0, self.config.gate_margin, reason="not yet")
        self._state = GateState(None, not_yet, not_yet)
        # guards what the batch thread and the calibration thread both touch (the reservoir, the
        # background sums, the job handle); the batch holds it for microseconds, never during a fit
        self._lock = threading.Lock()
        # the calibration thread while one runs (a daemon: never joined at exit, like the batch thread)
        self._job: threading.Thread | None = None
        self._dirty = False  # a calibration was asked for while one ran: run again once it ends
        self._shared_rows = ReservoirChunk(np.zeros((0, 0)), np.zeros((0, 0)), np.zeros(0), 0)
        self._shared_loaded = False
        self._shared_failing = False
        # rows and background not yet pushed to the shared state
        self._unpushed_static: list[np.ndarray] = []
        self._unpushed_dense: list[np.ndarray] = []
        self._unpushed_sum: np.ndarray | None = None
        self._unpushed_posts = 0
        self._catalogue_key: tuple[int, int] | None = None
        self._exemplars_raw = np.zeros((0, 0), dtype=np.float32)
        self._exemplar_ids: list[str] = []
        self._exemplar_positive: list[bool] = []
        # the writing systems of the catalogue's (positive) exemplars: what the gate's calibration pairs cover
        self._exemplar_scripts: frozenset[str] = frozenset()
        self._exemplar_column = np.zeros(0, dtype=np.int64)  # exemplar -> its template's column
        self._template_column: dict[str, int] = {}
        self._template_thresholds = np.zeros(0, dtype=np.float64)
        self._template_reach = np.zeros(0, dtype=np.float64)  # the confidence line's, per template
        self._line_floor = 1.0
        self._bm25_columns: tuple[int, np.ndarray] | None = None  # (id of the BM25 index, its column map)
        self._sample = np.zeros(0, dtype=np.int64)  # exemplars whose pairs calibrate
        self._dense_pairs = np.zeros((0, 0), dtype=np.float32)
        self._base_required = 0.0
        self._exemplars = np.zeros((0, 0), dtype=np.float32)
        self._scam_signals: frozenset[str] = frozenset()
        # per template column: the scam signals whose reward it gives (none for a template that is not a
        # scam); the reward row of a post's set of scam signals, memoised per catalogue
        self._template_signals: list[frozenset[str]] = []
        self._signal_rows: dict[frozenset[str], np.ndarray] = {}
        self._posts_sum: np.ndarray | None = None
        self._posts_count = 0
        self._since_calibration = 0
        self._recent = np.zeros((0, 0), dtype=np.float32)  # a sample of raw post vectors (pass rate)
        # the learned map: exemplars' transformer vectors (queries: fit targets; passages: gate columns), a
        # seeded reservoir of (static, transformer query) rows of model-scored posts, the fitted map
        self._exemplar_queries = np.zeros((0, 0), dtype=np.float32)
        self._exemplar_passages = np.zeros((0, 0), dtype=np.float32)
        self._reservoir_static = np.zeros((0, 0), dtype=np.float32)
        self._reservoir_dense = np.zeros((0, 0), dtype=np.float32)
        self._reservoir_seen = 0
        self._rng = np.random.default_rng(0)
        self._pending_static: dict[int, np.ndarray] = {}
        self._templates: Mapping[str, Template] | None = None
        self._hub_boost = hubness_boost(policy)  # the most the hubness correction adds to a cosine
        # an all-topical stream: the gate that decides nothing runs on a sample of batches only
        self._backoff = GateBackoff(self.config.backoff)
        self._gate_s_per_post = 0.0  # moving averages of what a post costs at the gate and in the model
        self._model_s_per_post = 0.0

    # --- the current calibration (one reference, swapped whole) -----------------------------------------
    @property
    def calibration(self) -> GateCalibration:
        """The gate's calibration: the learned map's when it is fitted, else the centred static one."""
        return self._state.calibration

    @property
    def static_calibration(self) -> GateCalibration:
        return self._state.static_calibration

    @property
    def _map(self) -> StaticMap | None:
        return self._state.static_map

    @property
    def background_mean(self) -> np.ndarray | None:
        """The mean the gate centres static vectors on (None before the first calibration)."""
        return self._state.mean

    @property
    def _cut_boost(self) -> float:
        return self._state.cut_boost

    # --- catalogue -----------------------------------------------------------------------------------
    def set_policy(self, policy: MatchPolicy) -> None:
        """The processor's current policy. The hubness correction (monitor.core.hubness) replaces it once
        enough posts were seen: it can lower the lowest thresholds (its own cross-script offset) and raise
        a cross-script cosine (an exemplar less of a hub than average gains), so the gate's thresholds are
        recomputed and the largest such gain counts as a bonus every post may get."""
        if policy is self.policy:
            return
        self.policy = policy
        self._hub_boost = hubness_boost(policy)
        self._signal_rows = {}  # the reward rows carry the policy's signal weight
        if self._templates is not None:
            self._set_thresholds(self._templates)
            if self._hub_boost > self._cut_boost:  # the mapped curve was cut above what a post may now need
                self._recalibrate()  # until it is in, the gate reads the centred static bound alone

    def _set_thresholds(self, templates: Mapping[str, Template]) -> None:
        self._template_thresholds = np.asarray(
            [self.policy.lowest_threshold(t) - self.config.keep_margin for t in templates.values()],
            dtype=np.float64,
        )
        self._base_required = (
            min((self.policy.lowest_threshold(t) for t in templates.values()), default=0.0)
            - self.config.keep_margin
        )
        # the confidence line reaches this much further under, for a post that shares words with the
        # template (MatchPolicy.line_reach): the BM25 pairs' bar is lowered by it below
        self._template_reach = np.asarray(
            [self.policy.line_reach(t) for t in templates.values()], dtype=np.float64
        )
        self._line_floor = self.policy.line_lexical_floor()  # the saturated BM25 the line needs

    def on_catalogue(self, templates: Mapping[str, Template], version: int) -> None:
        """A new catalogue snapshot: forget cached decisions, embed the exemplars, recalibrate."""
        key = (version, id(templates))
        if key == self._catalogue_key:
            return
        with self._lock:  # a calibration computed meanwhile (from a mix of both catalogues) is dropped
            self._catalogue_key = None
        self.cache.clear()
        self._set_backoff(False)  # a new catalogue may decide a different share: the gate on every batch
        if self.static is None or not self.config.gate:
            self._catalogue_key = key
            return
        ids, positive, texts = [], [], []
        scam: set[str] = set()
        template_signals: list[frozenset[str]] = []
        for template in templates.values():
            for kind, _i, text in template.exemplars():
                ids.append(template.id)
                positive.append(kind != "negative")
                texts.append(text)
            profile = template_profile(template)
            template_signals.append(profile.signals if profile.is_scam else frozenset())
            if profile.is_scam:
                scam |= profile.signals
        normalized = [normalize(t) for t in texts]
        self._exemplars_raw = self.static.encode(normalized)
        self._exemplar_ids, self._exemplar_positive = ids, positive
        self._exemplar_scripts = frozenset(
            writing_system(t) for t, keep in zip(normalized, positive, strict=True) if keep
        )
        self._template_column = {tid: c for c, tid in enumerate(templates)}
        self._exemplar_column = np.asarray([self._template_column[t] for t in ids], dtype=np.int64)
        self._templates = templates
        self._set_thresholds(templates)
        self._bm25_columns = None
        self._scam_signals = frozenset(scam)
        self._template_signals = template_signals
        self._signal_rows = {}
        # the transformer's view of exemplar pairs, on a seeded sample for large catalogues
        n = len(texts)
        sample = np.arange(n)
        if n > self.config.calibration_exemplars:
            sample = np.sort(
                np.random.default_rng(0).choice(n, self.config.calibration_exemplars, replace=False)
            )
        self._sample = sample
        self._exemplar_queries = self._exemplar_passages = np.zeros((0, 0), dtype=np.float32)
        if self._use_map(n):
            assert self.dense is not None
            self._exemplar_queries = self.dense.encode_queries(normalized)
            self._exemplar_passages = self.dense.encode_passages(normalized)
            self._dense_pairs = self._exemplar_queries[sample] @ self._exemplar_passages[sample].T
        elif self.dense is not None and len(sample):
            chosen = [normalized[i] for i in sample]
            self._dense_pairs = self.dense.encode_queries(chosen) @ self.dense.encode_passages(chosen).T
        else:
            self._dense_pairs = np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            self._catalogue_key = key
        self._recalibrate()

    def _use_map(self, exemplars: int | None = None) -> bool:
        n = len(self._exemplars_raw) if exemplars is None else exemplars
        return self.config.gate_map and self.dense is not None and 0 < n <= self.config.map_max_exemplars

    def _recalibrate(self) -> None:
        """Ask for a new calibration: inline, or on the background thread (the batch goes on with the
        current one; a request while one runs makes it run once more when it ends)."""
        self._since_calibration = 0
        if not self.config.background_calibration:
            self._calibrate_now()
            return
        with self._lock:
            if self._job is not None:
                self._dirty = True
                return
            self._job = threading.Thread(
                target=self._calibration_loop, name="cascade-calibration", daemon=True
            )
            self._job.start()

    def _calibration_loop(self) -> None:
        while True:
            try:
                self._calibrate_now()
            except Exception:  # the thread must outlive a bad fit: the gate keeps its last calibration
                log.exception("cascade: calibration failed; the gate keeps its previous one")
            with self._lock:
                if not self._dirty:
                    self._job = None
                    return
                self._dirty = False

    def wait_calibrated(self, timeout_s: float = 60.0) -> bool:
        """Wait until no calibration is running or asked for (tests, the bench); True when idle."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self._lock:
                job = self._job
            if job is None:
                return True
            time.sleep(0.01)
        return False

    def _calibrate_now(self) -> None:
        if self.shared is not None:
            self._sync_shared()
        snapshot = self._snapshot()
        state = self._compute(snapshot)
        with self._lock:
            if snapshot.catalogue_key != self._catalogue_key:
                return  # the catalogue moved meanwhile: its own calibration is asked for already
            self._state = state
        t = state.calibration.threshold
        self.metrics.cascade_gate_threshold.set(float("nan") if t is None else t)
        log.debug("cascade gate (%.2f s): %s", state.seconds, state.calibration.as_dict())

    # --- the shared state ----------------------------------------------------------------------------------
    def _sync_shared(self) -> None:
        """Push this worker's new rows and background (a chunk, once there are enough rows), then read
        the group's back. A failing store leaves the rows where they are: the gate goes on with what it
        has (the last rows read, or this worker's own reservoir)."""
        assert self.shared is not None
        chunk = None
        with self._lock:
            if (
                len(self._unpushed_static) >= self.config.shared_chunk_min_rows
                and self._unpushed_sum is not None
            ):
                chunk = ReservoirChunk(
                    np.stack(self._unpushed_static),
                    np.stack(self._unpushed_dense),
                    self._unpushed_sum,
                    self._unpushed_posts,
                )
        try:
            if chunk is not None:
                self.shared.push(encode_chunk(chunk))
                with self._lock:  # rows that arrived during the push stay for the next chunk
                    pushed = len(chunk.static)
                    self._unpushed_static = self._unpushed_static[pushed:]
                    self._unpushed_dense = self._unpushed_dense[pushed:]
                    assert self._unpushed_sum is not None
                    self._unpushed_sum = self._unpushed_sum - chunk.background_sum
                    self._unpushed_posts -= chunk.background_posts
            blobs = self.shared.load()
        except Exception as exc:  # a dead or slow Redis: next time
            if not self._shared_failing:
                log.warning("cascade: shared state unavailable (%s); the gate learns on its own rows", exc)
            self._shared_failing = True
            return
        if self._shared_failing:
            log.info("cascade: shared state back")
        self._shared_failing = False
        assert self.static is not None or not blobs
        dims = self._dims()
        if dims is None:
            return
        chunks = [c for c in (decode_chunk(b, *dims) for b in blobs) if c is not None]
        merged = merge_chunks(chunks, self.config.map_reservoir, *dims)
        with self._lock:
            self._shared_rows = merged
            self._shared_loaded = bool(chunks)

    def _dims(self) -> tuple[int, int] | None:
        """(static dims, transformer dims), once both are known (after the first catalogue)."""
        if not self._exemplars_raw.size or self.dense is None:
            return None
        return self._exemplars_raw.shape[1], int(self.dense.dim)

    # --- computing a calibration (any thread) -----------------------------------------------------------
    def _snapshot(self) -> _Snapshot:
        with self._lock:
            shared = self._shared_rows if self._shared_loaded else None
            posts_sum: np.ndarray | None
            if shared is not None:
                fit_static, fit_dense = shared.static, shared.dense  # newest first
                if self._unpushed_static:  # this worker's rows the group has not got yet (the newest)
                    fit_static = np.vstack([np.stack(self._unpushed_static), fit_static])
                    fit_dense = np.vstack([np.stack(self._unpushed_dense), fit_dense])
                fit_static = fit_static[: self.config.map_reservoir]
                fit_dense = fit_dense[: self.config.map_reservoir]
                posts_sum = shared.background_sum.copy()
                posts_count = shared.background_posts
                if self._unpushed_sum is not None:
                    posts_sum = posts_sum + self._unpushed_sum
                    posts_count += self._unpushed_posts
            else:
                fit_static, fit_dense = self._reservoir_static.copy(), self._reservoir_dense.copy()
                posts_sum = None if self._posts_sum is None else self._posts_sum.copy()
                posts_count = self._posts_count
            # headroom for the hubness gain to grow without a recalibration per batch (set_policy)
            cut_boost = self._hub_boost + 0.1
            lowest = float(self._template_thresholds.min()) if len(self._template_thresholds) else 0.0
            lowest -= float(self._template_reach.max()) if len(self._template_reach) else 0.0
            return _Snapshot(
                catalogue_key=self._catalogue_key,
                exemplars_raw=self._exemplars_raw,
                exemplar_positive=self._exemplar_positive,
                exemplar_column=self._exemplar_column,
                n_templates=len(self._template_thresholds),
                exemplar_queries=self._exemplar_queries,
                exemplar_passages=self._exemplar_passages,
                sample=self._sample,
                dense_pairs=self._dense_pairs,
                base_required=self._base_required,
                lowest_required=lowest - self.policy.lexical_weight - self.policy.signal_weight - cut_boost,
                cut_boost=cut_boost,
                posts_sum=posts_sum if posts_count else None,
                posts_count=posts_count,
                recent=self._recent.copy(),
                fit_static=fit_static,
                fit_dense=fit_dense,
            )

    def _compute(self, snap: _Snapshot) -> GateState:
        started = time.perf_counter()
        if self.static is None or not len(snap.exemplars_raw) or not len(snap.dense_pairs):
            off = GateCalibration(np.zeros(0), np.zeros(0), 0, self.config.gate_margin, reason="no exemplars")
            return GateState(snap.catalogue_key, off, off)
        mean = background_mean(snap.exemplars_raw, snap.posts_sum, snap.posts_count)
        # the centred static gate is always calibrated: with the map on, a post is skipped when either
        # bound says no template can reach its threshold (the map is weak where its fit rows were few,
        # e.g. Chinese text against an English catalogue; centred cosines are weak on English paraphrase)
        exemplars = centre(snap.exemplars_raw, mean)
        sampled = exemplars[snap.sample]
        static_calibration = calibrate_gate(
            snap.dense_pairs,
            sampled @ sampled.T,
            base_required=snap.base_required,
            margin=self.config.gate_margin,
            targets=[snap.exemplar_positive[i] for i in snap.sample],
            background=centre(snap.recent, mean) if len(snap.recent) else None,
            exemplars=exemplars,
            min_pairs=self.config.min_pairs,
            columns=snap.exemplar_column[snap.sample],
            n_templates=snap.n_templates,
            template_min_pairs=self.config.template_min_pairs,
        )
        calibration, static_map, cut_boost, joint = static_calibration, None, float("inf"), None
        if (
            self._use_map(len(snap.exemplars_raw))
            and len(snap.exemplar_queries)
            and len(snap.exemplars_raw) + len(snap.fit_static) >= self.config.map_min_rows
        ):
            # enough rows to fit the map on. Recall does not rest on this (the calibration reads
            # out-of-fold predictions, so a poor map only lowers the floors), the share does: with a
            # handful of exemplars the out-of-fold predictions are poor, their floors low, and the centred
            # static gate decides more
            calibration, static_map, joint = self._calibrate_mapped(snap, mean, exemplars)
            cut_boost = snap.cut_boost
        return GateState(
            snap.catalogue_key,
            calibration,
            static_calibration,
            mean,
            exemplars,
            static_map,
            cut_boost,
            time.perf_counter() - started,
            joint,
        )

    def _calibrate_mapped(
        self, snap: _Snapshot, mean: np.ndarray, exemplars: np.ndarray
    ) -> tuple[GateCalibration, StaticMap, JointCurves | None]:
        """Fit the map on the exemplars and the reservoir; calibrate on out-of-fold predictions
        (:func:`calibration_folds`): the exemplar pairs and the reservoir posts' pairs towards every
        positive exemplar. With ``gate_joint``, the same pairs' centred static cosines (``exemplars``:
        centred on ``mean``) too, for the joint tables."""
        static = snap.exemplars_raw
        dense = snap.exemplar_queries
        if len(snap.fit_static):
            static = np.vstack([static, snap.fit_static])
            dense = np.vstack([dense, snap.fit_dense])
        groups = calibration_folds(
            snap.exemplar_column,
            len(snap.fit_static),
            folds=self.config.map_folds,
            by=self.config.map_fold_by,
        )
        static_map = fit_static_map(static, dense, ridge=self.config.map_ridge)
        predicted = cross_fitted_map(
            static, dense, groups, folds=self.config.map_folds, ridge=self.config.map_ridge
        )
        positive = np.asarray(snap.exemplar_positive, dtype=bool)
        targets = snap.exemplar_passages[positive]
        n_ex = len(snap.exemplars_raw)
        # pairs: exemplar i (sampled) -> positive exemplar j != i, and every reservoir post -> positive j
        sample = snap.sample
        ex_pred = predicted[sample] @ snap.exemplar_passages[sample].T
        mask = ~np.eye(len(sample), dtype=bool) & positive[sample][None, :]
        dense_pairs = [snap.dense_pairs[mask]]
        pred_pairs = [ex_pred[mask]]
        # each pair's target template (its own calibration curve)
        sample_columns = snap.exemplar_column[sample]
        pair_columns = [np.broadcast_to(sample_columns[None, :], mask.shape)[mask]]
        joint_static = []
        if self.config.gate_joint:
            joint_static.append((exemplars[sample] @ exemplars[sample].T)[mask])
        if len(predicted) > n_ex:
            dense_pairs.append((dense[n_ex:] @ targets.T).ravel())
            pred_pairs.append((predicted[n_ex:] @ targets.T).ravel())
            pair_columns.append(np.tile(snap.exemplar_column[positive], len(predicted) - n_ex))
            if self.config.gate_joint:
                joint_static.append((centre(static[n_ex:], mean) @ exemplars[positive].T).ravel())
        d, m, columns = (np.concatenate(p) for p in (dense_pairs, pred_pairs, pair_columns))
        calibration = calibrate_pairs(
            d,
            m,
            base_required=snap.base_required,
            margin=self.config.gate_margin,
            lowest_required=snap.lowest_required,
            min_pairs=self.config.min_pairs,
            columns=columns,
            n_templates=snap.n_templates,
            template_min_pairs=self.config.template_min_pairs,
        )
        joint = None
        if self.config.gate_joint and calibration.active:
            keep = d >= snap.lowest_required  # as the mapped curve: never read below it
            joint = joint_curves(
                d[keep],
                m[keep],
                np.concatenate(joint_static)[keep],
                columns[keep],
                snap.n_templates,
                margin=max(self.config.gate_margin, self.config.gate_joint_margin),
                min_pairs=self.config.min_pairs,
                # 0: the catalogue-wide table only, as the curves
                template_min_pairs=self.config.template_min_pairs or np.iinfo(np.int64).max,
            )
        return calibration, static_map, joint

    # --- per batch -----------------------------------------------------------------------------------
    @staticmethod
    def cache_key(post: PostText, script: str) -> tuple[Any, ...]:
        """Everything ``decide`` reads from a post: its normalised text (what is embedded and BM25-scored)
        and the readings of the raw text (signals, negations, quotes), plus its script."""
        return (dataclasses.replace(post, raw=""), script)

    def run(
        self,
        posts_ids: Sequence[str],
        raw_texts: Sequence[str],
        normalise: Normalise,
        read: Read,
        templates: Mapping[str, Template],
        full: FullPipeline,
        dim: int,
    ) -> StageResult:
        """Decide a batch. Exact reposts (the same raw text) are looked up before anything is computed
        for them; the rest are normalised and their scam signals read (what the gate needs); the full
        reading (``read``: stance, negations, quotes, writing system; most of a post's reading cost) runs
        only for the posts the gate passes, which are then looked up by their reading, and the full
        pipeline runs for what that cache leaves."""
        n = len(raw_texts)
        stages = ["model"] * n
        decisions: list[Decision | None] = [None] * n
        vectors = np.zeros((n, dim), dtype=np.float32)
        repeats: list[tuple[int, int]] = []  # (post, earlier post of this batch with the same key)
        first_raw: dict[str, int] = {}
        fresh: list[int] = []
        gated: dict[int, tuple[str, np.ndarray]] = {}
        for i, raw in enumerate(raw_texts):
            if not self._recall(("raw", raw), i, posts_ids, vectors, decisions, stages, gated):
                if raw in first_raw:
                    repeats.append((i, first_raw[raw]))
                else:
                    first_raw[raw] = i
                    fresh.append(i)
        texts = dict(zip(fresh, normalise(fresh) if fresh else [], strict=True))
        passed = fresh
        signals: dict[int, Signals] = {}  # what the gate read, handed on to the full reading
        if (
            fresh
            and self.static is not None
            and self.config.gate
            and len(self._exemplars_raw)
            and self._backoff.should_run()
        ):
            started = time.perf_counter()
            # the scam signals are the only part of a post's reading the gate uses (the reward they earn
            # enters its bars); exactly what ``analyze`` reads (the same function on the same texts)
            signals = {i: extract_signals(raw_texts[i], texts[i]) for i in fresh}
            passed = self._gate(
                fresh, raw_texts, texts, signals, templates, posts_ids, decisions, stages, readings_out=gated
            )
            self._gate_s_per_post = _ewma(self._gate_s_per_post, (time.perf_counter() - started) / len(fresh))
            if self._gate_ready():  # a gate that could decide (not the cold start before a calibration)
                # the gate pays for itself when the model time it saves exceeds its own
                break_even = self._gate_s_per_post / self._model_s_per_post if self._model_s_per_post else 0.0
                self._backoff.record(len(fresh), len(fresh) - len(passed), break_even)
                self._set_backoff(self._backoff.backed_off)
        readings_l, scripts_l = (
            read(passed, [texts[i] for i in passed], [signals.get(i) for i in passed]) if passed else ([], [])
        )
        readings = dict(zip(passed, readings_l, strict=True))
        keys = {i: self.cache_key(readings[i], sc) for i, sc in zip(passed, scripts_l, strict=True)}
        to_model: list[int] = []
        first: dict[tuple[Any, ...], int] = {}
        for i in passed:
            key = keys[i]
            if self._recall(key, i, posts_ids, vectors, decisions, stages):
                entry = self.cache.get(key)
                if entry is not None:  # the same reading, another raw text: remember this one too
                    self.cache.put(("raw", raw_texts[i]), entry)
            elif key in first:
                repeats.append((i, first[key]))
            else:
                first[key] = i
                to_model.append(i)

        if to_model:
            started = time.perf_counter()
            model_vectors, model_decisions = full(
                to_model, [texts[i] for i in to_model], [readings[i] for i in to_model]
            )
            self._model_s_per_post = _ewma(
                self._model_s_per_post, (time.perf_counter() - started) / len(to_model)
            )
            self._keep_for_map(to_model, model_vectors)
            for row, i in enumerate(to_model):
                vectors[i] = model_vectors[row]
                decisions[i] = model_decisions[row]
                entry = (model_vectors[row].copy(), model_decisions[row], None)
                self.cache.put(keys[i], entry)
                self.cache.put(("raw", raw_texts[i]), entry)
        for i, j in sorted(repeats):  # a repost within the batch: the decision of its first copy
            vectors[i] = vectors[j]
            source = decisions[j]
            assert source is not None
            decisions[i] = dataclasses.replace(source, post_id=posts_ids[i])
            stages[i] = "cache" if stages[j] == "model" else stages[j]
            if j in gated:
                gated[i] = gated[j]
        for stage in STAGES:
            count = stages.count(stage)
            if count:
                self.metrics.cascade_posts.labels(stage).inc(count)
        return StageResult(
            vectors,
            [d for d in decisions if d is not None],
            stages,
            {i: reading for i, reading in gated.items() if stages[i] == "gate"},
        )

    def _gate_ready(self, state: GateState | None = None) -> bool:
        """Can the gate decide with ``state`` (by default the current calibration): this catalogue's, past
        the warm-up, active?"""
        state = self._state if state is None else state
        return (
            self._posts_count >= self.config.warmup_posts
            and state.catalogue_key == self._catalogue_key
            and state.mean is not None
            and state.exemplars is not None
            and (state.calibration.active or state.static_calibration.active)
        )

    def _set_backoff(self, backed_off: bool) -> None:
        if not backed_off and self._backoff.backed_off:
            self._backoff.reset()
        self.metrics.cascade_gate_backoff.set(1 if backed_off else 0)

    def _recall(
        self,
        key: tuple[Any, ...],
        i: int,
        posts_ids: Sequence[str],
        vectors: np.ndarray,
        decisions: list[Decision | None],
        stages: list[str],
        readings: dict[int, tuple[str, np.ndarray]] | None = None,
    ) -> bool:
        hit = self.cache.get(key)
        if hit is None:
            return False
        decisions[i] = dataclasses.replace(hit[1], post_id=posts_ids[i])
        if hit[0] is None:  # the gate's decision for this very text: still no transformer vector
            stages[i] = "gate"
            if readings is not None and hit[2] is not None:
                readings[i] = hit[2]
        else:
            vectors[i] = hit[0]
            stages[i] = "cache"
        return True

    def recheck(
        self,
        posts_ids: Sequence[str],
        raw_texts: Sequence[str],
        texts: Sequence[str],
        signals: Sequence[Signals],
        templates: Mapping[str, Template],
        wait_s: float = 30.0,
    ) -> list[int]:
        """The rows the gate passes under ``templates`` (the current catalogue, after
        :meth:`on_catalogue`), for posts it decided under an earlier one (retro-match): the same gate as a
        batch's, without learning from them (no background, reservoir or cache update). A calibration for
        this catalogue still running is waited for (up to ``wait_s``); without one every row passes."""
        rows = list(range(len(texts)))
        if not rows or self.static is None or not self.config.gate or not len(self._exemplars_raw):
            return rows
        if self._state.catalogue_key != self._catalogue_key:
            self.wait_calibrated(wait_s)
        if self._state.catalogue_key != self._catalogue_key:
            log.warning("cascade: no gate calibration for this catalogue yet; rechecked posts all pass")
            return rows
        decisions: list[Decision | None] = [None] * len(rows)
        stages = ["model"] * len(rows)
        return self._gate(
            rows,
            raw_texts,
            dict(enumerate(texts)),
            dict(enumerate(signals)),
            templates,
            posts_ids,
            decisions,
            stages,
            learn=False,
        )

    def _gate(
        self,
        rest: list[int],
        raw_texts: Sequence[str],
        texts: Mapping[int, str],
        signals: Mapping[int, Signals],
        templates: Mapping[str, Template],
        posts_ids: Sequence[str],
        decisions: list[Decision | None],
        stages: list[str],
        *,
        learn: bool = True,
        readings_out: dict[int, tuple[str, np.ndarray]] | None = None,
    ) -> list[int]:
        """The gate on the rows ``rest``: decides what it can (``decisions``, ``stages``), returns the rows
        for the model. ``learn`` (a live batch): the posts feed the background mean, the map's reservoir
        and the repost cache; False (a recheck) leaves the stage's state as it was. ``readings_out`` gets
        each row's normalised text and static vector (before centring)."""
        assert self.static is not None
        raw = self.static.encode([texts[i] for i in rest])
        if readings_out is not None:
            readings_out.update((i, (texts[i], raw[row])) for row, i in enumerate(rest))
        if learn:
            if self._use_map():
                self._pending_static = {i: raw[row] for row, i in enumerate(rest)}
            self._observe(raw)
        exact = self.config.exact_terms and not self.config.keep_margin
        # too short to judge: the decision layer's first guard stops every candidate of such a post
        # (``short_text``) whatever its scores, so it cannot match (no calibration needed)
        short = np.asarray(
            [exact and word_count(texts[i]) < self.policy.min_post_tokens for i in rest], dtype=bool
        )
        # Under a multilingual model (the policy's cross-script offset) a post in a writing system none of
        # the catalogue's exemplars has goes to the model whole. The bounds are calibrated on exemplar
        # pairs within the catalogue's writing systems, and such a model scores a post in another one
        # against them far higher than their static vectors suggest (multilingual-e5-small, the English
        # demo catalogue, the Chinese tuning set cold: 84 of 86 posts skipped, 44 of them matches). Not
        # even the exact guards decide it here: every such post the model reads feeds the hubness
        # correction's estimate, as with the cascade off (a short post kept from it moved 11 of 70
        # decisions in a Chinese stream)
        foreign = (
            np.asarray([writing_system(texts[i]) not in self._exemplar_scripts for i in rest], dtype=bool)
            if self.policy.cross_language_offset
            else np.zeros(len(rest), dtype=bool)
        )
        short &= ~foreign
        state = self._state  # one calibration for the whole batch, whatever the background thread does
        if not self._gate_ready(state):  # e.g. a new catalogue's calibration is not in yet
            for row in np.flatnonzero(short).tolist():
                i = rest[row]
                self._decide_at_gate(
                    i,
                    posts_ids,
                    raw_texts,
                    decisions,
                    stages,
                    {"short_text": True},
                    learn,
                    (texts[i], raw[row]),
                )
            return [i for row, i in enumerate(rest) if not short[row]]
        # what _gate_ready checked
        assert state.mean is not None
        assert state.exemplars is not None
        # a long post's clauses are scored too by the decision layer (each exemplar at its best cosine over
        # the post and its clauses, a clause's less a discount: monitor.core.segments) for a post that names
        # the wave and comes near a claim: the gate bounds each exemplar by the best gate cosine over the post
        # and its clauses for every post naming the wave (the discount and the nearness left out, which only
        # loosen the bound; the calibration cannot bound a cosine as low as the nearness floor), so a claim
        # made in passing is never skipped
        static_whole = centre(raw, state.mean) @ state.exemplars.T
        mapped_whole = None
        # the mapped curve is read only down to what a post could need when it was cut: a larger hubness
        # gain since then waits for its recalibration (asked for by set_policy)
        if state.static_map is not None and self._hub_boost <= state.cut_boost:
            mapped_whole = map_static(raw, state.static_map) @ self._exemplar_passages.T
        owners, clause_raw = self._clauses(rest, texts, templates, raw.shape[1])
        spaces = [
            (
                "static",
                _with_clauses(static_whole, owners, centre(clause_raw, state.mean) @ state.exemplars.T),
                state.static_calibration,
            )
        ]
        if mapped_whole is not None:
            assert state.static_map is not None
            clause_mapped = map_static(clause_raw, state.static_map) @ self._exemplar_passages.T
            spaces.insert(
                0, ("mapped", _with_clauses(mapped_whole, owners, clause_mapped), state.calibration)
            )
        # BM25 of every template sharing a term with the post (the decision layer adds it per template)
        index = self.lexical.index_for(templates)
        scores = index.score([texts[i] for i in rest], normalized=True).scores
        if self._bm25_columns is None or self._bm25_columns[0] != id(index):
            mapping = np.asarray(
                [self._template_column.get(t, -1) for t in index.template_ids], dtype=np.int64
            )
            self._bm25_columns = (id(index), mapping)
        mapping = self._bm25_columns[1]
        # (post, template column, BM25) triples straight from the CSR arrays
        bm25_rows = np.repeat(np.arange(len(rest)), np.diff(scores.indptr))
        bm25_columns = mapping[scores.indices]
        bm25_scores = scores.data.astype(np.float64)
        keep = (bm25_columns >= 0) & (bm25_scores > 0)
        # the scam-signal reward, per template: only a scam template sharing a signal with the post gives it
        # (the decision layer's _signal_adjustment); plus the hubness gain, which any exemplar may get
        signal = np.zeros((len(rest), len(self._template_thresholds)))
        for row, i in enumerate(rest):
            if self.config.exact_terms:  # the decision layer's own term, penalty included
                signal[row] = self._signal_row(frozenset(signals[i].names()) & SCAM_SIGNALS)
                continue
            names = frozenset(signals[i].names()) & self._scam_signals
            if names:
                signal[row] = self._signal_row(names)
        signal += self._hub_boost
        if len(self._template_reach) and self._template_reach.any():
            # the confidence line: a post sharing enough of a template's words (saturated BM25 at least
            # the line's floor) may alert this much further under; the BM25 check below replaces the plain
            # one for exactly these pairs
            sat = bm25_scores / (bm25_scores + self.policy.lexical_saturation)
            reached = keep & (sat >= self._line_floor)
            np.add.at(
                signal,
                (bm25_rows[reached], bm25_columns[reached]),
                self._template_reach[bm25_columns[reached]],
            )
        positive = np.asarray(self._exemplar_positive, dtype=bool)

        def inputs(sims: np.ndarray) -> GateInputs:
            return GateInputs(
                sims,
                self._exemplar_column,
                positive,
                self._template_thresholds,
                bm25_rows[keep],
                bm25_columns[keep],
                bm25_scores[keep],
                signal,
                self.config.knn_k,
            )

        # each space bounds every template's score; per template, whichever bound proves it unable to
        # match does (each is recall-safe alone), and a post is skipped when every template is proven
        slacks = [
            template_gate_slack(
                inputs(sims),
                calibration,
                lexical_weight=self.policy.lexical_weight,
                lexical_saturation=self.policy.lexical_saturation,
            )
            for _name, sims, calibration in spaces
        ]
        if state.joint is not None and mapped_whole is not None:
            # both spaces at once: proves templates where each space alone is held back by a pair the other
            # space reads as close (the explanation shows the mapped figures)
            mapped_sims, static_sims = spaces[0][1], spaces[1][1]
            slacks.append(
                joint_gate_slack(
                    inputs(mapped_sims),
                    static_sims,
                    state.joint,
                    [(sims, calibration) for _name, sims, calibration in spaces],
                    lexical_weight=self.policy.lexical_weight,
                    lexical_saturation=self.policy.lexical_saturation,
                )
            )
            spaces.append(("joint", mapped_sims, state.calibration))
        skips, slack, which = combine_bounds(slacks)
        skips = (skips & ~foreign) | short
        off_subject = np.zeros(len(rest), dtype=bool)
        if exact:
            # a post the subject guard stops on every candidate, whatever the transformer says
            # (monitor.core.matching.off_subject_whatever_the_scores): only where it shares BM25 terms with
            # three templates or more (so it has that many candidates), read for the posts not yet skipped
            lexical_templates = np.bincount(bm25_rows[keep], minlength=len(rest))
            for row in np.flatnonzero(~skips & ~foreign & (lexical_templates >= 3)).tolist():
                off_subject[row] = off_subject_whatever_the_scores(
                    texts[rest[row]], templates, int(lexical_templates[row]), self.policy
                )
            skips = skips | off_subject
        # the explanation: the bound that proved every template alone (its best cosine and bar), or
        # "per-template" where only the two together did (the first space's figures)
        which_space = np.maximum(which, 0)
        best_of = np.stack(
            [sims.max(axis=1) if sims.shape[1] else np.full(len(rest), -1.0) for _n, sims, _c in spaces]
        )
        bar_of = [np.nan if c.threshold is None else c.threshold for _n, _s, c in spaces]
        best = best_of[which_space, np.arange(len(rest))]
        threshold = np.asarray([bar_of[w] for w in which_space.tolist()], dtype=np.float64)
        space_of = [spaces[w][0] if w >= 0 else "per-template" for w in which.tolist()]
        to_model = []
        for row, i in enumerate(rest):
            if not skips[row]:
                to_model.append(i)
                continue
            if short[row] or off_subject[row]:
                why = {"short_text": True} if short[row] else {"off_subject": True}
                self._decide_at_gate(
                    i, posts_ids, raw_texts, decisions, stages, why, learn, (texts[i], raw[row])
                )
                continue
            gate = {
                "score": round(float(best[row]), 4),
                "threshold": None if np.isnan(threshold[row]) else round(float(threshold[row]), 4),
                "space": space_of[row],
                "slack": round(float(slack[row]), 4),
            }
            self._decide_at_gate(
                i, posts_ids, raw_texts, decisions, stages, gate, learn, (texts[i], raw[row])
            )
        return to_model

    def _clauses(
        self, rest: Sequence[int], texts: Mapping[int, str], templates: Mapping[str, Template], dim: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """The clauses the decision layer scores besides the whole post (where it does: a wave's
        catalogue, segment scoring on), as (the row of ``rest`` each belongs to, their static vectors)."""
        assert self.static is not None
        name = wave_name(templates, self.policy)  # as the decision layer
        if not name:
            return np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32)
        parts = [policy_clauses(texts[i], name, self.policy) for i in rest]
        owners = np.repeat(np.arange(len(rest)), [len(p) for p in parts])
        flat = [clause for p in parts for clause in p]
        if not flat:
            return owners, np.zeros((0, dim), dtype=np.float32)
        return owners, self.static.encode(flat)

    def _decide_at_gate(
        self,
        i: int,
        posts_ids: Sequence[str],
        raw_texts: Sequence[str],
        decisions: list[Decision | None],
        stages: list[str],
        gate: dict[str, Any],
        learn: bool,
        reading: tuple[str, np.ndarray],
    ) -> None:
        """Post ``i`` cannot match: "no match" decided by the gate, ``gate`` (why) in its explanation; a
        live batch remembers it for exact reposts, with ``reading`` (normalised text, static vector before
        centring; the vector copied: a row of the batch's matrix would keep the whole matrix alive)."""
        stages[i] = "gate"
        decisions[i] = decision = Decision(
            posts_ids[i], False, None, None, [], {"decided_by": "gate", "gate": gate}
        )
        if learn:
            self.cache.put(("raw", raw_texts[i]), (None, decision, (reading[0], reading[1].copy())))

    def _signal_row(self, names: frozenset[str]) -> np.ndarray:
        """The scam-signal term per template column for a post carrying the scam signals ``names``:
        exactly the decision layer's (``signal_reward``), or its earlier bound (the whole reward for any
        shared signal, no penalty) with ``exact_terms`` off."""
        row = self._signal_rows.get(names)
        if row is None:
            weight = self.policy.signal_weight
            if self.config.exact_terms:
                row = np.asarray(
                    [
                        signal_reward(names, sig, weight)[0] if weight else 0.0
                        for sig in self._template_signals
                    ]
                )
            else:
                row = np.asarray([weight if names & sig else 0.0 for sig in self._template_signals])
            if len(self._signal_rows) < 4096:
                self._signal_rows[names] = row
        return row

    def _keep_for_map(self, indices: Sequence[int], model_vectors: np.ndarray) -> None:
        """Posts the model scored feed the map's reservoir (static, transformer query): a uniform sample
        of all of them (reservoir sampling, seeded), bounded by ``map_reservoir`` rows; with a shared
        state they also wait (the newest ``shared_chunk_max_rows``) for the next chunk to the group."""
        pending, self._pending_static = self._pending_static, {}
        rows = [(pending[i], model_vectors[row]) for row, i in enumerate(indices) if i in pending]
        cap = self.config.map_reservoir
        if not rows or cap <= 0:
            return
        static = np.stack([r[0] for r in rows]).astype(np.float32)
        dense = np.stack([r[1] for r in rows]).astype(np.float32)
        with self._lock:
            if self.shared is not None:
                keep = self.config.shared_chunk_max_rows
                self._unpushed_static = [*self._unpushed_static, *static][-keep:]
                self._unpushed_dense = [*self._unpushed_dense, *dense][-keep:]
            if not len(self._reservoir_static):
                self._reservoir_static = np.zeros((0, static.shape[1]), dtype=np.float32)
                self._reservoir_dense = np.zeros((0, dense.shape[1]), dtype=np.float32)
            room = max(0, cap - len(self._reservoir_static))
            if room:
                self._reservoir_static = np.vstack([self._reservoir_static, static[:room]])
                self._reservoir_dense = np.vstack([self._reservoir_dense, dense[:room]])
            for k in range(room, len(rows)):  # a full reservoir: row k replaces a random one, p = cap/seen
                j = int(self._rng.integers(0, self._reservoir_seen + k + 1))
                if j < cap:
                    self._reservoir_static[j] = static[k]
                    self._reservoir_dense[j] = dense[k]
            self._reservoir_seen += len(rows)

    def _observe(self, raw: np.ndarray) -> None:
        """Add the batch's static vectors to the background; recalibrate every ``recalibrate_every``."""
        if not len(raw):
            return
        batch_sum = raw.astype(np.float64).sum(axis=0)
        with self._lock:
            self._posts_sum = batch_sum if self._posts_sum is None else self._posts_sum + batch_sum
            if self.shared is not None:
                self._unpushed_sum = (
                    batch_sum if self._unpushed_sum is None else self._unpushed_sum + batch_sum
                )
                self._unpushed_posts += len(raw)
            before = self._posts_count
            self._posts_count += len(raw)
            keep = 2000
            self._recent = raw[-keep:] if not len(self._recent) else np.vstack([self._recent, raw])[-keep:]
        self._since_calibration += len(raw)
        crossed_warmup = before < self.config.warmup_posts <= self._posts_count
        # early on the mean moves fast (the exemplars weigh as much as the first posts): recalibrate each
        # time the posts seen have doubled, then every ``recalibrate_every`` posts; the group's posts count
        # too (a worker that loaded the shared state starts from their mean and rows)
        seen = self._posts_count + (self._shared_rows.background_posts if self._shared_loaded else 0)
        due = min(self.config.recalibrate_every, max(16, seen - self._since_calibration))
        if crossed_warmup or self._since_calibration >= due or before == 0:
            self._recalibrate()

    def stats(self) -> dict[str, Any]:
        state = self._state
        return {
            "calibration": state.calibration.as_dict(),
            "static_calibration": state.static_calibration.as_dict(),
            "map_rows": 0 if state.static_map is None else state.static_map.rows,
            "calibration_seconds": round(state.seconds, 3),
            "shared_rows": len(self._shared_rows.static) if self._shared_loaded else None,
            "cache_entries": len(self.cache),
            "background_posts": self._posts_count,
            "gate_backed_off": self._backoff.backed_off,
        }


def _ewma(current: float, sample: float, alpha: float = 0.2) -> float:
    return sample if current == 0.0 else (1 - alpha) * current + alpha * sample


def hubness_boost(policy: MatchPolicy) -> float:
    """The most the policy's hubness correction can add to an exemplar's cosine (0 without one)."""
    hub = policy.hubness
    if hub is None or not hub.weight or not hub.hubness:
        return 0.0
    return max(0.0, max(-hub.penalty(key) for key in hub.hubness))


def cascade_from_settings(
    settings: Settings,
    embedder: Embedder,
    policy: MatchPolicy,
    lexical: LexicalChannel,
    metrics: Metrics,
    *,
    worker: bool = True,
    static: StaticEmbedder | None = None,
    distil: bool = False,
) -> CascadeStage | None:
    """The worker's cascade (MONITOR_CASCADE=on); None when off, or when the static model of the
    configured model is not in the cache (:func:`static_model_missing`): this never distils for minutes
    unless ``distil`` asks (a worker distils it in the background instead:
    ``monitor.pipeline.matcher.distil_in_background``). ``static``: the static model, already loaded. A
    model without a local folder (the hashing fake) gets the repost cache only. ``worker``: it calibrates
    on a background thread and shares its learned rows through Redis (``MONITOR_CASCADE_SHARED``); False
    (``monitor eval``): inline, alone, the same stages on every run."""
    if settings.cascade == "off":
        return None
    if static is None and embedder.spec.path is not None:
        if distil:
            static = load_static_embedder(
                embedder.spec, settings.models_dir, pca_dims=settings.cascade_static_dims
            )
        else:
            path = static_model_path(embedder.spec, settings.models_dir, settings.cascade_static_dims)
            if path is None:
                log.info(
                    "cascade off: the static model of %s is not distilled yet (monitor model distill)",
                    embedder.spec.name,
                )
                return None
            static = open_static_embedder(embedder.spec, path)
    config = CascadeConfig(
        cache_size=settings.cascade_cache_size,
        gate_margin=settings.cascade_gate_margin,
        knn_k=settings.knn_k,
        gate_map=settings.cascade_gate_map,
        gate_joint=settings.cascade_gate_joint,
        gate_joint_margin=settings.cascade_gate_joint_margin,
        template_min_pairs=settings.cascade_template_min_pairs,
        map_fold_by=settings.cascade_map_fold_by,
        # near misses are reported for the posts the model scored; the gate keeps posts for them only on
        # request (it must then prove "score < threshold - margin", which costs most of its share)
        keep_margin=settings.near_miss_margin
        if settings.near_misses_enabled and settings.cascade_keep_near_misses
        else 0.0,
        background_calibration=worker,
        backoff=BackoffConfig(window_posts=settings.cascade_gate_backoff_posts),
    )
    shared = None
    if worker and static is not None and settings.cascade_shared:
        # bytes, not str: the chunks are binary; a short timeout (the calibration thread waits, no post)
        shared = RedisSharedState(
            redis_client(settings, timeout_s=2.0, decode=False),
            Keys(settings.redis_prefix),
            embedder.spec.name,
            static.path.name,
            max_chunks=settings.cascade_shared_max_chunks,
            ttl_s=settings.cascade_shared_ttl_s,
        )
    return CascadeStage(static, embedder, policy, lexical, metrics, config, shared)


def static_model_missing(settings: Settings, embedder: Embedder) -> bool:
    """MONITOR_CASCADE=on for a model with a local folder whose static model is not distilled yet: the
    cascade cannot run before it is (minutes: ``monitor model distill``, or a worker in the background)."""
    return (
        settings.cascade == "on"
        and embedder.spec.path is not None
        and static_model_path(embedder.spec, settings.models_dir, settings.cascade_static_dims) is None
    )


def _with_clauses(sims: np.ndarray, owners: np.ndarray, clause_sims: np.ndarray) -> np.ndarray:
    """Each post's gate cosines raised, per exemplar, to the best of its clauses' (``owners``: the post
    row of each clause row)."""
    if len(owners):
        sims = sims.copy()
        np.maximum.at(sims, owners, clause_sims)
    return sims
