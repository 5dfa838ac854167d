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
on; the retro hook's window keeps only posts with a vector, so a template added later is re-checked against
the posts the gate passed. Both are the cost of not running the model on off-topic text; with
``MONITOR_CASCADE=off`` every post has a vector again.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from monitor.config import Settings
from monitor.core.cascade import (
    LRU,
    MIN_CALIBRATION_PAIRS,
    STAGES,
    GateCalibration,
    GateInputs,
    StaticMap,
    background_mean,
    calibrate_gate,
    calibrate_pairs,
    centre,
    cross_fitted_map,
    fit_static_map,
    map_static,
    template_gate_skips,
)
from monitor.core.lexical import LexicalChannel
from monitor.core.matching import SCAM_SIGNALS, Decision, MatchPolicy, template_profile
from monitor.core.models import Template
from monitor.core.text import PostText, normalize
from monitor.embedding import Embedder
from monitor.embedding.static import StaticEmbedder, load_static_embedder
from monitor.pipeline.metrics import Metrics

log = logging.getLogger(__name__)

# the full pipeline on a subset of a batch: indices, their normalised texts and readings in,
# (query vectors, decisions) out
FullPipeline = Callable[[Sequence[int], Sequence[str], Sequence[PostText]], tuple[np.ndarray, list[Decision]]]
# what the decision layer reads from posts (indices in): normalised texts, readings, writing systems
Prepare = Callable[[Sequence[int]], tuple[list[str], list[PostText], list[str]]]


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
    map_reservoir: int = 4000  # (static, transformer) pairs of model-scored posts kept for the map's fit
    map_ridge: float = 0.05  # ridge penalty, relative to the static Gram matrix's mean eigenvalue
    map_folds: int = (
        5  # cross-fitting folds: each calibration pair's prediction comes from a map fitted without it
    )
    map_max_exemplars: int = (
        20_000  # above this many exemplars the map is not used (their transformer vectors)
    )
    map_min_rows: int = 64  # fewest fit rows (exemplars + reservoir) before the map replaces centred cosines


