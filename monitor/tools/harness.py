"""One harness for everything that runs a real worker: ``monitor bench``, ``monitor chaos``, ``monitor demo``
and the integration tests.

- :func:`namespaced`: settings with a run's own Redis prefix, consumer group and topics;
  :func:`drop_namespace` removes them again.
- :class:`WorkerProcess`: one ``python -m monitor.cli worker`` subprocess running given settings (the
  environment comes from :func:`monitor.config.child_env`), on its own loopback metrics port, output
  appended to a log file. Wait for ``/health``, scrape ``/metrics``, stop it (SIGTERM, then SIGKILL after
  a grace period, timed), kill it (SIGKILL), start it again. Several with the same settings join one
  consumer group: :func:`start_workers`.
- :class:`TopicCollector`: a consumer thread that keeps every record of some topics (from the beginning,
  or only what is produced after it started), with waits on what it has seen; :func:`read_topic` reads a
  topic back once.
- :func:`metric_value` / :func:`histogram_totals`: values from a Prometheus text exposition, parsed by
  ``prometheus_client``'s own parser.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import httpx
import orjson
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr

from monitor.config import Settings, child_env
from monitor.errors import MonitorError
from monitor.storage.connections import MAX_MESSAGE_BYTES, kafka_consumer, kafka_producer, redis_client
from monitor.storage.kafka import post_key
from monitor.tools.stack import LOOPBACK, free_port

# what every child process gets besides its settings: no model download, no tokenizer thread pool
CHILD_ENV = {"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
STOP_GRACE_S = 30.0  # SIGTERM, then this long for a clean exit, then SIGKILL


class HarnessError(MonitorError):
    """A worker died or never became healthy, or a topic could not be read."""


# --- namespaces ----------------------------------------------------------------------------------------
def namespaced(settings: Settings, tag: str) -> Settings:
    """``settings`` with their own Redis prefix, consumer group and topics, all named after ``tag``
    (``TAG:...`` keys, group ``TAG``, topics ``TAG.posts``, ``TAG.matches``, ... ``TAG.posts.dlq``)."""
    return settings.model_copy(
        update={
            "redis_prefix": tag,
            "app_id": tag,
            "posts_topic": f"{tag}.posts",
            "matches_topic": f"{tag}.matches",
            "alerts_topic": f"{tag}.alerts",
            "incidents_topic": f"{tag}.incidents",
            "dlq_topic": f"{tag}.posts.dlq",
        }
    )


def drop_redis_prefix(client: Any, prefix: str) -> None:
    """Delete every key under ``prefix:`` and drop its vector indexes (documents are the keys)."""
    for name in client.execute_command("FT._LIST") or []:
        if str(name).startswith(f"{prefix}:"):
            client.ft(name).dropindex(delete_documents=False)
    batch: list[str] = []
    for key in client.scan_iter(f"{prefix}:*", count=5000):
        batch.append(key)
        if len(batch) >= 5000:
            client.delete(*batch)
            batch.clear()
    if batch:
        client.delete(*batch)


def drop_namespace(settings: Settings) -> None:
    """Best effort: remove these settings' Redis keys, indexes and topics (a run on a shared stack)."""
    with contextlib.suppress(Exception):
        drop_redis_prefix(redis_client(settings), settings.redis_prefix)
    with contextlib.suppress(Exception):
        from kafka import KafkaAdminClient

        admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap())
        try:
            existing = set(admin.list_topics())
            admin.delete_topics([t for t in settings.topic_names() if t in existing])
        finally:
            admin.close()


