"""Helpers for integration tests, on the shared harness (monitor/tools/harness.py): run a worker process,
read topics back."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from monitor.tools.harness import WorkerProcess, read_topic

__all__ = ["read_topic", "running_worker"]


@contextlib.contextmanager
def running_worker(settings: Any, log: Path, timeout_s: float = 120.0, **env: str) -> Iterator[WorkerProcess]:
    """A healthy worker for the duration of the block (``env``: raw variables for the child), stopped
    (SIGTERM, then SIGKILL) afterwards."""
    with WorkerProcess(settings, log, env=env) as worker:
        yield worker.wait_healthy(timeout_s)
