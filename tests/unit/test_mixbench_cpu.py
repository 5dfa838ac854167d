"""The mixed bench's CPU reading of a worker process (/proc): it grows with work done, and a process that
is gone reads as None (the phase then reports no CPU figure rather than a wrong one)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from monitor.tools.mixbench import cpu_seconds


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
