from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.ingest import RawMessage, dead_letter, parse_post
from monitor.errors import PostInvalid


def test_parses_a_contract_post() -> None:
    raw = json.dumps(
        {
            "id": "p1",
            "text": "hello",
            "author": "a",
            "platform": "weibo",
            "lang": "en",
            "url": "https://x",
            "created_at": "2024-02-18T09:00:00Z",
            "extra": 1,
        }
    ).encode()
    post = parse_post(raw)
    assert post.id == "p1"
    assert post.created_at is not None
    assert post.created_at.year == 2024
    assert not post.truncated


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "invalid_json"),
        (b"   ", "invalid_json"),
        (None, "invalid_json"),
        (b"not json", "invalid_json"),
        (b'{"id": "x", "text": "trunc', "invalid_json"),
        (b"\xff\xfe{}", "invalid_json"),
        (b"[1, 2]", "invalid_schema"),
        (b"42", "invalid_schema"),
        (b"null", "invalid_schema"),
        (b'{"text": "no id"}', "invalid_schema"),
        (b'{"id": 5, "text": "x"}', "invalid_schema"),
        (b'{"id": "x", "text": null}', "invalid_schema"),
        (b'{"id": "", "text": "x"}', "invalid_schema"),
        (b'{"id": "x", "text": "y", "created_at": "yesterday"}', "invalid_schema"),
        (b'{"id": "x", "text": "y", "author": {"a": 1}}', "invalid_schema"),
        (b"[" * 5000 + b"]" * 5000, "invalid_json"),
    ],
)
def test_rejects_bad_input_with_a_reason(raw: bytes | None, reason: str) -> None:
    with pytest.raises(PostInvalid) as info:
        parse_post(raw)
    assert info.value.reason == reason
    assert info.value.detail


def test_long_text_is_truncated_and_flagged() -> None:
    post = parse_post(json.dumps({"id": "p", "text": "a" * 10_000}).encode(), max_text_chars=4000)
    assert len(post.text) == 4000
    assert post.truncated


def test_dead_letter_keeps_raw_and_position() -> None:
    rec = dead_letter(RawMessage(b"\xffbad", "posts", 3, 17), "invalid_json: x")
    assert rec["error"] == "invalid_json: x"
    assert rec["partition"] == 3
    assert rec["offset"] == 17
    assert rec["raw"] == "\\xffbad"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_parser_never_raises_anything_but_post_invalid(raw: bytes) -> None:
    try:
        post = parse_post(raw)
    except PostInvalid as exc:
        assert exc.reason in {"invalid_json", "invalid_schema"}
    else:
        assert isinstance(post.id, str)
        assert post.id


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["id", "text", "author", "lang", "created_at", "url", "x"]),
        st.one_of(st.none(), st.integers(), st.text(max_size=50), st.lists(st.integers())),
    )
)
def test_parser_on_arbitrary_objects(obj: dict) -> None:
    try:
        post = parse_post(json.dumps(obj).encode())
    except PostInvalid as exc:
        assert exc.reason == "invalid_schema"
    else:
        assert post.id == obj["id"]
        assert post.text == obj["text"]


# --- hostile input properties (docs/RELIABILITY.md) ---------------------------------------------------------
post_ids = st.text(min_size=1, max_size=256)
post_texts = st.text(max_size=600)


@settings(max_examples=300, deadline=None)
@given(post_ids, post_texts, st.integers(min_value=100, max_value=500))
def test_a_valid_post_round_trips_and_long_text_is_cut_and_flagged(pid: str, text: str, limit: int) -> None:
    raw = json.dumps({"id": pid, "text": text})  # ensure_ascii: \u escapes, emoji as surrogate pairs
    post = parse_post(raw.encode(), max_text_chars=limit)
    assert post.id == pid
    assert post.text == text[:limit]
    assert post.truncated == (len(text) > limit)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=200))
def test_garbage_around_a_post_never_escapes_as_another_exception(junk: bytes, cut: int) -> None:
    good = json.dumps({"id": "p", "text": "a post"}).encode()
    for raw in (junk + good, good + junk, good[:cut] + junk, junk.replace(b"\x00", b"\xff")):
        try:
            parse_post(raw)
        except PostInvalid as exc:
            assert exc.reason in {"invalid_json", "invalid_schema"}
            assert len(str(exc)) < 2000, "the reason stays short: it goes in every dead letter"


def test_the_chaos_hostile_set_is_dead_lettered_or_decided_never_raised() -> None:
    from monitor.tools.chaos import hostile_inputs

    verdicts = {}
    for label, raw in hostile_inputs():
        try:
            post = parse_post(raw)
        except PostInvalid as exc:
            verdicts[label] = exc.reason
        else:
            verdicts[label] = "truncated" if post.truncated else "ok"
    assert verdicts["2 MB text"] == verdicts["100k emoji"] == "truncated"
    assert verdicts["control chars"] == verdicts["empty text"] == verdicts["template-like text"] == "ok"
    for label in ("empty", "null message", "not json", "truncated json", "invalid utf-8", "deeply nested"):
        assert verdicts[label] == "invalid_json", label
    for label in ("array", "number", "json null", "missing id", "numeric id", "object text", "id too long"):
        assert verdicts[label] == "invalid_schema", label
