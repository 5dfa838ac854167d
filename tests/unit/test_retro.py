"""Retro-match's pure parts with plain values: stream ids, which changes re-check the window, matching the
window with the live decision code, and the alert it makes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from monitor.core.lexical import LexicalChannel
from monitor.core.matching import MatchPolicy
from monitor.core.models import Template, alert_id_for
from monitor.embedding import HashingEmbedder
from monitor.pipeline.retro import (
    WindowPost,
    complete_window,
    later_id,
    match_templates,
    match_window,
    needs_retro,
    parse_stream_id,
    retro_alert,
)

EMB = HashingEmbedder()
POLICY = MatchPolicy(default_threshold=0.5)
TEMPLATE = Template(
    id="course",
    category="scam",
    severity="critical",
    text="paid sora video course for 99 yuan scan the qr code to join the group",
    negatives=("paid sora video courses are a scam, do not scan the qr code or join the group",),
    version=3,
    source_url="https://example.org/check",
)


def _exemplars(template: Template) -> list[tuple[str, int, str, np.ndarray]]:
    ex = template.exemplars()
    vecs = EMB.encode_passages([text for *_, text in ex])
    return [(kind, i, text, vecs[n]) for n, (kind, i, text) in enumerate(ex)]


def _window(texts: list[str]) -> tuple[list[WindowPost], np.ndarray]:
    posts = [
        WindowPost(f"p{i}", {"id": f"p{i}", "text": t}, 1_700_000_000_000 + i) for i, t in enumerate(texts)
    ]
    return posts, EMB.encode_queries(texts)


def test_stream_ids() -> None:
    assert parse_stream_id("1700000000000-3") == (1700000000000, 3)
    assert parse_stream_id(b"17-0") == (17, 0)
    assert parse_stream_id("17") == (17, 0)
    assert later_id("10-2", "9-5") == "10-2"
    assert later_id("10-2", "10-10") == "10-10", "compared as numbers, not strings"
    assert later_id(None, "1-0") == "1-0" and later_id("1-0", None) == "1-0"


@pytest.mark.parametrize(
    ("action", "changes", "expected"),
    [
        ("add", {}, True),
        ("update", {"text": ["a", "b"]}, True),
        ("update", {"examples": [[], ["x"]]}, True),
        ("update", {"negatives": [[], ["x"]]}, True),
        ("update", {"threshold": [0.6, 0.5]}, True),
        ("update", {"severity": ["low", "high"]}, False),
        ("update", {"source_url": [None, "u"]}, False),
        ("enable", {"enabled": [False, True]}, False),
        ("disable", {"enabled": [True, False]}, False),
        ("remove", {}, False),
    ],
)
def test_which_changes_re_check_the_window(action: str, changes: dict[str, object], expected: bool) -> None:
    assert needs_retro({"action": action, "changes": json.dumps(changes)}) is expected


def test_unreadable_changes_err_on_re_checking() -> None:
    assert needs_retro({"action": "update", "changes": "{oops"}) is True


def test_match_window_uses_the_live_decision_rules() -> None:
    posts, vectors = _window(
        [
            "paid sora video course for 99 yuan, scan the qr code and join the group now",  # matches
            "paid sora video courses are a scam, do not scan the qr code or join the group",  # the negative
            "lovely dim sum lunch with my family in guangzhou today",  # unrelated
            "sora course 99",  # too short to judge
        ]
    )
    found = match_window(posts, vectors, TEMPLATE, _exemplars(TEMPLATE), POLICY)
    assert [p.post_id for p, _ in found] == ["p0"]
    decision = found[0][1]
    assert decision.template_id == "course" and decision.score is not None and decision.score > 0.5
    assert decision.explanation["nearest_exemplar"]["kind"] == "text"


def test_match_window_respects_the_template_threshold() -> None:
    # dense 0.75, fused 0.88 (BM25 and the shared scam signals add to it, as live)
    posts, vectors = _window(["sora video course for 99 yuan, join the group now"])
    strict = TEMPLATE.model_copy(update={"threshold": 0.9})
    assert match_window(posts, vectors, strict, _exemplars(strict), POLICY) == []
    loose = TEMPLATE.model_copy(update={"threshold": 0.85})
    assert [p.post_id for p, _ in match_window(posts, vectors, loose, _exemplars(loose), POLICY)] == ["p0"]


def test_match_window_edge_cases() -> None:
    posts, vectors = _window(["anything at all goes here"])
    assert match_window([], np.zeros((0, EMB.dim), np.float32), TEMPLATE, _exemplars(TEMPLATE), POLICY) == []
    assert match_window(posts, vectors, TEMPLATE, [], POLICY) == []
    only_negative = [e for e in _exemplars(TEMPLATE) if e[0] == "negative"]
    assert match_window(posts, vectors, TEMPLATE, only_negative, POLICY) == []
    with pytest.raises(ValueError, match="dim"):
        match_window(posts, vectors[:, :10], TEMPLATE, _exemplars(TEMPLATE), POLICY)


def test_several_templates_in_column_groups_give_the_same_answer() -> None:
    posts, vectors = _window(
        [
            "paid sora video course for 99 yuan, scan the qr code and join the group now",
            "your bank account is locked, click the link and enter your pin to unlock it",
            "lovely dim sum lunch with my family in guangzhou today",
        ]
    )
    bank = Template(
        id="bank",
        category="scam",
        severity="high",
        text="your bank account is locked click the link and enter your pin",
        examples=("account locked, enter your pin at this link to unlock",),
    )
    targets = [(TEMPLATE, _exemplars(TEMPLATE)), (bank, []), (bank, _exemplars(bank))]
    for max_columns in (1, 2, 3, 4096):
        found = match_templates(posts, vectors, targets, POLICY, max_columns=max_columns)
        assert [(p.post_id, t.id) for p, t, _ in found] == [("p0", "course"), ("p1", "bank")], max_columns


def test_a_shared_lexical_channel_keeps_serving_the_live_snapshot() -> None:
    """Retro shares the live processor's BM25 channel: it decides with that index when it serves the
    catalogue, and with a one-off index otherwise, never replacing the live one with its own snapshot."""
    posts, vectors = _window(["paid sora video course for 99 yuan, scan the qr code and join the group now"])
    other = Template(id="other", category="rumour", severity="low", text="sora is open to everyone today")
    catalogue = {"course": TEMPLATE, "other": other}
    channel = LexicalChannel(background_above=1)
    assert channel.ready(catalogue)
    live_index = channel.index_for(catalogue)
    expected = match_templates(
        posts, vectors, [(TEMPLATE, _exemplars(TEMPLATE))], POLICY, catalogue=dict(catalogue), lexical=None
    )
    assert expected, "the post must match, or the comparison below proves nothing"

    # the catalogue is the live snapshot: the shared index is used as it is
    found = match_templates(
        posts, vectors, [(TEMPLATE, _exemplars(TEMPLATE))], POLICY, catalogue=catalogue, lexical=channel
    )
    assert [(p.post_id, d.score) for p, _, d in found] == [(p.post_id, d.score) for p, _, d in expected]
    assert channel.index_for(catalogue) is live_index

    # a new version the catalogue has not loaded yet: decided on a one-off index; the live one stays
    newer = TEMPLATE.model_copy(update={"version": TEMPLATE.version + 1})
    found = match_templates(
        posts, vectors, [(newer, _exemplars(newer))], POLICY, catalogue=catalogue, lexical=channel
    )
    assert [p.post_id for p, _, _ in found] == ["p0"]
    assert channel.index_for(catalogue) is live_index, "the live index was not replaced by retro's snapshot"


def test_retro_alert_has_the_live_alert_id_and_is_flagged() -> None:
    posts, vectors = _window(["paid sora video course for 99 yuan, scan the qr code and join the group now"])
    ((post, decision),) = match_window(posts, vectors, TEMPLATE, _exemplars(TEMPLATE), POLICY)
    alert = retro_alert(post, TEMPLATE, decision, "2024-02-18T09:00:00.000Z", "https://wiki/runbooks/x.md")
    assert alert.alert_id == alert_id_for("p0", "course")
    assert alert.retroactive is True and alert.explanation["retroactive"] is True
    assert alert.explanation["post_seen_at"] == "2023-11-14T22:13:20.000Z"
    # the same fields as a live alert: the default runbook (the template has none) and its source
    assert alert.explanation["runbook_url"] == "https://wiki/runbooks/x.md"
    assert alert.explanation["source_url"] == "https://example.org/check"
    assert (alert.template_version, alert.severity, alert.category) == (3, "critical", "scam")
    assert alert.post == {"id": "p0", "text": post.text}
    assert alert.explanation["source_url"] == "https://example.org/check"
    assert alert.explanation["post_seen_at"] == "2023-11-14T22:13:20.000Z"
    assert alert.explanation["template_text"] == TEMPLATE.text


def test_complete_window_fills_the_gate_decided_posts_the_recheck_passes() -> None:
    posts, vectors = _window(["sora course 99 yuan", "hiking tomorrow", "dinner at seven", "qr code group"])
    # p1 and p2 were decided by the gate: stored without a vector (zeros)
    posts = [
        WindowPost(p.post_id, p.post, p.seen_ms, has_vector=i not in (1, 2)) for i, p in enumerate(posts)
    ]
    stored = vectors.copy()
    stored[[1, 2]] = 0.0
    asked: list[tuple[list[str], list[str]]] = []

    def recheck(ids: list[str], texts: list[str]) -> tuple[list[int], np.ndarray]:
        asked.append((list(ids), list(texts)))
        return [1], EMB.encode_queries([texts[1]])  # the gate passes "dinner at seven" only

    done = complete_window(posts, stored, recheck)  # type: ignore[arg-type]
    assert asked == [(["p1", "p2"], ["hiking tomorrow", "dinner at seven"])], "only posts without a vector"
    assert [p.post_id for p in done.posts] == ["p0", "p2", "p3"], "the gate's leftovers cannot match"
    assert np.allclose(done.vectors, vectors[[0, 2, 3]])
    assert (done.rechecked, done.to_model) == (2, 1)
    assert np.allclose(stored[[1, 2]], 0.0), "the caller's array is not written to"

    # no recheck (no cascade): posts without a vector are left out; none missing: nothing is asked
    alone = complete_window(posts, stored, None)
    assert [p.post_id for p in alone.posts] == ["p0", "p3"] and alone.rechecked == 0
    full, _ = _window(["a", "b"])
    assert complete_window(full, EMB.encode_queries(["a", "b"]), recheck).rechecked == 0
    assert len(asked) == 1


def test_complete_window_of_gate_decided_posts_only_takes_the_recheck_dimension() -> None:
    posts = [WindowPost(f"g{i}", {"id": f"g{i}", "text": t}, 1, has_vector=False) for i, t in enumerate("ab")]
    done = complete_window(
        posts, np.zeros((2, 0), np.float32), lambda ids, texts: ([0, 1], EMB.encode_queries(texts))
    )
    assert done.vectors.shape == (2, EMB.dim) and [p.post_id for p in done.posts] == ["g0", "g1"]
    empty = complete_window(posts, np.zeros((2, 0), np.float32), lambda ids, texts: ([], np.zeros((0, 0))))
    assert empty.posts == [] and empty.to_model == 0
    with pytest.raises(ValueError, match="recheck vectors"):
        complete_window(posts, np.zeros((2, 3), np.float32), lambda ids, texts: ([0], np.zeros((1, 5))))
