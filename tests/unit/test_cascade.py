"""The cascade: pure calibration and gate logic, and the processor stage with the package's fakes."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from monitor.config import Settings
from monitor.core.backoff import BackoffConfig, GateBackoff
from monitor.core.cascade import (
    LRU,
    GateInputs,
    background_mean,
    calibrate_gate,
    calibrate_pairs,
    centre,
    cross_fitted_map,
    fit_static_map,
    gate_skips,
    lexical_bonus,
    map_static,
    pair_floors,
    template_gate_skips,
    thresholds_for,
)
from monitor.core.hubness import HubnessCorrection
from monitor.core.ingest import RawMessage
from monitor.core.lexical import LexicalChannel
from monitor.core.matching import MatchPolicy
from monitor.core.models import Post, Template
from monitor.core.text import analyze, normalize
from monitor.embedding import HashingEmbedder
from monitor.pipeline.cascade import CascadeConfig, CascadeStage, cascade_from_settings, hubness_boost
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex


def unit(*rows: Sequence[float]) -> np.ndarray:
    a = np.asarray(rows, dtype=np.float32)
    return a / np.linalg.norm(a, axis=1, keepdims=True)


# --- pure logic ---------------------------------------------------------------------------------------
def test_centre_removes_the_common_direction() -> None:
    common = np.array([10.0, 0.0, 0.0], dtype=np.float32)
    a = common + np.array([0.0, 1.0, 0.0])
    b = common + np.array([0.0, 0.0, 1.0])
    raw = unit(a, b)
    assert float(raw[0] @ raw[1]) > 0.98  # raw static cosines say "everything is alike"
    mean = background_mean(np.stack([a, b]).astype(np.float32))
    centred = centre(np.stack([a, b]).astype(np.float32), mean)
    assert float(centred[0] @ centred[1]) == pytest.approx(-1.0, abs=1e-5)
    assert np.allclose(np.linalg.norm(centred, axis=1), 1.0)


def test_background_mean_weighs_exemplars_and_posts_by_count() -> None:
    ex = np.array([[1.0, 0.0]], dtype=np.float32)
    posts_sum = np.array([0.0, 3.0])
    assert np.allclose(background_mean(ex, posts_sum, 3), [0.25, 0.75])
    assert np.allclose(background_mean(ex), [1.0, 0.0])
    with pytest.raises(ValueError, match="no vectors"):
        background_mean(np.zeros((0, 2), dtype=np.float32))


def test_pair_floors_sort_by_dense_and_keep_the_running_static_minimum() -> None:
    dense = np.array([[1.0, 0.9, 0.5], [0.9, 1.0, 0.7], [0.5, 0.7, 1.0]], dtype=np.float32)
    static = np.array([[1.0, 0.3, 0.1], [0.3, 1.0, 0.6], [0.1, 0.6, 1.0]], dtype=np.float32)
    levels, floors = pair_floors(dense, static)
    assert levels.tolist() == pytest.approx([0.9, 0.9, 0.7, 0.7, 0.5, 0.5])
    assert floors.tolist() == pytest.approx([0.3, 0.3, 0.3, 0.3, 0.1, 0.1])
    # only pairs towards a target (a positive exemplar) count
    levels, floors = pair_floors(dense, static, targets=[True, False, False])
    assert levels.tolist() == pytest.approx([0.9, 0.5])
    assert floors.tolist() == pytest.approx([0.3, 0.1])


def random_pairs(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    dense = rng.uniform(0.0, 1.0, (n, n)).astype(np.float32)
    static = (dense * 0.6 + rng.normal(0, 0.05, (n, n))).astype(np.float32)  # static follows dense, noisily
    return dense, static


def test_every_calibration_pair_the_transformer_would_match_passes_the_gate() -> None:
    dense, static = random_pairs(30)
    cal = calibrate_gate(dense, static, base_required=0.78, margin=0.05, max_threshold=1.0)
    assert cal.active
    assert cal.pairs == 30 * 29
    mask = ~np.eye(30, dtype=bool)
    for required in (0.95, 0.78, 0.6, 0.3):
        t = cal.threshold_for(required)
        assert t is not None
        close = mask & (dense >= required)
        if close.sum() >= cal.min_pairs:
            assert static[close].min() - 0.05 == pytest.approx(t, abs=1e-6)
            assert (static[close] >= t).all()
    # a lower requirement (a post with lexical evidence) never gets a higher threshold
    ts = [cal.threshold_for(r) for r in (0.9, 0.8, 0.7, 0.5, 0.2)]
    assert ts == sorted(ts, reverse=True)
    assert cal.threshold == cal.threshold_for(0.78)


def test_calibration_is_capped_and_reports_the_background_pass_rate() -> None:
    dense, static = random_pairs(10)
    static = np.ones_like(static)
    ex = unit([1, 0, 0], [0.9, 0.1, 0])
    background = unit([1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 1, 1])
    cal = calibrate_gate(
        dense, static, base_required=0.78, margin=0.0, background=background, exemplars=ex, max_threshold=0.5
    )
    assert cal.threshold == 0.5
    assert cal.background_pass_rate == pytest.approx(0.25)


def test_the_static_map_recovers_a_linear_relation_and_normalises() -> None:
    rng = np.random.default_rng(1)
    static = rng.normal(size=(400, 8))
    true = rng.normal(size=(8, 5))
    dense = static @ true + 0.3
    fitted = fit_static_map(static, dense, ridge=1e-6)
    assert np.allclose(fitted.weights, true, atol=1e-3)
    assert np.allclose(fitted.bias, 0.3, atol=1e-3)
    mapped = map_static(static[:3], fitted)
    assert np.allclose(np.linalg.norm(mapped, axis=1), 1.0, atol=1e-5)
    expected = dense[:3] / np.linalg.norm(dense[:3], axis=1, keepdims=True)
    assert np.allclose(mapped, expected, atol=1e-3)
    assert map_static(np.zeros((1, 8)), fit_static_map(static, np.zeros((400, 5)))).tolist() == [[0.0] * 5]
    with pytest.raises(ValueError, match="same non-zero number"):
        fit_static_map(static[:3], dense[:2])


def test_cross_fitted_predictions_never_see_their_own_fold() -> None:
    rng = np.random.default_rng(2)
    static = rng.normal(size=(60, 4))
    dense = static @ rng.normal(size=(4, 3))
    groups = np.repeat(np.arange(6), 10)  # six templates, ten exemplars each
    before = cross_fitted_map(static, dense, groups, folds=3)
    poisoned = dense.copy()
    poisoned[groups == 0] = -poisoned[groups == 0] * 50  # row targets of template 0's fold only
    after = cross_fitted_map(static, poisoned, groups, folds=3)
    held = groups % 3 == 0
    assert np.allclose(before[held], after[held])  # fold 0 predicted by a map fitted without it
    assert not np.allclose(before[~held], after[~held])
    with pytest.raises(ValueError, match="two folds"):
        cross_fitted_map(static, dense, np.zeros(60, dtype=int), folds=3)


def test_calibrate_pairs_reads_the_running_minimum_and_drops_pairs_never_asked() -> None:
    dense = np.array([0.9, 0.8, 0.7, 0.6, 0.1, 0.05] * 5)
    predicted = np.array([0.7, 0.5, 0.6, 0.4, -0.9, 0.2] * 5)
    cal = calibrate_pairs(
        dense, predicted, base_required=0.8, margin=0.05, lowest_required=0.5, min_pairs=2, max_threshold=1.0
    )
    assert cal.pairs == 20  # the 0.1 and 0.05 pairs cannot matter: no post needs less than 0.5
    assert cal.threshold_for(0.85) == pytest.approx(0.7 - 0.05)
    assert cal.threshold_for(0.8) == pytest.approx(0.5 - 0.05)
    assert cal.threshold_for(0.5) == pytest.approx(0.4 - 0.05)
    # without the cut, the -0.9 pair would set the floor below 0.5: the cut never changes it above
    full = calibrate_pairs(dense, predicted, base_required=0.8, margin=0.05, min_pairs=2, max_threshold=1.0)
    for r in (0.85, 0.8, 0.6):
        assert full.threshold_for(r) == pytest.approx(cal.threshold_for(r))
    assert not calibrate_pairs(dense[:3], predicted[:3], base_required=0.8, margin=0.05).active


def test_too_few_pairs_turns_the_gate_off() -> None:
    dense, static = random_pairs(4)
    cal = calibrate_gate(dense, static, base_required=0.78, margin=0.05)
    assert not cal.active
    assert cal.threshold is None
    assert "gate off" in cal.reason
    assert gate_skips(np.array([-1.0, -1.0]), [0.0, 0.0], cal) == [False, False]


def test_gate_skips_low_scores_and_lexical_evidence_lowers_the_bar() -> None:
    dense, static = random_pairs(30)
    cal = calibrate_gate(dense, static, base_required=0.78, margin=0.05, max_threshold=1.0)
    t = cal.threshold
    assert t is not None
    lowered = cal.threshold_for(0.78 - 0.3)
    assert lowered is not None
    assert lowered < t
    score = (t + lowered) / 2  # under the plain threshold, above the one for a post with a bonus
    scores = np.array([t - 0.01, score, score, t + 0.01], dtype=np.float32)
    assert gate_skips(scores, [0.0, 0.0, 0.3, 0.0], cal) == [True, True, False, False]


def test_thresholds_for_an_array_equals_the_scalar_curve() -> None:
    dense, static = random_pairs(30)
    cal = calibrate_gate(dense, static, base_required=0.78, margin=0.05, max_threshold=1.0)
    required = np.array([0.95, 0.78, 0.6, 0.3, 0.0])
    assert thresholds_for(cal, required).tolist() == pytest.approx([cal.threshold_for(r) for r in required])
    off = calibrate_gate(*random_pairs(4), base_required=0.78, margin=0.05)
    assert (thresholds_for(off, required) == -np.inf).all()


def _inputs(
    sims: Sequence[Sequence[float]], bm25: Sequence[Sequence[tuple[int, float]]], k: int
) -> GateInputs:
    # exemplars: 0, 1 -> template 0 (1 is a negative), 2, 3 -> template 1; bm25: (column, score) per post
    triples = [(i, c, b) for i, row in enumerate(bm25) for c, b in row]
    return GateInputs(
        np.asarray(sims, dtype=np.float32),
        np.array([0, 0, 1, 1]),
        np.array([True, False, True, True]),
        np.array([0.78, 0.78]),
        np.array([t[0] for t in triples], dtype=np.int64),
        np.array([t[1] for t in triples], dtype=np.int64),
        np.array([t[2] for t in triples], dtype=np.float64),
        np.zeros(len(sims)),
        k,
    )


def test_template_gate_reasons_per_template_and_bounds_the_bm25_floor() -> None:
    dense, static = random_pairs(30)
    cal = calibrate_gate(dense, static, base_required=0.78, margin=0.05, max_threshold=1.0)
    base = cal.threshold_for(0.78)
    low = cal.threshold_for(0.78 - 0.5 * 30 / 40)  # a strong BM25 score (30) for one template
    assert base is not None and low is not None and low < base - 0.05
    mid = (base + low) / 2
    far = low - 0.2
    rows = [
        [far, far, far, far],  # nothing close: skipped
        [far, far, mid, far],  # template 1 between the bars, no BM25: skipped
        [far, far, mid, far],  # ... BM25 for template 1: its bar drops under its static cosine: passed
        [far, far, mid, far],  # ... BM25 for template 0 only (static far): skipped, floor is far too
        [far, mid, mid, mid],  # ... BM25 for template 0, and its k-th best exemplar (k=3) is mid: passed
        [base + 0.01, far, far, far],  # over the plain bar: passed
        [far, base + 0.01, far, far],  # a negative exemplar alone never matches: skipped
    ]
    bm25 = [[], [], [(1, 30.0)], [(0, 30.0)], [(0, 30.0)], [], []]
    skip, slack = template_gate_skips(
        _inputs(rows, bm25, 3), cal, lexical_weight=0.5, lexical_saturation=10.0
    )
    assert skip.tolist() == [True, True, False, True, False, False, True]
    assert (slack[skip] > 0).all() and (slack[~skip] <= 0).all()
    # with k = 1 the floor of row 4 is its best exemplar (the negative one, mid): passed either way
    skip1, _ = template_gate_skips(_inputs(rows, bm25, 1), cal, lexical_weight=0.5, lexical_saturation=10.0)
    assert skip1.tolist()[4] is False
    # the scam-signal reward lowers every template's bar: row 1 (skipped without it) now passes
    signalled = dataclasses.replace(_inputs(rows[1:2], [[]], 3), signal=np.array([0.5]))
    skip2, _ = template_gate_skips(signalled, cal, lexical_weight=0.5, lexical_saturation=10.0)
    assert skip2.tolist() == [False]


def test_lexical_bonus_is_what_the_decision_layer_can_add() -> None:
    assert lexical_bonus(0.0, False, weight=0.5, saturation=10.0, signal_weight=0.04) == 0.0
    assert lexical_bonus(10.0, False, weight=0.5, saturation=10.0, signal_weight=0.04) == pytest.approx(0.25)
    assert lexical_bonus(10.0, True, weight=0.5, saturation=10.0, signal_weight=0.04) == pytest.approx(0.29)


def test_lru_is_bounded_and_keeps_the_recently_used() -> None:
    lru: LRU[str, int] = LRU(2)
    lru.put("a", 1)
    lru.put("b", 2)
    assert lru.get("a") == 1  # a is now the most recent
    lru.put("c", 3)
    assert "b" not in lru
    assert lru.get("a") == 1
    assert lru.get("c") == 3
    assert len(lru) == 2
    zero: LRU[str, int] = LRU(0)
    zero.put("a", 1)
    assert zero.get("a") is None


# --- the processor stage, with fakes ------------------------------------------------------------------
TEMPLATES = [
    Template(
        id="course",
        category="scam",
        severity="critical",
        text="Sora video course for 99 yuan, scan the QR code to join the paid group",
        examples=(
            "Learn Sora in our 99 yuan course: scan the QR code and join the paid group",
            "Paid Sora video course group, 99 yuan, scan this QR code to join",
        ),
    ),
    Template(
        id="inventor",
        category="rumour",
        severity="high",
        text="Xie Saining from Shanghai Jiao Tong University is the inventor of Sora",
        examples=(
            "The inventor of Sora is Xie Saining, a Shanghai Jiao Tong University graduate",
            "Sora was invented by Xie Saining of Shanghai Jiao Tong University",
        ),
    ),
]


class FakeStatic:
    """The hashing embedder's vectors, unnormalised, as a stand-in for the distilled model."""

    def __init__(self) -> None:
        self.inner = HashingEmbedder()
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return self.inner.encode_queries(texts) + 0.05


