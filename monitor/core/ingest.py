"""Pure parsing of raw ``posts`` messages and building of dead-letter records. No I/O.

Every input either becomes a :class:`~monitor.models.Post` or raises :class:`~monitor.errors.PostInvalid`
with a bounded ``reason`` (a metric label) and a human-readable detail for the dead-letter record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import ValidationError

from monitor.core.clock import iso, utcnow
from monitor.core.models import Post
from monitor.errors import PostInvalid

DLQ_REASONS = ("invalid_json", "invalid_schema", "processing_error")
MAX_RAW_BYTES_IN_DLQ = 64 * 1024


@dataclass(frozen=True)
class RawMessage:
    value: bytes | None
    topic: str = "posts"
    partition: int = 0
    offset: int = 0
    timestamp_s: float | None = None  # broker timestamp


def parse_post(raw: bytes | str | None, max_text_chars: int = 4000) -> Post:
    if raw is None or (isinstance(raw, bytes | str) and not raw.strip()):
        raise PostInvalid("invalid_json", "empty message")
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        detail = str(exc)
        if "utf-8" in detail.lower() or "surrogate" in detail.lower():
            raise PostInvalid("invalid_json", f"not valid UTF-8: {detail}") from None
        raise PostInvalid("invalid_json", f"not valid JSON: {detail}") from None
    if not isinstance(data, dict):
        raise PostInvalid("invalid_schema", f"expected a JSON object, got {type(data).__name__}")
    for key in ("id", "text"):
        if key not in data:
            raise PostInvalid("invalid_schema", f"missing required field {key!r}")
        if not isinstance(data[key], str):
            raise PostInvalid("invalid_schema", f"field {key!r} must be a string")
    text: str = data["text"]
    truncated = len(text) > max_text_chars
    if truncated:
        data = {**data, "text": text[:max_text_chars], "truncated": True}
    else:
        data = {**data, "truncated": False}
    for key in ("author", "platform", "lang", "url"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise PostInvalid("invalid_schema", f"field {key!r} must be a string")
    try:
        return Post.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise PostInvalid("invalid_schema", f"{where}: {err['msg']}") from None


def dead_letter(message: RawMessage, error: str) -> dict[str, Any]:
    """The ``posts.dlq`` record: the reason, the raw input (as text, capped) and where it came from."""
    raw = message.value or b""
    text = raw[:MAX_RAW_BYTES_IN_DLQ].decode("utf-8", "backslashreplace")
    return {
        "error": error,
        "raw": text,
        "raw_truncated": len(raw) > MAX_RAW_BYTES_IN_DLQ,
        "topic": message.topic,
        "partition": message.partition,
        "offset": message.offset,
        "failed_at": iso(utcnow()),
    }
