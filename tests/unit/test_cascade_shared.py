"""The cascade's shared state (chunks of learned rows in a store) and its background calibration, with the
package's fakes: serialisation, mismatched chunks ignored, a starting stage loading what another learned, a
dead store, and a batch that never waits for a fit."""

from __future__ import annotations

import dataclasses
import threading
import time

import numpy as np
import pytest

from monitor.core.cascade import (
    ReservoirChunk,
    decode_chunk,
    encode_chunk,
    merge_chunks,
)
from monitor.pipeline.cascade import CascadeStage
from monitor.pipeline.processor import Processor
from monitor.storage.cascade_state import MemorySharedState

from .test_cascade import STREAM, build, msgs


def chunk(rows: int, seed: int = 0, ds: int = 8, dd: int = 6, posts: int = 100) -> ReservoirChunk:
    rng = np.random.default_rng(seed)
    dense = rng.normal(size=(rows, dd)).astype(np.float32)
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    return ReservoirChunk(rng.normal(size=(rows, ds)).astype(np.float32), dense, rng.normal(size=ds), posts)


def test_a_chunk_round_trips_within_half_precision() -> None:
    original = chunk(5)
    blob = encode_chunk(original)
    assert len(blob) < 5 * (8 + 6) * 2 + 8 * 8 + 64  # float16 rows, a small header
    back = decode_chunk(blob, 8, 6)
    assert back is not None
    assert np.allclose(back.static, original.static, atol=2e-3)
    assert np.allclose(back.dense, original.dense, atol=1e-3)
    assert np.allclose(np.linalg.norm(back.dense, axis=1), 1.0, atol=1e-6)  # re-normalised
    assert np.array_equal(back.background_sum, original.background_sum)  # float64, exact
    assert back.background_posts == 100
    empty = decode_chunk(encode_chunk(chunk(0)), 8, 6)
    assert empty is not None and empty.static.shape == (0, 8)


def test_chunks_of_another_model_format_or_a_truncated_one_are_ignored() -> None:
    blob = encode_chunk(chunk(3))
    assert decode_chunk(blob, 16, 6) is None  # another static model
    assert decode_chunk(blob, 8, 384) is None  # another transformer
    assert decode_chunk(blob[:-1], 8, 6) is None
    assert decode_chunk(b"junk", 8, 6) is None
    other_format = blob[:3] + bytes([blob[3] + 1]) + blob[4:]
    assert decode_chunk(other_format, 8, 6) is None
    with pytest.raises(ValueError, match="as many static rows"):
        encode_chunk(ReservoirChunk(np.zeros((2, 8)), np.zeros((3, 6)), np.zeros(8), 0))


def test_merge_keeps_the_newest_rows_and_every_background() -> None:
    newest, older = chunk(3, seed=1, posts=10), chunk(4, seed=2, posts=20)
    merged = merge_chunks([newest, older], 5, 8, 6)
    assert len(merged.static) == 5
    assert np.array_equal(merged.static[:3], newest.static)
    assert np.array_equal(merged.static[3:], older.static[:2])
    assert merged.background_posts == 30
    assert np.allclose(merged.background_sum, newest.background_sum + older.background_sum)
    assert merge_chunks([], 5, 8, 6).static.shape == (0, 8)


def sharing(store: MemorySharedState) -> Processor:
    proc, _, _ = build(cascade=True)
    assert proc.cascade is not None
    proc.cascade.shared = store
    # the unit catalogue is small: the map fits from a few rows, chunks go out from 2 rows on
    proc.cascade.config = dataclasses.replace(
        proc.cascade.config, map_min_rows=6, map_folds=2, recalibrate_every=16, shared_chunk_min_rows=2
    )
    return proc


TEXTS = [*STREAM, *(f"{w} weather in town today number {i}" for i, w in enumerate(["nice", "bad"] * 12))]


def test_a_starting_stage_loads_what_another_learned_and_decides_the_same() -> None:
    store = MemorySharedState()
    first = sharing(store)
    first.process(msgs(TEXTS))
    first.process(msgs([t + " again" for t in TEXTS]))
    assert store.chunks, "the first stage pushed its rows"
    assert first.cascade is not None
    dims = first.cascade._dims()
    assert dims is not None
    shared = merge_chunks([c for b in store.chunks if (c := decode_chunk(b, *dims))], 4000, *dims)
    assert len(shared.static) >= 2 and shared.background_posts >= len(TEXTS)

    # a new stage: its first calibration reads the group's rows and background
    second = sharing(store)
    off, _, _ = build(cascade=False)
    probe = [t + " once more" for t in TEXTS[:8]]
    got = second.process(msgs(probe))
    ref = off.process(msgs(probe))
    assert [(m.matched, m.template_id) for m in got.matches] == [
        (m.matched, m.template_id) for m in ref.matches
    ]
    assert second.cascade is not None
    stats = second.cascade.stats()
    assert stats["shared_rows"] == len(shared.static)
    exemplars = len(second.cascade._exemplars_raw)
    assert stats["map_rows"] == exemplars + len(shared.static)  # fitted on the group's rows at once
    # a cold stage (no store) has only its own 8 posts
    cold, _, _ = build(cascade=True)
    assert cold.cascade is not None
    cold.cascade.config = second.cascade.config
    cold.process(msgs(probe))
    assert cold.cascade.stats()["map_rows"] < stats["map_rows"]


