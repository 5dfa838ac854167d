"""Spellings of a name that ops register: ``索拉`` and ``嗦啦`` for Sora, ``S0ra`` and the like.

A wave's posts spell its name in ways no model or rule reads as that name: a Chinese homophone (索拉 is
read "suo la", not "sora"), a nickname, a deliberate evasion. The catalogue names the wave in its own
spelling, so the subject guard (a post must name what the catalogue is about) and both channels (dense and
BM25) miss such a post. Ops who see a new spelling in the stream register it once (``monitor templates
spellings add 索拉 Sora``, the HTTP API, the registry file); every worker reads each post with the registered
spellings replaced by the name before it normalises, embeds and decides it. The alert keeps the post as
written, and its explanation names the spellings read.

Pure: :class:`Spellings` is an immutable mapping with a compiled pattern, built once per catalogue version.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from monitor.core.text import has_cjk

SPELLING_MAX_CHARS = 64
SPELLINGS_MAX = 2000  # per catalogue: one regular expression over all of them runs on every post
SpellingStatus = Literal["added", "updated", "unchanged"]


def one_line(value: str) -> str:
    """A spelling as it is registered: runs of white space folded to one space, none at either end."""
    return " ".join(value.split())


def refusal(exc: ValidationError) -> str:
    """Why a spelling was refused, one line: ``alias: needs at least two characters``."""
    parts = []
    for e in exc.errors():
        loc = ".".join(str(p) for p in e.get("loc", ()))
        parts.append(f"{loc or 'spelling'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts)


class SpellingIn(BaseModel):
    """One registered spelling: ``alias`` is read as ``name``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    alias: str
    name: str

    @field_validator("alias", "name")
    @classmethod
    def _one_line(cls, value: str) -> str:
        value = one_line(value)
        if not value:
            raise ValueError("is blank")
        if len(value) > SPELLING_MAX_CHARS:
            raise ValueError(f"longer than {SPELLING_MAX_CHARS} characters")
        return value

    @field_validator("alias")
    @classmethod
    def _long_enough(cls, value: str) -> str:
        # one Latin letter or digit would rewrite every word that holds it alone ("a", "1"); one Chinese
        # character is a word of its own in countless posts
        if len(value) < 2:
            raise ValueError("needs at least two characters")
        return value

    @model_validator(mode="after")
    def _not_the_name(self) -> SpellingIn:
        if self.alias.casefold() == self.name.casefold():
            raise ValueError(f"alias {self.alias!r} is the name itself")
        return self


def _pattern(alias: str) -> str:
    # a Latin alias is a whole word, any case ("s0ra" must not rewrite "s0rano"); Chinese has no spaces
    # between words, so a CJK alias matches wherever it stands
    escaped = re.escape(alias)
    if has_cjk(alias):
        return escaped
    return rf"(?<!\w){escaped}(?!\w)"


@dataclass(frozen=True)
class Spellings:
    """The registered spellings (alias -> name) of one catalogue version."""

    names: Mapping[str, str] = field(default_factory=dict)
    _regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _by_folded: Mapping[str, str] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        if not self.names:
            return
        # longest first: "索拉视频" before "索拉" when both are registered
        aliases = sorted(self.names, key=lambda a: (-len(a), a))
        regex = re.compile("|".join(_pattern(a) for a in aliases), re.IGNORECASE)
        object.__setattr__(self, "_regex", regex)
        object.__setattr__(self, "_by_folded", {a.casefold(): a for a in aliases})

    @classmethod
    def of(cls, items: Iterable[SpellingIn]) -> Spellings:
        return cls({s.alias: s.name for s in items})

    def __bool__(self) -> bool:
        return bool(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def read(self, text: str) -> tuple[str, list[str]]:
        """``text`` with every registered spelling replaced by its name, and the aliases replaced (each
        once, in order of first appearance). A name replacing a CJK alias next to a letter or digit gets a
        space on that side ("索拉app" reads "Sora app")."""
        regex = self._regex
        if regex is None:
            return text, []
        found: list[str] = []

        def replace(m: re.Match[str]) -> str:
            alias = self._by_folded[m.group(0).casefold()]
            if alias not in found:
                found.append(alias)
            name = self.names[alias]
            before = m.string[m.start() - 1] if m.start() > 0 else " "
            after = m.string[m.end()] if m.end() < len(m.string) else " "
            left = " " if before.isascii() and before.isalnum() and name[:1].isalnum() else ""
            right = " " if after.isascii() and after.isalnum() and name[-1:].isalnum() else ""
            return f"{left}{name}{right}"

        return regex.sub(replace, text), found

    def respell(self, text: str) -> str:
        return self.read(text)[0]


NO_SPELLINGS = Spellings()


def parse_spelling_lines(lines: Iterable[str]) -> tuple[list[SpellingIn], list[dict[str, object]]]:
    """A spellings file: one ``{"alias": ..., "name": ...}`` JSON object per line (blank lines and lines
    starting with ``#`` skipped). Returns (the valid spellings, the rejected lines with their reason)."""
    good: list[SpellingIn] = []
    rejected: list[dict[str, object]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            good.append(SpellingIn.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            rejected.append({"line": n, "reason": f"not JSON: {exc.msg}"})
        except ValidationError as exc:
            rejected.append({"line": n, "reason": refusal(exc)})
    return good, rejected