def build(cascade: bool, margin: float = 0.05) -> tuple[Processor, Metrics, HashingEmbedder]:
    emb = HashingEmbedder()
    index = MemoryIndex()
    for t in TEMPLATES:
        ex = t.exemplars()
        vecs = emb.encode_passages([e[2] for e in ex])
        index.add((t.id, kind, i, text, vecs[n]) for n, (kind, i, text) in enumerate(ex))
    metrics = Metrics()
    proc = Processor(
        emb, index, StaticCatalogue({t.id: t for t in TEMPLATES}), MatchPolicy(default_threshold=0.5), metrics
    )
    if cascade:
        proc.cascade = CascadeStage(
            FakeStatic(),  # type: ignore[arg-type]
            emb,
            proc.policy,
            proc.lexical,
            metrics,
            CascadeConfig(gate_margin=margin, min_pairs=4),
        )
    return proc, metrics, emb


def msgs(texts: Sequence[str]) -> list[RawMessage]:
    return [
        RawMessage(json.dumps({"id": f"p{i}", "text": t}).encode(), "posts", 0, i, 1.0)
        for i, t in enumerate(texts)
    ]


STREAM = [
    "Sora video course for 99 yuan, scan the QR code to join the paid group today",
    "weather is lovely, going hiking with grandma tomorrow morning",
    "Xie Saining from Shanghai Jiao Tong University is the inventor of Sora!!",
    "ok lor dinner at seven then movie",
    "weather is lovely, going hiking with grandma tomorrow morning",
    "Sora video course for 99 yuan, scan the QR code to join the paid group today",
]