@dataclass
class StageResult:
    vectors: np.ndarray
    decisions: list[Decision]
    stages: list[str]


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
    ) -> None:
        self.static = static
        self.dense = dense  # the transformer: pairs of exemplars it would match calibrate the gate
        self.policy = policy
        self.lexical = lexical
        self.metrics = metrics
        self.config = config or CascadeConfig()
        # key -> (query vector, decision); the vector is None for a gate decision (remembered for exact
        # reposts only: the gate's answer for the same text, without reading it again)
        self.cache: LRU[tuple[Any, ...], tuple[np.ndarray | None, Decision]] = LRU(self.config.cache_size)
        self.calibration = GateCalibration((), (), 0, self.config.gate_margin, reason="not yet")
        self.static_calibration = self.calibration  # centred static cosines (the only gate without the map)
        self._lock = threading.Lock()
        self._catalogue_key: tuple[int, int] | None = None
        self._exemplars_raw = np.zeros((0, 0), dtype=np.float32)
        self._exemplar_ids: list[str] = []
        self._exemplar_positive: list[bool] = []
        self._exemplar_column = np.zeros(0, dtype=np.int64)  # exemplar -> its template's column
        self._template_column: dict[str, int] = {}
        self._template_thresholds = np.zeros(0, dtype=np.float64)
        self._bm25_columns: tuple[int, np.ndarray] | None = None  # (id of the BM25 index, its column map)
        self._sample = np.zeros(0, dtype=np.int64)  # exemplars whose pairs calibrate
        self._dense_pairs = np.zeros((0, 0), dtype=np.float32)
        self._base_required = 0.0
        self._exemplars = np.zeros((0, 0), dtype=np.float32)
        self._scam_signals: frozenset[str] = frozenset()
        self._posts_sum: np.ndarray | None = None
        self._posts_count = 0
        self._since_calibration = 0
        self._recent = np.zeros((0, 0), dtype=np.float32)  # a sample of raw post vectors (pass rate)
        self._mean: np.ndarray | None = None
        # the learned map: exemplars' transformer vectors (queries: fit targets; passages: gate columns), a
        # seeded reservoir of (static, transformer query) rows of model-scored posts, the fitted map
        self._exemplar_queries = np.zeros((0, 0), dtype=np.float32)
        self._exemplar_passages = np.zeros((0, 0), dtype=np.float32)
        self._reservoir_static = np.zeros((0, 0), dtype=np.float32)
        self._reservoir_dense = np.zeros((0, 0), dtype=np.float32)
        self._reservoir_seen = 0
        self._rng = np.random.default_rng(0)
        self._map: StaticMap | None = None
        self._pending_static: dict[int, np.ndarray] = {}
        self._templates: Mapping[str, Template] | None = None
        self._hub_boost = hubness_boost(policy)  # the most the hubness correction adds to a cosine
        self._cut_boost = float("inf")  # the gain the mapped curve's cut allowed for (inf: no cut yet)

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
        if self._templates is not None:
            self._set_thresholds(self._templates)
            if self._hub_boost > self._cut_boost:  # the mapped curve was cut above what a post may now need
                self._recalibrate()

    def _set_thresholds(self, templates: Mapping[str, Template]) -> None:
        self._template_thresholds = np.asarray(
            [self.policy.lowest_threshold(t) - self.config.keep_margin for t in templates.values()],
            dtype=np.float64,
        )
        self._base_required = (
            min((self.policy.lowest_threshold(t) for t in templates.values()), default=0.0)
            - self.config.keep_margin
        )

    def on_catalogue(self, templates: Mapping[str, Template], version: int) -> None:
        """A new catalogue snapshot: forget cached decisions, embed the exemplars, recalibrate."""
        key = (version, id(templates))
        if key == self._catalogue_key:
            return
        self._catalogue_key = key
        self.cache.clear()
        if self.static is None or not self.config.gate:
            return
        ids, positive, texts = [], [], []
        scam: set[str] = set()
        for template in templates.values():
            for kind, _i, text in template.exemplars():
                ids.append(template.id)
                positive.append(kind != "negative")
                texts.append(text)
            profile = template_profile(template)
            if profile.is_scam:
                scam |= profile.signals
        normalized = [normalize(t) for t in texts]
        self._exemplars_raw = self.static.encode(normalized)
        self._exemplar_ids, self._exemplar_positive = ids, positive
        self._template_column = {tid: c for c, tid in enumerate(templates)}
        self._exemplar_column = np.asarray([self._template_column[t] for t in ids], dtype=np.int64)
        self._templates = templates
        self._set_thresholds(templates)
        self._bm25_columns = None
        self._scam_signals = frozenset(scam)
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
        self._recalibrate()

    def _use_map(self, exemplars: int | None = None) -> bool:
        n = len(self._exemplars_raw) if exemplars is None else exemplars
        return self.config.gate_map and self.dense is not None and 0 < n <= self.config.map_max_exemplars

    def _recalibrate(self) -> None:
        if self.static is None or not len(self._exemplars_raw) or not len(self._dense_pairs):
            self.calibration = GateCalibration((), (), 0, self.config.gate_margin, reason="no exemplars")
            self._publish()
            return
        mean = background_mean(self._exemplars_raw, self._posts_sum, self._posts_count)
        self._mean = mean
        # the centred static gate is always calibrated: with the map on, a post is skipped when either
        # bound says no template can reach its threshold (the map is weak where its fit rows were few,
        # e.g. Chinese text against an English catalogue; centred cosines are weak on English paraphrase)
        self._exemplars = centre(self._exemplars_raw, mean)
        sampled = self._exemplars[self._sample]
        self.static_calibration = calibrate_gate(
            self._dense_pairs,
            sampled @ sampled.T,
            base_required=self._base_required,
            margin=self.config.gate_margin,
            targets=[self._exemplar_positive[i] for i in self._sample],
            background=centre(self._recent, mean) if len(self._recent) else None,
            exemplars=self._exemplars,
            min_pairs=self.config.min_pairs,
        )
        if self._use_map() and len(self._exemplar_queries) and self._map_rows_enough():
            self._recalibrate_mapped()
        else:
            self._map = None
            self.calibration = self.static_calibration
        self._since_calibration = 0
        self._publish()
        log.debug("cascade gate: %s", self.calibration.as_dict())

    def _map_rows_enough(self) -> bool:
        """Enough rows to fit the map on. Recall does not rest on this (the calibration reads out-of-fold
        predictions, so a poor map only lowers the floors), the share does: with a handful of exemplars the
        out-of-fold predictions are poor, their floors low, and the centred static gate decides more."""
        return len(self._exemplars_raw) + len(self._reservoir_static) >= self.config.map_min_rows

    def _recalibrate_mapped(self) -> None:
        """Fit the map on the exemplars and the reservoir; calibrate on out-of-fold predictions: the
        exemplar pairs (folds by template, so a paraphrase never predicts its own template's pairs) and the
        reservoir posts' pairs towards every positive exemplar."""
        static = self._exemplars_raw
        dense = self._exemplar_queries
        groups = self._exemplar_column
        if len(self._reservoir_static):
            static = np.vstack([static, self._reservoir_static])
            dense = np.vstack([dense, self._reservoir_dense])
            # reservoir rows in folds of their own (after the exemplars' template folds)
            extra = self._rng.integers(0, self.config.map_folds, len(self._reservoir_static))
            groups = np.concatenate([groups, int(groups.max(initial=0)) + 1 + extra])
        self._map = fit_static_map(static, dense, ridge=self.config.map_ridge)
        predicted = cross_fitted_map(
            static, dense, groups, folds=self.config.map_folds, ridge=self.config.map_ridge
        )
        positive = np.asarray(self._exemplar_positive, dtype=bool)
        targets = self._exemplar_passages[positive]
        n_ex = len(self._exemplars_raw)
        # pairs: exemplar i (sampled) -> positive exemplar j != i, and every reservoir post -> positive j
        sample = self._sample
        ex_dense = self._dense_pairs
        ex_pred = predicted[sample] @ self._exemplar_passages[sample].T
        mask = ~np.eye(len(sample), dtype=bool) & positive[sample][None, :]
        dense_pairs = [ex_dense[mask]]
        pred_pairs = [ex_pred[mask]]
        if len(predicted) > n_ex:
            dense_pairs.append((dense[n_ex:] @ targets.T).ravel())
            pred_pairs.append((predicted[n_ex:] @ targets.T).ravel())
        self.calibration = calibrate_pairs(
            np.concatenate(dense_pairs),
            np.concatenate(pred_pairs),
            base_required=self._base_required,
            margin=self.config.gate_margin,
            lowest_required=self._lowest_required(),
            min_pairs=self.config.min_pairs,
        )

    def _lowest_required(self) -> float:
        """The lowest transformer cosine any post can need: the lowest threshold minus the most the lexical
        and signal terms can add (the gate never asks the curve below it)."""
        lowest = float(self._template_thresholds.min()) if len(self._template_thresholds) else 0.0
        # headroom for the hubness gain to grow without a recalibration per batch (set_policy)
        self._cut_boost = self._hub_boost + 0.1
        return lowest - self.policy.lexical_weight - self.policy.signal_weight - self._cut_boost

    def _publish(self) -> None:
        t = self.calibration.threshold
        self.metrics.cascade_gate_threshold.set(float("nan") if t is None else t)

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
        prepare: Prepare,
        templates: Mapping[str, Template],
        full: FullPipeline,
        dim: int,
    ) -> StageResult:
        """Decide a batch. Exact reposts (the same raw text) are looked up before anything is computed
        for them; ``prepare`` (normalise, read) runs only for the rest, and the full pipeline only for
        what the reading cache and the gate leave."""
        n = len(raw_texts)
        stages = ["model"] * n
        decisions: list[Decision | None] = [None] * n
        vectors = np.zeros((n, dim), dtype=np.float32)
        repeats: list[tuple[int, int]] = []  # (post, earlier post of this batch with the same key)
        first_raw: dict[str, int] = {}
        fresh: list[int] = []
        for i, raw in enumerate(raw_texts):
            if not self._recall(("raw", raw), i, posts_ids, vectors, decisions, stages):
                if raw in first_raw:
                    repeats.append((i, first_raw[raw]))
                else:
                    first_raw[raw] = i
                    fresh.append(i)
        texts_l, readings_l, scripts_l = prepare(fresh) if fresh else ([], [], [])
        texts = dict(zip(fresh, texts_l, strict=True))
        readings = dict(zip(fresh, readings_l, strict=True))
        keys = {i: self.cache_key(readings[i], sc) for i, sc in zip(fresh, scripts_l, strict=True)}
        rest: list[int] = []
        first: dict[tuple[Any, ...], int] = {}
        for i in fresh:
            key = keys[i]
            if self._recall(key, i, posts_ids, vectors, decisions, stages):
                entry = self.cache.get(key)
                if entry is not None:  # the same reading, another raw text: remember this one too
                    self.cache.put(("raw", raw_texts[i]), entry)
            elif key in first:
                repeats.append((i, first[key]))
            else:
                first[key] = i
                rest.append(i)

        to_model = rest
        if rest and self.static is not None and self.config.gate and len(self._exemplars_raw):
            to_model = self._gate(rest, raw_texts, texts, readings, templates, posts_ids, decisions, stages)

        if to_model:
            model_vectors, model_decisions = full(
                to_model, [texts[i] for i in to_model], [readings[i] for i in to_model]
            )
            self._keep_for_map(to_model, model_vectors)
            for row, i in enumerate(to_model):
                vectors[i] = model_vectors[row]
                decisions[i] = model_decisions[row]
                entry = (model_vectors[row].copy(), model_decisions[row])
                self.cache.put(keys[i], entry)
                self.cache.put(("raw", raw_texts[i]), entry)
        for i, j in sorted(repeats):  # a repost within the batch: the decision of its first copy
            vectors[i] = vectors[j]
            source = decisions[j]
            assert source is not None
            decisions[i] = dataclasses.replace(source, post_id=posts_ids[i])
            stages[i] = "cache" if stages[j] == "model" else stages[j]
        for stage in STAGES:
            count = stages.count(stage)
            if count:
                self.metrics.cascade_posts.labels(stage).inc(count)
        return StageResult(vectors, [d for d in decisions if d is not None], stages)

    def _recall(
        self,
        key: tuple[Any, ...],
        i: int,
        posts_ids: Sequence[str],
        vectors: np.ndarray,
        decisions: list[Decision | None],
        stages: list[str],
    ) -> bool:
        hit = self.cache.get(key)
        if hit is None:
            return False
        decisions[i] = dataclasses.replace(hit[1], post_id=posts_ids[i])
        if hit[0] is None:  # the gate's decision for this very text: still no transformer vector
            stages[i] = "gate"
        else:
            vectors[i] = hit[0]
            stages[i] = "cache"
        return True

    def _gate(
        self,
        rest: list[int],
        raw_texts: Sequence[str],
        texts: Mapping[int, str],
        readings: Mapping[int, PostText],
        templates: Mapping[str, Template],
        posts_ids: Sequence[str],
        decisions: list[Decision | None],
        stages: list[str],
    ) -> list[int]:
        assert self.static is not None
        raw = self.static.encode([texts[i] for i in rest])
        if self._use_map():
            self._pending_static = {i: raw[row] for row, i in enumerate(rest)}
        self._observe(raw)
        if self._posts_count < self.config.warmup_posts or not (
            self.calibration.active or self.static_calibration.active
        ):
            return rest
        assert self._mean is not None
        spaces = [("static", centre(raw, self._mean) @ self._exemplars.T, self.static_calibration)]
        if self._map is not None:
            spaces.insert(
                0, ("mapped", map_static(raw, self._map) @ self._exemplar_passages.T, self.calibration)
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
        signal = self._hub_boost + np.asarray(
            [
                self.policy.signal_weight
                if set(readings[i].signals.names()) & SCAM_SIGNALS & self._scam_signals
                else 0.0
                for i in rest
            ]
        )
        # each space bounds every template's score; a post is skipped when either bound proves it under
        # every threshold (the first space that does is reported)
        skips = np.zeros(len(rest), dtype=bool)
        slack = np.full(len(rest), -np.inf)
        best = np.full(len(rest), -1.0)
        threshold = np.full(len(rest), np.nan)
        space_of = [""] * len(rest)
        for name, sims, calibration in spaces:
            space_skips, space_slack = template_gate_skips(
                GateInputs(
                    sims,
                    self._exemplar_column,
                    np.asarray(self._exemplar_positive, dtype=bool),
                    self._template_thresholds,
                    bm25_rows[keep],
                    bm25_columns[keep],
                    bm25_scores[keep],
                    signal,
                    self.config.knn_k,
                ),
                calibration,
                lexical_weight=self.policy.lexical_weight,
                lexical_saturation=self.policy.lexical_saturation,
            )
            new = space_skips & ~skips
            if new.any():
                best[new] = sims[new].max(axis=1) if sims.shape[1] else -1.0
                threshold[new] = np.nan if calibration.threshold is None else calibration.threshold
                for hit in np.flatnonzero(new).tolist():
                    space_of[hit] = name
            skips |= space_skips
            slack = np.maximum(slack, space_slack)
        to_model = []
        for row, i in enumerate(rest):
            if not skips[row]:
                to_model.append(i)
                continue
            stages[i] = "gate"
            decisions[i] = decision = Decision(
                posts_ids[i],
                False,
                None,
                None,
                [],
                {
                    "decided_by": "gate",
                    "gate": {
                        "score": round(float(best[row]), 4),
                        "threshold": None if np.isnan(threshold[row]) else round(float(threshold[row]), 4),
                        "space": space_of[row],
                        "slack": round(float(slack[row]), 4),
                    },
                },
            )
            self.cache.put(("raw", raw_texts[i]), (None, decision))
        return to_model

    def _keep_for_map(self, indices: Sequence[int], model_vectors: np.ndarray) -> None:
        """Posts the model scored feed the map's reservoir (static, transformer query): a uniform sample
        of all of them (reservoir sampling, seeded), bounded by ``map_reservoir`` rows."""
        pending, self._pending_static = self._pending_static, {}
        rows = [(pending[i], model_vectors[row]) for row, i in enumerate(indices) if i in pending]
        cap = self.config.map_reservoir
        if not rows or cap <= 0:
            return
        static = np.stack([r[0] for r in rows]).astype(np.float32)
        dense = np.stack([r[1] for r in rows]).astype(np.float32)
        if not len(self._reservoir_static):
            self._reservoir_static = np.zeros((0, static.shape[1]), dtype=np.float32)
            self._reservoir_dense = np.zeros((0, dense.shape[1]), dtype=np.float32)
        room = max(0, cap - len(self._reservoir_static))
        if room:
            self._reservoir_static = np.vstack([self._reservoir_static, static[:room]])
            self._reservoir_dense = np.vstack([self._reservoir_dense, dense[:room]])
        for k in range(room, len(rows)):  # a full reservoir: row k replaces a random one with p = cap/seen
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
        self._posts_sum = batch_sum if self._posts_sum is None else self._posts_sum + batch_sum
        before = self._posts_count
        self._posts_count += len(raw)
        self._since_calibration += len(raw)
        keep = 2000
        self._recent = raw[-keep:] if not len(self._recent) else np.vstack([self._recent, raw])[-keep:]
        crossed_warmup = before < self.config.warmup_posts <= self._posts_count
        # early on the mean moves fast (the exemplars weigh as much as the first posts): recalibrate each
        # time the posts seen have doubled, then every ``recalibrate_every`` posts
        due = min(self.config.recalibrate_every, max(16, self._posts_count - self._since_calibration))
        if crossed_warmup or self._since_calibration >= due or before == 0:
            self._recalibrate()

    def stats(self) -> dict[str, Any]:
        return {
            "calibration": self.calibration.as_dict(),
            "static_calibration": self.static_calibration.as_dict(),
            "map_rows": 0 if self._map is None else self._map.rows,
            "cache_entries": len(self.cache),
            "background_posts": self._posts_count,
        }


def hubness_boost(policy: MatchPolicy) -> float:
    """The most the policy's hubness correction can add to an exemplar's cosine (0 without one)."""
    hub = policy.hubness
    if hub is None or not hub.weight or not hub.hubness:
        return 0.0
    return max(0.0, max(-hub.penalty(key) for key in hub.hubness))


def cascade_from_settings(
    settings: Settings, embedder: Embedder, policy: MatchPolicy, lexical: LexicalChannel, metrics: Metrics
) -> CascadeStage | None:
    """The worker's cascade (MONITOR_CASCADE=on), with the static model distilled on first use; None when
    off. A model without a local folder (the hashing fake) gets the repost cache only."""
    if settings.cascade == "off":
        return None
    static = None
    if embedder.spec.path is not None:
        static = load_static_embedder(
            embedder.spec, settings.models_dir, pca_dims=settings.cascade_static_dims
        )
    config = CascadeConfig(
        cache_size=settings.cascade_cache_size,
        gate_margin=settings.cascade_gate_margin,
        knn_k=settings.knn_k,
        gate_map=settings.cascade_gate_map,
        # near misses are reported for the posts the model scored; the gate keeps posts for them only on
        # request (it must then prove "score < threshold - margin", which costs most of its share)
        keep_margin=settings.near_miss_margin
        if settings.near_misses_enabled and settings.cascade_keep_near_misses
        else 0.0,
    )
    return CascadeStage(static, embedder, policy, lexical, metrics, config)
