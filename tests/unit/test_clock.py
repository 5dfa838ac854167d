"""monitor.core.clock: the one set of time-stamp conversions, units in the names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from monitor.core.clock import epoch_s_from_iso, iso, iso_from_epoch_ms, iso_from_epoch_s, parse_iso, utcnow


def test_iso_is_utc_with_milliseconds_and_z() -> None:
    dt = datetime(2024, 2, 18, 10, 30, 0, 123456, tzinfo=timezone(timedelta(hours=1)))
    assert iso(dt) == "2024-02-18T09:30:00.123Z"


def test_epoch_seconds_and_milliseconds_give_the_same_instant() -> None:
    assert iso_from_epoch_s(1_700_000_000.123) == "2023-11-14T22:13:20.123Z"
    assert iso_from_epoch_ms(1_700_000_000_123) == "2023-11-14T22:13:20.123Z"
    # the unit is in the name: the same number read as seconds is a thousand times later
    assert iso_from_epoch_s(1_700_000_000) != iso_from_epoch_ms(1_700_000_000)


def test_round_trip_keeps_milliseconds() -> None:
    t = 1_700_000_000.123
    assert epoch_s_from_iso(iso_from_epoch_s(t)) == pytest.approx(t, abs=1e-6)
    assert parse_iso("2024-02-18T09:00:00+00:00") == parse_iso("2024-02-18T09:00:00Z")
    assert parse_iso("2024-02-18T09:00:00Z").tzinfo is not None


def test_parse_iso_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="isoformat"):
        parse_iso("yesterday")


def test_utcnow_is_aware() -> None:
    assert utcnow().tzinfo is UTC
