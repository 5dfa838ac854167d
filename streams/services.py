"""The worker's services, built once at start-up from Settings: the model, Redis, the registry and catalogue,
the processor, alert dedup, the batch hooks and the one thread that runs the blocking work."""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import socket
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any

import redis

from monitor.config import Settings
from monitor.core.langid import default_detector
from monitor.embedding import Embedder, embedder_from_settings, limit_blas_threads
from monitor.embedding.distil_process import BackgroundDistil
from monitor.pipeline.candidates import CandidateHook, burst_stage, candidate_hooks
from monitor.pipeline.cascade import CascadeStage
from monitor.pipeline.catalogue import Catalogue
from monitor.pipeline.hooks import BatchHook
from monitor.pipeline.hubness_share import HubnessSharing
from monitor.pipeline.incidents import build_incident_hook
from monitor.pipeline.matcher import (
    distil_in_background,
    hubness_sharing_from_settings,
    processor_from_settings,
)
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.pipeline.retro import RetroMatcher
from monitor.pipeline.runtime import freeze_long_lived
from monitor.storage.connections import redis_client
from monitor.storage.dedup import AlertDedup
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

log = logging.getLogger("monitor.worker")


class StopRequested(Exception):
    """The worker is stopping: the batch in flight is abandoned (its offsets are not committed)."""


class SerialDaemonExecutor(Executor):
    """Runs submitted calls one at a time, in order, on one daemon thread.

    What ``ThreadPoolExecutor(max_workers=1)`` does, except for exit: the interpreter joins a
    ThreadPoolExecutor's threads at exit even after ``shutdown(wait=False)``, so a call blocked on a dead
    Redis or broker socket (up to its timeouts and client retries: tens of seconds) kept a stopping worker
    alive. A daemon thread is not joined; the batch it was running is abandoned, never acked, and
    reprocessed by the next owner of its partitions (at least once)."""

    def __init__(self, name: str = "monitor-batch") -> None:
        self._queue: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]] | None] = (
            queue.SimpleQueue()
        )
        self._shutdown = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new calls after shutdown")
            future: Future[Any] = Future()
            call = (lambda: fn(*args, **kwargs)) if kwargs else fn
            self._queue.put((future, call, () if kwargs else args))
            return future

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, fn, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item[0].cancel()
            self._queue.put(None)
        if wait:
            self._thread.join()


@dataclass
class WorkerState:
    started_at: float = field(default_factory=time.time)
    agent_running: bool = False
    agents_running: int = 0  # actors inside the agent's loop (concurrency > 1: several)
    # set once SIGTERM/SIGINT arrived: no new batch starts, retry loops give up, the batch in flight is
    # abandoned unless its records are already delivered
    stopping: bool = False
    stop_requested_at: float | None = None  # time.monotonic()
    # of the stop budget: faust's shutdown steps share this many seconds (the watchdog comes later)
    stop_budget_s: float = 3.0
    kafka_ok: bool = False
    kafka_error: str | None = None
    consuming: bool = False
    last_batch_at: float | None = None
    processed: int = 0
    redis_ok: bool = False
    redis_error: str | None = None
    next_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    lag_labels: set[tuple[str, str]] = field(default_factory=set)

    def stop_left(self) -> float | None:
        """Seconds left for faust's shutdown steps once a stop began; None while not stopping."""
        if not self.stopping or self.stop_requested_at is None:
            return None
        return self.stop_requested_at + self.stop_budget_s - time.monotonic()


@dataclass
class WorkerServices:
    """Everything the worker needs, built once by :func:`build_services`."""

    settings: Settings
    metrics: Metrics
    redis: redis.Redis
    keys: Keys
    embedder: Embedder
    registry: TemplateRegistry
    catalogue: Catalogue
    processor: Processor
    dedup: AlertDedup
    executor: Executor
    state: WorkerState = field(default_factory=WorkerState)
    hooks: list[BatchHook] = field(default_factory=list)
    # this process, as the owner of its alert claims (host:pid:random)
    owner: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}")
    # the cascade's static model being distilled in the background (a child process): stopped with the
    # worker; None when there is nothing to wait for
    distil: BackgroundDistil | None = None
    # the exchange of hubness observations with the other workers (MONITOR_HUBNESS_SHARE_S); None: alone
    hubness: HubnessSharing | None = None

    def close(self) -> None:
        """What the worker started besides faust: the background distillation (its child process) and the
        hubness exchange's thread."""
        if self.distil is not None:
            self.distil.stop()
        if self.hubness is not None:
            self.hubness.stop()