def test_cascade_decides_like_the_full_pipeline_and_says_which_stage_did() -> None:
    off, _, _ = build(cascade=False)
    on, metrics, _ = build(cascade=True)
    ref = off.process(msgs(STREAM))
    got = on.process(msgs(STREAM))
    assert [(m.post_id, m.matched, m.template_id) for m in got.matches] == [
        (m.post_id, m.matched, m.template_id) for m in ref.matches
    ]
    assert [a.alert_id for a in got.alerts] == [a.alert_id for a in ref.alerts]
    assert all(m.decided_by is None for m in ref.matches)
    stages = [m.decided_by for m in got.matches]
    assert stages[0] == "model"
    assert stages[1] == "gate"  # off-topic, no shared word with any template
    assert stages[5] == "cache"  # a repost of post 0
    assert got.decided_by == stages
    assert not got.has_vector(1)
    assert np.allclose(got.vectors[5], got.vectors[0])  # hooks get the cached vector
    assert np.allclose(got.vectors[0], ref.vectors[0])
    text = metrics.render().decode()
    assert 'monitor_cascade_posts_total{stage="gate"}' in text
    counts = {s: stages.count(s) for s in ("cache", "gate", "model")}
    for stage, n in counts.items():
        assert f'monitor_cascade_posts_total{{stage="{stage}"}} {float(n)}' in text


