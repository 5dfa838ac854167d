"""Builds the faust App from Settings and wires the monitor's pieces into it, once, at start-up."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import faust
import orjson
import redis

from monitor.candidate_hook import candidate_hooks  # issue 8: emerging narratives
from monitor.config import Settings
from monitor.connections import redis_client
from monitor.embedding import Embedder, load_embedder
from monitor.hooks import BatchHook
from monitor.incident_hook import build_incident_hook, default_runbook_url
from monitor.keys import Keys
from monitor.langid import default_detector
from monitor.metrics import Metrics
from monitor.pipeline import AlertDedup, Catalogue, Processor, policy_from_settings
from monitor.registry import TemplateRegistry
from monitor.retro import RetroMatcher

from .fetch import bounded_fetch_app
from .topics import Topics, declare_topics

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
    embedder = embedder or load_embedder(
        settings.model, settings.backend, settings.encode_batch_size, settings.torch_threads
    )
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
    return services


def build_hooks(services: WorkerServices) -> list[BatchHook]:
    """The batch hooks this worker runs (incidents, retro-match, candidates…), built once at start-up."""
    hooks: list[BatchHook] = []
    if services.settings.retro_enabled:  # issue 3: re-check recent posts against new/changed templates
        hooks.append(RetroMatcher.from_services(services))
    # issue 5 (incidents + sinks); the alert runbook default could move to the Processor(...) call above
    services.processor.default_runbook_url = default_runbook_url(services.settings)
    hooks.append(build_incident_hook(services.settings, services.redis, services.keys, services.metrics))
    hooks += candidate_hooks(services.settings, services.redis, services.embedder, services.metrics)
    return hooks


def _dumps(record: Any) -> bytes:
    if hasattr(record, "model_dump"):
        return orjson.dumps(record.model_dump(mode="json"))
    return orjson.dumps(record)


def build_app(services: WorkerServices) -> faust.App:
    from .agents import register_agents

    s = services.settings
    # issue 10: faust's fixed 1.5 s fetch wait is held in full by the embedded broker (streams/fetch.py)
    app = bounded_fetch_app(s.consumer_fetch_max_wait_ms)(
        s.app_id,
        broker=[f"kafka://{host}" for host in s.kafka_bootstrap()],
        store="memory://",
        autodiscover=False,
        processing_guarantee="at_least_once",
        topic_replication_factor=s.topic_replication_factor,
        topic_partitions=s.topic_partitions,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=s.session_timeout_s,
        broker_heartbeat_interval=min(3.0, s.session_timeout_s / 3),
        broker_commit_interval=1.0,
        web_enabled=True,
        web_bind=s.metrics_host,
        web_port=s.metrics_port,
        web_host=s.metrics_host,
        logging_config=None,
    )
    topics: Topics = declare_topics(app, s)
    register_agents(app, services, topics, _dumps)
    return app


async def run_blocking(services: WorkerServices, fn: Any, *args: Any) -> Any:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(services.executor, fn, *args)
