"""What changed between two versions of a template, field by field, for the history page. Pure: no I/O.

The registry records each change as ``{field: [before, after]}``. Texts get a word diff, lists of phrasings
(examples, negatives) a line diff (one phrasing per line), anything else before -> after. The result is
plain data (operations and strings): the page renders it escaped, with ``<ins>`` / ``<del>``.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

Op = Literal["equal", "insert", "delete"]
Piece = tuple[Op, str]
_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(before: str, after: str) -> list[Piece]:
    """``before`` -> ``after`` as pieces: unchanged, inserted and deleted runs of words (spaces kept)."""
    a, b = _TOKENS.findall(before), _TOKENS.findall(after)
    out: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            _add(out, "equal", "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _add(out, "delete", "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _add(out, "insert", "".join(b[j1:j2]))
    return out


def line_diff(before: Sequence[str], after: Sequence[str]) -> list[Piece]:
    """Lists of phrasings: each kept, added or removed line as one piece (changed lines: delete + insert)."""
    out: list[Piece] = []
    a, b = list(before), list(after)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [("equal", line) for line in a[i1:i2]]
            continue
        if tag in ("delete", "replace"):
            out += [("delete", line) for line in a[i1:i2]]
        if tag in ("insert", "replace"):
            out += [("insert", line) for line in b[j1:j2]]
    return out


def _add(out: list[Piece], op: Op, text: str) -> None:
    if not text:
        return
    if out and out[-1][0] == op:
        out[-1] = (op, out[-1][1] + text)
    else:
        out.append((op, text))


def _is_lines(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


def field_changes(changes: Mapping[str, Any] | str | None) -> list[dict[str, Any]]:
    """One entry per changed field, in a stable order: ``{"field", "kind", "before", "after", "pieces"}``.

    ``kind`` is ``text`` (word diff), ``lines`` (line diff) or ``value`` (before -> after, no pieces).
    ``changes`` is the registry's record (a dict, or its JSON); anything unreadable gives no entries."""
    if isinstance(changes, str):
        try:
            changes = json.loads(changes)
        except ValueError:
            return []
    if not isinstance(changes, Mapping):
        return []
    out: list[dict[str, Any]] = []
    for name in sorted(changes):
        pair = changes[name]
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            continue
        before, after = pair
        entry: dict[str, Any] = {"field": name, "before": before, "after": after}
        if isinstance(before, str | None) and isinstance(after, str | None) and (before or after):
            if isinstance(before, str) and isinstance(after, str):
                entry.update(kind="text", pieces=word_diff(before, after))
            else:
                entry.update(kind="value", pieces=[])
        elif (before is None or _is_lines(before)) and (after is None or _is_lines(after)):
            entry.update(kind="lines", pieces=line_diff(before or [], after or []))
        else:
            entry.update(kind="value", pieces=[])
        out.append(entry)
    return out