def test_the_learned_map_decides_like_the_full_pipeline_and_fills_its_reservoir() -> None:
    off, _, _ = build(cascade=False)
    on, _, _ = build(cascade=True)
    assert on.cascade is not None
    # the unit catalogue has a handful of exemplars: let the map fit on them and a small reservoir
    on.cascade.config = dataclasses.replace(
        on.cascade.config, map_min_rows=6, map_folds=2, recalibrate_every=16
    )
    texts = [*STREAM, *(f"{w} weather in town today number {i}" for i, w in enumerate(["nice", "bad"] * 12))]
    ref = off.process(msgs(texts))
    got = on.process(msgs(texts))
    assert [(m.matched, m.template_id) for m in got.matches] == [
        (m.matched, m.template_id) for m in ref.matches
    ]
    got = on.process(msgs([t + " again" for t in texts]))  # recalibrated with the reservoir
    ref = off.process(msgs([t + " again" for t in texts]))
    assert [(m.matched, m.template_id) for m in got.matches] == [
        (m.matched, m.template_id) for m in ref.matches
    ]
    assert len(on.cascade._reservoir_static) > 0
    assert on.cascade._map is not None
    assert "mapped" in on.cascade.calibration.reason
    # the centred static bound still holds with the map on: with the same history, every post the
    # static gate alone decides is decided with the map on too
    static_only, _, _ = build(cascade=True)
    assert static_only.cascade is not None
    static_only.cascade.config = dataclasses.replace(on.cascade.config, gate_map=False)
    static_only.process(msgs(texts))
    without = {
        m.post_id
        for m in static_only.process(msgs([t + " again" for t in texts])).matches
        if m.decided_by == "gate"
    }
    with_map = {m.post_id for m in got.matches if m.decided_by == "gate"}
    assert without, "the static gate decides some of these posts"
    assert without <= with_map


