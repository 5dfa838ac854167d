"""Time stamps as the monitor writes them: ISO 8601, UTC, milliseconds, ``Z`` (``2024-02-18T09:00:00.000Z``).

The one place for converting between datetimes, epoch seconds, epoch milliseconds and these strings; the
function names carry the unit of their argument or result.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    """A datetime as an ISO string (UTC, milliseconds, ``Z``); a naive datetime is taken as local time."""
    return dt.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iso_from_epoch_s(epoch_s: float) -> str:
    """Seconds since the epoch (``time.time()``) as an ISO string."""
    return iso(datetime.fromtimestamp(epoch_s, UTC))


def iso_from_epoch_ms(epoch_ms: int) -> str:
    """Milliseconds since the epoch (Kafka timestamps, Redis stream ids) as an ISO string."""
    return iso(datetime.fromtimestamp(epoch_ms / 1000, UTC))


def parse_iso(value: str) -> datetime:
    """An ISO string (``Z`` or an offset) as a datetime; raises ValueError on anything else."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def epoch_s_from_iso(value: str) -> float:
    """An ISO string as seconds since the epoch (a string without an offset is taken as local time)."""
    return parse_iso(value).timestamp()


__all__ = ["epoch_s_from_iso", "iso", "iso_from_epoch_ms", "iso_from_epoch_s", "parse_iso", "utcnow"]