def test_another_models_chunks_are_ignored_and_a_dead_store_leaves_the_stage_learning_alone() -> None:
    store = MemorySharedState()
    store.chunks = [encode_chunk(chunk(50, ds=3, dd=5))]  # not this stage's dimensions
    proc = sharing(store)
    off, _, _ = build(cascade=False)
    got = proc.process(msgs(TEXTS))
    assert proc.cascade is not None
    assert proc.cascade.stats()["shared_rows"] is None  # nothing usable loaded
    assert proc.cascade.background_mean is not None
    down = MemorySharedState()
    down.fail = True
    dead = sharing(down)
    got = dead.process(msgs(TEXTS))
    ref = off.process(msgs(TEXTS))
    assert [(m.matched, m.template_id) for m in got.matches] == [
        (m.matched, m.template_id) for m in ref.matches
    ]
    assert dead.cascade is not None
    assert dead.cascade.calibration.active  # calibrated on its own rows
    assert dead.cascade._shared_failing
    down.fail = False  # Redis back: the rows held meanwhile go out with the next calibration
    dead.process(msgs([t + " later" for t in TEXTS]))
    assert down.chunks


def test_a_batch_never_waits_for_the_background_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    proc, _, _ = build(cascade=True)
    stage = proc.cascade
    assert stage is not None
    stage.config = dataclasses.replace(stage.config, background_calibration=True)
    release = threading.Event()
    started = threading.Event()
    compute = CascadeStage._compute

    def slow(self: CascadeStage, snap: object) -> object:
        started.set()
        assert release.wait(30)
        return compute(self, snap)  # type: ignore[arg-type]

    monkeypatch.setattr(CascadeStage, "_compute", slow)
    t0 = time.perf_counter()
    got = proc.process(msgs(STREAM))
    assert started.wait(5)
    assert time.perf_counter() - t0 < 5, "the batch returned while the calibration was held"
    # no calibration yet for this catalogue: every post the cache cannot decide went to the model
    assert "gate" not in got.decided_by
    assert not stage.calibration.active
    assert not stage.wait_calibrated(0.05)
    # more batches while the fit is held: they ask again (one more run queued), never wait
    proc.process(msgs([t + " x" for t in STREAM]))
    release.set()
    assert stage.wait_calibrated(30)
    assert stage.calibration.active or stage.static_calibration.active
    assert stage._job is None
    off, _, _ = build(cascade=False)
    texts = [t + " y" for t in STREAM]
    after = proc.process(msgs(texts))
    ref = off.process(msgs(texts))
    assert [(m.matched, m.template_id) for m in after.matches] == [
        (m.matched, m.template_id) for m in ref.matches
    ]
    assert "gate" in after.decided_by  # the new calibration is in and deciding


def test_a_calibration_of_a_previous_catalogue_is_never_swapped_in(monkeypatch: pytest.MonkeyPatch) -> None:
    proc, _, _ = build(cascade=True)
    stage = proc.cascade
    assert stage is not None
    proc.process(msgs(STREAM))
    assert stage.calibration.active or stage.static_calibration.active
    snapshot = stage._snapshot()
    stage._catalogue_key = (99, 0)  # the catalogue moved while that snapshot was being fitted
    before = stage._state
    state = stage._compute(snapshot)
    monkeypatch.setattr(CascadeStage, "_snapshot", lambda self: snapshot)
    monkeypatch.setattr(CascadeStage, "_compute", lambda self, snap: state)
    stage._calibrate_now()
    assert stage._state is before


def test_the_bench_restart_phase_needs_the_on_phase_first() -> None:
    from monitor.config import Settings
    from monitor.tools.bench import BenchError
    from monitor.tools.mixbench import run_mix

    for phases in (["restart"], ["restart", "on"], ["off", "restart"]):
        with pytest.raises(BenchError, match="after on"):
            run_mix(Settings(), phases=phases)
