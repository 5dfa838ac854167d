"""The chaos scorecard (pure): what counts as lost, duplicated and dead-lettered."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from monitor.core.models import alert_id_for
from monitor.tools import chaos
from monitor.tools.chaos import demo_posts, hostile_inputs, score


def _match(pid: str, template: str | None = None) -> dict[str, object]:
    return {"post_id": pid, "matched": template is not None, "template_id": template}


def _alert(pid: str, template: str) -> dict[str, object]:
    return {"alert_id": alert_id_for(pid, template), "post_id": pid, "template_id": template}


def _dlq(partition: int, offset: int, reason: str = "invalid_json") -> dict[str, object]:
    return {"error": f"{reason}: x", "raw": "", "partition": partition, "offset": offset}


def test_a_clean_run_scores_zero_lost_and_zero_duplicates() -> None:
    r = score(
        "s",
        sent=4,
        good_ids={"a", "b", "c"},
        dlq_expected={(0, 7)},
        matches=[_match("a", "t1"), _match("b"), _match("c"), _match("a", "t1")],  # a redelivered
        alerts=[_alert("a", "t1")],
        dlq=[_dlq(0, 7)],
    )
    assert (r.decided, r.lost, r.duplicate_alerts, r.dead_lettered, r.redelivered) == (3, 0, 0, 1, 1)
    assert r.ok


def test_missing_records_and_second_alerts_are_counted() -> None:
    r = score(
        "s",
        sent=4,
        good_ids={"a", "b", "c"},
        dlq_expected={(0, 7), (1, 2)},
        matches=[_match("a", "t1"), _match("b", "t2")],
        alerts=[_alert("a", "t1"), _alert("a", "t1"), _alert("a", "t1")],
        dlq=[_dlq(0, 7), _dlq(3, 3, "mystery")],
    )
    assert r.lost == 2  # c never decided, (1, 2) never dead-lettered
    assert r.duplicate_alerts == 2
    assert r.alerts_missing == 1  # b matched t2 but no alert
    assert any("without a known reason" in f for f in r.failures)
    assert any("should have been processed" in f for f in r.failures)
    assert not r.ok


def test_inputs_are_unique_and_bounded() -> None:
    posts = demo_posts(600, "x")
    assert len({p for p in posts}) == 600
    labels = [label for label, _ in hostile_inputs()]
    assert len(labels) == len(set(labels))
    assert max(len(raw or b"") for _, raw in hostile_inputs()) < 8 * 1024 * 1024


def test_a_lost_post_is_named_with_its_place_and_the_groups_committed_offset(monkeypatch: Any) -> None:
    """The note tells a loss (the group committed past the post) from slowness (it had not got there)."""
    monkeypatch.setattr(chaos, "committed_offsets", lambda settings: {0: 8, 1: 3})
    producer = SimpleNamespace(
        acked={0: (0, 5), 1: (1, 4), 2: (0, 6), 3: (1, 2)},
        values=[b'{"id": "p0"}', b'{"id": "p1"}', b"not json", None],
    )
    run = SimpleNamespace(settings=None, notes=[])
    notes = chaos._lost_notes(run, producer, {"p0", "p1"})  # type: ignore[arg-type]
    assert notes == [
        "lost p0: partition 0 offset 5; committed 8 (past it)",
        "lost p1: partition 1 offset 4; committed 3 (not past it)",
    ]