# --- Prometheus text ---------------------------------------------------------------------------------------
def metric_samples(text: str) -> Iterator[tuple[str, dict[str, str], float]]:
    """(sample name, labels, value) of every sample in a text exposition; nothing for an empty text."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            yield sample.name, sample.labels, sample.value


def metric_value(text: str, name: str, **labels: str) -> float | None:
    """The value of sample ``name`` (as exposed: ``..._total``, ``..._sum``) summed over its series whose
    labels include ``labels``; None when there is no such series."""
    values = [
        value
        for sample, have, value in metric_samples(text)
        if sample == name and all(have.get(k) == v for k, v in labels.items())
    ]
    return sum(values) if values else None


def histogram_totals(text: str, name: str) -> tuple[float, float]:
    """(sum, count) of histogram ``name``; 0 for what is absent."""
    return metric_value(text, f"{name}_sum") or 0.0, metric_value(text, f"{name}_count") or 0.0


# --- worker processes -------------------------------------------------------------------------------------
class WorkerProcess:
    """One ``monitor worker`` subprocess running ``settings``, with its own loopback metrics port and log.

    Started on construction unless ``start=False``; after :meth:`stop` or :meth:`kill`, :meth:`start`
    runs a new process with the same settings, port and log (output is appended). ``env``: raw variables
    added to the child's environment (they win over the settings)."""

    def __init__(
        self,
        settings: Settings,
        log_path: Path,
        *,
        env: Mapping[str, str] | None = None,
        loglevel: str = "info",
        start: bool = True,
    ) -> None:
        self.port = free_port()
        # resolved here: the child must reach the same broker and Redis whatever its stack file says
        self.settings = settings.model_copy(
            update={
                "kafka_url": settings.resolved_kafka_url(),
                "redis_url": SecretStr(settings.resolved_redis_url()),
                "metrics_host": LOOPBACK,
                "metrics_port": self.port,
            }
        )
        self.log_path = log_path
        self.env = child_env(self.settings, **{**CHILD_ENV, **(env or {})})
        self.loglevel = loglevel
        self.proc: subprocess.Popen[bytes] | None = None
        if start:
            self.start()

    # --- lifecycle
    def start(self) -> Self:
        if self.alive():
            raise HarnessError(f"worker {self.pid} is already running")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "monitor.cli", "worker", "--loglevel", self.loglevel],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        return self

    def wait_healthy(self, timeout_s: float, interval_s: float = 0.3) -> Self:
        """Until ``/health`` says healthy; :class:`HarnessError` (with the log's tail) if the process exits
        or the time runs out."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.check_alive()
            if (self.health() or {}).get("healthy"):
                return self
            time.sleep(interval_s)
        raise HarnessError(f"worker not healthy after {timeout_s:.0f}s; log {self.log_path}:\n{self.tail()}")

    def signal(self, sig: int) -> None:
        """Send ``sig`` (SIGTERM, SIGSTOP, SIGCONT...) if the process is running."""
        if self.alive() and self.proc is not None:
            self.proc.send_signal(sig)

    def wait(self, timeout_s: float) -> int | None:
        """The exit code, or None if still running after ``timeout_s``."""
        if self.proc is None:
            return None
        try:
            return self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, grace_s: float = STOP_GRACE_S) -> float:
        """SIGTERM, then SIGKILL if it has not exited after ``grace_s``; returns the seconds it took."""
        started = time.monotonic()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            if self.wait(grace_s) is None:
                self.proc.kill()
                self.proc.wait(10)
        return time.monotonic() - started

    def kill(self) -> None:
        """SIGKILL (a crash: no shutdown code runs) and reap it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- state
    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    @property
    def returncode(self) -> int | None:
        return self.proc.poll() if self.proc is not None else None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def check_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            raise HarnessError(
                f"worker exited with code {self.proc.returncode}; log {self.log_path}:\n{self.tail()}"
            )

    def url(self, path: str) -> str:
        return f"http://{LOOPBACK}:{self.port}{path}"

    def health(self) -> dict[str, Any] | None:
        """``/health`` as a dict; None when it does not answer."""
        try:
            body = httpx.get(self.url("/health"), timeout=2.0).json()
        except (httpx.HTTPError, ValueError):
            return None
        return body if isinstance(body, dict) else None

    def metrics(self) -> str:
        """``/metrics`` as text; empty when it does not answer."""
        try:
            return httpx.get(self.url("/metrics"), timeout=5.0).text
        except httpx.HTTPError:
            return ""

    def metric(self, name: str, **labels: str) -> float | None:
        """One scraped value (see :func:`metric_value`); None when absent or the worker does not answer."""
        return metric_value(self.metrics(), name, **labels)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def tail(self, chars: int = 2000) -> str:
        return self.log_text()[-chars:]


def start_workers(
    settings: Settings, n: int, log_dir: Path, timeout_s: float, *, name: str = "worker", **kwargs: Any
) -> list[WorkerProcess]:
    """``n`` workers with the same settings (one consumer group), started at once (their models load in
    parallel), each healthy before this returns; all stopped again if one fails."""
    workers = [WorkerProcess(settings, log_dir / f"{name}-{i}.log", **kwargs) for i in range(n)]
    try:
        for w in workers:
            w.wait_healthy(timeout_s)
    except BaseException:
        for w in workers:
            w.stop()
        raise
    return workers


