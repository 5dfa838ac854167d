"""BM25 lexical channel: plain values, no model."""

from __future__ import annotations

import math
import threading
import time
from typing import Any

import numpy as np
import pytest

from monitor.core.lexical import LexicalChannel, LexicalIndex, lexical_terms, stem
from monitor.core.models import Template


def _template(
    tid: str, text: str, examples: tuple[str, ...] = (), negatives: tuple[str, ...] = ()
) -> Template:
    return Template(
        id=tid, category="rumour", severity="low", text=text, examples=examples, negatives=negatives
    )


@pytest.mark.parametrize(
    ("token", "same_as"),
    [
        ("inventors", "inventor"),
        ("parties", "party"),
        ("boxes", "box"),
        ("mayor's", "mayor"),
        ("glasses", "glass"),
        ("sora’s", "sora"),
    ],
)
def test_stem_merges_the_forms_of_a_word(token: str, same_as: str) -> None:
    assert stem(token) == stem(same_as)


@pytest.mark.parametrize("token", ["bus", "glass", "covid19", "gpt4", "is", "ai", "99"])
def test_stem_keeps_short_words_names_and_figures(token: str) -> None:
    assert stem(token) == token


def test_terms_drop_stopwords_and_read_obfuscation() -> None:
    assert lexical_terms("The B4NK is giving away FREE phones!") == [
        "bank",
        "giving",
        "away",
        "free",
        "phone",
    ]


def test_chinese_runs_become_character_bigrams_beside_latin_words() -> None:
    assert lexical_terms("谢赛宁，上交大 Sora inventors 99元") == [
        "谢赛",
        "赛宁",
        "上交",
        "交大",
        "sora",
        "inventor",
        "99",
        "元",  # a lone character stays itself
    ]


def test_chinese_posts_share_words_not_just_characters_with_chinese_templates() -> None:
    index = LexicalIndex(
        [
            ("install", "破解版Sora安装包下载，装好就能生成视频"),
            ("course", "99元Sora速成课程，扫码进群"),
        ]
    )
    paraphrase = dict(index.score(["Sora电脑版安装包已出，点链接获取下载地址"]).top(0, 2))
    assert max(paraphrase, key=lambda t: paraphrase[t]) == "install"
    # shares single characters (就, 能, 的...) with both templates, but no two-character word
    assert index.score(["周末去吃了一家新开的火锅店，味道还不错，就是排队太久"]).top(0, 2) == []


def test_bm25_matches_the_textbook_formula() -> None:
    index = LexicalIndex([("a", "red apple pie"), ("b", "green apple"), ("c", "blue sky")], k1=1.2, b=0.75)
    scores = dict(index.score(["apple pie"]).top(0, 3))
    n, avgdl = 3, (3 + 2 + 2) / 3

    def idf(df: int) -> float:
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def part(tf: int, dl: int) -> float:
        return tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * dl / avgdl))

    assert scores["a"] == pytest.approx(idf(2) * part(1, 3) + idf(1) * part(1, 3), rel=1e-5)
    assert scores["b"] == pytest.approx(idf(2) * part(1, 2), rel=1e-5)
    assert "c" not in scores  # no shared word, no score


def test_template_scores_its_best_exemplar() -> None:
    index = LexicalIndex(
        [
            ("t", "a long text about bridges and rivers and tolls"),
            ("t", "bridge toll free"),
            ("u", "toll roads"),
        ]
    )
    best = index.score(["toll free bridge"])
    assert best.top(0, 1)[0][0] == "t"
    alone = LexicalIndex([("t", "bridge toll free")]).score(["toll free bridge"]).value(0, 0)
    assert best.value(0, index.position("t") or 0) > 0 and alone > 0


def test_empty_index_and_empty_batch() -> None:
    empty = LexicalIndex([])
    assert len(empty) == 0
    assert empty.score(["anything"]).top(0, 5) == []
    assert LexicalIndex([("a", "x y")]).score([]).scores.shape == (0, 1)


