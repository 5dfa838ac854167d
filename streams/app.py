"""Builds the faust App from the worker's services, once, at start-up, and registers the agents on it."""

from __future__ import annotations

from typing import Any

import faust
import orjson

from streams.agents import register_agents
from streams.fetch import bounded_fetch_app
from streams.services import WorkerServices
from streams.topics import Topics, declare_topics


def _dumps(record: Any) -> bytes:
    if hasattr(record, "model_dump"):
        return orjson.dumps(record.model_dump(mode="json"))
    return orjson.dumps(record)


def build_app(services: WorkerServices) -> faust.App:
    s = services.settings
    # faust's fixed 1.5 s fetch wait is held in full by the embedded broker (streams/fetch.py)
    rereads = services.metrics.partition_rereads
    app = bounded_fetch_app(
        s.consumer_fetch_max_wait_ms, services.state.stop_left, on_reread=lambda tp, offset: rereads.inc()
    )(
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
