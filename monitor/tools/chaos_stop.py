"""Chaos scenarios about stopping: SIGTERM during each outage (time to exit), and consumer-group churn
(workers joining, and leaving with SIGTERM and with ``kill -9``, while posts flow). docs/RELIABILITY.md."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from typing import Any

from monitor.tools.chaos import (
    ChaosEnv,
    Producer,
    Run,
    ScenarioResult,
    Worker,
    _finish,
    _reap,
    demo_posts,
)

EXIT_WITHIN_S = 10.0
# state at SIGTERM -> the embedded services killed first
OUTAGES: dict[str, tuple[str, ...]] = {
    "stack up, posts flowing": (),
    "broker gone": ("kafka",),
    "redis gone (batch retrying)": ("redis",),
    "broker and redis gone": ("kafka", "redis"),
}
FORCED = "forcing the exit"
CHURN_FLOW_S = 90.0  # churn: the posts are spread over this long


def sigterm(worker: Worker, timeout_s: float = 30.0) -> tuple[int | None, float]:
    """SIGTERM the worker; (exit status or None if it outlived ``timeout_s`` and was killed, seconds)."""
    assert worker.proc is not None
    started = time.monotonic()
    worker.proc.send_signal(signal.SIGTERM)
    try:
        code: int | None = worker.proc.wait(timeout_s)
    except subprocess.TimeoutExpired:
        worker.proc.kill()
        worker.proc.wait(10)
        code = None
    return code, time.monotonic() - started


def _check_exit(run: Run, what: str, worker: Worker, code: int | None, took_s: float) -> None:
    status = "still running, killed" if code is None else f"exit {code}"
    run.notes.append(f"SIGTERM, {what}: {status} after {took_s:.1f}s")
    if code != 0 or took_s >= EXIT_WITHIN_S:
        run.failures.append(f"SIGTERM, {what}: {status} after {took_s:.1f}s (want exit 0 within 10 s)")
    if FORCED in worker.tail(10**7):
        run.failures.append(f"SIGTERM, {what}: the stop watchdog had to force the exit")


def scenario_sigterm(env: ChaosEnv) -> ScenarioResult:
    """SIGTERM a worker in each state of OUTAGES and time its exit (a fresh stack after each outage).

    The scorecard counts the posts of the first state (stack up, posts flowing): the worker is stopped
    mid-stream, a second one takes over and must decide every post, with no alert twice."""
    started = time.monotonic()
    sizes = env.sizes
    first: tuple[Run, Producer, int] | None = None
    runs: list[Run] = []
    try:
        for i, (what, kill) in enumerate(OUTAGES.items()):
            run = Run(env, env.settings_for(f"sigterm{i}"))
            runs.append(run)
            env.register_templates(run.settings)
            env.prepare(run.settings)
            worker = run.start_worker("w1")
            values: list[bytes | None] = list(demo_posts(sizes.posts if not kill else 40, f"sigterm{i}"))
            producer = Producer(run.settings, values, sizes.rate_per_s)
            producer.start()
            collector = run.collect()
            deadline = time.monotonic() + sizes.settle_timeout_s
            while len(collector.decided()) < min(10, len(values)) and time.monotonic() < deadline:
                collector.poll()
            for service in kill:
                pid = env.pid(service)
                os.kill(pid, signal.SIGKILL)
                _reap(pid)
            if "redis" in kill:  # wait until a batch is in its retry loop
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline and "redis unavailable" not in worker.tail(10**6):
                    time.sleep(0.2)
            elif kill:
                time.sleep(3.0)
            code, took = sigterm(worker)
            _check_exit(run, what, worker, code, took)
            if not kill:
                first = (run, producer, len(values))
                run.start_worker("w2")  # takes over mid-stream
                producer.join(sizes.settle_timeout_s)
                if not run.wait_decided(*producer.expected(set(range(len(values)))), sizes.settle_timeout_s):
                    run.failures.append("not every post decided in time after the stop")
            else:
                producer.join(5)
                if producer.is_alive():
                    run.notes.append("producer still retrying against the dead broker; left behind")
                if run.collector is not None:  # its broker is gone
                    with contextlib.suppress(Exception):
                        run.collector.close()
                    run.collector = None
                env.restart_stack()  # the outage killed the stack: a fresh one for the next state
        assert first is not None
        run0, producer0, n = first
        result = _finish(run0, "sigterm", producer0, set(range(n)), started)
        for run in runs[1:]:
            result.failures += run.failures
            result.notes += run.notes
        return result
    finally:
        for run in runs:
            _close_quietly(run)


def scenario_churn(env: ChaosEnv) -> ScenarioResult:
    """Consumer-group churn while posts flow: a second and third worker join, one leaves with SIGTERM,
    one is killed with ``kill -9``; every post is decided, no alert is sent twice. Posts are spread over
    CHURN_FLOW_S so that they keep flowing through every join and leave (a worker start takes 20-40 s)."""
    started = time.monotonic()
    sizes = env.sizes
    run = Run(env, env.settings_for("churn"))
    try:
        env.register_templates(run.settings)
        env.prepare(run.settings)
        a = run.start_worker("a")
        values: list[bytes | None] = list(demo_posts(sizes.posts, "churn"))
        producer = Producer(run.settings, values, len(values) / CHURN_FLOW_S)
        producer.start()
        collector = run.collect()

        def step(note: str) -> None:
            collector.poll()
            run.notes.append(f"{note} at {len(collector.decided())}/{len(values)} decided")

        b = run.start_worker("b")  # joins: a rebalance mid-stream
        step("b joined")
        code, took = sigterm(a)  # leaves cleanly: another rebalance
        _check_exit(run, "a leaving the group", a, code, took)
        step("a left (SIGTERM)")
        c = run.start_worker("c")
        step("c joined")
        b.kill9()  # leaves without a word: its partitions move after the session timeout
        step("b killed (-9)")
        producer.join(sizes.settle_timeout_s + CHURN_FLOW_S)
        if not run.wait_decided(*producer.expected(set(range(len(values)))), sizes.settle_timeout_s):
            run.failures.append("not every post decided in time")
        if not c.alive():
            run.failures.append("worker c died")
        return _finish(run, "churn", producer, set(range(len(values))), started)
    finally:
        run.close()


def _close_quietly(run: Any) -> None:
    with contextlib.suppress(Exception):  # the stack a run used may be gone already (outage states)
        run.close()
