"""Merge a translated catalogue into the original one: each template keeps its id, text and settings and
gains the translation's text and examples as examples, and its negatives as negatives.

    python scripts/bilingual_catalogue.py monitor/demo/templates.jsonl tests/data/zh_templates.jsonl \
        > /tmp/bilingual.jsonl
    monitor templates import /tmp/bilingual.jsonl     # or: monitor eval --claims /tmp/bilingual.jsonl ...

Why: multilingual-e5-small scores a Chinese post against an English exemplar ~0.02-0.03 lower than
against a Chinese one, so a catalogue holding both wordings catches Chinese posts the English wording alone
misses (docs/history/MULTILINGUAL-ROUNDS.md: zh recall 0.71 -> 1.00 on tests/data/zh_posts.jsonl).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def merge(original: list[dict[str, Any]], translated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {t["id"]: t for t in translated}
    out = []
    for template in original:
        t = dict(template)
        other = by_id.get(t["id"])
        if other:
            extra = [other["text"], *other.get("examples", [])]
            t["examples"] = list(dict.fromkeys([*t.get("examples", []), *extra]))
            t["negatives"] = list(dict.fromkeys([*t.get("negatives", []), *other.get("negatives", [])]))
        out.append(t)
    return out


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for row in merge(read_jsonl(Path(sys.argv[1])), read_jsonl(Path(sys.argv[2]))):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
