"""The mixed bench's CPU reading of a worker process (/proc): it grows with work done, and a process that
is gone reads as None (the phase then reports no CPU figure rather than a wrong one)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from monitor.tools.bench import cpu_seconds


def test_cpu_seconds_grows_with_the_work_a_process_does() -> None:
    before = cpu_seconds(os.getpid())
    assert before is not None
    started = time.process_time()
    x = 0
    while time.process_time() - started < 0.3:
        x += 1
    after = cpu_seconds(os.getpid())
    assert after is not None
    assert after - before >= 0.2  # clock ticks of 10 ms: most of the 0.3 s shows


def test_cpu_seconds_of_a_finished_process_is_none() -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert cpu_seconds(proc.pid) is None


def test_the_report_says_decisions_equal_only_when_both_modes_ran() -> None:
    from monitor.tools.mixbench import render_mix

    on = {
        "posts_per_s": 387.5,
        "ratio_vs_bare_torch": 9.72,
        "stage_share": {"cache": 0.02, "gate": 0.93, "model": 0.05},
        "quality": {"precision": 1.0, "recall": 1.0},
        "worker_rss_mb": [622.3, 626.7],
        "worker_cpu_ms_per_post": 4.4,
        "latency": None,
    }
    report = {
        "posts": 2400,
        "labelled_posts": 48,
        "labelled_share": 0.02,
        "warmup_posts": 5000,
        "bare_torch_posts_per_s": 39.9,
        "cascade_on": on,
        "cascade_off": None,
        "labelled_decisions_equal": None,
        "all_decisions_equal": None,
        "machine": {"load_avg_before": [0.6], "load_avg_after": [2.1]},
        "elapsed_s": 540.0,
    }
    text = "\n".join(render_mix(report))
    assert "| on | 387.5 | 9.72 |" in text
    assert "decisions equal" not in text  # only "on" ran: nothing was compared
    both = {**report, "cascade_off": on, "labelled_decisions_equal": True, "all_decisions_equal": False}
    assert "labelled decisions equal on/off: True; all decisions equal: False" in "\n".join(render_mix(both))


def test_the_report_shows_the_latency_phase_stages_and_runs_without_a_bare_encode() -> None:
    from monitor.tools.mixbench import render_mix

    latency = {
        "p50_ms": 146.0,
        "p99_ms": 696.0,
        "mean_batch_size": 5.3,
        "stage_ms_per_batch": {"decide": 54.5, "claim": 0.5, "deliver": 8.2, "mark": 0.4, "hooks": 46.3},
    }
    on = {
        "posts_per_s": 167.8,
        "ratio_vs_bare_torch": None,  # --encode-rounds 0: no bare encode, no ratio
        "stage_share": {"cache": 0.014, "gate": 0.935, "model": 0.051},
        "quality": {"precision": 1.0, "recall": 1.0},
        "worker_rss_mb": [610.0, 612.0],
        "worker_cpu_ms_per_post": 5.08,
        "latency": latency,
        "latency_rate_posts_per_s": 65.0,
    }
    report = {
        "posts": 1200,
        "labelled_posts": 24,
        "labelled_share": 0.02,
        "warmup_posts": 5000,
        "bare_torch_posts_per_s": None,
        "cascade_on": on,
        "cascade_off": None,
        "all_decisions_equal": None,
        "machine": {"load_avg_before": [8.4], "load_avg_after": [6.1]},
        "elapsed_s": 120.0,
    }
    text = "\n".join(render_mix(report))
    assert "| on | 167.8 | None |" in text
    assert "cascade on, latency at 65.0/s: p50 146 ms, p99 696 ms" in text
    assert (
        "mean batch 5.3 posts; ms per batch: decide 54.5, claim 0.5, deliver 8.2, mark 0.4, hooks 46.3"
        in text
    )


def test_a_phase_reports_the_workers_cpu_per_post_only_when_read_at_both_ends() -> None:
    """The plain bench's phases (all-topical stream) carry the workers' CPU per post too."""
    from monitor.tools.bench import PhaseResult, with_worker_stats, worker_totals

    class Worker:  # a "worker" that is this process: its CPU is read from /proc, its metrics are empty
        pid = os.getpid()

        def metrics(self) -> str:
            return ""

    phase = PhaseResult(posts=100, duration_s=1.0, posts_per_s=100.0, p50_ms=1, p90_ms=1, p99_ms=1, max_ms=1)
    before = worker_totals([Worker()])  # type: ignore[list-item]
    assert before["cpu_s"] > 0
    started = time.process_time()
    while time.process_time() - started < 0.3:
        pass
    got = with_worker_stats(phase, before, [Worker()])  # type: ignore[list-item]
    assert got.worker_cpu_ms_per_post is not None and got.worker_cpu_ms_per_post >= 2.0  # >= 0.2 s / 100
    unread = with_worker_stats(phase, {k: v for k, v in before.items() if k != "cpu_s"}, [Worker()])  # type: ignore[list-item]
    assert unread.worker_cpu_ms_per_post is None
