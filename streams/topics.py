"""Topic definitions: raw bytes in and out, JSON encoded by us (orjson), keys are post ids."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import faust

from monitor.config import Settings


@dataclass(frozen=True)
class Topics:
    posts: Any
    matches: Any
    alerts: Any
    incidents: Any
    dlq: Any


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    def topic(name: str) -> Any:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.topic_partitions,
        )

    return Topics(
        posts=topic(settings.posts_topic),
        matches=topic(settings.matches_topic),
        alerts=topic(settings.alerts_topic),
        incidents=topic(settings.incidents_topic),
        dlq=topic(settings.dlq_topic),
    )
