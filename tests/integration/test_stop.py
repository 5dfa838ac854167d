"""SIGTERM ends a worker (and the API) within 10 s with exit code 0 in every state: stack up with posts
flowing and a sink backing off, broker gone, Redis gone with the batch retrying, both gone. Each test has
its own embedded stack (it is broken on purpose) in a temp dir, on free loopback ports, stopped after."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from monitor.tools.harness import WorkerProcess, read_topic
from monitor.tools.stack import EmbeddedStack, free_port
from streams.app import faust_datadir

from ..conftest import SESSION_TIMEOUT_S, env_for

pytestmark = pytest.mark.integration
EXIT_WITHIN_S = 10.0


@pytest.fixture
def private(tmp_path: Path, prefix: str) -> Iterator[tuple[Any, EmbeddedStack, dict[str, Any]]]:
    from monitor.config import Settings

    state_dir = tmp_path / "stack"
    stack = EmbeddedStack(state_dir)
    data = stack.up()
    settings = Settings(
        kafka_url=data["kafka_url"],
        redis_url=data["redis_url"],
        state_dir=state_dir,
        redis_prefix=prefix,
        app_id=f"app-{prefix}",
        posts_topic=f"posts-{prefix}",
        matches_topic=f"matches-{prefix}",
        alerts_topic=f"alerts-{prefix}",
        incidents_topic=f"incidents-{prefix}",
        dlq_topic=f"posts-{prefix}.dlq",
        session_timeout_s=SESSION_TIMEOUT_S,
    )
    try:
        yield settings, stack, data
    finally:
        stack.down()


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return


def _metric(port: int, line_prefix: str) -> float | None:
    try:
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=2).text
    except httpx.HTTPError:
        return None
    for line in text.splitlines():
        if line.startswith(line_prefix):
            return float(line.rsplit(" ", 1)[1])
    return None


def _wait_for(check: Any, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def _start_worker(settings: Any, log: Path, **env: str) -> tuple[subprocess.Popen[bytes], int]:
    worker = WorkerProcess(settings, log, env=env)
    try:
        worker.wait_healthy(180)
    except BaseException:
        worker.kill()
        raise
    assert worker.proc is not None
    return worker.proc, worker.port


def _sigterm_and_time(proc: subprocess.Popen[bytes], log: Path) -> tuple[int, float]:
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)
        raise AssertionError(f"still running 30 s after SIGTERM:\n{log.read_text()[-3000:]}") from None
    return code, time.monotonic() - started


def _assert_clean_exit(code: int, took_s: float, log: Path) -> None:
    text = log.read_text(errors="replace")
    assert "forcing the exit" not in text, f"the watchdog had to force the exit:\n{text[-4000:]}"
    assert code == 0, f"exit {code}:\n{text[-3000:]}"
    assert took_s < EXIT_WITHIN_S, f"exit took {took_s:.1f}s"


class Posts(threading.Thread):
    """Produces posts at a steady rate until stopped; remembers where each acknowledged one went."""

    def __init__(self, settings: Any, rate_per_s: float = 20.0) -> None:
        super().__init__(daemon=True)
        self.settings, self.rate_per_s = settings, rate_per_s
        self.where: dict[tuple[int, int], str] = {}
        self.stop_event = threading.Event()

    def run(self) -> None:
        from monitor.storage.connections import kafka_producer

        producer = kafka_producer(self.settings, acks="all", request_timeout_ms=5000)
        try:
            i = 0
            while not self.stop_event.is_set():
                post_id = f"stop-{i:05d}"
                text = "Sora course for 99 yuan, scan the QR code to join" if i % 3 else "lunch was nice"
                future = producer.send(
                    self.settings.posts_topic,
                    key=post_id.encode(),
                    value=orjson.dumps({"id": post_id, "text": text}),
                )
                future.add_callback(
                    lambda meta, pid=post_id: self.where.__setitem__((meta.partition, meta.offset), pid)
                )
                i += 1
                time.sleep(1 / self.rate_per_s)
            producer.flush(10)
        finally:
            producer.close(5)


def _committed(settings: Any) -> dict[int, int | None]:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap(), group_id=settings.app_id, enable_auto_commit=False
    )
    try:
        return {
            p: consumer.committed(TopicPartition(settings.posts_topic, p))
            for p in range(settings.topic_partitions)
        }
    finally:
        consumer.close()


def _below_commit(
    settings: Any, where: dict[tuple[int, int], str]
) -> tuple[dict[int, int | None], list[tuple[int, int, str]], set[str]]:
    """The group's committed offsets, the posts of ``where`` below them (partition, offset, post), and the
    posts decided (those with a record in the matches topic)."""
    decided = {m["post_id"] for m in read_topic(settings, settings.matches_topic, idle_s=2, timeout_s=30)}
    committed = _committed(settings)
    below = sorted((p, off, pid) for (p, off), pid in where.items() if off < (committed.get(p) or 0))
    return committed, below, decided


def test_sigterm_mid_batch_with_a_sink_backing_off_exits_cleanly_and_commits_only_delivered_posts(
    private: tuple[Any, EmbeddedStack, dict[str, Any]], tmp_path: Path
) -> None:
    settings, _stack, _data = private
    log = tmp_path / "worker.log"
    dead_sink = f"http://127.0.0.1:{free_port()}/hook"  # nothing listens: the sink keeps backing off
    proc, _port = _start_worker(settings, log, MONITOR_WEBHOOK_URL=dead_sink)
    posts = Posts(settings)
    posts.start()
    try:
        time.sleep(8)  # batches in flight, incidents queued for the dead sink
        code, took = _sigterm_and_time(proc, log)
    finally:
        posts.stop_event.set()
        posts.join(20)
    _assert_clean_exit(code, took, log)
    # faust's data folder sits under the state folder, not where the worker was started (faust's default)
    assert faust_datadir(settings.state_dir, settings.app_id).is_dir()
    assert not (Path.cwd() / f"{settings.app_id}-data").exists()
    committed, below, decided = _below_commit(settings, posts.where)
    assert any(committed.values()), "some offsets were committed before the stop"
    assert below and all(pid in decided for _, _, pid in below), (
        "an offset was committed for an undelivered post"
    )


def test_sigterm_while_the_last_batch_waits_on_a_hung_redis_commits_no_post_past_it(
    private: tuple[Any, EmbeddedStack, dict[str, Any]], tmp_path: Path
) -> None:
    """The stream is idle but for one batch, which waits on a hung Redis (SIGSTOP: the call blocks in the
    worker's thread until its socket timeout), when the worker is told to stop. faust's stop throws into
    the agent's channel; the reader filling ``take_events``, waiting on the empty channel, ends and stops
    the stream, whose cleanup acks the batch still in flight. Unless the agent holds its batch
    (streams.agents.hold), the stop's last commit then went past a post no one decided, and the group
    never read it again (the churn chaos scenario's loss, docs/RELIABILITY.md)."""
    from monitor.storage.connections import kafka_producer

    settings, _stack, data = private
    log = tmp_path / "worker.log"
    proc, _port = _start_worker(settings, log)
    redis_pid = data["pids"]["redis"]
    posts = Posts(settings, rate_per_s=10)
    posts.start()
    last_at: Any = None  # where the last post went
    try:
        _wait_for(lambda: len(posts.where) > 10, 30, "posts acknowledged")
        posts.stop_event.set()
        posts.join(20)
        time.sleep(3)  # every post decided and its offset committed (every second): the channel is empty
        os.kill(redis_pid, signal.SIGSTOP)
        producer = kafka_producer(settings, acks="all", request_timeout_ms=5000)
        meta = producer.send(
            settings.posts_topic, key=b"stop-last", value=b'{"id": "stop-last", "text": "hi"}'
        )
        last_at = meta.get(timeout=10)
        producer.close(5)
        time.sleep(1.5)  # its batch is stuck in a Redis call (socket timeout 5 s)
        code, took = _sigterm_and_time(proc, log)
    finally:
        os.kill(redis_pid, signal.SIGCONT)
        posts.stop_event.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    _assert_clean_exit(code, took, log)
    text = log.read_text(errors="replace")
    assert "abandoned a batch" in text, "the stop came while the last post's batch was in flight"
    committed, below, decided = _below_commit(
        settings, {**posts.where, (last_at.partition, last_at.offset): "stop-last"}
    )
    assert any(committed.values()), "some offsets were committed before the stop"
    skipped = [(p, off, pid) for p, off, pid in below if pid not in decided]
    assert not skipped, f"committed past posts never decided (partition, offset, post): {skipped}"


@pytest.mark.parametrize("broken", ["broker", "redis", "both"])
def test_sigterm_during_an_outage_exits_cleanly_within_10s(
    private: tuple[Any, EmbeddedStack, dict[str, Any]], tmp_path: Path, broken: str
) -> None:
    settings, _stack, data = private
    log = tmp_path / "worker.log"
    proc, port = _start_worker(settings, log)
    try:
        posts = Posts(settings, rate_per_s=10)  # batches in flight (mid-send) when the outage starts
        posts.start()
        _wait_for(lambda: len(posts.where) > 5, 30, "posts acknowledged")
        if broken in ("broker", "both"):
            _kill(data["pids"]["kafka"])
        if broken in ("redis", "both"):
            _kill(data["pids"]["redis"])
        if broken == "redis":  # the batch is in its retry loop when the signal comes
            _wait_for(
                lambda: (_metric(port, 'monitor_dependency_retries_total{dependency="redis"}') or 0) >= 2,
                60,
                "redis retries",
            )
        if broken in ("broker", "both"):  # the worker says so before it is told to stop
            _wait_for(
                lambda: _metric(port, 'monitor_dependency_up{dependency="kafka"}') == 0, 30, "kafka down"
            )
            health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
            assert health.status_code == 503 and health.json()["kafka"]["ok"] is False
        else:
            time.sleep(3)
        code, took = _sigterm_and_time(proc, log)
    finally:
        posts.stop_event.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    _assert_clean_exit(code, took, log)
    if broken == "redis":  # the batch retrying Redis was given up: before its records (abandoned, not
        # committed) or after them (delivered, only its hooks cut short)
        text = log.read_text(errors="replace")
        assert "abandoned a batch" in text or "hooks skipped for a delivered batch" in text


def test_api_exits_within_10s_when_its_dependencies_are_gone(
    private: tuple[Any, EmbeddedStack, dict[str, Any]], tmp_path: Path
) -> None:
    settings, _stack, data = private
    log = tmp_path / "api.log"
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "api", "--read-only", "--port", str(port)],
        env=env_for(settings),
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        _wait_for(lambda: _get(port, "/healthz") is not None, 60, "the API")
        _kill(data["pids"]["redis"])
        _kill(data["pids"]["kafka"])
        # a request stuck on the dead Redis while the signal comes
        threading.Thread(target=_get, args=(port, "/templates"), daemon=True).start()
        time.sleep(0.5)
        code, took = _sigterm_and_time(proc, log)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert code == 0, log.read_text()[-3000:]
    assert took < EXIT_WITHIN_S, f"exit took {took:.1f}s"


def _get(port: int, path: str) -> int | None:
    try:
        return httpx.get(f"http://127.0.0.1:{port}{path}", timeout=30).status_code
    except httpx.HTTPError:
        return None
