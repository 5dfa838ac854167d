"""The worker's services, built once at start-up from Settings: the model, Redis, the registry and catalogue,
the processor, alert dedup, the batch hooks and the one thread that runs the blocking work."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import redis

from monitor.config import Settings
from monitor.core.langid import default_detector
from monitor.embedding import Embedder, embedder_from_settings
from monitor.pipeline.candidates import candidate_hooks
from monitor.pipeline.cascade import cascade_from_settings
from monitor.pipeline.catalogue import Catalogue
from monitor.pipeline.hooks import BatchHook
from monitor.pipeline.incidents import build_incident_hook
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.policies import default_runbook_url, policy_from_settings
from monitor.pipeline.processor import Processor
from monitor.pipeline.retro import RetroMatcher
from monitor.storage.connections import redis_client
from monitor.storage.dedup import AlertDedup
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

log = logging.getLogger("monitor.worker")


@dataclass
class WorkerState:
    started_at: float = field(default_factory=time.time)
    agent_running: bool = False
    consuming: bool = False
    last_batch_at: float | None = None
    processed: int = 0
    redis_ok: bool = False
    redis_error: str | None = None
    next_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    lag_labels: set[tuple[str, str]] = field(default_factory=set)


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
    executor: ThreadPoolExecutor
    state: WorkerState = field(default_factory=WorkerState)
    hooks: list[BatchHook] = field(default_factory=list)


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
    catalogue = Catalogue(registry, metrics)
    catalogue.refresh(force=True)
    processor = Processor(
        embedder,
        registry.index(),
        catalogue,
        policy_from_settings(settings, embedder),
        metrics,
        knn_k=settings.knn_k,
        max_text_chars=settings.max_text_chars,
        # loaded now (1-4 s) rather than inside the first batch, which would pay it in latency
        language_detector=default_detector(),
        default_runbook_url=default_runbook_url(settings),
    )
    # cheap stages before the model (MONITOR_CASCADE): repost cache + static-embedding gate
    processor.cascade = cascade_from_settings(
        settings, embedder, processor.policy, processor.lexical, metrics
    )
    dedup = AlertDedup(client, keys, settings.alert_dedup_ttl_s)
    # one thread: the model and the Redis pipeline run in order, off the event loop
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-batch")
    state = WorkerState(redis_ok=True)
    metrics.dependency_up.labels("redis").set(1)
    services = WorkerServices(
        settings, metrics, client, keys, embedder, registry, catalogue, processor, dedup, executor, state
    )
    services.hooks = build_hooks(services)
    metrics.init_hooks(hook.name for hook in services.hooks)
    return services


def build_hooks(services: WorkerServices) -> list[BatchHook]:
    """The batch hooks this worker runs (incidents, retro-match, candidates…), built once at start-up."""
    hooks: list[BatchHook] = []
    if services.settings.retro_enabled:  # re-check recent posts against new/changed templates
        hooks.append(RetroMatcher.from_services(services))
    # incidents, grouped per template, and the notification sinks
    hooks.append(build_incident_hook(services.settings, services.redis, services.keys, services.metrics))
    hooks += candidate_hooks(services.settings, services.redis, services.embedder, services.metrics)
    return hooks


async def run_blocking(services: WorkerServices, fn: Any, *args: Any) -> Any:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(services.executor, fn, *args)