# --- producing -----------------------------------------------------------------------------------------
class PostProducer(threading.Thread):
    """Publishes raw values to the posts topic in the background (``rate_per_s``, 0 = as fast as it can),
    keyed by post id like ``monitor produce``; remembers where each acknowledged one went (``acked``) and
    what failed (``failed``), never raises. ``start()`` it, or call ``run()`` to produce in the caller."""

    def __init__(self, settings: Settings, values: Sequence[bytes | None], rate_per_s: float = 0.0) -> None:
        super().__init__(daemon=True, name="post-producer")
        self.settings, self.values, self.rate_per_s = settings, list(values), rate_per_s
        self.acked: dict[int, tuple[int, int]] = {}  # value index -> (partition, offset)
        self.failed: list[str] = []
        self._lock = threading.Lock()
        self._new_span: float | None = None  # set by spread_rest(), taken by the producing loop
        self._repaced = threading.Event()
        self._since, self._first, self._rate = 0.0, 0, rate_per_s  # the pace: since when, from which value

    def spread_rest(self, over_s: float) -> None:
        """Send the values not sent yet evenly over the next ``over_s`` seconds instead (0: at once); a
        wait in progress is cut short."""
        with self._lock:
            self._new_span = over_s
        self._repaced.set()

    def _wait_turn(self, i: int) -> None:
        """Sleep until value ``i``'s turn: ``i - first`` values after ``since`` at ``rate`` (0: at once)."""
        while True:
            with self._lock:
                span, self._new_span = self._new_span, None
            if span is not None:
                rate = (len(self.values) - i) / span if span > 0 else 0.0
                self._since, self._first, self._rate = time.monotonic(), i, rate
            if self._rate <= 0:
                return
            left = self._since + (i - self._first) / self._rate - time.monotonic()
            if left <= 0 or not self._repaced.wait(left):
                return
            self._repaced.clear()

    def run(self) -> None:
        producer = kafka_producer(
            self.settings, max_request_size=MAX_MESSAGE_BYTES, acks="all", request_timeout_ms=30_000
        )
        self._since, self._first, self._rate = time.monotonic(), 0, self.rate_per_s
        try:
            for i, value in enumerate(self.values):
                self._wait_turn(i)
                key = post_key(value) if value is not None else b"tombstone"  # a null value needs a key
                future = producer.send(self.settings.posts_topic, key=key, value=value)
                future.add_callback(self._ok, i)
                future.add_errback(self._err, i)
            producer.flush(timeout=180)
        except Exception as exc:  # reported as a failure of the scenario, never raised out of the thread
            self.failed.append(f"producer: {exc.__class__.__name__}: {exc}")
        finally:
            producer.close(timeout=10)

    def expected(self, good_idx: set[int]) -> tuple[set[str], int]:
        """(ids of the good posts the broker acknowledged, how many bad inputs it acknowledged)."""
        with self._lock:
            acked = set(self.acked)
        good = {orjson.loads(self.values[i] or b"")["id"] for i in acked & good_idx}
        return good, len(acked - good_idx)

    def _ok(self, i: int, meta: Any) -> None:
        with self._lock:
            self.acked[i] = (meta.partition, meta.offset)

    def _err(self, i: int, exc: BaseException) -> None:
        with self._lock:
            self.failed.append(f"value {i}: {exc.__class__.__name__}")


# --- reading topics back ------------------------------------------------------------------------------------
Record = dict[str, Any]


def decode_record(value: bytes | None) -> Record:
    """A record's JSON value; ``{"undecodable": text}`` for anything that is not a JSON object."""
    try:
        record = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        return {"undecodable": (value or b"").decode("utf-8", "replace")}
    return record if isinstance(record, dict) else {"undecodable": record}


