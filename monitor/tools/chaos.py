"""``monitor chaos`` / ``make chaos``: crashes, outages and hostile input against a real worker, scored.

Every scenario runs real ``monitor worker`` processes against a real embedded broker and Redis that this
module starts in its own ``MONITOR_STATE_DIR`` (a temp dir, 127.0.0.1 only), injects one fault, then reads
the output topics back and counts:

- posts sent: messages the broker acknowledged (good posts and hostile inputs);
- decided: good posts with a ``matches`` record; lost: inputs with neither a ``matches`` nor a DLQ record;
- duplicate alerts: alert records beyond the first for one ``alert_id`` (= one post/template pair);
- dead-lettered: distinct inputs in ``posts.dlq``.

Scenarios are bounded in time and stop every process they start (workers, Redis restarts, the stack).
:func:`score` is pure; the rest is I/O.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, SecretStr

from monitor.config import Settings
from monitor.core.ingest import DLQ_REASONS, parse_post
from monitor.embedding import embedder_from_settings
from monitor.errors import PostInvalid
from monitor.pipeline.metrics import PARTITION_REREAD_LOG
from monitor.storage.connections import ensure_topics, redis_client
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry, parse_template_lines
from monitor.tools.demo import demo_file
from monitor.tools.harness import (
    PostProducer,
    TopicCollector,
    WorkerProcess,
    committed_offsets,
    decode_record,
    namespaced,
)
from monitor.tools.stack import EmbeddedStack, pid_alive

IN_DOUBT_LOG = re.compile(r"(\d+) alerts in doubt after a crash: (\d+) already in the topic")
SCENARIOS = ("hostile", "kill9", "redis-outage", "broker-pause", "stack-restart", "sigterm", "churn")
Say = Callable[[str], None]


@dataclass(frozen=True)
class ChaosSizes:
    """Knobs of one run; ``make chaos`` uses the defaults, the integration tests smaller ones."""

    posts: int = 300
    rate_per_s: float = 30.0
    kills: int = 2
    replay: bool = True  # kill9: then reprocess everything with a fresh consumer group
    outage_s: float = 30.0
    pause_s: float = 20.0
    session_timeout_s: float = 6.0
    worker_start_timeout_s: float = 240.0
    settle_timeout_s: float = 240.0  # after the fault: time for every input to be accounted for


class ScenarioResult(BaseModel):
    scenario: str
    posts_sent: int = 0
    decided: int = 0
    lost: int = 0
    duplicate_alerts: int = 0
    dead_lettered: int = 0
    alerts: int = 0
    alerts_missing: int = 0  # matched (post, template) pairs without an alert record
    redelivered: int = 0  # matches records beyond the first per post (at-least-once at work)
    failures: list[str] = []
    notes: list[str] = []
    duration_s: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems()

    def problems(self) -> list[str]:
        counted = [f"{self.lost} lost"] if self.lost else []
        counted += [f"{self.duplicate_alerts} duplicate alerts"] if self.duplicate_alerts else []
        return counted + self.failures


# --- pure scoring ----------------------------------------------------------------------------------------
def score(
    scenario: str,
    *,
    sent: int,
    good_ids: set[str],
    dlq_expected: set[tuple[int, int]],
    matches: Sequence[dict[str, Any]],
    alerts: Sequence[dict[str, Any]],
    dlq: Sequence[dict[str, Any]],
) -> ScenarioResult:
    """Count what the topics say about the inputs. ``dlq_expected``: (partition, offset) of bad inputs."""
    decided_ids = {m.get("post_id") for m in matches} & good_ids
    dlq_positions = {(d.get("partition"), d.get("offset")) for d in dlq}
    lost = len(good_ids - decided_ids) + len(dlq_expected - dlq_positions)
    per_alert = Counter(a.get("alert_id") for a in alerts)
    matched_pairs = {(m["post_id"], m["template_id"]) for m in matches if m.get("matched")}
    alert_pairs = {(a.get("post_id"), a.get("template_id")) for a in alerts}
    failures = []
    bad_reasons = [d for d in dlq if str(d.get("error", "")).split(":", 1)[0] not in DLQ_REASONS]
    if bad_reasons:
        failures.append(f"{len(bad_reasons)} dead letters without a known reason")
    unexpected = dlq_positions - dlq_expected
    if unexpected:
        failures.append(f"{len(unexpected)} inputs dead-lettered that should have been processed")
    return ScenarioResult(
        scenario=scenario,
        posts_sent=sent,
        decided=len(decided_ids),
        lost=lost,
        duplicate_alerts=sum(n - 1 for n in per_alert.values()),
        dead_lettered=len(dlq_positions),
        alerts=len(per_alert),
        alerts_missing=len(matched_pairs - alert_pairs),
        redelivered=len(matches) - len({m.get("post_id") for m in matches}),
        failures=failures,
    )


def hostile_inputs() -> list[tuple[str, bytes | None]]:
    """What a hostile or broken producer sends: (label, raw value). Some parse (and get truncated)."""
    nested = b"[" * 100_000 + b"]" * 100_000
    return [
        ("empty", b""),
        ("null message", None),
        ("whitespace", b" \n\t "),
        ("not json", b"this is not json"),
        ("truncated json", b'{"id": "t1", "text": "cut in the midd'),
        ("array", b'[{"id": "a", "text": "in an array"}]'),
        ("number", b"42"),
        ("json null", b"null"),
        ("json string", b'"just a string"'),
        ("missing id", b'{"text": "no id here"}'),
        ("missing text", b'{"id": "h-missing-text"}'),
        ("numeric id", b'{"id": 12345, "text": "id is a number"}'),
        ("object text", b'{"id": "h-object-text", "text": {"nested": true}}'),
        ("invalid utf-8", b'{"id": "h-bad-utf8", "text": "caf\xc3\x28 \xff\xfe"}'),
        ("lone surrogate", b'{"id": "h-surrogate", "text": "\\ud800 alone"}'),
        ("id too long", orjson.dumps({"id": "x" * 300, "text": "long id"})),
        ("bad created_at", b'{"id": "h-bad-date", "text": "when?", "created_at": "yesterday"}'),
        ("deeply nested", nested),
        ("nested in text", b'{"id": "h-nested-text", "text": ' + nested + b"}"),
        # these parse: decided, the long ones truncated and flagged
        ("2 MB text", orjson.dumps({"id": "h-2mb", "text": "Sora course, scan the QR code! " * 70_000})),
        ("100k emoji", json.dumps({"id": "h-emoji", "text": "😂" * 100_000}).encode()),  # \ud83d escapes
        ("control chars", orjson.dumps({"id": "h-ctrl", "text": "\x00\x01\x07\x1b[31mred\x1b[0m\r\n\u202e"})),
        ("empty text", b'{"id": "h-empty-text", "text": ""}'),
        ("template-like text", orjson.dumps({"id": "h-tpl", "text": "{{7*7}} ${jndi:ldap://x} __import__"})),
        ("extra fields", b'{"id": "h-extra", "text": "Sora is open to all", "x": [1, {"y": null}]}'),
    ]


def demo_posts(n: int, tag: str) -> list[bytes]:
    """``n`` good posts: the demo stream's texts, cycled, with ids unique to this run."""
    path = demo_file("posts.jsonl")
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    out = []
    for i in range(n):
        row = dict(rows[i % len(rows)])
        row["id"] = f"{tag}-{i:05d}"
        row.pop("created_at", None)  # latency is measured from the broker timestamp
        out.append(orjson.dumps(row))
    return out


