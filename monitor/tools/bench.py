"""``monitor bench``: end-to-end throughput and latency through the real broker, Redis and a worker.

One run, in order:

1. a stack: the embedded broker + Redis in a temporary ``MONITOR_STATE_DIR`` (stopped and removed at the
   end), or the ones named by ``MONITOR_KAFKA_URL`` and ``MONITOR_REDIS_URL``; everything the bench writes
   lives under its own Redis prefix, topics and consumer group (``bench-<tag>``), removed afterwards;
2. a catalogue: the demo catalogue (``monitor/demo/templates.jsonl``, embedded by the registry) plus,
   with ``--templates N``, N synthetic templates written straight into Redis with the registry's key
   layout (template hash, id set, one exemplar vector hash each): random unit vectors, not embedded texts,
   so that 100,000 load in a minute or two instead of an hour of encoding. Random vectors are the vector
   index's worst case (no structure to exploit) and are never near a real post, so decisions do not change;
3. the bare encode rate: the same model, torch, batch 64, on the same (normalised) post texts, in this
   process while the worker idles, measured before and after the stream phases and averaged (the CPU is
   shared, so this halves the effect of other jobs' load drifting during the run);
4. ``monitor worker`` subprocess(es), warmed up, then
5. throughput: N generated posts produced as fast as possible; ``posts_per_s`` = N / (last
   ``processed_at`` - first ``created_at``);
6. latency: posts at a fixed rate (``--rate``, default half the measured ``posts_per_s``); latency of a post
   = its matches record's ``processed_at`` - its ``created_at`` (stamped when it is produced).

Pure helpers (post generation, percentiles, phase summaries, synthetic vectors) come first; the I/O after.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from pydantic import BaseModel, Field, SecretStr

from monitor.config import Settings
from monitor.core.clock import epoch_s_from_iso, iso, iso_from_epoch_s, utcnow
from monitor.core.models import Template
from monitor.core.text import normalize
from monitor.embedding import load_embedder
from monitor.errors import MonitorError
from monitor.pipeline.metrics import BATCH_STAGES
from monitor.storage.connections import ensure_topics, kafka_producer, redis_client
from monitor.storage.index import RedisVectorIndex
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry, parse_template_lines
from monitor.tools.demo import demo_file
from monitor.tools.harness import (
    TopicCollector,
    WorkerProcess,
    drop_namespace,
    histogram_totals,
    metric_samples,
    metric_value,
    namespaced,
    start_workers,
)
from monitor.tools.stack import EmbeddedStack

Say = Callable[[str], None]
BASELINE_BATCH = 64  # the reference: bare torch encode at batch 64 (docs/PERFORMANCE.md)


class BenchError(MonitorError):
    """The benchmark could not complete (worker died, records missing)."""


class BenchOptions(BaseModel):
    posts: int = Field(1000, ge=10, description="posts in the throughput phase")
    latency_posts: int = Field(0, ge=0, description="posts in the fixed-rate phase; 0 = posts // 2")
    rate: float = Field(0.0, ge=0, description="fixed rate of the latency phase; 0 = half the max rate")
    templates: int = Field(0, ge=0, description="synthetic templates added to the demo catalogue")
    workers: int = Field(
        0, ge=0, le=16, description="worker processes (same consumer group); 0 = one per core"
    )
    encode_rounds: int = Field(2, ge=0, le=4, description="bare-encode measurements (before/after)")
    warmup_posts: int = Field(64, ge=0)
    seed: int = 0
    worker_start_timeout_s: float = 240.0


class PhaseResult(BaseModel):
    posts: int
    duration_s: float
    posts_per_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    mean_batch_size: float | None = None
    encode_share: float | None = None  # worker time in the model / phase wall time
    # mean milliseconds a batch spent in each worker stage (monitor_batch_stage_seconds)
    stage_ms_per_batch: dict[str, float] | None = None
    hook_s: dict[str, float] | None = None
    # the workers' CPU time (every thread, /proc) over the phase per post: what a shared machine moves least
    worker_cpu_ms_per_post: float | None = None


class BenchReport(BaseModel):
    posts: int
    posts_per_s: float
    p50_ms: float
    p99_ms: float
    encode_only_posts_per_s: float
    ratio: float
    encode_only_backend_posts_per_s: float | None = None
    ratio_vs_backend: float | None = None
    latency_rate_posts_per_s: float
    latency_posts: int
    throughput: PhaseResult
    latency: PhaseResult
    templates: int
    synthetic_templates: int
    backend: str
    model: str
    batch_size: int
    batch_window_s: float
    encode_batch_size: int
    threads: int  # model threads per worker process (MONITOR_TORCH_THREADS, or cores / workers when 0)
    worker_concurrency: int = 1  # batches in flight per worker
    encode_only_batch_size: int = BASELINE_BATCH
    encode_only_threads: int = 0  # the torch reference always runs one thread per core
    workers: int
    duplicates: int
    stack: str
    machine: dict[str, Any]
    elapsed_s: float

    def as_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


# --- pure helpers ------------------------------------------------------------------------------------
FILLERS = (
    "just saw this",
    "is this true?",
    "sharing for awareness",
    "my cousin sent me this",
    "wow",
    "can anyone confirm",
    "thread below",
    "lol",
)


def generate_posts(
    n: int, base_texts: Sequence[str], *, id_prefix: str, seed: int = 0
) -> list[dict[str, Any]]:
    """``n`` posts cycling through ``base_texts``, each with a small random variation (so no two are
    byte-identical) and a unique id; ``created_at`` is stamped when a post is produced."""
    if not base_texts:
        raise ValueError("base_texts is empty")
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        text = base_texts[i % len(base_texts)]
        filler = FILLERS[int(rng.integers(len(FILLERS)))]
        text = f"{filler}: {text}" if rng.random() < 0.5 else f"{text} ({filler})"
        out.append({"id": f"{id_prefix}{i:07d}", "text": text, "author": f"bench{int(rng.integers(1000))}"})
    return out


def percentile_ms(latencies_s: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100, linear interpolation) of latencies in seconds, in milliseconds."""
    if not latencies_s:
        return float("nan")
    return round(float(np.percentile(np.asarray(latencies_s, dtype=np.float64), q)) * 1000.0, 1)