class TopicCollector:
    """Keeps every record of ``topics``, read by a consumer thread (no consumer group, nothing committed).

    ``from_beginning=True`` reads each topic from its start (topics created later are picked up within
    ``metadata_max_age_ms``); ``False`` only what is produced after :meth:`start` returned. ``on_record``
    (topic, record) runs in the collector's thread for each record; ``keep=False`` keeps none in memory
    (a callback that counts is enough for large runs). Use as a context manager or call :meth:`stop`."""

    def __init__(
        self,
        settings: Settings,
        *topics: str,
        from_beginning: bool = True,
        on_record: Callable[[str, Record], None] | None = None,
        keep: bool = True,
        **consumer_options: Any,
    ) -> None:
        if not topics:
            raise ValueError("no topic to collect")
        self.settings, self.topics = settings, topics
        self.from_beginning, self.on_record, self.keep = from_beginning, on_record, keep
        self.consumer_options = {"fetch_max_wait_ms": 100, "metadata_max_age_ms": 2000, **consumer_options}
        self.error: str | None = None
        self.last_record_at: float | None = None  # monotonic time of the latest record
        self._records: dict[str, list[Record]] = {t: [] for t in topics}
        self._seen = 0
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"collect-{topics[0]}", daemon=True)

    def start(self, timeout_s: float = 30.0) -> Self:
        self._thread.start()
        if not self._ready.wait(timeout_s):
            raise HarnessError(f"reading {', '.join(self.topics)}: no partition assigned in {timeout_s:.0f}s")
        self._raise_error()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            consumer = kafka_consumer(
                self.settings,
                *self.topics,
                auto_offset_reset="earliest" if self.from_beginning else "latest",
                **self.consumer_options,
            )
        except Exception as exc:
            self._fail(exc)
            return
        try:
            if not self.from_beginning:
                while not consumer.assignment() and not self._stop.is_set():
                    consumer.poll(timeout_ms=100)
                consumer.seek_to_end()  # now, so that whatever is produced after start() is seen in full
                for tp in consumer.assignment():
                    consumer.position(tp)
            self._ready.set()
            while not self._stop.is_set():
                for tp, messages in consumer.poll(timeout_ms=100).items():
                    for message in messages:
                        self._add(tp.topic, decode_record(message.value))
        except Exception as exc:
            self._fail(exc)
        finally:
            self._ready.set()
            with contextlib.suppress(Exception):
                consumer.close()

    def _add(self, topic: str, record: Record) -> None:
        if self.on_record is not None:
            self.on_record(topic, record)
        with self._changed:
            if self.keep:
                self._records[topic].append(record)
            self._seen += 1
            self.last_record_at = time.monotonic()
            self._changed.notify_all()

    def _fail(self, exc: Exception) -> None:
        with self._changed:
            self.error = f"{exc.__class__.__name__}: {exc}"
            self._changed.notify_all()

    def _raise_error(self) -> None:
        if self.error:
            raise HarnessError(f"reading {', '.join(self.topics)} failed: {self.error}")

    # --- what it has seen
    def records(self, topic: str | None = None) -> list[Record]:
        """A copy of the records of ``topic`` (default: the first topic) so far, in arrival order."""
        with self._changed:
            return list(self._records[topic or self.topics[0]])

    @property
    def seen(self) -> int:
        """Records seen so far, all topics, kept or not."""
        return self._seen

    def poll(self, timeout_s: float = 0.3) -> None:
        """Wait up to ``timeout_s`` for a new record; raises if the consumer failed."""
        with self._changed:
            self._raise_error()
            self._changed.wait(timeout_s)
        self._raise_error()

    def wait_until(
        self,
        done: Callable[[], bool],
        timeout_s: float,
        *,
        check: Callable[[], None] | None = None,
    ) -> bool:
        """Poll until ``done()`` is true (True) or the time runs out (False). ``check`` runs on each round
        and may raise (e.g. a worker died)."""
        deadline = time.monotonic() + timeout_s
        while True:
            if done():
                return True
            if time.monotonic() >= deadline:
                return False
            if check is not None:
                check()
            self.poll(min(0.3, max(0.0, deadline - time.monotonic())))

    def wait_idle(self, idle_s: float, timeout_s: float) -> None:
        """Until no record arrived for ``idle_s`` (after at least one) or ``timeout_s`` passed."""

        def idle() -> bool:
            last = self.last_record_at
            return last is not None and time.monotonic() - last > idle_s

        self.wait_until(idle, timeout_s)


def read_topic(
    settings: Settings,
    topic: str,
    *,
    until: int | None = None,
    timeout_s: float = 60.0,
    idle_s: float = 3.0,
) -> list[Record]:
    """Read ``topic`` from the beginning until ``until`` records arrived, or (without ``until``) until it
    was idle for ``idle_s`` after the first record; at most ``timeout_s``."""
    with TopicCollector(settings, topic) as collector:
        if until is not None:
            collector.wait_until(lambda: collector.seen >= until, timeout_s)
        else:
            collector.wait_idle(idle_s, timeout_s)
        return collector.records(topic)


def committed_offsets(settings: Settings, topic: str | None = None) -> dict[int, int | None]:
    """The worker group's (``app_id``) committed offset of each partition of ``topic`` (default: the
    posts topic), read without joining the group."""
    from kafka import TopicPartition

    topic = topic or settings.posts_topic
    consumer = kafka_consumer(settings, group_id=settings.app_id)
    try:
        return {p: consumer.committed(TopicPartition(topic, p)) for p in range(settings.topic_partitions)}
    finally:
        consumer.close()