def test_the_hubness_gain_lowers_the_gate_bar_and_thresholds_follow_the_policy() -> None:
    on, _, _ = build(cascade=True)
    assert on.cascade is not None
    on.process(msgs(STREAM))
    before = on.cascade._template_thresholds.copy()
    assert hubness_boost(on.policy) == 0.0
    keys = [(t.id, kind, i) for t in TEMPLATES for kind, i, _ in t.exemplars()]
    hub = HubnessCorrection(
        {k: (0.9 if n else 0.5) for n, k in enumerate(keys)}, weight=1.0, bridged_offset=0.2
    )
    policy = dataclasses.replace(
        on.policy, hubness=hub, cross_language_offset=0.05, bridged_language_offset=0.1
    )
    # the loner (r 0.5 against a mean near 0.9) gains ~0.38: every post may get that much more
    assert hubness_boost(policy) == pytest.approx(hub.centre - 0.5)
    on.policy = policy
    on.process(msgs([t + " x" for t in STREAM]))
    assert on.cascade._hub_boost == pytest.approx(hub.centre - 0.5)
    assert (on.cascade._template_thresholds < before).all()  # the hubness offset lowers the lowest threshold


# Chinese posts that share no writing system with the (English) catalogue's exemplars
CJK_STREAM = [
    "今天天气很好，明天和奶奶一起去爬山，晚上回来吃饺子",
    "这家店的牛肉面味道一般，服务员态度还可以，下次不来了",
    "不错",  # too short to judge: the exact guard would decide it, but it goes to the model whole too
]


@pytest.mark.parametrize(("offset", "stage"), [(0.0, "gate"), (0.1, "model")])
def test_a_multilingual_model_scores_posts_in_another_writing_system_itself(
    offset: float, stage: str
) -> None:
    """The gate's bounds come from exemplar pairs in the catalogue's writing systems. Under a policy with a
    cross-script offset (a multilingual model, which matches a Chinese post to an English claim) a post in
    a writing system no exemplar has goes to the model, even one the exact guards could decide (so the
    posts feeding the hubness estimate are those of the cascade off). A monolingual policy keeps the gate
    for it."""
    on, _, _ = build(cascade=True)
    assert on.cascade is not None
    on.policy = dataclasses.replace(on.policy, cross_language_offset=offset)
    on.process(msgs(STREAM))  # calibrated on the catalogue, a background seen
    got = on.process(msgs([*CJK_STREAM, "ok lor dinner at seven then movie tonight with the gang"]))
    assert [m.decided_by for m in got.matches[:3]] == [stage, stage, stage]
    assert got.matches[3].decided_by == "gate"  # the catalogue's own writing system: gated either way


def test_the_cache_forgets_decisions_when_the_catalogue_changes() -> None:
    on, _, _ = build(cascade=True)
    on.process(msgs(STREAM[:1]))
    assert on.process(msgs(STREAM[:1])).decided_by == ["cache"]
    on.catalogue = StaticCatalogue({t.id: t for t in TEMPLATES}, version=1)
    assert on.process(msgs(STREAM[:1])).decided_by == ["model"]


def test_exact_reposts_are_decided_before_their_text_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.pipeline.processor as processor_module

    on, _, _ = build(cascade=True)
    first = on.process(msgs(STREAM[:1]))
    read: list[str] = []
    real = processor_module.analyze
    monkeypatch.setattr(
        processor_module, "analyze", lambda raw, norm, sig=None: read.append(raw) or real(raw, norm, sig)
    )
    # word for word: from the cache, its text neither normalised nor read again
    again = on.process(msgs(STREAM[:1]))
    assert again.decided_by == ["cache"] and read == []
    assert (again.matches[0].matched, again.matches[0].template_id) == (
        first.matches[0].matched,
        first.matches[0].template_id,
    )
    # another raw text with the same reading (spacing): read, then found by its reading
    variant = STREAM[0].replace(" for ", "  for ")
    assert on.process(msgs([variant])).decided_by == ["cache"]
    assert read == [variant]
    assert on.process(msgs([variant])).decided_by == ["cache"]
    assert read == [variant]  # now remembered word for word too
    # the gate's answer for an exact repost is remembered too, and it still has no transformer vector
    assert on.process(msgs(STREAM[1:2])).decided_by == ["gate"]
    read.clear()
    gated = on.process(msgs(STREAM[1:2]))
    assert gated.decided_by == ["gate"] and read == [] and not gated.has_vector(0)


