"""Which CheckThat! 2022 2A texts a change to the text layer reads differently: the normalised text, the scam
signals, the stance kinds and the stance the guard reads (after a seller's vouches) of every post (train,
dev, test, test2021) and claim, under two versions of ``monitor/`` (docs/history/QUALITY-ENGLISH.md "Four
mends after the twenty-second read").

    PYTHONPATH=/work/code-before python -P scripts/reading_changes.py dump /tmp/read-before.jsonl
    PYTHONPATH=/work/main python -P scripts/reading_changes.py dump /tmp/read-after.jsonl
    python scripts/reading_changes.py compare /tmp/read-before.jsonl /tmp/read-after.jsonl

A split none of whose posts reads differently decides exactly as before: the decision reads a text only
through these (and the model's vector, which takes the raw text).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "claim-matching" / "checkthat2022-2a-en"


def dump(out: Path) -> None:
    from monitor.core.text import analyze, extract_signals, normalize, stance_kinds

    with out.open("w", encoding="utf-8") as f:
        for path in sorted(DATA.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                norm = normalize(row["text"])
                sig = extract_signals(row["text"], norm)
                reading = {
                    "file": path.stem,
                    "id": row["id"],
                    "norm": norm,
                    "prices": [list(p) for p in sig.prices],
                    "flags": sorted(sig.flags),
                    "stance": sorted(stance_kinds(row["text"])),
                    # the post's stance once a seller's vouching sentences are left out (what the guard reads)
                    "guard_stance": sorted(analyze(row["text"], norm, sig).stance),
                }
                f.write(json.dumps(reading, ensure_ascii=False) + "\n")


def compare(a: Path, b: Path) -> None:
    before = [json.loads(line) for line in a.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(line) for line in b.read_text(encoding="utf-8").splitlines()]
    assert [(r["file"], r["id"]) for r in before] == [(r["file"], r["id"]) for r in after]
    changed: Counter[tuple[str, str]] = Counter()
    for x, y in zip(before, after, strict=True):
        for part in ("norm", "prices", "flags", "stance", "guard_stance"):
            if x.get(part) != y.get(part):
                changed[x["file"], part] += 1
                print(f"{x['file']} {x['id']} {part}: {x[part]!r} -> {y[part]!r}"[:400])
    print(f"{len(before)} texts; changed readings by file and part: {dict(sorted(changed.items()))}")


if __name__ == "__main__":
    mode, *args = sys.argv[1:] or [""]
    if mode == "dump":
        dump(Path(args[0]))
    elif mode == "compare":
        compare(Path(args[0]), Path(args[1]))
    else:
        raise SystemExit(__doc__)