def build_services(settings: Settings, embedder: Embedder | None = None) -> WorkerServices:
    """Load the model, connect to Redis, make sure every template has vectors, load the catalogue."""
    metrics = Metrics()
    embedder = embedder or embedder_from_settings(settings)
    metrics.set_build(embedder.spec.name, settings.backend)
    client = redis_client(settings)
    keys = Keys(settings.redis_prefix)
    registry = TemplateRegistry(client, keys, embedder)
    embedded = registry.ensure_vectors()
    if embedded:
        log.info("embedded %d templates that had no vectors for %s", embedded, embedder.spec.name)
    # the language detector is loaded now (1-4 s) rather than inside the first batch, which would pay it in
    # latency; the cascade's cheap stages come with MONITOR_CASCADE=on
    processor = processor_from_settings(
        settings, embedder, registry, metrics, language_detector=default_detector()
    )
    catalogue = processor.catalogue
    assert isinstance(catalogue, Catalogue)
    dedup = AlertDedup(client, keys, settings.alert_dedup_ttl_s)
    # one thread: the model and the Redis pipeline run in order, off the event loop; a daemon thread, so
    # that a call stuck on a dead dependency cannot hold a stopping worker
    executor = SerialDaemonExecutor("monitor-batch")
    state = WorkerState(redis_ok=True)
    metrics.dependency_up.labels("redis").set(1)
    metrics.dependency_up.labels("kafka").set(0)  # until the worker has reached the broker
    services = WorkerServices(
        settings, metrics, client, keys, embedder, registry, catalogue, processor, dedup, executor, state
    )
    services.hooks = build_hooks(services)
    # the other workers' hubness observations, adopted before the first batch, then exchanged in the
    # background: the correction covers every partition's posts and survives a restart
    services.hubness = hubness_sharing_from_settings(settings, processor, services.owner)
    if services.hubness is not None:
        services.hubness.start()
    metrics.init_hooks(hook.name for hook in services.hooks)
    # MONITOR_CASCADE=on without its static model in the cache: the worker starts now, the cascade off,
    # and turns it on once a low-priority child process has distilled it
    services.distil = distil_in_background(
        settings, processor, metrics, on_enabled=lambda cascade: enable_burst(services, cascade)
    )
    # everything that loads a BLAS library (numpy, the model, the static model, scipy) is loaded now: its
    # helper threads would compete with the model's for the cores (MONITOR_BLAS_THREADS)
    limit_blas_threads(settings.blas_threads)
    # the model, catalogue and clients live as long as the worker: out of the collector's full passes
    freeze_long_lived("the worker's models, catalogue and clients")
    return services


def build_hooks(services: WorkerServices) -> list[BatchHook]:
    """The batch hooks this worker runs (incidents, retro-match, candidates…), built once at start-up."""
    hooks: list[BatchHook] = []
    if services.settings.retro_enabled:  # re-check recent posts against new/changed templates
        hooks.append(RetroMatcher.from_services(services))
    # incidents, grouped per template, and the notification sinks
    hooks.append(build_incident_hook(services.settings, services.redis, services.keys, services.metrics))
    hooks += candidate_hooks(
        services.settings, services.redis, services.embedder, services.metrics, services.processor.cascade
    )
    return hooks


def cascade_status(services: WorkerServices) -> dict[str, Any]:
    """For ``/health``: the cascade's mode, whether it runs now, and where its static model stands
    (``ready`` | ``distilling`` | ``waiting`` | ``failed`` | ``none``)."""
    cascade = services.processor.cascade
    distil = services.distil
    if cascade is not None:
        static = "ready" if cascade.static is not None else "none"
    elif distil is not None:
        static = distil.status
    else:
        static = "none"
    out: dict[str, Any] = {
        "mode": services.settings.cascade,
        "enabled": cascade is not None,
        "static_model": static,
    }
    if cascade is None and distil is not None and distil.error:
        out["error"] = distil.error
    return out


def enable_burst(services: WorkerServices, cascade: CascadeStage) -> None:
    """The cascade turned on after start-up: the candidates' cheap burst stage (built at start-up only
    with a cascade) joins the candidates hook now."""
    for hook in services.hooks:
        if isinstance(hook, CandidateHook) and hook.burst is None:
            hook.burst = burst_stage(
                services.settings, services.redis, services.embedder, services.metrics, cascade
            )


async def run_blocking(services: WorkerServices, fn: Any, *args: Any) -> Any:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(services.executor, fn, *args)