def test_channel_rows_include_dense_candidates_and_follow_the_catalogue() -> None:
    channel = LexicalChannel()
    cat1 = {
        "bridge": _template(
            "bridge", "The old bridge will close for a year", examples=("bridge closed for repairs",)
        ),
        "refund": _template("refund", "Tax refund text message asks for your card number"),
        "other": _template(
            "other", "Completely unrelated weather report", negatives=("bridge bridge bridge",)
        ),
    }
    rows = channel.rows(cat1, ["the bridge closes next month", "tax refund"], [["other"], []], k=1)
    assert list(rows[0]) == [
        "bridge"
    ]  # top-1 only; "other" shares no positive word (negatives are not indexed)
    assert set(rows[1]) == {"refund"}
    first = channel.index_for(cat1)
    assert channel.index_for(cat1) is first  # same snapshot, same index
    cat2 = {**cat1, "new": _template("new", "Bridge toll doubles in March")}
    assert channel.index_for(cat2) is not first and len(channel.index_for(cat2)) == 4


def test_channel_rebuilds_large_catalogues_in_the_background() -> None:
    channel = LexicalChannel(background_above=1)
    cat1 = {"a": _template("a", "alpha beta gamma"), "b": _template("b", "delta epsilon")}
    old = channel.index_for(cat1)  # first build: synchronous
    cat2 = {**cat1, "c": _template("c", "zeta eta theta")}
    assert channel.index_for(cat2) is old  # keeps serving while the new one builds
    _wait_built(channel)
    assert len(channel.index_for(cat2)) == 3


def test_scores_value_reads_the_csr_row_like_scipy_indexing() -> None:
    from scipy import sparse

    from monitor.core.lexical import LexicalScores

    rng = np.random.default_rng(0)
    m = sparse.random(20, 50, density=0.2, format="csr", random_state=1, dtype=np.float32)
    ref = m.toarray()
    shuffled = m.copy()
    for r in range(20):  # the same matrix with unsorted column indices
        a, b = shuffled.indptr[r], shuffled.indptr[r + 1]
        perm = rng.permutation(b - a)
        shuffled.indices[a:b] = shuffled.indices[a:b][perm]
        shuffled.data[a:b] = shuffled.data[a:b][perm]
    shuffled.has_sorted_indices = False
    for matrix in (m, shuffled):
        scores = LexicalScores([str(i) for i in range(50)], matrix)
        got = np.array([[scores.value(r, c) for c in range(50)] for r in range(20)])
        assert np.allclose(got, ref)


def _wait_built(channel: LexicalChannel) -> None:
    for _ in range(500):
        if channel._building is None:
            return
        time.sleep(0.01)
    raise AssertionError("the background build did not finish")


def test_ready_says_whether_the_index_serves_this_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    small = {"a": _template("a", "alpha beta")}
    assert LexicalChannel(background_above=5).ready(small), "a small catalogue is built at once"

    channel = LexicalChannel(background_above=1)
    cat1 = {"a": _template("a", "alpha beta"), "b": _template("b", "delta epsilon")}
    assert channel.ready(cat1), "the first build is synchronous"
    # a background build waits for the test's go, so "not ready yet" is read while it surely runs (a build
    # of three templates can otherwise finish before ready() looks)
    go = threading.Event()
    real_build = channel._build

    def held_build(templates: Any) -> Any:
        assert go.wait(5), "the test never let the background build go"
        return real_build(templates)

    monkeypatch.setattr(channel, "_build", held_build)
    cat2 = {**cat1, "c": _template("c", "zeta eta")}
    assert not channel.ready(cat2), "a large catalogue's rebuild runs in the background"
    go.set()
    _wait_built(channel)
    assert channel.ready(cat2)
    go.clear()
    copy = {**cat2}
    assert not channel.ready(copy), "a new snapshot object (a reload) is a new index, even with equal content"
    go.set()
    _wait_built(channel)
    assert channel.ready(copy)


def test_ready_builds_in_the_foreground_after_a_failed_background_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    channel = LexicalChannel(background_above=1)
    cat1 = {"a": _template("a", "alpha beta"), "b": _template("b", "delta epsilon")}
    channel.ready(cat1)
    cat2 = {**cat1, "c": _template("c", "zeta eta")}
    real_build = channel._build
    monkeypatch.setattr(channel, "_build", lambda templates: (_ for _ in ()).throw(RuntimeError("boom")))
    assert not channel.ready(cat2)
    _wait_built(channel)
    assert channel.stale and channel.rebuild_failures == 1
    monkeypatch.setattr(channel, "_build", real_build)
    assert channel.ready(cat2), "a caller that must decide on this snapshot is not left waiting"
    assert not channel.stale and len(channel.index_for(cat2)) == 3
