"""Stopping, confirmed sends and honest health, on the worker's own pieces with fakes for faust's topics.
Through the real worker, broker and Redis: tests/integration/test_stop.py."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from monitor.core.lexical import LexicalChannel
from monitor.core.models import Template
from monitor.pipeline.metrics import Metrics
from streams.agents import AgentRun, health_report, hold, release
from streams.delivery import Outgoing, backoff_s, deliver, pause
from streams.services import SerialDaemonExecutor, StopRequested, WorkerState
from streams.stopping import EXIT_FORCED


# --- the batch thread does not hold the exit -------------------------------------------------------------
def _exit_after_body(code: str, wait_s: float, then: str = "") -> tuple[int | None, float]:
    """Run ``code``, then ``then``, in a fresh interpreter: (its exit status, or None if it was still
    running ``wait_s`` after ``code`` ended; seconds from the end of ``code`` to the exit). Timed from the
    end of ``code``: imports take seconds on a loaded machine and are not what is measured."""
    script = textwrap.dedent(code) + "\nprint('ended', flush=True)\n" + textwrap.dedent(then)
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ended"
        ended = time.monotonic()
        try:
            status: int | None = proc.wait(wait_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            status = None
        return status, time.monotonic() - ended


def test_a_blocked_call_on_the_batch_executor_does_not_hold_the_exit() -> None:
    status, took = _exit_after_body(
        """
        import time
        from streams.services import SerialDaemonExecutor
        ex = SerialDaemonExecutor()
        ex.submit(time.sleep, 60)   # a Redis call stuck on a dead socket
        time.sleep(0.2)
        ex.shutdown(wait=False, cancel_futures=True)
        """,
        wait_s=30,
    )
    assert status == 0 and took < 5


def test_a_thread_pool_executor_would_hold_the_exit() -> None:
    """What kept stopping workers alive: the interpreter joins ThreadPoolExecutor threads at exit, even
    after shutdown(wait=False)."""
    status, _ = _exit_after_body(
        """
        import time
        from concurrent.futures import ThreadPoolExecutor
        ex = ThreadPoolExecutor(max_workers=1)
        ex.submit(time.sleep, 60)
        time.sleep(0.2)
        ex.shutdown(wait=False, cancel_futures=True)
        """,
        wait_s=4,
    )
    assert status is None  # still running 4 s after its code ended


def test_serial_executor_runs_calls_in_order_and_reports_errors() -> None:
    ex = SerialDaemonExecutor("t")
    seen: list[int] = []
    futures = [ex.submit(seen.append, i) for i in range(5)]
    for f in futures:
        f.result(5)
    assert seen == [0, 1, 2, 3, 4]
    with pytest.raises(ZeroDivisionError):
        ex.submit(lambda: 1 / 0).result(5)
    assert ex.submit(lambda a, b=0: a + b, 1, b=2).result(5) == 3
    ex.shutdown(wait=True)
    with pytest.raises(RuntimeError):
        ex.submit(seen.append, 9)


def test_the_stop_watchdog_forces_an_exit_that_a_non_daemon_thread_would_block() -> None:
    status, took = _exit_after_body(
        """
        import threading, time
        from streams.stopping import StopWatchdog
        threading.Thread(target=time.sleep, args=(60,)).start()   # non-daemon: would hold the exit
        StopWatchdog(0.5).start()
        """,
        wait_s=30,
    )
    assert status == EXIT_FORCED and took < 5


def test_a_stopped_worker_exits_at_once_with_its_status_and_its_logs(tmp_path: Path) -> None:
    log_file = tmp_path / "worker.log"
    status, took = _exit_after_body(
        f"""
        import logging, threading, time
        from streams.stopping import exit_now
        logging.basicConfig(filename={str(log_file)!r}, level=logging.INFO)
        threading.Thread(target=time.sleep, args=(60,)).start()   # non-daemon: would hold the exit
        """,
        wait_s=30,
        then="""
        logging.getLogger("monitor.worker").info("worker stopped")
        exit_now(3, join_s=0.5)
        """,
    )
    assert status == 3 and took < 5
    text = log_file.read_text()
    assert "worker stopped" in text and "still running at exit" in text  # flushed before the exit


# --- confirmed sends ----------------------------------------------------------------------------------------
class FakeTopic:
    """faust's ``send`` shape: awaiting it returns a future resolved by the broker's ack (or its error)."""

    def __init__(self, fail_first: int = 0, fail_values: set[bytes] | None = None) -> None:
        self.fail_first = fail_first
        self.fail_values = fail_values
        self.sent: list[bytes] = []
        self.acked: list[bytes] = []

    async def send(self, *, key: bytes | None = None, value: bytes) -> asyncio.Future[Any]:
        self.sent.append(value)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        failing = self.fail_first > 0 and (self.fail_values is None or value in self.fail_values)
        if failing:
            self.fail_first -= 1
            future.set_exception(ConnectionError("broker gone"))
        else:
            self.acked.append(value)
            future.set_result(SimpleNamespace(partition=0, offset=len(self.acked) - 1))
        return future


async def _no_wait(state: WorkerState, delay_s: float) -> None:
    await asyncio.sleep(0)


def _retries(metrics: Metrics, dependency: str) -> float:
    return float(metrics.retries.labels(dependency)._value.get())


def _up(metrics: Metrics, dependency: str) -> float:
    return float(metrics.dependency_up.labels(dependency)._value.get())


def test_a_failed_send_is_retried_until_the_broker_acks_and_only_failed_records_are_resent() -> None:
    state, metrics = WorkerState(kafka_ok=True), Metrics()
    topic = FakeTopic(fail_first=2, fail_values={b"b"})
    records = [Outgoing(topic, v) for v in (b"a", b"b", b"c")]
    seen_down: list[float] = []

    async def watch(state: WorkerState, delay_s: float) -> None:
        seen_down.append(_up(metrics, "kafka"))

    results = asyncio.run(deliver(records, state, metrics, sleep=watch))
    assert [r.offset for r in results] == [0, 2, 1]  # b acked last
    assert topic.sent == [b"a", b"b", b"c", b"b", b"b"]  # a and c never re-sent
    assert sorted(topic.acked) == [b"a", b"b", b"c"]
    assert _retries(metrics, "kafka") == 2
    assert seen_down == [0.0, 0.0], "the outage shows while it lasts"
    assert _up(metrics, "kafka") == 1.0 and state.kafka_ok and state.kafka_error is None


def test_a_stopping_worker_gives_up_on_the_send_instead_of_retrying() -> None:
    state, metrics = WorkerState(kafka_ok=True), Metrics()
    topic = FakeTopic(fail_first=100)

    async def stop_now(state: WorkerState, delay_s: float) -> None:
        state.stopping = True
        await pause(state, delay_s)

    with pytest.raises(StopRequested):
        asyncio.run(deliver([Outgoing(topic, b"x")], state, metrics, sleep=stop_now))
    assert topic.acked == [] and len(topic.sent) == 1
    assert not state.kafka_ok and "broker gone" in (state.kafka_error or "")


def test_pause_wakes_up_when_the_worker_stops() -> None:
    state = WorkerState()

    async def scenario() -> float:
        loop = asyncio.get_running_loop()
        loop.call_later(0.2, setattr, state, "stopping", True)
        started = loop.time()
        with pytest.raises(StopRequested):
            await pause(state, 30.0)
        return loop.time() - started

    assert asyncio.run(scenario()) < 2.0


def test_backoff_doubles_to_its_cap() -> None:
    assert [backoff_s(a) for a in (1, 2, 3)] == [0.4, 0.8, 1.6]
    assert backoff_s(50) == 10.0


# --- a batch is acked only once it is delivered ------------------------------------------------------------
def _message(offset: int, generation_id: int | None = None) -> Any:
    from faust.types.tuples import Message

    msg = Message("posts", 0, offset, 0.0, 0, {}, None, b"{}", None, generation_id=generation_id)
    msg.incref()  # faust takes one reference per stream that receives the message
    return msg


def _batch_under_stop(held: bool, delivered: bool) -> tuple[bool, int]:
    """faust's own stream and ``take_events`` with one post in flight when the stream is stopped (as a
    stopping worker's faust stops it): whether the post ends up acked, and its references left.
    ``held``: the agent holds the batch (streams.agents.hold); ``delivered``: the batch finishes and is
    released after the stop (its records were sent before), else it is abandoned."""
    import faust

    async def scenario() -> tuple[bool, int]:
        app = faust.App("batch-ack", broker="kafka://127.0.0.1:1", store="memory://", autodiscover=False)
        app.flow_control.resume()
        channel = app.channel()
        stream = channel.stream()
        taken: list[Any] = []
        in_flight, stopped = asyncio.Event(), asyncio.Event()

        async def agent() -> None:
            async for events in stream.take_events(10, within=0.05):
                if held:
                    hold(events)
                taken.extend(events)
                in_flight.set()
                await stopped.wait()  # the batch is in the model while the worker stops
                if held and delivered:
                    release(events)
                return

        task = asyncio.ensure_future(agent())
        await stream.maybe_start()
        await asyncio.sleep(0.1)  # the agent subscribes to the channel
        message = _message(
            4, generation_id=app.consumer_generation_id
        )  # as the current generation fetched it
        await channel.put(channel._create_event(None, b"{}", {}, message))
        await asyncio.wait_for(in_flight.wait(), 5)
        await stream.on_stop()  # closes take_events: its cleanup acks the batch in flight
        stopped.set()
        await asyncio.wait_for(task, 5)
        return taken[0].message.acked, taken[0].message.refcount

    return asyncio.run(scenario())


def test_faust_alone_acks_a_batch_in_flight_when_its_stream_stops() -> None:
    """Why the agent holds its batches: without the hold, the post being processed is acked by the stop
    (its offset committed by the stop's last commit, and never decided: the churn chaos scenario's loss)."""
    acked, _ = _batch_under_stop(held=False, delivered=False)
    assert acked


def test_a_held_batch_abandoned_at_a_stop_is_never_acked() -> None:
    assert _batch_under_stop(held=True, delivered=False) == (False, 1)


def test_a_held_batch_delivered_before_the_stop_is_acked() -> None:
    assert _batch_under_stop(held=True, delivered=True) == (True, 0)


def test_a_released_batch_is_acked_by_faust_and_an_unreleased_one_never() -> None:
    consumer = SimpleNamespace()
    done = [SimpleNamespace(message=_message(i)) for i in range(3)]
    for e in done:
        e.ack = lambda m=e.message: m.ack(consumer)
    dropped = [SimpleNamespace(message=_message(i)) for i in range(3, 6)]
    hold(done)
    hold(dropped)
    release(done)
    # take_events acks every event of the batch when the batch ends, even by cancellation
    assert all(e.message.ack(consumer) for e in done)
    assert not any(e.message.ack(consumer) for e in dropped)
    assert not any(e.message.acked for e in dropped)


# --- health that can go red -----------------------------------------------------------------------------
def _services(state: WorkerState) -> Any:
    return SimpleNamespace(
        state=state,
        catalogue=SimpleNamespace(version=1, templates={"t": 1}, spellings={}),
        embedder=SimpleNamespace(spec=SimpleNamespace(name="m")),
        settings=SimpleNamespace(cascade="on"),
        processor=SimpleNamespace(cascade=None),
        distil=SimpleNamespace(status="distilling", error=None),
    )


def _healthy_state() -> WorkerState:
    return WorkerState(agent_running=True, consuming=True, redis_ok=True, kafka_ok=True)


def test_health_goes_red_for_kafka_a_stopped_agent_and_a_stop() -> None:
    assert health_report(_services(_healthy_state()))["healthy"]
    for change in ({"kafka_ok": False}, {"agent_running": False}, {"stopping": True}, {"redis_ok": False}):
        state = _healthy_state()
        for k, v in change.items():
            setattr(state, k, v)
        report = health_report(_services(state))
        assert not report["healthy"], change
    assert health_report(_services(_healthy_state()))["kafka"] == {"ok": True, "error": None}


def test_health_says_where_the_cascade_stands() -> None:
    services = _services(_healthy_state())
    report = health_report(services)
    assert report["healthy"], "a worker distilling its static model is healthy (the cascade off meanwhile)"
    assert report["cascade"] == {"mode": "on", "enabled": False, "static_model": "distilling"}
    services.distil = SimpleNamespace(status="failed", error="distillation exited with 1")
    assert health_report(services)["cascade"]["error"] == "distillation exited with 1"
    services.processor.cascade = SimpleNamespace(static=object())
    assert health_report(services)["cascade"] == {"mode": "on", "enabled": True, "static_model": "ready"}


def test_agent_running_follows_the_agents_actors() -> None:
    state = WorkerState()
    with AgentRun(state):
        assert state.agent_running
        with AgentRun(state):
            pass
        assert state.agent_running, "one actor of two still runs"
    assert not state.agent_running

    def crash() -> None:
        with AgentRun(state):
            assert state.agent_running
            raise RuntimeError("agent crashed")

    with pytest.raises(RuntimeError):
        crash()
    assert not state.agent_running and state.agents_running == 0


def test_labels_start_at_zero() -> None:
    text = Metrics().render().decode()
    assert 'monitor_dependency_up{dependency="kafka"} 0.0' in text
    assert 'monitor_dependency_retries_total{dependency="kafka"} 0.0' in text
    assert "monitor_candidate_posts_skipped_total 0.0" in text
    assert "monitor_lexical_index_rebuild_failures_total 0.0" in text
    m = Metrics()
    m.init_sink("webhook")
    text = m.render().decode()
    for reason in ("rejected", "retries_exhausted"):
        assert f'monitor_sink_records_parked_total{{reason="{reason}",sink="webhook"}} 0.0' in text
    assert 'monitor_sink_head_failures{sink="webhook"} 0.0' in text


# --- a failed lexical rebuild is visible ------------------------------------------------------------------
def _template(tid: str, text: str) -> Template:
    return Template(id=tid, category="rumour", severity="low", text=text)


def test_a_failed_background_rebuild_is_counted_and_flagged_stale_until_a_rebuild_works() -> None:
    channel = LexicalChannel(background_above=1)
    cat1 = {"a": _template("a", "alpha beta"), "b": _template("b", "gamma delta")}
    old = channel.index_for(cat1)
    broken = {**cat1, "c": _template("c", "epsilon")}
    real_build = channel._build

    def failing_build(templates: Any) -> Any:
        if templates is broken:
            raise MemoryError("no room")
        return real_build(templates)

    channel._build = failing_build  # type: ignore[method-assign]
    assert channel.index_for(broken) is old
    deadline = time.monotonic() + 5
    while channel._building is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert channel.rebuild_failures == 1 and channel.stale
    assert channel.index_for(broken) is old  # still serving the old one, not rebuilding on every batch
    assert channel.rebuild_failures == 1
    fixed = {**broken}
    channel.index_for(fixed)
    deadline = time.monotonic() + 5
    while channel._building is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(channel.index_for(fixed)) == 3 and not channel.stale
