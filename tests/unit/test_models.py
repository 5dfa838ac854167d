import json

import pytest
from pydantic import ValidationError

from monitor.core.models import TemplateIn, alert_id_for
from monitor.storage.registry import parse_template_lines


def test_alert_id_is_stable_and_distinct() -> None:
    assert alert_id_for("p1", "t1") == alert_id_for("p1", "t1")
    assert alert_id_for("p1", "t1") != alert_id_for("p1", "t2")
    assert alert_id_for("p1", "t1") != alert_id_for("p", "1t1")


def test_template_exemplars_cover_text_examples_negatives() -> None:
    t = TemplateIn(
        id="x", category="scam", severity="high", text="claim text", examples=("e1", "e2"), negatives=("n1",)
    )
    assert t.exemplars() == [
        ("text", 0, "claim text"),
        ("example", 0, "e1"),
        ("example", 1, "e2"),
        ("negative", 0, "n1"),
    ]


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "has space", "category": "scam", "severity": "high", "text": "abc"},
        {"id": "x", "category": "Scam!", "severity": "high", "text": "abc"},
        {"id": "x", "category": "scam", "severity": "urgent", "text": "abc"},
        {"id": "x", "category": "scam", "severity": "high", "text": "   "},
        {"id": "x", "category": "scam", "severity": "high", "text": "abc", "examples": "not a list"},
        {"id": "x", "category": "scam", "severity": "high", "text": "abc", "examples": [""]},
        {"id": "x", "category": "scam", "severity": "high", "text": "abc", "threshold": 1.5},
    ],
)
def test_invalid_templates(bad: dict) -> None:
    with pytest.raises(ValidationError):
        TemplateIn.model_validate(bad)


def test_import_parser_reports_line_numbers_and_keeps_the_rest() -> None:
    lines = [
        json.dumps({"id": "a", "category": "rumour", "severity": "high", "text": "alpha claim"}),
        "",
        "{broken",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "b", "category": "scam", "severity": "nope", "text": "beta"}),
        json.dumps({"id": "c", "category": "scam", "severity": "low", "text": "gamma claim"}),
    ]
    good, rejected = parse_template_lines(lines)
    assert [t.id for t in good] == ["a", "c"]
    assert [r["line"] for r in rejected] == [3, 4, 5]
    assert "severity" in rejected[2]["reason"]
