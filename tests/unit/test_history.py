"""The template history's diff: what changed per version, field by field (pure)."""

from __future__ import annotations

import json

from monitor.core.history import field_changes, line_diff, word_diff


def test_word_diff_marks_only_the_changed_words_and_keeps_spacing() -> None:
    pieces = word_diff("Sora course for 99 yuan, scan the QR", "Sora course for 199 yuan, scan the QR code")
    assert pieces == [
        ("equal", "Sora course for "),
        ("delete", "99"),
        ("insert", "199"),
        ("equal", " yuan, scan the QR"),
        ("insert", " code"),
    ]
    spaced = word_diff("a  b c", "a b  c d")
    assert "".join(t for op, t in spaced if op != "insert") == "a  b c"  # both sides come back exactly
    assert "".join(t for op, t in spaced if op != "delete") == "a b  c d"


def test_identical_texts_are_one_equal_piece() -> None:
    assert word_diff("same words", "same words") == [("equal", "same words")]


def test_line_diff_of_phrasings() -> None:
    assert line_diff(["a", "b", "c"], ["a", "c", "d"]) == [
        ("equal", "a"),
        ("delete", "b"),
        ("equal", "c"),
        ("insert", "d"),
    ]


def test_field_changes_by_kind_from_the_registry_record() -> None:
    record = json.dumps(
        {
            "text": ["Sora is open to everyone", "Sora is open to everyone now <b>free</b>"],
            "examples": [["one"], ["one", "two"]],
            "threshold": [None, 0.8],
            "enabled": [True, False],
            "source_url": [None, "https://example.org"],
        }
    )
    by_field = {c["field"]: c for c in field_changes(record)}
    assert [c["field"] for c in field_changes(record)] == sorted(by_field)
    assert by_field["text"]["kind"] == "text"
    assert ("insert", " now <b>free</b>") in by_field["text"]["pieces"]  # data, escaped when rendered
    assert by_field["examples"]["kind"] == "lines"
    assert by_field["examples"]["pieces"] == [("equal", "one"), ("insert", "two")]
    assert by_field["threshold"]["kind"] == "value" and by_field["threshold"]["after"] == 0.8
    assert by_field["enabled"]["kind"] == "value"
    assert by_field["source_url"]["kind"] == "value"


def test_unreadable_changes_give_nothing() -> None:
    assert field_changes("not json") == []
    assert field_changes(None) == []
    assert field_changes("{}") == []
    assert field_changes({"text": "not a pair"}) == []
