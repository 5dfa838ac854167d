"""The gate's back-off on a stream where it decides nothing (pure)."""

from __future__ import annotations

from monitor.core.backoff import BackoffConfig, GateBackoff


def run_batches(backoff: GateBackoff, n: int, size: int, decided: int) -> list[bool]:
    ran = []
    for _ in range(n):
        runs = backoff.should_run()
        ran.append(runs)
        if runs:
            backoff.record(size, decided)
    return ran


def test_backs_off_after_a_window_that_decided_nothing_and_samples_one_batch_in_n() -> None:
    backoff = GateBackoff(BackoffConfig(window_posts=256, min_share=0.02, sample_every=4))
    assert run_batches(backoff, 4, 64, 0) == [True] * 4  # the window fills: 256 posts, nothing decided
    assert backoff.backed_off
    ran = run_batches(backoff, 12, 64, 0)
    assert ran == [False, False, False, True] * 3, "one batch in four, never more than three skipped"
    assert backoff.backed_off


def test_a_sampled_batch_that_decides_brings_the_gate_back() -> None:
    backoff = GateBackoff(BackoffConfig(window_posts=128, min_share=0.02, sample_every=3))
    run_batches(backoff, 2, 64, 0)
    assert backoff.backed_off
    assert run_batches(backoff, 3, 64, 30) == [False, False, True]
    assert not backoff.backed_off
    assert run_batches(backoff, 3, 64, 30) == [True] * 3


def test_a_gate_that_decides_a_little_stays_on_and_the_window_slides() -> None:
    backoff = GateBackoff(BackoffConfig(window_posts=256, min_share=0.02, sample_every=8))
    run_batches(backoff, 20, 64, 2)  # 3 %: above the share
    assert not backoff.backed_off
    # old batches leave the window: a decided burst long ago does not keep the gate on
    backoff = GateBackoff(BackoffConfig(window_posts=256, min_share=0.02, sample_every=8))
    run_batches(backoff, 1, 64, 64)
    run_batches(backoff, 3, 64, 0)
    assert not backoff.backed_off, "256 posts, 25 % decided"
    run_batches(backoff, 1, 64, 0)
    assert backoff.backed_off, "the decided batch slid out of the window"


def test_reset_and_a_zero_window_never_back_off() -> None:
    backoff = GateBackoff(BackoffConfig(window_posts=64, sample_every=4))
    run_batches(backoff, 1, 64, 0)
    assert backoff.backed_off
    backoff.reset()
    assert not backoff.backed_off and backoff.should_run()
    never = GateBackoff(BackoffConfig(window_posts=0))
    assert run_batches(never, 50, 64, 0) == [True] * 50 and not never.backed_off


def test_the_break_even_share_of_the_measured_costs_raises_the_bar_within_its_cap() -> None:
    config = BackoffConfig(window_posts=128, min_share=0.02, max_share=0.25, sample_every=4)
    backoff = GateBackoff(config)
    assert backoff.share() == 0.02 and backoff.share(0.1) == 0.1 and backoff.share(0.9) == 0.25
    for _ in range(2):  # 5 % decided: above 2 %, but the gate costs a tenth of the model per post
        backoff.record(64, 3, break_even=0.1)
    assert backoff.backed_off
    on = GateBackoff(config)
    for _ in range(4):
        on.record(64, 3)  # costs unknown: the 2 % floor
    assert not on.backed_off
    for _ in range(3):
        on.should_run()
    capped = GateBackoff(config)
    for _ in range(4):
        capped.record(64, 20, break_even=0.9)  # 31 % decided pays for any gate: the cap
    assert not capped.backed_off
