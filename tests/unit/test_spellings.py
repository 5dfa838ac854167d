"""Registered spellings of a wave's name (索拉 for Sora): the pure reading and the processor's use of it."""

from __future__ import annotations

import json

import numpy as np
import pytest
from pydantic import ValidationError

from monitor.core.ingest import RawMessage
from monitor.core.spellings import SpellingIn, Spellings, parse_spelling_lines
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.retro import WindowPost, rows_with_spellings, spelling_set

from .test_pipeline import TEMPLATES, build

SORA = Spellings.of(
    [
        SpellingIn(alias="索拉", name="Sora"),
        SpellingIn(alias="嗦啦", name="Sora"),
        SpellingIn(alias="S0ra", name="Sora"),
        SpellingIn(alias="Suola", name="Sora"),
    ]
)


@pytest.mark.parametrize(
    ("text", "read", "found"),
    [
        ("索拉这玩意儿其实是咱中国人造的", "Sora这玩意儿其实是咱中国人造的", ["索拉"]),
        ("索拉app来了", "Sora app来了", ["索拉"]),  # a name next to a letter gets a space
        ("下载3索拉", "下载3 Sora", ["索拉"]),
        ("嗦啦(Sora)全面放开啦", "Sora(Sora)全面放开啦", ["嗦啦"]),
        ("s0ra is open, S0RA for all", "Sora is open, Sora for all", ["S0ra"]),  # any case, once each
        ("s0rano and as0ra stay", "s0rano and as0ra stay", []),  # a Latin alias is a whole word
        ("索拉 and suola: 索拉", "Sora and Sora: Sora", ["索拉", "Suola"]),  # order of first appearance
        ("nothing to read here", "nothing to read here", []),
    ],
)
def test_read_replaces_each_registered_spelling_by_its_name(text: str, read: str, found: list[str]) -> None:
    assert SORA.read(text) == (read, found)


def test_the_longest_spelling_wins_and_no_spellings_reads_nothing() -> None:
    both = Spellings({"索拉": "Sora", "索拉视频": "Sora video"})
    assert both.read("索拉视频来了，索拉也来了") == ("Sora video来了，Sora也来了", ["索拉视频", "索拉"])
    assert Spellings().read("索拉") == ("索拉", [])
    assert not Spellings() and len(SORA) == 4


@pytest.mark.parametrize(
    ("alias", "name", "reason"),
    [
        ("索", "Sora", "at least two characters"),
        ("s", "Sora", "at least two characters"),
        ("SORA", "sora", "is the name itself"),
        ("  ", "Sora", "is blank"),
        ("索拉", "", "is blank"),
        ("x" * 65, "Sora", "longer than 64"),
    ],
)
def test_a_spelling_that_would_misread_posts_is_refused(alias: str, name: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        SpellingIn(alias=alias, name=name)


def test_spacing_inside_a_spelling_is_folded() -> None:
    assert SpellingIn(alias=" open  ai ", name="OpenAI").alias == "open ai"


def test_a_spellings_file_reports_each_bad_line_and_keeps_the_rest() -> None:
    good, rejected = parse_spelling_lines(
        [
            '{"alias": "索拉", "name": "Sora"}',
            "",
            "# registered after the 2024-02 wave",
            "{oops",
            '{"alias": "x", "name": "Sora"}',
            '{"alias": "嗦啦", "name": "Sora", "note": "extra"}',
        ]
    )
    assert good == [SpellingIn(alias="索拉", name="Sora")]
    assert [r["line"] for r in rejected] == [4, 5, 6]
    assert str(rejected[0]["reason"]).startswith("not JSON")
    assert "at least two" in str(rejected[1]["reason"])
    assert "note" in str(rejected[2]["reason"])


def _message(post: dict[str, str], offset: int = 0) -> RawMessage:
    return RawMessage(json.dumps(post).encode(), "posts", 0, offset, 1.0)


COURSE = "Sora video course for 99 yuan, scan the QR code to join the paid group now"


def test_the_processor_decides_a_respelt_post_as_if_it_named_the_name() -> None:
    """A registered spelling: the post is embedded, read and decided exactly as the post written with the
    name (same score, same decision); the alert keeps the post as written and names the spelling read."""
    plain, _ = build()
    named = plain.process([_message({"id": "n", "text": COURSE})])
    unread = plain.process([_message({"id": "a", "text": COURSE.replace("Sora", "Suola")})])
    assert named.matches[0].score != unread.matches[0].score, "the spelling changes what is embedded"

    spelled, _ = build()
    spelled.catalogue = StaticCatalogue({t.id: t for t in TEMPLATES}, spellings=SORA)
    out = spelled.process([_message({"id": "a", "text": COURSE.replace("Sora", "Suola")})])
    assert out.matches[0].score == named.matches[0].score
    assert out.matches[0].template_id == named.matches[0].template_id == "course"
    alert = out.alerts[0]
    assert alert.post["text"] == COURSE.replace("Sora", "Suola"), "the alert shows the post as written"
    assert alert.explanation["spellings"] == [{"alias": "Suola", "name": "Sora"}]
    assert "spellings" not in named.alerts[0].explanation
    assert out.posts[0].text == COURSE.replace("Sora", "Suola"), "clusters and retro keep the original"


def test_retro_decisions_read_the_spellings_as_a_live_batch_does() -> None:
    spelled, _ = build()
    spelled.catalogue = StaticCatalogue({t.id: t for t in TEMPLATES}, spellings=SORA)
    text = COURSE.replace("Sora", "Suola")
    vectors, live = spelled.embed_and_decide([spelled.parse([_message({"id": "a", "text": text})])[0][0][1]])
    retro = spelled.decide_vectors(["a"], [text], np.asarray(vectors))
    assert (retro[0].template_id, retro[0].score) == (live[0].template_id, live[0].score)
    assert (
        retro[0].explanation["spellings"]
        == live[0].explanation["spellings"]
        == [{"alias": "Suola", "name": "Sora"}]
    )
    counted = spelled.metrics.registry.get_sample_value("monitor_spelling_posts_total")
    assert counted == 1, "the live post is counted, the retro one not"


def test_retro_rereads_the_window_posts_that_carry_a_new_spelling() -> None:
    """A spelling registered later re-reads the window: the audit entry that calls for it, and the posts
    that carry it (any case for a Latin spelling, anywhere for a CJK one)."""
    assert spelling_set({"template_id": "", "action": "spelling_set", "alias": "索拉"}) == "索拉"
    assert spelling_set({"template_id": "", "action": "spelling_remove", "alias": "索拉"}) is None
    assert spelling_set({"template_id": "course", "action": "add"}) is None
    posts = [
        WindowPost(pid, {"id": pid, "text": text}, 0)
        for pid, text in [
            ("a", "索拉课程99元，扫码进群"),
            ("b", "SUOLA course, 99 yuan"),
            ("c", "Sora course, 99 yuan"),
            ("d", "suolang is a name"),
        ]
    ]
    assert rows_with_spellings(posts, SORA) == [0, 1]
    assert rows_with_spellings(posts, Spellings()) == []
