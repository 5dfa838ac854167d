"""The candidates' writer lock is retried after 1 ms, doubling to 20 ms (monitor.storage.candidates), not
redis-py's fixed 0.1 s: a worker that finds it held by another waits about as long as it is held."""

from __future__ import annotations

import pytest

from monitor.storage.candidates import (
    LOCK_FIRST_POLL_S,
    LOCK_MOST_POLL_S,
    acquire_polling,
    lock_poll_delays,
)


def test_poll_delays_double_to_the_cap_and_add_up_to_the_timeout() -> None:
    delays = list(lock_poll_delays(0.1))
    assert delays[:6] == pytest.approx([0.001, 0.002, 0.004, 0.008, 0.016, 0.02])
    assert max(delays) == pytest.approx(LOCK_MOST_POLL_S)
    assert sum(delays) == pytest.approx(0.1)
    assert delays[0] == LOCK_FIRST_POLL_S
    assert list(lock_poll_delays(0.0)) == []
    assert sum(lock_poll_delays(30.0)) == pytest.approx(30.0)  # the candidates' lock timeout


class FakeLock:
    """Free after ``busy_tries`` failed tries; records how it was asked."""

    def __init__(self, busy_tries: int) -> None:
        self.busy_tries = busy_tries
        self.tries: list[bool | None] = []

    def acquire(self, blocking: bool | None = None) -> bool:
        self.tries.append(blocking)
        return len(self.tries) > self.busy_tries


def test_a_free_lock_is_had_at_once_without_sleeping() -> None:
    slept: list[float] = []
    lock = FakeLock(0)
    assert acquire_polling(lock, 30.0, sleep=slept.append)
    assert lock.tries == [False] and slept == []  # never redis-py's blocking acquire (0.1 s polls)


def test_a_held_lock_is_retried_after_short_pauses_until_free() -> None:
    slept: list[float] = []
    lock = FakeLock(4)
    assert acquire_polling(lock, 30.0, sleep=slept.append)
    assert len(lock.tries) == 5 and all(b is False for b in lock.tries)
    assert slept == pytest.approx([0.001, 0.002, 0.004, 0.008])  # 15 ms of pauses, not 4 x 100 ms


def test_a_lock_never_freed_gives_up_after_the_timeout() -> None:
    lock = FakeLock(10**9)
    assert not acquire_polling(lock, 0.05)  # real sleeps: about 50 ms
    assert 5 <= len(lock.tries) <= 10
