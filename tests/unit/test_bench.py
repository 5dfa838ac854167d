"""Pure parts of ``monitor bench``: generated posts, percentiles, phase summaries, synthetic vectors."""

from __future__ import annotations

import math

import numpy as np
import pytest

from monitor.tools.bench import (
    BenchOptions,
    PhaseResult,
    generate_posts,
    percentile_ms,
    plan_workers,
    summarize_phase,
    synthetic_vectors,
)

BASE = ["the first text", "a second, longer text about something", "third"]


def test_generated_posts_are_unique_deterministic_and_cycle_the_base_texts() -> None:
    posts = generate_posts(10, BASE, id_prefix="t-", seed=3)
    assert len({p["id"] for p in posts}) == 10
    assert posts[0]["id"] == "t-0000000"
    assert generate_posts(10, BASE, id_prefix="t-", seed=3) == posts
    assert generate_posts(10, BASE, id_prefix="t-", seed=4) != posts
    for i, p in enumerate(posts):
        assert BASE[i % len(BASE)] in p["text"]
        assert p["text"] != BASE[i % len(BASE)]  # varied, never byte-identical to its source
        assert "created_at" not in p  # stamped when produced


def test_generate_posts_needs_texts() -> None:
    with pytest.raises(ValueError, match="empty"):
        generate_posts(3, [], id_prefix="x")


def test_percentiles_in_milliseconds() -> None:
    latencies = [i / 1000 for i in range(1, 101)]  # 1..100 ms
    assert percentile_ms(latencies, 50) == pytest.approx(50.5)
    assert percentile_ms(latencies, 99) == pytest.approx(99.0, abs=0.1)
    assert percentile_ms([0.25], 99) == 250.0
    assert math.isnan(percentile_ms([], 50))


def test_phase_summary_uses_first_send_to_last_decision() -> None:
    created = {f"p{i}": 100.0 + i * 0.1 for i in range(10)}  # sent over 0.9 s
    processed = {f"p{i}": 100.5 + i * 0.2 for i in range(10)}  # last decided at 102.3
    phase = summarize_phase(created, processed)
    assert phase.posts == 10
    assert phase.duration_s == pytest.approx(2.3)
    assert phase.posts_per_s == pytest.approx(10 / 2.3, rel=1e-3)
    assert phase.p50_ms == pytest.approx(950.0)  # latencies 0.5 .. 1.4 s
    assert phase.max_ms == pytest.approx(1400.0)
    assert phase.p50_ms <= phase.p90_ms <= phase.p99_ms <= phase.max_ms


def test_phase_summary_ignores_posts_of_other_phases_and_needs_one() -> None:
    phase = summarize_phase({"a": 1.0}, {"a": 1.2, "warm-1": 0.5})
    assert phase.posts == 1
    assert phase.p50_ms == pytest.approx(200.0)
    from monitor.tools.bench import BenchError

    with pytest.raises(BenchError):
        summarize_phase({"a": 1.0}, {"b": 2.0})


def test_clock_skew_never_gives_negative_latency() -> None:
    # a's clock is 1 ms ahead of the worker's: its latency counts as 0, not -1 ms
    phase = summarize_phase({"a": 10.0, "b": 10.0}, {"a": 9.999, "b": 10.5})
    assert phase.p50_ms == pytest.approx(250.0)  # the median of 0 and 500 ms
    assert phase.max_ms == pytest.approx(500.0)
    skewed = summarize_phase({"a": 10.0, "b": 10.0, "c": 10.0}, {"a": 9.9, "b": 9.8, "c": 9.95})
    assert (skewed.p50_ms, skewed.p99_ms, skewed.max_ms) == (0.0, 0.0, 0.0)


def test_synthetic_vectors_are_unit_float32_and_seeded() -> None:
    v = synthetic_vectors(50, 384, seed=1)
    assert v.shape == (50, 384)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(v, synthetic_vectors(50, 384, seed=1))
    assert not np.array_equal(v, synthetic_vectors(50, 384, seed=2))


def test_options_validate() -> None:
    assert BenchOptions().posts == 1000
    with pytest.raises(ValueError, match="greater than or equal to 10"):
        BenchOptions(posts=1)
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        BenchOptions(rate=-1)


def test_phase_result_schema() -> None:
    fields = set(PhaseResult.model_fields)
    assert {"posts", "posts_per_s", "p50_ms", "p99_ms", "mean_batch_size", "encode_share"} <= fields


@pytest.mark.parametrize(
    ("workers", "threads", "cores", "expected"),
    [
        (0, 0, 2, (2, 1)),  # default: one single-threaded worker per core
        (0, 0, 8, (8, 1)),
        (1, 0, 2, (1, 2)),  # one worker gets every core
        (2, 0, 8, (2, 4)),
        (3, 0, 2, (3, 1)),  # more workers than cores: still one thread each
        (2, 3, 8, (2, 3)),  # explicit MONITOR_TORCH_THREADS wins
        (0, 0, 0, (1, 1)),
    ],
)
def test_bench_plans_one_process_per_core_and_shares_the_cores(
    workers: int, threads: int, cores: int, expected: tuple[int, int]
) -> None:
    assert plan_workers(workers, threads, cores) == expected


def test_bench_never_plans_more_workers_than_partitions() -> None:
    assert plan_workers(0, 0, 16, partitions=4) == (4, 4)
    assert plan_workers(6, 0, 16, partitions=4) == (6, 2)  # asked for explicitly: honoured