def test_the_gate_reads_only_scam_signals_and_the_full_reading_is_for_posts_it_passes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import monitor.pipeline.processor as processor_module

    on, _, _ = build(cascade=True)
    off, _, _ = build(cascade=False)
    on.process(msgs(STREAM))  # warm: the gate is calibrated
    fresh = [
        "lovely sunset over the river tonight, the ducks were out",
        "Sora course for 99 yuan, scan the QR code to join the paid group",
        "the train was late again so I walked home in the rain",
    ]
    want = off.process(msgs(fresh))
    read: list[str] = []
    real = processor_module.analyze
    monkeypatch.setattr(
        processor_module, "analyze", lambda raw, norm, sig=None: read.append(raw) or real(raw, norm, sig)
    )
    got = on.process(msgs(fresh))
    assert [(m.matched, m.template_id) for m in got.matches] == [
        (m.matched, m.template_id) for m in want.matches
    ]
    assert "gate" in got.decided_by and "model" in got.decided_by
    # the full reading (stance, negations, quotes) only for the posts the gate passed, once each
    passed = [t for t, stage in zip(fresh, got.decided_by, strict=True) if stage == "model"]
    assert sorted(read) == sorted(passed)
    # the batch carries what the gate read of each post it decided (the candidates' burst stage reuses it)
    gated = [i for i, stage in enumerate(got.decided_by) if stage == "gate"]
    assert sorted(got.gate_readings) == gated
    assert on.cascade is not None and on.cascade.static is not None
    for i in gated:
        text, static = got.gate_readings[i]
        assert text == normalize(fresh[i])
        np.testing.assert_allclose(static, on.cascade.static.encode([text])[0], rtol=1e-6)


def test_a_repost_recalled_from_the_cache_carries_the_gate_reading_of_its_first_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on, _, _ = build(cascade=True)
    on.process(msgs(STREAM))  # warm: the gate is calibrated
    assert on.cascade is not None and on.cascade.static is not None
    fresh = [
        "lovely sunset over the river tonight, the ducks were out",
        "the train was late again so I walked home in the rain",
    ]
    first = on.process(msgs(fresh))
    gated = [i for i, stage in enumerate(first.decided_by) if stage == "gate"]
    assert gated, "the gate decides these"
    encoded: list[str] = []
    real = on.cascade.static.encode
    monkeypatch.setattr(on.cascade.static, "encode", lambda texts: encoded.extend(texts) or real(texts))
    # the same texts again, in another batch and order, beside a fresh post: the reposts are recalled
    again = on.process(msgs([fresh[1], "a brand new post about the weather in the mountains", fresh[0]]))
    assert normalize(fresh[0]) not in encoded and normalize(fresh[1]) not in encoded
    for row, i in ((2, 0), (0, 1)):
        if i not in gated:
            assert row not in again.gate_readings
            continue
        assert again.decided_by[row] == "gate"
        text, static = again.gate_readings[row]
        want_text, want_static = first.gate_readings[i]
        assert text == want_text
        np.testing.assert_array_equal(static, want_static)
    # the cache holds a copy, not a view of the batch's matrix
    entry = on.cascade.cache.get(("raw", fresh[gated[0]]))
    assert entry is not None and entry[2] is not None
    assert entry[2][1].base is None


def test_a_keep_margin_sends_more_posts_to_the_model_never_fewer() -> None:
    texts = [*STREAM, "the train was late again so I walked", "lovely sunset over the river tonight"]
    gated = {}
    for margin in (0.0, 0.45):
        on, _, _ = build(cascade=True)
        assert on.cascade is not None
        on.cascade.config = dataclasses.replace(on.cascade.config, keep_margin=margin)
        out = on.process(msgs(texts))
        gated[margin] = {m.post_id for m in out.matches if m.decided_by == "gate"}
    assert gated[0.0], "the gate decides some posts without a margin"
    assert gated[0.45] < gated[0.0], "near misses (within the margin) reach the model"


@pytest.mark.parametrize(
    ("near_misses", "keep", "expected"), [(True, False, 0.0), (True, True, 0.1), (False, True, 0.0)]
)
def test_the_gate_keeps_near_misses_only_when_an_operator_asks(
    near_misses: bool, keep: bool, expected: float
) -> None:
    settings = Settings(
        cascade="on", near_misses_enabled=near_misses, near_miss_margin=0.1, cascade_keep_near_misses=keep
    )
    emb = HashingEmbedder()  # no model folder: no static model to distil, the config is still built
    cascade = cascade_from_settings(settings, emb, MatchPolicy(), LexicalChannel(), Metrics())
    assert cascade is not None
    assert cascade.config.keep_margin == expected


def test_labels_start_at_zero() -> None:
    text = Metrics().render().decode()
    for stage in ("cache", "gate", "model"):
        assert f'monitor_cascade_posts_total{{stage="{stage}"}} 0.0' in text


# --- monitor bench --mix: the stream and its scoring ------------------------------------------------------
def test_mixed_stream_spreads_the_labelled_posts_at_the_share() -> None:
    from monitor.tools.mixbench import mixed_stream

    posts, labels = mixed_stream(1000, ["bg a", "bg b", "bg c"], [("l1", "claim one"), ("l2", "claim two")])
    assert len(posts) == 1000
    assert len({p["id"] for p in posts}) == 1000
    assert len(labels) == 20
    by_id = {p["id"]: p["text"] for p in posts}
    assert {by_id[pid] for pid in labels} == {"claim one", "claim two"}
    assert sum(1 for p in posts if p["text"].startswith("bg")) == 980
    again, _ = mixed_stream(1000, ["bg a", "bg b", "bg c"], [("l1", "claim one"), ("l2", "claim two")])
    assert again == posts  # seeded


