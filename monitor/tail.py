"""Following an output topic: records as dicts, and one-line human renderings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
from rich.text import Text

from .config import Settings
from .connections import kafka_consumer

SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}


def tail_topic(
    settings: Settings, topic: str, *, from_beginning: bool = False, idle_timeout_s: float | None = None
) -> Iterator[dict[str, Any]]:
    """Yield decoded records; stop after ``idle_timeout_s`` without a message (forever when None)."""
    consumer = kafka_consumer(
        settings,
        topic,
        auto_offset_reset="earliest" if from_beginning else "latest",
        consumer_timeout_ms=int(idle_timeout_s * 1000) if idle_timeout_s else float("inf"),
    )
    try:
        for message in consumer:
            try:
                record = orjson.loads(message.value)
            except orjson.JSONDecodeError:
                record = {"undecodable": message.value.decode("utf-8", "replace")}
            yield record
    finally:
        consumer.close()


def excerpt(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_row(kind: str, r: dict[str, Any]) -> Text:
    if kind == "alert":
        sev = r.get("severity", "")
        line = Text()
        line.append(f"{sev.upper():8}", style=SEVERITY_STYLE.get(sev, ""))
        line.append(f" {r.get('category', ''):7} {r.get('template_id', '')} ")
        line.append(f"score={r.get('score', 0):.3f} ", style="bold")
        line.append(f"post={r.get('post_id')} ")
        line.append(excerpt(r.get("post", {}).get("text", ""), 80), style="dim")
        return line
    if kind == "match":
        mark = "MATCH" if r.get("matched") else "-----"
        return Text(
            f"{mark} {r.get('post_id')} {r.get('template_id') or ''} {r.get('score') or ''} "
            f"{r.get('suppressed_by') or ''}"
        )
    return Text(orjson.dumps(r).decode())
