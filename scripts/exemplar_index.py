"""The in-memory index of a catalogue's exemplars that the cascade's measuring scripts build
(cascade_binding.py, cascade_gate.py, cascade_gate_logic_check.py, cascade_profile.py, cascade_topical.py):
every template's text, examples and negatives, encoded as passages in one call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor.storage.index import MemoryIndex


def exemplar_index(embedder: Any, templates: Mapping[str, Any]) -> MemoryIndex:
    """A :class:`MemoryIndex` of ``(template id, kind, i, text, vector)`` for each exemplar of each template
    (``templates``: id -> template, in that order), the vectors from ``embedder.encode_passages``."""
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    vectors = embedder.encode_passages([r[3] for r in rows])
    index = MemoryIndex()
    index.add((r[0], r[1], r[2], r[3], vectors[n]) for n, r in enumerate(rows))
    return index
