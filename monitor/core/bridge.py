"""The cross-script lexical bridge: English terms for a Chinese post, so that BM25 can meet an English
template across scripts. Pure: the dictionary and the romaniser are handed in (loaded by
:mod:`monitor.pipeline.bridge`).

A multilingual model scores a Chinese paraphrase of an English claim lower than an English one, and BM25
adds nothing across scripts (only ``Sora``, ``OpenAI``, digits overlap). The bridge reads each run of
CJK characters with forward maximum matching over a Chinese-English dictionary (CC-CEDICT): a word of two
characters or more contributes the content words of its English glosses (课程 -> course, 开源 -> open
source, 下载 -> download); characters no dictionary word covers are usually names, and a span of them
contributes its pinyin syllables joined pairwise and whole (谢赛宁 -> xiesai, saining, xiesaining), which is
how names are written in English (Xie Saining, Shanghai). Single dictionary characters are too ambiguous
to gloss (谢: thank, wither, a surname...). The terms only ever add to a post's side of BM25 (they
are looked up in the English vocabulary of the catalogue); templates are indexed as before.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from monitor.core.text import CJK_RUN

MAX_WORD_CHARS = 8
CACHE_ENTRIES = 65536  # CJK runs and name spans whose terms are remembered (each cache)
# very common function characters: they end a span of unknown characters (a name is not "的" or "了")
FUNCTION_CHARS = frozenset(
    "的了是在和与也都就又还而及或把被让给对从向于以为着过吗呢吧啊呀么嘛哦哈很太最更已再才只将要"
    "会能可得地之其这那此个一不没有我你他她它们上下中里来去说"
)


class TermBridge(Protocol):
    """What the lexical channel needs of a bridge: English terms for a normalised text."""

    def terms(self, normalized: str) -> list[str]: ...


@dataclass(frozen=True)
class CrossScriptBridge:
    """``glossary``: headword (simplified or traditional) -> English terms, already in BM25 form
    (:func:`monitor.core.text.content_words`); ``romanize``: characters -> one syllable per character."""

    glossary: Mapping[str, tuple[str, ...]]
    romanize: Callable[[str], Sequence[str]]
    max_word_chars: int = MAX_WORD_CHARS
    # the glossary's headwords for membership tests, where the glossary's own ``in`` is slow (a Mapping
    # written in Python); None: ``in glossary``. Must hold exactly the glossary's keys
    headwords: Container[str] | None = None
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    _name_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    _glosses: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def terms(self, normalized: str) -> list[str]:
        """English terms for the CJK runs of a normalised text (empty when it has none)."""
        out: list[str] = []
        for m in CJK_RUN.finditer(normalized):
            run = m.group()
            cached = self._cache.get(run)
            if cached is None:
                cached = tuple(self._run_terms(run))
                if len(self._cache) < CACHE_ENTRIES:
                    self._cache[run] = cached
            out.extend(cached)
        return out

    def segment(self, run: str) -> list[tuple[str, bool]]:
        """Forward maximum matching: ``(piece, in_dictionary)``, words of two characters or more; what no
        word covers comes out one character at a time, marked False.

        Only the lengths some headword starting with the same character has are looked up
        (:meth:`_word_lengths`): the same pieces as trying every length from ``max_word_chars`` down, with
        one or two dictionary look-ups per character instead of seven."""
        lengths = self._word_lengths()
        glossary = self.glossary if self.headwords is None else self.headwords
        out: list[tuple[str, bool]] = []
        i, n = 0, len(run)
        while i < n:
            room = min(self.max_word_chars, n - i)
            for size in lengths.get(run[i], ()):
                if size <= room and run[i : i + size] in glossary:
                    out.append((run[i : i + size], True))
                    i += size
                    break
            else:
                out.append((run[i], False))
                i += 1
        return out

    def _word_lengths(self) -> dict[str, tuple[int, ...]]:
        """First character -> the lengths (two or more, longest first) of the headwords it starts: built
        once, on first use, from the glossary's keys (a fraction of a second for CC-CEDICT)."""
        table = self._lengths
        if not table:
            found: dict[str, set[int]] = {}
            for head in self.glossary:
                if len(head) >= 2:
                    found.setdefault(head[0], set()).add(len(head))
            table.update({ch: tuple(sorted(sizes, reverse=True)) for ch, sizes in found.items()})
            table.setdefault("", ())  # marks the table built, even for a glossary without words
        return table

    def _run_terms(self, run: str) -> list[str]:
        out: list[str] = []
        loose: list[str] = []
        glosses = self._glosses
        for piece, known in [*self.segment(run), ("", True)]:
            if known or piece in FUNCTION_CHARS:
                if len(loose) > 1:  # a span of one character has no name terms
                    out.extend(self._names(loose))
                loose = []
                terms = glosses.get(piece)
                if terms is None:  # the glossary's terms of a piece, remembered (it never changes)
                    terms = tuple(self.glossary.get(piece, ()))
                    if len(glosses) < CACHE_ENTRIES:
                        glosses[piece] = terms
                out.extend(terms)
            else:
                loose.append(piece)
        return out

    def _names(self, chars: list[str]) -> list[str]:
        """Pinyin of a span of characters no dictionary word covers: syllables joined pairwise, and the
        whole span when it is three or four characters (a full name). Remembered per span (names recur
        across posts, and romanising is most of a span's cost)."""
        if len(chars) < 2:
            return []
        span = "".join(chars)
        cached = self._name_cache.get(span)
        if cached is not None:
            return list(cached)
        syllables = [s.lower() for s in self.romanize(span) if s.isascii() and s.isalpha()]
        out: list[str] = []
        if len(syllables) == len(chars):
            out = [a + b for a, b in itertools.pairwise(syllables)]
            if 3 <= len(syllables) <= 4:
                out.append("".join(syllables))
        if len(self._name_cache) < CACHE_ENTRIES:
            self._name_cache[span] = tuple(out)
        return out