def test_precision_and_recall_of_the_labelled_posts() -> None:
    from monitor.tools.mixbench import precision_recall

    labels = {"p1": "a", "p2": "b", "p3": "c", "p4": "a"}
    gold: dict[str, str | None] = {"a": "t1", "b": None, "c": "t2"}
    decided: dict[str, str | None] = {"p1": "t1", "p2": "t9", "p3": None, "p4": "t1", "bg": "t1"}
    r = precision_recall(decided, labels, gold)
    assert r["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["alerts_on_background"] == 1


def test_a_recheck_runs_the_gate_of_the_new_catalogue_without_learning() -> None:
    """Retro-match's recheck of gate-decided posts: under a catalogue with a new template, the rows the
    gate passes get the transformer's query vector, and every row it leaves cannot match anything (the
    pipeline with the cascade off agrees); the stage learns nothing from a recheck."""
    on, _, emb = build(cascade=True)
    assert on.cascade is not None
    first = on.process(msgs(STREAM))
    gated = [i for i, s in enumerate(first.decided_by) if s == "gate"]
    assert gated, "the gate decides some posts of the stream"
    hiking = Template(
        id="hiking",
        category="scam",
        severity="high",
        text="sora says the weather is lovely, going hiking with grandma tomorrow morning",
        examples=("sora says lovely weather, hiking with grandma tomorrow",),
    )
    templates = {**{t.id: t for t in TEMPLATES}, hiking.id: hiking}
    ex = hiking.exemplars()
    vecs = emb.encode_passages([e[2] for e in ex])
    on.index.add((hiking.id, kind, i, text, vecs[n]) for n, (kind, i, text) in enumerate(ex))  # type: ignore[attr-defined]
    on.catalogue = StaticCatalogue(templates, version=1)
    off, _, _ = build(cascade=False)
    off.index, off.catalogue = on.index, on.catalogue

    # the gate's posts (the stream names no catalogue subject), a post the new template matches, another
    hike = "sora says the weather is lovely, going hiking with grandma tomorrow morning!"
    texts = [STREAM[i] for i in gated] + [hike, "ok lor see you at the cinema later"]
    ids = [f"g{i}" for i in range(len(texts))]
    cascade = on.cascade
    cascade.on_catalogue(on.catalogue.templates, on.catalogue.version)  # what the next batch does anyway
    cascade.cache.put(("raw", "a repost"), (None, first.decisions[gated[0]], None))
    before = (
        cascade._posts_count,
        len(cascade.cache),
        len(cascade._reservoir_static),
        dict(cascade._pending_static),
    )
    rows, vectors = on.recheck_vectors(ids, texts)
    assert (
        cascade._posts_count,
        len(cascade.cache),
        len(cascade._reservoir_static),
        dict(cascade._pending_static),
    ) == before
    assert cascade._catalogue_key == (1, id(templates)), "the gate reads the new catalogue"
    passed = [texts[r] for r in rows]
    assert hike in passed, "the post the new template matches reaches the model"
    assert len(rows) < len(texts), "the gate still decides the others"
    assert np.allclose(vectors, emb.encode_queries([normalize(t) for t in passed]))
    reference = off.decide_posts([Post(id=i, text=t) for i, t in zip(ids, texts, strict=True)])
    assert reference[texts.index(hike)].template_id == "hiking"
    for r, d in enumerate(reference):
        if r not in rows:
            assert not d.matched, f"the gate left out {texts[r]!r}, which the full pipeline matches"
    live = on.decide_vectors([ids[r] for r in rows], passed, vectors)
    assert [(d.matched, d.template_id) for d in live] == [
        (reference[r].matched, reference[r].template_id) for r in rows
    ]
    # capped: the newest rows only; no cascade: every row goes to the model
    capped, _ = on.recheck_vectors(ids, texts, max_model_posts=1)
    assert capped == rows[-1:]
    bare, bare_vectors = off.recheck_vectors(ids, texts)
    assert bare == list(range(len(texts))) and bare_vectors.shape == (len(texts), emb.dim)


def test_the_gate_backs_off_on_an_all_topical_stream_and_comes_back() -> None:
    """A stream the gate decides nothing of: after its window it runs on a sample of batches (the others
    go straight to the model: the same decisions), shows it in a metric, and an off-topic batch that it
    samples brings it back on every batch."""
    off, _, _ = build(cascade=False)
    on, metrics, _ = build(cascade=True)
    assert on.cascade is not None
    on.cascade.config = dataclasses.replace(
        on.cascade.config, backoff=BackoffConfig(window_posts=8, min_share=0.25, sample_every=3)
    )
    on.cascade._backoff = GateBackoff(on.cascade.config.backoff)
    topical = [STREAM[0], STREAM[2]]

    def gauge() -> str:
        line = next(
            x for x in metrics.render().decode().splitlines() if x.startswith("monitor_cascade_gate_b")
        )
        return line.split()[-1]

    assert gauge() == "0.0"
    calls = []
    for n in range(8):  # 2 topical posts a batch, new texts each time (no cache)
        batch = [f"{t} {n}" for t in topical]
        before = on.cascade.static.calls  # type: ignore[union-attr]
        got = on.process(msgs(batch))
        calls.append(on.cascade.static.calls - before)  # type: ignore[union-attr]
        ref = off.process(msgs(batch))
        assert [(m.matched, m.template_id) for m in got.matches] == [
            (m.matched, m.template_id) for m in ref.matches
        ]
        assert "gate" not in got.decided_by
    assert on.cascade.stats()["gate_backed_off"] and gauge() == "1.0"
    # the first batch also encodes the exemplars; backed off after 8 posts: the gate runs on 1 batch in 3
    assert calls == [2, 1, 1, 1, 0, 0, 1, 0]
    # off-topic posts: the next sampled batch decides them and the gate is back on every batch
    for n in range(3):
        on.process(msgs([f"ok lor dinner at seven then movie {n}", f"weather is lovely, hiking {n}"]))
    assert not on.cascade.stats()["gate_backed_off"] and gauge() == "0.0"
    # a new catalogue starts with the gate on every batch
    on.cascade._backoff.backed_off = True
    on.catalogue = StaticCatalogue({t.id: t for t in TEMPLATES}, version=7)
    on.process(msgs(["something new 1"]))
    assert not on.cascade._backoff.backed_off


def test_hooks_skip_the_posts_the_gate_decided() -> None:
    from monitor.core.matching import Decision
    from monitor.core.models import Post
    from monitor.pipeline.candidates import select_unmatched
    from monitor.pipeline.processor import BatchOutput

    posts = [Post(id=f"p{i}", text=f"a long enough post number {i} about something else") for i in range(3)]
    batch = BatchOutput(
        posts=posts,
        vectors=np.ones((3, 4), dtype=np.float32),
        decisions=[Decision(p.id, False, None, None, []) for p in posts],
        decided_by=["gate", "model", "cache"],
    )
    assert [batch.has_vector(i) for i in range(3)] == [False, True, True]
    assert [p.post_id for p in select_unmatched(batch, min_tokens=3)] == ["p1", "p2"]
    assert BatchOutput(posts=posts[:1]).has_vector(0)  # no stages recorded: every post has its vector


def test_mix_warmup_sets_distinct_texts_aside() -> None:
    from monitor.tools.bench import BenchError
    from monitor.tools.mixbench import MIN_TIMED_TEXTS, split_warmup

    texts = [f"text {i}" for i in range(MIN_TIMED_TEXTS + 600)] * 2  # every text twice
    warm, timed = split_warmup(texts, 500, seed=1)
    assert len(warm) == 500 and len(set(warm)) == 500
    assert not set(warm) & set(timed), "a timed post would repeat a warm-up post (a repost-cache hit)"
    assert len(timed) == MIN_TIMED_TEXTS + 100
    warm, timed = split_warmup(texts, 5_000, seed=1)  # asks for more than there is: timed keeps its floor
    assert len(timed) == MIN_TIMED_TEXTS and len(warm) == 600
    assert split_warmup(texts, 64) == (texts, texts)  # the model's own warm-up: nothing set aside
    with pytest.raises(BenchError):
        split_warmup(texts[:MIN_TIMED_TEXTS], 500)


def test_a_post_the_gate_passes_is_read_for_its_signals_once_and_read_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import monitor.core.text as text_module
    import monitor.pipeline.cascade as cascade_module

    on, _, _ = build(cascade=True)
    off, _, _ = build(cascade=False)
    on.process(msgs(STREAM))  # warm: the gate is calibrated
    fresh = [
        "Sora course for 99 yuan, scan the QR code to join the paid group now",
        "the bus was late again so I walked home in the rain",
        "OpenAI says Sora is free for everyone from today, download the app at sora-free.example",
    ]
    want = off.process(msgs(fresh))
    calls: list[str] = []
    real = text_module.extract_signals

    def counted(raw: str, norm: str | None = None) -> Any:
        calls.append(raw)
        return real(raw, norm)

    # the gate's reading (monitor.pipeline.cascade) and the full one (analyze in monitor.core.text)
    monkeypatch.setattr(cascade_module, "extract_signals", counted)
    monkeypatch.setattr(text_module, "extract_signals", counted)
    got = on.process(msgs(fresh))
    assert [(m.matched, m.template_id, m.score) for m in got.matches] == [
        (m.matched, m.template_id, m.score) for m in want.matches
    ]
    assert "model" in got.decided_by
    assert sorted(calls) == sorted(fresh)  # every fresh post once: the gate's, handed on to the reading
    # handing the signals on reads the post exactly as reading them again does
    for raw in fresh:
        norm = normalize(raw)
        assert analyze(raw, norm, real(raw, norm)) == analyze(raw, norm)