def summarize_phase(created_s: dict[str, float], processed_s: dict[str, float]) -> PhaseResult:
    """Throughput and latency of one phase: posts sent at ``created_s`` and decided at ``processed_s``."""
    ids = [i for i in created_s if i in processed_s]
    if not ids:
        raise BenchError("no post of this phase was processed")
    latencies = [max(0.0, processed_s[i] - created_s[i]) for i in ids]
    duration = max(processed_s[i] for i in ids) - min(created_s[i] for i in ids)
    return PhaseResult(
        posts=len(ids),
        duration_s=round(duration, 3),
        posts_per_s=round(len(ids) / duration, 2) if duration > 0 else float("inf"),
        p50_ms=percentile_ms(latencies, 50),
        p90_ms=percentile_ms(latencies, 90),
        p99_ms=percentile_ms(latencies, 99),
        max_ms=round(max(latencies) * 1000.0, 1),
    )


def synthetic_vectors(n: int, dim: int, seed: int = 0) -> np.ndarray:
    """``n`` random unit vectors (float32): isotropic, so no structure for the index to exploit."""
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    info: dict[str, Any] = {
        "cpu": cpu,
        "cores": available_cores(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }
    for module in ("torch", "onnxruntime"):
        with contextlib.suppress(ImportError):
            info[module] = __import__(module).__version__
    return info


def available_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover


def plan_workers(workers: int, threads: int, cores: int, partitions: int = 1024) -> tuple[int, int]:
    """(worker processes, model threads per worker) for one host.

    ``workers=0`` runs one process per core, but no more than the posts topic has partitions (a worker
    without a partition would idle); ``threads=0`` shares the cores among the processes (at least one
    each). One single-threaded process per core measured fastest here: the model, the event loop and
    the broker client of a process then never compete for a core (docs/PERFORMANCE.md)."""
    n = workers or max(1, min(cores, partitions))
    return n, threads or max(1, cores // n)


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # pragma: no cover
        return []


# --- catalogue -----------------------------------------------------------------------------------------
def load_demo_catalogue(registry: Any) -> int:

    templates, _ = parse_template_lines(demo_file("templates.jsonl").read_text().splitlines())
    registry.upsert_many(templates)
    return len(templates)


def write_synthetic_templates(
    client: Any, keys: Any, model_name: str, n: int, dim: int, *, seed: int = 0, say: Say | None = None
) -> None:
    """Write ``n`` templates with one random unit vector each, in the registry's key layout, then bump the
    catalogue version once (workers reload once). Vectors are indexed as they are written."""

    now = iso(utcnow())
    base = Template(
        id="synthetic-0", category="rumour", severity="low", text="synthetic", created_at=now, updated_at=now
    ).model_dump(mode="json")
    index = RedisVectorIndex(client, keys, model_name, dim)
    chunk = 2000
    started = time.monotonic()
    for start in range(0, n, chunk):
        count = min(chunk, n - start)
        vectors = synthetic_vectors(count, dim, seed=seed + start)
        pipe = client.pipeline(transaction=False)
        ids = []
        for j in range(count):
            tid = f"synthetic-{start + j:07d}"
            text = f"synthetic benchmark template {start + j}"
            ids.append(tid)
            pipe.hset(keys.template(tid), mapping={"json": orjson.dumps({**base, "id": tid, "text": text})})
            index.write_exemplars(pipe, tid, [("text", 0, text)], vectors[j : j + 1])
        pipe.sadd(keys.template_ids, *ids)
        pipe.execute()
        if say is not None and (start // chunk) % 10 == 9:
            say(f"  {start + count}/{n} synthetic templates ({time.monotonic() - started:.0f}s)")
    client.incr(keys.catalogue_version)


def wait_indexed(client: Any, index_name: str, timeout_s: float = 1800.0) -> None:
    """Wait until RediSearch has no background indexing left (so it does not run during a phase)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        info = client.ft(index_name).info()
        if str(info.get("indexing", "0")) in ("0", "0.0") and float(info.get("percent_indexed", 1)) >= 1:
            return
        time.sleep(0.5)
    raise BenchError(f"index {index_name} still indexing after {timeout_s:.0f}s")


# --- encode-only ---------------------------------------------------------------------------------------
def measure_encode(
    embedder: Any, texts: Sequence[str], batch_size: int, passes: int = 3, *, warmup: bool = True
) -> float:
    """Posts per second of ``embedder.encode_queries`` over ``texts`` at ``batch_size``: the median of
    ``passes`` timed passes after one untimed one (the first pass after loading runs ~25% slower;
    ``warmup=False`` skips it for an embedder that has already run a full pass)."""
    previous = getattr(embedder, "batch_size", None)
    if previous is not None:
        embedder.batch_size = batch_size
    try:
        if warmup:  # the first full pass allocates for every length
            embedder.encode_queries(list(texts))
        rates = []
        for _ in range(passes):
            started = time.perf_counter()
            embedder.encode_queries(list(texts))
            rates.append(len(texts) / (time.perf_counter() - started))
        return float(np.median(rates))
    finally:
        if previous is not None:
            embedder.batch_size = previous


def wait_budget_s(n_posts: int, rate: float | None, base_s: float = 120.0) -> float:
    """Seconds to wait for ``n_posts`` matches records: ``base_s`` (start-up, first batches) plus three
    times what the posts take at ``rate`` posts/s (the bare encode rate, which the worker beats, or a
    latency phase's fixed rate; 5/s when nothing was measured)."""
    return base_s + 3 * n_posts / max(0.5, rate if rate else 5.0)


# --- Kafka: produce and collect ------------------------------------------------------------------------
class Decisions:
    """Fed by a :class:`TopicCollector` on the matches topic: post id -> its first ``processed_at`` (epoch
    s) and how many matches records it got."""

    def __init__(self) -> None:
        self.processed: dict[str, float] = {}
        self.counts: Counter[str] = Counter()

    def add(self, _topic: str, record: dict[str, Any]) -> None:
        post_id = record.get("post_id")
        if isinstance(post_id, str):
            self.counts[post_id] += 1
            self.processed.setdefault(post_id, epoch_s_from_iso(record["processed_at"]))

    def wait_for(
        self,
        collector: TopicCollector,
        ids: Sequence[str],
        timeout_s: float,
        workers: Sequence[WorkerProcess],
    ) -> None:
        def check() -> None:
            for w in workers:
                w.check_alive()

        if not collector.wait_until(lambda: all(i in self.processed for i in ids), timeout_s, check=check):
            missing = sum(1 for i in ids if i not in self.processed)
            raise BenchError(f"{missing} of {len(ids)} posts had no matches record after {timeout_s:.0f}s")

    def duplicates(self, ids: Sequence[str]) -> int:
        return sum(max(0, self.counts[i] - 1) for i in ids)


def produce_posts(
    producer: Any, topic: str, posts: Sequence[dict[str, Any]], rate: float = 0.0
) -> dict[str, float]:
    """Send posts, stamping ``created_at`` at send time; ``rate`` posts/s (0 = as fast as possible).

    Returns post id -> created_at (epoch s, millisecond resolution, as carried in the post)."""
    created: dict[str, float] = {}
    started = time.monotonic()
    for i, post in enumerate(posts):
        if rate > 0:
            delay = started + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        now = round(time.time(), 3)
        created[post["id"]] = now
        producer.send(
            topic, key=post["id"].encode(), value=orjson.dumps({**post, "created_at": iso_from_epoch_s(now)})
        )
    producer.flush(timeout=60)
    return created


# --- stack and workers ---------------------------------------------------------------------------------
@contextlib.contextmanager
def bench_stack(settings: Settings, say: Say) -> Iterator[tuple[Settings, str]]:
    """The configured Kafka/Redis when both URLs are given explicitly, else an embedded stack in a temp
    state dir (stopped and deleted afterwards). Yields settings pointing at it and a description."""
    if settings.kafka_url and settings.redis_url.get_secret_value():
        yield settings, "external"
        return

    state_dir = Path(tempfile.mkdtemp(prefix="monitor-bench-"))
    stack = EmbeddedStack(state_dir)
    say(f"starting an embedded broker and Redis in {state_dir}")
    try:
        data = stack.up()
        yield (
            settings.model_copy(
                update={
                    "kafka_url": data["kafka_url"],
                    "redis_url": SecretStr(data["redis_url"]),
                    "state_dir": state_dir,
                }
            ),
            "embedded",
        )
    finally:
        stack.down()
        shutil.rmtree(state_dir, ignore_errors=True)


def cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system, all threads) a process has used so far; None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # after the command name: state is field 3, utime 14 and stime 15 (1-based, man proc)
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_workers_idle(
    workers: Sequence[WorkerProcess], *, below_cores: float = 0.1, window_s: float = 0.5, max_s: float = 30.0
) -> float:
    """Wait until the workers together use under ``below_cores`` of a core over ``window_s`` (a
    recalibration or hook still running after the last post), at most ``max_s``; returns the seconds
    waited. A bare-encode measurement between two timed rounds would otherwise share the cores with it."""
    started = time.monotonic()
    while time.monotonic() - started < max_s:
        before = [cpu_seconds(w.pid) if w.pid else None for w in workers]
        time.sleep(window_s)
        after = [cpu_seconds(w.pid) if w.pid else None for w in workers]
        used = sum(a - b for a, b in zip(after, before, strict=True) if a is not None and b is not None)
        if used / window_s < below_cores:
            break
    return round(time.monotonic() - started, 2)


def worker_totals(workers: Sequence[WorkerProcess]) -> dict[str, float]:
    """Totals summed over the workers: posts in batches, batches, seconds in the model, seconds in each
    batch stage (``stage:<name>``) and CPU seconds (``cpu_s``, only when every worker's can be read)."""
    totals: dict[str, float] = {}

    def add(key: str, value: float) -> None:
        totals[key] = totals.get(key, 0.0) + value

    cpu = [cpu_seconds(w.pid) if w.pid else None for w in workers]
    if workers and all(c is not None for c in cpu):
        totals["cpu_s"] = float(sum(c for c in cpu if c is not None))
    for w in workers:
        text = w.metrics()
        posts, batches = histogram_totals(text, "monitor_batch_size")
        add("posts", posts)
        add("batches", batches)
        add("embed_s", histogram_totals(text, "monitor_embedding_seconds")[0])
        for stage in BATCH_STAGES:
            add(f"stage:{stage}", metric_value(text, "monitor_batch_stage_seconds_sum", stage=stage) or 0.0)
        for sample, labels, value in metric_samples(text):
            if sample == "monitor_hook_seconds_sum":
                add(f"hook:{labels.get('hook')}:{labels.get('call')}", value)
    return totals


# --- the run -------------------------------------------------------------------------------------------
def run_bench(
    settings: Settings,
    options: BenchOptions,
    *,
    baseline: Any = None,
    say: Say = lambda _msg: None,
    log_dir: Path | None = None,
) -> BenchReport:
    """Run the whole benchmark; ``baseline`` is an already loaded torch embedder (tests pass one)."""

    started = time.monotonic()
    load_before = load_average()
    if baseline is None:
        say(f"loading {settings.model} (torch, batch {BASELINE_BATCH}) for the bare encode rate")
        # the reference is torch at its best on this machine: one thread per core, whatever the worker uses
        baseline = load_embedder(settings.model, "torch", BASELINE_BATCH, 0, models_dir=settings.models_dir)
    backend_embedder = None
    if settings.backend != "torch":
        say(f"loading {settings.model} ({settings.backend}) for its bare encode rate")
        backend_embedder = load_embedder(
            settings.model,
            settings.backend,
            settings.encode_batch_size,
            settings.torch_threads,
            models_dir=settings.models_dir,
        )

    base_texts = [
        json.loads(line)["text"] for line in demo_file("posts.jsonl").read_text().splitlines() if line.strip()
    ]
    latency_n = options.latency_posts or max(50, options.posts // 2)
    warm = generate_posts(options.warmup_posts, base_texts, id_prefix="warm-", seed=options.seed + 1)
    posts = generate_posts(options.posts, base_texts, id_prefix="tput-", seed=options.seed)
    lat_posts = generate_posts(latency_n, base_texts, id_prefix="lat-", seed=options.seed + 2)
    texts = [normalize(p["text"]) for p in posts]
    encode_rates: list[float] = []
    backend_rates: list[float] = []

    def encode_round() -> None:
        encode_rates.append(measure_encode(baseline, texts, BASELINE_BATCH))
        say(f"bare encode (torch, batch {BASELINE_BATCH}): {encode_rates[-1]:.1f} posts/s")
        if backend_embedder is not None:
            backend_rates.append(measure_encode(backend_embedder, texts, BASELINE_BATCH))
            say(f"bare encode ({settings.backend}, batch {BASELINE_BATCH}): {backend_rates[-1]:.1f} posts/s")

    tag = uuid.uuid4().hex[:8]
    n_workers, worker_threads = plan_workers(
        options.workers, settings.torch_threads, available_cores(), settings.topic_partitions
    )
    with bench_stack(settings, say) as (stack_settings, stack_kind):
        s = namespaced(stack_settings, f"bench-{tag}").model_copy(update={"torch_threads": worker_threads})
        workers: list[WorkerProcess] = []
        collector: TopicCollector | None = None
        decisions = Decisions()
        logs = log_dir or Path(tempfile.mkdtemp(prefix="monitor-bench-logs-"))
        succeeded = False
        try:
            ensure_topics(s)
            client = redis_client(s, timeout_s=60)
            keys = Keys(s.redis_prefix)
            registry = TemplateRegistry(client, keys, backend_embedder or baseline)
            demo_count = load_demo_catalogue(registry)
            if options.templates:
                say(f"writing {options.templates} synthetic templates (random unit vectors)")
                t0 = time.monotonic()
                write_synthetic_templates(
                    client,
                    keys,
                    registry.index().model,
                    options.templates,
                    baseline.dim,
                    seed=options.seed,
                    say=say,
                )
                wait_indexed(client, registry.index().name)
                say(f"  written and indexed in {time.monotonic() - t0:.0f}s")

            if options.encode_rounds:
                encode_round()

            say(
                f"starting {n_workers} worker(s) x {worker_threads} model thread(s) "
                f"(backend {s.backend}, logs in {logs})"
            )
            logs.mkdir(parents=True, exist_ok=True)
            workers = start_workers(s, n_workers, logs, options.worker_start_timeout_s)
            collector = TopicCollector(s, s.matches_topic, on_record=decisions.add, keep=False).start()
            producer = kafka_producer(s, linger_ms=2)
            try:
                if warm:
                    produce_posts(producer, s.posts_topic, warm)
                    decisions.wait_for(collector, [p["id"] for p in warm], 120 + len(warm), workers)
                say(f"throughput: {len(posts)} posts as fast as possible")
                before = worker_totals(workers)
                created = produce_posts(producer, s.posts_topic, posts)
                budget = wait_budget_s(len(posts), encode_rates[0] if encode_rates else None)
                decisions.wait_for(collector, list(created), budget, workers)
                tput = with_worker_stats(summarize_phase(created, decisions.processed), before, workers)
                say(f"  {tput.posts_per_s:.1f} posts/s, mean batch {tput.mean_batch_size}")

                rate = options.rate or max(0.5, round(tput.posts_per_s / 2, 2))
                say(f"latency: {len(lat_posts)} posts at {rate:g}/s")
                before = worker_totals(workers)
                created_lat = produce_posts(producer, s.posts_topic, lat_posts, rate=rate)
                decisions.wait_for(collector, list(created_lat), wait_budget_s(len(lat_posts), rate), workers)
                lat = with_worker_stats(summarize_phase(created_lat, decisions.processed), before, workers)
                say(f"  p50 {lat.p50_ms:.0f} ms, p99 {lat.p99_ms:.0f} ms, mean batch {lat.mean_batch_size}")
                duplicates = decisions.duplicates([*created, *created_lat])
            finally:
                producer.close(timeout=5)
            if options.encode_rounds > 1:
                for w in workers:  # free the CPU for the second bare-encode measurement
                    w.stop()
                encode_round()
            templates_total = demo_count + options.templates
            succeeded = True
        finally:
            if collector is not None:
                collector.stop()
            for w in workers:
                w.stop()
            if stack_kind == "external":
                drop_namespace(s)
            if succeeded and log_dir is None:
                shutil.rmtree(logs, ignore_errors=True)
            elif not succeeded:
                say(f"worker logs kept in {logs}")

    encode_only = float(np.mean(encode_rates)) if encode_rates else float("nan")
    backend_only = float(np.mean(backend_rates)) if backend_rates else None
    machine = {**machine_info(), "load_avg_before": load_before, "load_avg_after": load_average()}
    return BenchReport(
        posts=tput.posts,
        posts_per_s=tput.posts_per_s,
        p50_ms=lat.p50_ms,
        p99_ms=lat.p99_ms,
        encode_only_posts_per_s=round(encode_only, 2),
        ratio=round(tput.posts_per_s / encode_only, 3) if encode_rates else float("nan"),
        encode_only_backend_posts_per_s=None if backend_only is None else round(backend_only, 2),
        ratio_vs_backend=None if backend_only is None else round(tput.posts_per_s / backend_only, 3),
        latency_rate_posts_per_s=rate,
        latency_posts=lat.posts,
        throughput=tput,
        latency=lat,
        templates=templates_total,
        synthetic_templates=options.templates,
        backend=s.backend,
        model=baseline.spec.name,
        batch_size=s.batch_size,
        batch_window_s=s.batch_window_s,
        encode_batch_size=s.encode_batch_size,
        threads=s.torch_threads,
        worker_concurrency=s.worker_concurrency,
        workers=n_workers,
        duplicates=duplicates,
        stack=stack_kind,
        machine=machine,
        elapsed_s=round(time.monotonic() - started, 1),
    )


def with_worker_stats(
    phase: PhaseResult, before: dict[str, float], workers: Sequence[WorkerProcess]
) -> PhaseResult:
    after = worker_totals(workers)
    d = {key: after[key] - before.get(key, 0.0) for key in after}
    batches = d["batches"]
    return phase.model_copy(
        update={
            "mean_batch_size": round(d["posts"] / batches, 1) if batches else None,
            "encode_share": round(d["embed_s"] / len(workers) / phase.duration_s, 3)
            if phase.duration_s
            else None,
            "stage_ms_per_batch": {
                stage: round(1000 * d[f"stage:{stage}"] / batches, 1) for stage in BATCH_STAGES
            }
            if batches
            else None,
            # seconds each hook took per call kind over the phase, summed over the workers
            "hook_s": {key[5:]: round(v, 3) for key, v in d.items() if key.startswith("hook:")} or None,
            "worker_cpu_ms_per_post": round(1000 * d["cpu_s"] / phase.posts, 3)
            if "cpu_s" in d and "cpu_s" in before and phase.posts
            else None,
        }
    )


def render_report(report: BenchReport) -> list[str]:
    """Human-readable lines for the terminal."""
    t, lat, m = report.throughput, report.latency, report.machine
    lines = [
        f"model {report.model}, backend {report.backend}, {report.workers} worker(s) x "
        f"{report.threads} thread(s), {report.worker_concurrency} batch(es) in flight, "
        f"batch {report.batch_size} within {report.batch_window_s}s, encode batch {report.encode_batch_size}",
        f"catalogue: {report.templates} templates ({report.synthetic_templates} synthetic)",
        f"throughput: {report.posts_per_s:.1f} posts/s over {t.posts} posts "
        f"(mean batch {t.mean_batch_size}, model busy {t.encode_share})",
        f"bare encode (torch, batch {report.encode_only_batch_size}, all cores): "
        f"{report.encode_only_posts_per_s:.1f} posts/s -> ratio {report.ratio:.2f}",
    ]
    if report.encode_only_backend_posts_per_s is not None:
        lines.append(
            f"bare encode ({report.backend}): {report.encode_only_backend_posts_per_s:.1f} posts/s -> "
            f"ratio {report.ratio_vs_backend:.2f}"
        )
    lines += [
        f"latency at {report.latency_rate_posts_per_s:g} posts/s over {lat.posts} posts: "
        f"p50 {lat.p50_ms:.0f} ms, p90 {lat.p90_ms:.0f} ms, p99 {lat.p99_ms:.0f} ms, max {lat.max_ms:.0f} ms",
        *(
            f"{name} phase, ms per batch by stage: "
            + ", ".join(f"{stage} {ms:g}" for stage, ms in phase.stage_ms_per_batch.items())
            for name, phase in (("throughput", t), ("latency", lat))
            if phase.stage_ms_per_batch
        ),
        *(
            f"{name} phase, seconds in hooks: "
            + ", ".join(f"{key} {value:g}" for key, value in sorted(phase.hook_s.items()))
            for name, phase in (("throughput", t), ("latency", lat))
            if phase.hook_s
        ),
        f"duplicates: {report.duplicates}; stack: {report.stack}; elapsed {report.elapsed_s:.0f}s",
        f"machine: {m.get('cpu')}, {m.get('cores')} cores, load {m.get('load_avg_before')} -> "
        f"{m.get('load_avg_after')}",
    ]
    return lines
