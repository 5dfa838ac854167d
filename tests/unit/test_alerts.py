"""monitor.core.alerts.build_alert: the one alert builder of the live path and retro-match."""

from __future__ import annotations

import pytest

from monitor.core.alerts import build_alert
from monitor.core.matching import Decision
from monitor.core.models import Template, alert_id_for

TEMPLATE = Template(
    id="open",
    category="rumour",
    severity="high",
    text="sora is open to everyone",
    version=4,
    source_url="https://factcheck.example/sora",
)
POST = {"id": "p1", "text": "Sora is open to all now!", "lang": "en", "author": "a"}


def _decision(score: float | None = 0.91234) -> Decision:
    return Decision(
        "p1", score is not None, "open" if score else None, score, [], {"scores": {"fused": score}}
    )


def test_live_alert_fields() -> None:
    alert = build_alert(POST, TEMPLATE, _decision(), created_at="2024-02-18T09:00:00.000Z")
    assert alert.alert_id == alert_id_for("p1", "open")
    assert (alert.post_id, alert.template_id, alert.template_version) == ("p1", "open", 4)
    assert (alert.category, alert.severity, alert.score) == ("rumour", "high", 0.9123)
    assert alert.post == POST and alert.created_at == "2024-02-18T09:00:00.000Z"
    assert alert.retroactive is False
    assert alert.explanation == {
        "scores": {"fused": 0.91234},
        "template_text": "sora is open to everyone",
        "lang": "en",
        "source_url": "https://factcheck.example/sora",
    }


def test_runbook_link_template_first_then_the_default() -> None:
    default = "docs/runbooks/template-spreading.md"
    alert = build_alert(POST, TEMPLATE, _decision(), created_at="t", default_runbook_url=default)
    assert alert.explanation["runbook_url"] == default
    own = TEMPLATE.model_copy(update={"runbook_url": "https://wiki/sora-open"})
    alert = build_alert(POST, own, _decision(), created_at="t", default_runbook_url=default)
    assert alert.explanation["runbook_url"] == "https://wiki/sora-open"


def test_no_lang_no_runbook_no_source_leave_no_keys() -> None:
    bare = TEMPLATE.model_copy(update={"source_url": None})
    alert = build_alert({"id": "p1", "text": "x"}, bare, _decision(), created_at="t")
    assert set(alert.explanation) == {"scores", "template_text"}


def test_retroactive_alert_is_flagged_and_carries_the_extra_explanation() -> None:
    alert = build_alert(
        POST,
        TEMPLATE,
        _decision(),
        created_at="t",
        retroactive=True,
        extra_explanation={"retroactive": True, "post_seen_at": "2024-02-18T08:00:00.000Z"},
    )
    assert alert.retroactive is True
    assert alert.explanation["post_seen_at"] == "2024-02-18T08:00:00.000Z"
    assert alert.alert_id == build_alert(POST, TEMPLATE, _decision(), created_at="t").alert_id


def test_an_unmatched_decision_makes_no_alert() -> None:
    with pytest.raises(ValueError, match="not a match"):
        build_alert(POST, TEMPLATE, _decision(None), created_at="t")


def test_the_alert_carries_the_decision_confidence() -> None:
    import dataclasses

    decision = dataclasses.replace(_decision(), confidence=0.87)
    assert build_alert(POST, TEMPLATE, decision, created_at="t").confidence == 0.87