# --- processes -------------------------------------------------------------------------------------------
class Collector(TopicCollector):
    """Every record of ``matches``, ``alerts`` and ``posts.dlq`` from the beginning."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, settings.matches_topic, settings.alerts_topic, settings.dlq_topic)

    @property
    def matches(self) -> list[dict[str, Any]]:
        return self.records(self.settings.matches_topic)

    @property
    def alerts(self) -> list[dict[str, Any]]:
        return self.records(self.settings.alerts_topic)

    @property
    def dlq(self) -> list[dict[str, Any]]:
        return self.records(self.settings.dlq_topic)

    def decided(self) -> set[str]:
        return {m["post_id"] for m in self.matches}


# --- the environment ---------------------------------------------------------------------------------------
@dataclass
class ChaosEnv:
    """A private embedded stack in a temp dir, the model (to register templates) and a run directory."""

    state_dir: Path
    sizes: ChaosSizes
    say: Say
    embedder: Any = None
    stack: dict[str, Any] = field(default_factory=dict)
    keep_logs: bool = False  # set when a scenario fails: its worker logs stay for a look
    extra_procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def embedded(self) -> EmbeddedStack:
        return EmbeddedStack(self.state_dir)

    def up(self) -> None:
        self.stack = self.embedded.up()

    def settings_for(self, scenario: str) -> Settings:
        base = Settings(
            kafka_url=self.stack["kafka_url"],
            redis_url=self.stack["redis_url"],
            state_dir=self.state_dir,
            session_timeout_s=self.sizes.session_timeout_s,
        )  # type: ignore[call-arg]
        return namespaced(base, f"chaos-{scenario}-{uuid.uuid4().hex[:6]}")

    def load_model(self) -> Any:
        if self.embedder is None:
            s = Settings()  # type: ignore[call-arg]
            self.embedder = embedder_from_settings(s)
        return self.embedder

    def register_templates(self, settings: Settings) -> int:

        path = demo_file("templates.jsonl")
        good, _ = parse_template_lines(path.read_text(encoding="utf-8").splitlines())
        registry = TemplateRegistry(redis_client(settings), Keys(settings.redis_prefix), self.load_model())
        registry.upsert_many(good)
        return len(good)

    def prepare(self, settings: Settings) -> None:
        ensure_topics(settings)

    def worker(self, settings: Settings, name: str) -> WorkerProcess:
        """A worker of ``settings``' group, not started yet; its log goes with the stack's logs."""
        return WorkerProcess(settings, self.state_dir / "logs" / f"{settings.app_id}-{name}.log", start=False)

    def pid(self, service: str) -> int:
        return int(self.embedded.read()["pids"][service])

    def kill_redis(self) -> list[str]:
        """SIGKILL the embedded Redis; returns its command line, to start it again as it was."""
        pid = self.pid("redis")
        cmdline = [str(part) for part in self.embedded.read()["commands"]["redis"]]
        os.kill(pid, signal.SIGKILL)
        _reap(pid)
        return cmdline

    def start_redis(self, cmdline: list[str], timeout_s: float = 30.0) -> None:
        """Start Redis again with the same port, AOF dir and password; record its pid for ``down``."""
        import redis

        with (self.state_dir / "logs" / "redis.log").open("ab") as out:
            proc = subprocess.Popen(
                cmdline,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.extra_procs.append(proc)
        data = self.embedded.read()
        data["pids"]["redis"] = proc.pid
        _write_json(self.embedded.file, data)
        client = redis.Redis.from_url(self.stack["redis_url"], socket_timeout=1)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with contextlib.suppress(redis.RedisError):
                if client.ping():
                    return
            time.sleep(0.1)
        raise RuntimeError("Redis did not come back")

    def restart_stack(self) -> None:
        """``monitor down`` then ``monitor up`` on the same state dir (new ports; Redis reloads its AOF)."""
        self.embedded.down()
        self._reap_extra()
        self.stack = self.embedded.up()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            data = self.embedded.read()
            kafka = (data.get("pids") or {}).get("kafka")
            if kafka and pid_alive(kafka):
                os.kill(kafka, signal.SIGCONT)  # a paused broker would ignore SIGTERM
        self.embedded.down()
        self._reap_extra()

    def _reap_extra(self) -> None:
        for proc in self.extra_procs:
            if proc.poll() is None:
                proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(5)
        self.extra_procs.clear()


def _reap(pid: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and pid_alive(pid):
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.05)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(".chaos.tmp")
    tmp.touch(mode=0o600)
    tmp.write_text(json.dumps(data, indent=2))
    tmp.replace(path)


# --- scenarios ---------------------------------------------------------------------------------------------
@dataclass
class Run:
    """What one scenario accumulates while it runs: its workers (one consumer group), a collector of its
    output topics, failures and notes; :meth:`finish` scores it."""

    env: ChaosEnv
    settings: Settings
    scenario: str
    started: float = field(default_factory=time.monotonic)
    workers: list[WorkerProcess] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    collector: Collector | None = None

    def start_worker(self, name: str) -> WorkerProcess:
        worker = self.env.worker(self.settings, name)
        self.workers.append(worker)
        return worker.start().wait_healthy(self.env.sizes.worker_start_timeout_s)

    def collect(self) -> Collector:
        if self.collector is None:
            self.collector = Collector(self.settings).start()
        return self.collector

    def wait_decided(self, good: set[str], dlq_count: int, timeout_s: float) -> bool:
        """Poll the topics until every good post is decided and ``dlq_count`` inputs dead-lettered."""
        collector = self.collect()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            collector.poll()
            if self.workers and not self.workers[-1].alive():
                self.failures.append(f"worker exited; log {self.workers[-1].log_path}")
                return False
            if (
                good <= collector.decided()
                and len({(d["partition"], d["offset"]) for d in collector.dlq}) >= dlq_count
            ):
                return True
        return False

    def settle(
        self,
        producer: PostProducer,
        good_idx: set[int] | None = None,
        failure: str = "not every post decided in time",
    ) -> bool:
        """Let ``producer`` finish, then wait until every input it got acknowledged is accounted for (good
        ones decided, the others dead-lettered); ``failure`` is recorded when the time runs out."""
        timeout_s = self.env.sizes.settle_timeout_s
        if producer.is_alive():
            producer.join(timeout_s)
        good = set(range(len(producer.values))) if good_idx is None else good_idx
        if self.wait_decided(*producer.expected(good), timeout_s):
            return True
        self.failures.append(failure)
        return False

    def check_survived(self, worker: WorkerProcess, pid: int | None, fault: str) -> None:
        """A failure unless ``worker`` is still the same running process (``pid``)."""
        if not worker.alive() or worker.pid != pid:
            self.failures.append(f"worker process did not survive the {fault}")

    def close(self) -> None:
        for w in self.workers:
            w.stop()
        if self.collector is not None:
            self.collector.stop()

    def finish(self, producer: PostProducer, good_idx: set[int] | None = None) -> ScenarioResult:
        """Score the run: ``producer``'s acknowledged values against the output topics. ``good_idx``: the
        indexes of values that should be decided (default: all); the others should be dead-lettered."""
        return _finish(self, producer, set(range(len(producer.values))) if good_idx is None else good_idx)


@contextlib.contextmanager
def scenario_run(env: ChaosEnv, scenario: str) -> Iterator[Run]:
    """A run in its own namespace with the demo catalogue registered and the topics created; its workers
    and collector are stopped afterwards."""
    run = Run(env, env.settings_for(scenario), scenario)
    try:
        env.register_templates(run.settings)
        env.prepare(run.settings)
        yield run
    finally:
        run.close()


def _finish(run: Run, producer: PostProducer, good_idx: set[int]) -> ScenarioResult:
    collector = run.collect()
    # a last look: anything still in flight shows up now, duplicates included
    end = time.monotonic() + 3.0
    while time.monotonic() < end:
        collector.poll()
    good_ids: set[str] = set()
    dlq_expected: set[tuple[int, int]] = set()
    for i, pos in producer.acked.items():
        value = producer.values[i]
        if i in good_idx:
            good_ids.add(orjson.loads(value or b"")["id"])
        else:
            dlq_expected.add(pos)
    result = score(
        run.scenario,
        sent=len(producer.acked),
        good_ids=good_ids,
        dlq_expected=dlq_expected,
        matches=collector.matches,
        alerts=collector.alerts,
        dlq=collector.dlq,
    )
    result.failures += run.failures + producer.failed
    if result.lost:
        result.notes += _lost_notes(run, producer, good_ids - {m.get("post_id") for m in collector.matches})
    if result.alerts_missing:
        result.failures.append(f"{result.alerts_missing} matched posts without an alert")
    result.notes += run.notes
    rereads = sum(w.log_text().count(PARTITION_REREAD_LOG) for w in run.workers)
    if rereads:
        result.notes.append(f"{rereads} partition re-reads after a post dropped on a rebalance (worker logs)")
    result.duration_s = round(time.monotonic() - run.started, 1)
    return result


def _lost_notes(run: Run, producer: PostProducer, lost_ids: set[str]) -> list[str]:
    """Where each lost good post sits and where the group's committed offset of its partition is: a
    committed offset past a lost post means the group moved on without deciding it (a loss), one at or
    before it that the group was still behind (too slow for the time bound)."""
    notes = []
    try:
        committed: dict[int, int | None] = committed_offsets(run.settings)
    except Exception as exc:  # a diagnostic only: the broker may be the thing that failed
        committed = {}
        notes.append(f"committed offsets unreadable: {exc.__class__.__name__}")
    for i, (partition, offset) in sorted(producer.acked.items()):
        if (post_id := decode_record(producer.values[i]).get("id")) in lost_ids:
            at = committed.get(partition)
            verdict = "past it" if at is not None and at > offset else "not past it"
            notes.append(f"lost {post_id}: partition {partition} offset {offset}; committed {at} ({verdict})")
    return notes


def _good_indexes(values: Sequence[bytes | None], max_text_chars: int = 4000) -> set[int]:
    out = set()
    for i, value in enumerate(values):
        try:
            parse_post(value, max_text_chars)
        except PostInvalid:
            continue
        out.add(i)
    return out


def scenario_hostile(env: ChaosEnv) -> ScenarioResult:
    """Hostile and broken inputs between good posts: the worker stays up, bad ones go to the DLQ."""
    with scenario_run(env, "hostile") as run:
        worker = run.start_worker("w1")
        pid = worker.pid
        good = demo_posts(max(len(hostile_inputs()) + 1, env.sizes.posts // 4), "hostile")
        values: list[bytes | None] = []
        for i, post in enumerate(good):
            values.append(post)
            if i < len(hostile_inputs()):
                values.append(hostile_inputs()[i][1])
        good_idx = _good_indexes(values, run.settings.max_text_chars)
        producer = PostProducer(run.settings, values)
        producer.run()
        run.settle(producer, good_idx, failure="not every input accounted for in time")
        collector = run.collect()
        by_id = {m["post_id"]: m for m in collector.matches}
        for post_id in ("h-2mb", "h-emoji"):
            if post_id in by_id and not by_id[post_id].get("truncated"):
                run.failures.append(f"{post_id}: oversize text not flagged truncated")
        health = worker.health() or {}
        if not worker.alive() or worker.pid != pid or not health.get("healthy"):
            run.failures.append("worker did not stay up and healthy")
        reasons = Counter(str(d.get("error", "")).split(":", 1)[0] for d in collector.dlq)
        run.notes.append("dlq reasons: " + ", ".join(f"{k}={v}" for k, v in sorted(reasons.items())))
        return run.finish(producer, good_idx)


def scenario_kill9(env: ChaosEnv) -> ScenarioResult:
    """kill -9 the worker mid-stream (``kills`` times) and start it again: no post lost, no alert twice."""
    sizes = env.sizes
    with scenario_run(env, "kill9") as run:
        worker = run.start_worker("w0")
        values: list[bytes | None] = list(demo_posts(sizes.posts, "kill9"))
        producer = PostProducer(run.settings, values, sizes.rate_per_s)
        producer.start()
        collector = run.collect()
        for k in range(1, sizes.kills + 1):
            target = k * sizes.posts // (sizes.kills + 1)
            deadline = time.monotonic() + sizes.settle_timeout_s
            while len(collector.decided()) < target and time.monotonic() < deadline:
                collector.poll()
            run.notes.append(f"kill -9 #{k} after {len(collector.decided())} decided")
            worker.kill()
            worker = run.start_worker(f"w{k}")
        run.settle(producer)
        deduplicated = worker.metric("monitor_alerts_deduplicated_total") or 0.0
        run.notes.append(f"{deduplicated:.0f} alerts deduplicated after the last restart")
        doubt = [m.groups() for w in run.workers for m in IN_DOUBT_LOG.finditer(w.log_text())]
        run.notes.append(
            f"{sum(int(n) for n, _ in doubt)} alerts left pending by a kill, "
            f"{sum(int(f) for _, f in doubt)} of them found already sent"
        )
        if sizes.replay:
            _replay(run, len(producer.acked))
        return run.finish(producer)


def _replay(run: Run, sent: int) -> None:
    """Reprocess the whole topic with a fresh consumer group: every post decided again, no alert resent."""
    for w in run.workers:
        w.stop()
    collector = run.collect()
    before = len(collector.matches)
    run.settings = run.settings.model_copy(update={"app_id": f"{run.settings.app_id}-replay"})
    worker = run.start_worker("replay")
    deadline = time.monotonic() + run.env.sizes.settle_timeout_s
    while len(collector.matches) < before + sent and time.monotonic() < deadline:
        collector.poll()
    replayed = len(collector.matches) - before
    deduplicated = worker.metric("monitor_alerts_deduplicated_total") or 0.0
    run.notes.append(
        f"replay from offset 0: {replayed} posts decided again, {deduplicated:.0f} alerts deduplicated"
    )
    if replayed < sent:
        run.failures.append(f"replay decided only {replayed} of {sent} posts")


def scenario_redis_outage(env: ChaosEnv) -> ScenarioResult:
    """Redis killed for ``outage_s`` while posts keep coming: health shows it, nothing is committed past
    unprocessed posts, the same worker catches up when Redis is back (from its AOF)."""
    sizes = env.sizes
    with scenario_run(env, "redis-outage") as run:
        worker = run.start_worker("w1")
        pid = worker.pid
        values: list[bytes | None] = list(demo_posts(sizes.posts, "redis"))
        rate = max(sizes.rate_per_s / 4, sizes.posts / (sizes.outage_s + 20.0))
        producer = PostProducer(run.settings, values, rate)
        producer.start()
        collector = run.collect()
        while len(collector.decided()) < min(20, sizes.posts // 5) and time.monotonic() - run.started < 120:
            collector.poll()
        cmdline = env.kill_redis()
        outage_started = time.monotonic()
        run.notes.append(f"redis killed after {len(collector.decided())} decided")
        unhealthy_seen = metric_down_seen = False
        first_commit: dict[int, int | None] | None = None
        sent_at_first_commit = 0
        while time.monotonic() - outage_started < sizes.outage_s:
            collector.poll(0.5)
            health = worker.health() or {}
            if health and not health.get("healthy") and not (health.get("redis") or {}).get("ok"):
                unhealthy_seen = True
            if worker.metric("monitor_dependency_up", dependency="redis") == 0:
                metric_down_seen = True
            if first_commit is None and time.monotonic() - outage_started > 4.0:
                first_commit, sent_at_first_commit = committed_offsets(run.settings), len(producer.acked)
        last_commit = committed_offsets(run.settings)
        sent_during = len(producer.acked) - sent_at_first_commit
        if first_commit is not None and last_commit != first_commit:
            run.failures.append(f"offsets committed while Redis was down: {first_commit} -> {last_commit}")
        run.notes.append(f"{sent_during} posts arrived during the outage; committed offsets held")
        env.start_redis(cmdline)
        back = time.monotonic()
        recovered = False
        while time.monotonic() - back < 60:
            if (worker.health() or {}).get("healthy"):
                recovered = True
                break
            time.sleep(0.3)
        run.notes.append(f"healthy again {time.monotonic() - back:.1f}s after Redis restarted")
        if not (unhealthy_seen and metric_down_seen):
            run.failures.append(f"outage not visible (health={unhealthy_seen}, metric={metric_down_seen})")
        if not recovered:
            run.failures.append("worker not healthy after Redis came back")
        run.settle(producer)
        run.notes.append(f"all decided {time.monotonic() - back:.1f}s after Redis restarted")
        run.check_survived(worker, pid, "outage")
        retries = worker.metric("monitor_dependency_retries_total", dependency="redis") or 0.0
        run.notes.append(f"redis retries: {retries:.0f}")
        return run.finish(producer)


def scenario_broker_pause(env: ChaosEnv) -> ScenarioResult:
    """SIGSTOP the broker for ``pause_s`` (longer than the session timeout) mid-stream, then SIGCONT."""
    sizes = env.sizes
    kafka_pid = env.pid("kafka")
    with scenario_run(env, "broker-pause") as run:
        try:
            worker = run.start_worker("w1")
            pid = worker.pid
            values: list[bytes | None] = list(demo_posts(sizes.posts, "pause"))
            producer = PostProducer(run.settings, values, sizes.rate_per_s)
            producer.start()
            collector = run.collect()
            while len(collector.decided()) < sizes.posts // 3 and time.monotonic() - run.started < 120:
                collector.poll()
            run.notes.append(f"broker paused after {len(collector.decided())} decided")
            os.kill(kafka_pid, signal.SIGSTOP)
            try:
                time.sleep(sizes.pause_s)
            finally:
                os.kill(kafka_pid, signal.SIGCONT)
            resumed = time.monotonic()
            run.settle(producer)
            run.notes.append(f"all decided {time.monotonic() - resumed:.1f}s after the broker resumed")
            run.check_survived(worker, pid, "pause")
            return run.finish(producer)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(kafka_pid, signal.SIGCONT)


def scenario_stack_restart(env: ChaosEnv) -> ScenarioResult:
    """``monitor down`` / ``monitor up``: every template (and its vectors) survives; alerts fire after."""

    started = time.monotonic()
    sizes = env.sizes
    before_settings = env.settings_for("stack-restart")
    count = env.register_templates(before_settings)
    keys = Keys(before_settings.redis_prefix)
    registry = TemplateRegistry(redis_client(before_settings), keys, env.load_model())
    before = (registry.version(), [t.model_dump() for t in registry.all()], _vector_count(registry, keys))
    env.restart_stack()
    settings = before_settings.model_copy(
        update={"kafka_url": env.stack["kafka_url"], "redis_url": SecretStr(env.stack["redis_url"])}
    )
    run = Run(env, settings, "stack-restart", started)  # no scenario_run: it would register them again
    try:
        registry = TemplateRegistry(redis_client(settings), keys, env.load_model())
        after = (registry.version(), [t.model_dump() for t in registry.all()], _vector_count(registry, keys))
        if after != before:
            run.failures.append(
                f"registry changed across down/up: {before[0]}/{len(before[1])}/{before[2]} "
                f"-> {after[0]}/{len(after[1])}/{after[2]}"
            )
        run.notes.append(f"{len(after[1])}/{count} templates and {after[2]} vectors after down/up")
        env.prepare(settings)
        run.start_worker("w1")
        values: list[bytes | None] = list(demo_posts(max(50, sizes.posts // 3), "restart"))
        producer = PostProducer(settings, values)
        producer.run()
        run.settle(producer)
        result = run.finish(producer)
        if result.alerts == 0:
            result.failures.append("no alert after the restart: templates did not come back usable")
        return result
    finally:
        run.close()


def _vector_count(registry: Any, keys: Keys) -> int:
    prefix = keys.vector_prefix(registry.embedder.spec.name)
    return sum(1 for _ in registry.client.scan_iter(f"{prefix}*", count=1000))


# --- stopping: SIGTERM in each outage, consumer-group churn (docs/RELIABILITY.md) ---------------------------
EXIT_WITHIN_S = 10.0
# state at SIGTERM -> the embedded services killed first
OUTAGES: dict[str, tuple[str, ...]] = {
    "stack up, posts flowing": (),
    "broker gone": ("kafka",),
    "redis gone (batch retrying)": ("redis",),
    "broker and redis gone": ("kafka", "redis"),
}
FORCED = "forcing the exit"
CHURN_FLOW_S = 90.0  # churn: the posts are spread over this long at most (a worker start takes 20-40 s)


def sigterm(worker: WorkerProcess, timeout_s: float = 30.0) -> tuple[int | None, float]:
    """SIGTERM the worker; (exit status, or None if it outlived ``timeout_s`` and was killed; seconds)."""
    started = time.monotonic()
    worker.signal(signal.SIGTERM)
    code = worker.wait(timeout_s)
    took = time.monotonic() - started
    if code is None:
        worker.kill()
    return code, took


def _check_exit(run: Run, what: str, worker: WorkerProcess, code: int | None, took_s: float) -> None:
    status = "still running, killed" if code is None else f"exit {code}"
    run.notes.append(f"SIGTERM, {what}: {status} after {took_s:.1f}s")
    if code != 0 or took_s >= EXIT_WITHIN_S:
        run.failures.append(f"SIGTERM, {what}: {status} after {took_s:.1f}s (want exit 0 within 10 s)")
    if FORCED in worker.log_text():
        run.failures.append(f"SIGTERM, {what}: the stop watchdog had to force the exit")


def _sigterm_in_outage(env: ChaosEnv, i: int, what: str, kill: tuple[str, ...]) -> Run:
    """One outage state: a worker with posts flowing, ``kill`` SIGKILLed, then SIGTERM; the stack is
    restarted afterwards (the outage killed it)."""
    with scenario_run(env, f"sigterm{i}") as run:
        worker = run.start_worker("w1")
        producer = PostProducer(run.settings, list(demo_posts(40, f"sigterm{i}")), env.sizes.rate_per_s)
        producer.start()
        collector = run.collect()
        deadline = time.monotonic() + env.sizes.settle_timeout_s
        while len(collector.decided()) < 10 and time.monotonic() < deadline:
            collector.poll()
        for service in kill:
            pid = env.pid(service)
            os.kill(pid, signal.SIGKILL)
            _reap(pid)
        if "redis" in kill:  # wait until a batch is in its retry loop
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and "redis unavailable" not in worker.log_text():
                time.sleep(0.2)
        else:
            time.sleep(3.0)
        code, took = sigterm(worker)
        _check_exit(run, what, worker, code, took)
        if run.collector is not None:  # its broker is gone
            with contextlib.suppress(Exception):
                run.collector.stop()
            run.collector = None
    env.restart_stack()
    return run


def scenario_sigterm(env: ChaosEnv) -> ScenarioResult:
    """SIGTERM a worker in each state of OUTAGES and time its exit.

    The scorecard counts the posts of the first state (stack up, posts flowing): the worker is stopped
    mid-stream, a second one takes over and must decide every post, with no alert twice."""
    sizes = env.sizes
    outages = [
        _sigterm_in_outage(env, i, what, kill) for i, (what, kill) in enumerate(OUTAGES.items()) if kill
    ]
    with scenario_run(env, "sigterm") as run:
        worker = run.start_worker("w1")
        values: list[bytes | None] = list(demo_posts(sizes.posts, "sigterm"))
        producer = PostProducer(run.settings, values, sizes.rate_per_s)
        producer.start()
        collector = run.collect()
        deadline = time.monotonic() + sizes.settle_timeout_s
        while len(collector.decided()) < len(values) // 3 and time.monotonic() < deadline:
            collector.poll()
        code, took = sigterm(worker)
        _check_exit(run, "stack up, posts flowing", worker, code, took)
        run.start_worker("w2")  # takes over mid-stream
        producer.join(sizes.settle_timeout_s)
        if not run.wait_decided(*producer.expected(set(range(len(values)))), sizes.settle_timeout_s):
            run.failures.append("not every post decided in time after the stop")
        for other in outages:
            run.failures += other.failures
            run.notes += other.notes
        return run.finish(producer)


def scenario_churn(env: ChaosEnv) -> ScenarioResult:
    """Consumer-group churn while posts flow: a second and third worker join, one leaves with SIGTERM,
    one is killed with ``kill -9``; every post is decided, no alert is sent twice. Posts are paced to last
    CHURN_FLOW_S, so that they keep flowing through every join and leave; once the last worker is killed,
    the rest are spread over two session timeouts (they keep coming while the killed worker's partitions
    wait for the group to expire it, and after they moved) instead of trickling in for the rest of
    CHURN_FLOW_S."""
    sizes = env.sizes
    with scenario_run(env, "churn") as run:
        a = run.start_worker("a")
        values: list[bytes | None] = list(demo_posts(sizes.posts, "churn"))
        producer = PostProducer(run.settings, values, len(values) / CHURN_FLOW_S)
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
        b.kill()  # kill -9: its partitions move after the session timeout
        step(f"b killed (-9) with {len(values) - len(producer.acked)} posts still to send")
        producer.spread_rest(2 * run.settings.session_timeout_s)
        producer.join(sizes.settle_timeout_s + CHURN_FLOW_S)
        if not run.wait_decided(*producer.expected(set(range(len(values)))), sizes.settle_timeout_s):
            run.failures.append("not every post decided in time")
        if not c.alive():
            run.failures.append("worker c died")
        return run.finish(producer)


RUNNERS: dict[str, Callable[[ChaosEnv], ScenarioResult]] = {
    "hostile": scenario_hostile,
    "kill9": scenario_kill9,
    "redis-outage": scenario_redis_outage,
    "broker-pause": scenario_broker_pause,
    "stack-restart": scenario_stack_restart,
    "sigterm": scenario_sigterm,
    "churn": scenario_churn,
}


@contextlib.contextmanager
def chaos_env(sizes: ChaosSizes, say: Say) -> Iterator[ChaosEnv]:
    """A private stack under a temp dir; stopped (and the dir removed unless a scenario failed) afterwards."""
    state_dir = Path(tempfile.mkdtemp(prefix="monitor-chaos-"))
    env = ChaosEnv(state_dir, sizes, say)
    try:
        env.up()
        say(f"embedded stack up in {state_dir}")
        yield env
    finally:
        env.close()
        if env.keep_logs:
            say(f"logs kept in {state_dir / 'logs'}")
        else:
            shutil.rmtree(state_dir, ignore_errors=True)


def run_chaos(
    names: Sequence[str] = SCENARIOS, sizes: ChaosSizes | None = None, say: Say | None = None
) -> list[ScenarioResult]:
    sizes = sizes or ChaosSizes()
    say = say or (lambda _msg: None)
    unknown = [n for n in names if n not in RUNNERS]
    if unknown:
        raise ValueError(f"unknown scenario {unknown}; choose from {', '.join(SCENARIOS)}")
    results: list[ScenarioResult] = []
    with chaos_env(sizes, say) as env:
        env.load_model()
        for name in names:
            say(f"scenario {name}…")
            result = run_scenario(env, name)
            say(f"scenario {name}: {'ok' if result.ok else 'FAILED'} in {result.duration_s:.0f}s")
            env.keep_logs = env.keep_logs or not result.ok
            results.append(result)
    return results


def run_scenario(env: ChaosEnv, name: str) -> ScenarioResult:
    """One scenario; one that cannot run (stack, model, broker) is a failed scenario, not a crash."""
    started = time.monotonic()
    try:
        return RUNNERS[name](env)
    except Exception as exc:
        return ScenarioResult(
            scenario=name,
            failures=[f"{exc.__class__.__name__}: {exc}"[:2000]],
            duration_s=round(time.monotonic() - started, 1),
        )


def results_table(results: Sequence[ScenarioResult]) -> Any:
    from rich.table import Table

    table = Table(title="chaos scenarios (embedded stack, real worker)")
    numbers = (
        "posts sent",
        "decided",
        "lost",
        "duplicate alerts",
        "dead-lettered",
        "alerts",
        "redelivered",
        "s",
    )
    table.add_column("scenario")
    for col in numbers:
        table.add_column(col, justify="right")
    table.add_column("result")
    for r in results:
        table.add_row(
            r.scenario,
            str(r.posts_sent),
            str(r.decided),
            str(r.lost),
            str(r.duplicate_alerts),
            str(r.dead_lettered),
            str(r.alerts),
            str(r.redelivered),
            f"{r.duration_s:.0f}",
            "[green]ok[/green]" if r.ok else "[red]FAILED[/red]: " + "; ".join(r.problems()),
        )
    return table
