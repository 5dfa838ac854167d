"""The cross-script lexical bridge: English terms for a Chinese post, so that BM25 can meet an English
template across scripts. Pure: the dictionary and the romaniser are handed in (loaded by
:mod:`monitor.pipeline.bridge`).

A multilingual model scores a Chinese paraphrase of an English claim lower than an English one, and BM25
adds nothing across scripts (only ``Sora``, ``OpenAI``, digits overlap). The bridge reads each run of
CJK characters with forward maximum matching over a Chinese-English dictionary (CC-CEDICT): a word of two
characters or more contributes the content words of its English glosses (课程 -> course, 开源 -> open
source, 下载 -> download); characters no dictionary word covers are usually names, and a span of them
contributes its pinyin syllables joined pairwise and whole (谢赛宁 -> xiesai, saining, xiesaining), which is
how names are written in English (Xie Saining, Shanghai); a name of three or four characters also gives
its surname and its given name apart (谢赛宁 -> xie, saining), as an English text writes them. Single
dictionary characters are too ambiguous to gloss (谢: thank, wither, a surname...). Latin pinyin
abbreviations in a Chinese post (xz = 下载, zc = 注册, yqm = 邀请码) are read as the Chinese word they stand
for. The terms only ever add to a post's side of BM25 (they are looked up in the English vocabulary of the
catalogue); templates are indexed as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from monitor.core.text import CJK_RUN, chinese_number, tokenize

MAX_WORD_CHARS = 8
CACHE_ENTRIES = 65536  # CJK runs and name spans whose terms are remembered (each cache)
# very common function characters: they end a span of unknown characters (a name is not "的" or "了")
FUNCTION_CHARS = frozenset(
    "的了是在和与也都就又还而及或把被让给对从向于以为着过吗呢吧啊呀么嘛哦哈很太最更已再才只将要"
    "会能可得地之其这那此个一不没有我你他她它们上下中里来去说"
)
# the most common Chinese surnames (one character): a span of unknown characters that opens with one is read
# as a full name and also gives its surname syllable alone (谢赛宁 -> xie); other spans (天内出片) do not,
# so that a lone syllable ("tian", "men", "fan") cannot meet an English word by chance
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤颜"
)
# a Chinese numeral before a unit of time, or a count of thousands: the English words a claim uses
# ("三个月" -> three, month; "三千多" -> thousand), digits as well ("24小时" is already "24")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TIME_UNITS = {
    "个月": "month",
    "月": "month",
    "天": "day",
    "日": "day",
    "小时": "hour",
    "个小时": "hour",
    "年": "year",
    "周": "week",
    "星期": "week",
    "分钟": "minute",
}
_NUMERAL = "零〇一二两三四五六七八九十百千万"
_NUMERAL_UNIT = re.compile(rf"([{_NUMERAL}]+)(个月|个小时|小时|星期|分钟|月|天|日|年|周)")
_THOUSANDS = re.compile(rf"[{_NUMERAL}几]+[千万]")

# pinyin initials that Chinese posts write for a word (a Latin token inside Chinese text): the bridge glosses
# the word they stand for. Only abbreviations of content words with one common reading; chat-only ones
# (yyds, xswl, jm, xdm) carry no claim word and are left out
PINYIN_ABBREVIATIONS: dict[str, str] = {
    "xz": "下载",  # download
    "zc": "注册",  # register, sign up
    "yqm": "邀请码",  # invite code
    "kc": "课程",  # course
    "sp": "视频",  # video
    "sj": "手机",  # mobile phone
    "vx": "微信",  # WeChat
    "wx": "微信",
    "zfb": "支付宝",  # Alipay
    "gzh": "公众号",  # official account
}


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
        runs = CJK_RUN.findall(normalized)
        if not runs:
            return out
        for run in runs:
            cached = self._cache.get(run)
            if cached is None:
                cached = tuple(self._run_terms(run))
                if len(self._cache) < CACHE_ENTRIES:
                    self._cache[run] = cached
            out.extend(cached)
        for token in tokenize(normalized):  # pinyin abbreviations: only in a post with Chinese text
            word = PINYIN_ABBREVIATIONS.get(token)
            if word is not None:
                out.extend(self.glossary.get(word, ()))
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
        out = numeral_terms(run)
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
            # a full name inside the span (叫谢赛宁: "called Xie Saining"): a surname and the two characters
            # after it give the surname and the given name apart, as English writes them (Xie Saining)
            for i, ch in enumerate(chars[:-2]):
                if ch in SURNAMES:
                    out += [syllables[i], syllables[i + 1] + syllables[i + 2]]
            out = list(dict.fromkeys(out))
        if len(self._name_cache) < CACHE_ENTRIES:
            self._name_cache[span] = tuple(out)
        return out


def numeral_terms(run: str) -> list[str]:
    """English words for the Chinese numbers of a CJK run: a number before a unit of time (三个月 -> three,
    month; 二十四小时 -> 24, hour) and a count of thousands (三千多, 几千 -> thousand)."""
    out: list[str] = []
    for m in _NUMERAL_UNIT.finditer(run):
        value = chinese_number(m.group(1))
        if value is None:
            continue
        n = int(value)
        out += [_NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n), _TIME_UNITS[m.group(2)]]
    if _THOUSANDS.search(run):
        out.append("thousand")
    return out
