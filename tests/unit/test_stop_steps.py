"""A bounded step of a stopping worker's shutdown (streams/fetch.py ``bounded``): it never waits longer than
its time, even for a step that takes as long to cancel as to finish."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from streams.fetch import bounded


async def _slow_to_cancel(release: asyncio.Event) -> None:
    """Like a faust step awaiting the consumer thread: a cancel is only honoured once ``release`` is set."""
    while True:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            await release.wait()
            raise


def test_a_step_slow_to_cancel_is_left_behind_after_its_time(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> tuple[float, asyncio.Task[None]]:
        release = asyncio.Event()
        started = time.monotonic()
        step = asyncio.ensure_future(_slow_to_cancel(release))
        await asyncio.wait_for(bounded("commit of acked offsets", step, 0.2), 5.0)
        took = time.monotonic() - started
        assert not step.done()  # cancelled, still cancelling: not waited for
        release.set()
        await asyncio.sleep(0.01)
        return took, step

    with caplog.at_level(logging.WARNING, logger="monitor.worker"):
        took, step = asyncio.run(main())
    assert 0.2 <= took < 1.0
    assert step.cancelled()
    assert "commit of acked offsets did not finish in 0.2s" in caplog.text


@pytest.mark.parametrize(
    ("error", "logged"),
    [
        (RuntimeError("broker gone"), "failed (RuntimeError)"),
        (asyncio.CancelledError(), "failed (CancelledError)"),
    ],
)
def test_a_failing_step_is_logged_not_raised(
    error: BaseException, logged: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def failing() -> None:
        await asyncio.sleep(0)
        raise error

    with caplog.at_level(logging.WARNING, logger="monitor.worker"):
        asyncio.run(bounded("consumer commit", failing(), 1.0))
    assert f"consumer commit {logged}; going on" in caplog.text


def test_a_step_in_time_is_awaited_to_its_end() -> None:
    finished: list[bool] = []

    async def quick() -> None:
        await asyncio.sleep(0.01)
        finished.append(True)

    asyncio.run(bounded("producer flush", quick(), 1.0))
    assert finished == [True]
