"""The cross-script bridge's cheaper segmentation and its caches (monitor/core/bridge.py) give exactly what
the plain algorithm gave: forward maximum matching trying every length, pinyin of every span, glosses
looked up each time."""

from __future__ import annotations

import itertools
import random

from monitor.core.bridge import FUNCTION_CHARS, SURNAMES, CrossScriptBridge, numeral_terms
from monitor.pipeline.bridge import Glossary

# characters from which runs and headwords are drawn: a few function characters among them
CHARS = "课程开源公布权重上海发明谢赛宁张三的了是在大模型视频生成免费下载"
PINYIN = {c: "s" + chr(97 + i // 26) + chr(97 + i % 26) for i, c in enumerate(CHARS)}


def reference_segment(
    glossary: dict[str, tuple[str, ...]], run: str, max_chars: int
) -> list[tuple[str, bool]]:
    """The algorithm as it was: every length from ``max_chars`` down to 2, at every position."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(run):
        for size in range(min(max_chars, len(run) - i), 1, -1):
            if run[i : i + size] in glossary:
                out.append((run[i : i + size], True))
                i += size
                break
        else:
            out.append((run[i], False))
            i += 1
    return out


def reference_terms(glossary: dict[str, tuple[str, ...]], run: str, max_chars: int) -> list[str]:
    """The run's terms as they were computed: no cache anywhere."""

    def names(chars: list[str]) -> list[str]:
        if len(chars) < 2:
            return []
        syllables = [s.lower() for s in (PINYIN[c] for c in chars) if s.isascii() and s.isalpha()]
        if len(syllables) != len(chars):
            return []
        out = [a + b for a, b in itertools.pairwise(syllables)]
        if 3 <= len(syllables) <= 4:
            out.append("".join(syllables))
        for i, ch in enumerate(chars[:-2]):  # a surname and two characters: surname, given name
            if ch in SURNAMES:
                out += [syllables[i], syllables[i + 1] + syllables[i + 2]]
        return list(dict.fromkeys(out))

    out: list[str] = numeral_terms(run)
    loose: list[str] = []
    for piece, known in [*reference_segment(glossary, run, max_chars), ("", True)]:
        if known or piece in FUNCTION_CHARS:
            out.extend(names(loose))
            loose = []
            out.extend(glossary.get(piece, ()))
        else:
            loose.append(piece)
    return out


def random_glossary(rng: random.Random) -> dict[str, tuple[str, ...]]:
    words = {"".join(rng.choices(CHARS, k=rng.choice([2, 2, 2, 3, 4, 5, 9]))) for _ in range(60)}
    return {w: (f"g{n}", f"h{n}") for n, w in enumerate(sorted(words))}


def test_segment_and_terms_equal_the_plain_algorithm_on_random_runs() -> None:
    rng = random.Random(7)
    for trial in range(40):
        glossary = random_glossary(rng)
        max_chars = rng.choice([2, 3, 8])
        bridge = CrossScriptBridge(
            glossary,
            lambda chars: [PINYIN[c] for c in chars],
            max_word_chars=max_chars,
            headwords=set(glossary) if trial % 2 else None,
        )
        for _ in range(30):
            # runs built partly from headwords, so that long words and overlaps occur
            parts = [
                rng.choice(list(glossary)) if rng.random() < 0.5 else rng.choice(CHARS) for _ in range(8)
            ]
            run = "".join(parts)
            assert bridge.segment(run) == reference_segment(glossary, run, max_chars), (trial, run)
            expected = reference_terms(glossary, run, max_chars)
            assert bridge.terms(run) == expected, (trial, run)
            assert bridge.terms(run) == expected  # again, from the caches


def test_a_word_longer_than_the_limit_is_never_matched() -> None:
    glossary: dict[str, tuple[str, ...]] = {"开源大模型": ("open", "model"), "开源": ("open", "source")}
    bridge = CrossScriptBridge(glossary, list, max_word_chars=4)
    assert bridge.segment("开源大模型") == reference_segment(glossary, "开源大模型", 4)
    assert bridge.segment("开源大模型")[0] == ("开源", True)


def test_cached_name_terms_are_not_shared_lists() -> None:
    """The name cache hands out copies: a caller extending the list cannot change the next answer."""
    calls: list[str] = []

    def romanize(chars: str) -> list[str]:
        calls.append(chars)
        return [PINYIN[c] for c in chars]

    bridge = CrossScriptBridge({}, romanize)
    first = bridge._names(list("谢赛宁"))
    first.append("junk")
    xie, sai, ning = (PINYIN[c] for c in "谢赛宁")
    # 谢 is a surname: the surname and the given name come apart as well (Xie Saining)
    assert bridge._names(list("谢赛宁")) == [xie + sai, sai + ning, xie + sai + ning, xie]
    assert calls == ["谢赛宁"]  # romanised once


def test_the_cedict_glossary_headwords_are_its_keys() -> None:
    glossary = Glossary({"课程": "course/class", "开源": "open source"})
    assert set(glossary.headwords) == set(glossary)
    assert "课程" in glossary.headwords and "课" not in glossary.headwords
