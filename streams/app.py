"""Builds the faust App from the worker's services, once, at start-up, and registers the agents on it."""

from __future__ import annotations

from pathlib import Path
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


def faust_datadir(state_dir: Path, app_id: str) -> Path:
    """faust's data folder. faust makes one at start even with in-memory tables, by default ``{app_id}-data``
    in the working directory; under the state folder a worker leaves nothing where it was started."""
    return state_dir / f"{app_id}-data"


def build_app(services: WorkerServices) -> faust.App:
    s = services.settings
    datadir = faust_datadir(s.state_dir, s.app_id)
    datadir.mkdir(parents=True, exist_ok=True)  # faust makes only the last level
    # faust's fixed 1.5 s fetch wait is held in full by the embedded broker (streams/fetch.py)
    rereads = services.metrics.partition_rereads
    app = bounded_fetch_app(
        s.consumer_fetch_max_wait_ms, services.state.stop_left, on_reread=lambda tp, offset: rereads.inc()
    )(
        s.app_id,
        broker=[f"kafka://{host}" for host in s.kafka_bootstrap()],
        store="memory://",
        datadir=str(datadir),
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
