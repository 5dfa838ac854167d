"""Copies of ``monitor/`` with one mend undone each, for a round's read (scripts/read_round.py ``--less``).

    python scripts/mend_copies.py OUT                 # every mend the last pre-registration reads
    python scripts/mend_copies.py OUT d3 q3 c1        # only these
    python scripts/read_round.py /tmp/read hard_en_heldout61 zh_heldout55 --less d3=OUT/d3 --less q3=OUT/q3

``OUT/NAME/monitor`` is this checkout's ``monitor/`` with mend NAME's lines taken out by hand (the mends'
commits are too old for their diffs to apply), or, where a mend cannot be cut out by itself, the ``monitor/``
of the commit before it (``git archive``; d2, whose removal also removes d3, which only adds to its words).
Each edit must match exactly once: when the code moves, this fails loudly instead of reading a copy that
undid nothing. The run prints how many lines each copy differs by. Where each mend is described:
docs/QUALITY.md "What is on by default, and why" and the scripts named ``roundNN_mends.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

Edit = Callable[[Path], None]


def replace(path: str, old: str, new: str) -> Edit:
    """Replace ``old`` (found exactly once) by ``new`` in ``monitor/core/<path>``."""

    def apply(monitor: Path) -> None:
        file = monitor / "core" / path
        text = file.read_text(encoding="utf-8")
        if text.count(old) != 1:
            raise SystemExit(f"{file}: {text.count(old)} matches for {old!r}, expected 1")
        file.write_text(text.replace(old, new), encoding="utf-8")

    return apply


def cut(path: str, first: str, last: str) -> Edit:
    """Remove the lines from the one holding ``first`` through the one holding ``last`` (``first`` found
    exactly once) in ``monitor/core/<path>``."""

    def apply(monitor: Path) -> None:
        file = monitor / "core" / path
        text = file.read_text(encoding="utf-8")
        if text.count(first) != 1:
            raise SystemExit(f"{file}: {text.count(first)} matches for {first!r}, expected 1")
        start = text.rindex("\n", 0, text.index(first)) + 1
        end = text.index("\n", text.index(last, start)) + 1
        file.write_text(text[:start] + text[end:], encoding="utf-8")

    return apply


def no_whole_quotes(monitor: Path) -> None:
    """q3 undone: no quotation is kept whole as one clause (every boundary cuts, as before q3)."""
    file = monitor / "core" / "matching.py"
    text = file.read_text(encoding="utf-8")
    head = "    quotes = [(a, b) for a, b in quoted if "
    if text.count(head) != 1:
        raise SystemExit(f"{file}: q3's quotation list not found once")
    start = text.index(head)
    end = text.index("\n", start) + 1
    file.write_text(text[:start] + "    quotes: list[tuple[int, int]] = []\n" + text[end:], encoding="utf-8")


_REFUSAL = 'scam and "refuse" in reading.stance and not sells_of_its_own(raw, claim | topic)'

# mend -> the edits that undo it on a copy (or the commit before it, for ``git archive``)
MENDS: dict[str, list[Edit] | str] = {
    # the boast and the con (round58_mends.py): d2's dismissal words as they were
    "d3": [
        cut("text.py", "# the talker's boast and the trickster's con", 'r"malarkey|blarney|humbug|bunk|'),
        replace(
            "text.py",
            r'r"(?:a\s+)?(?:plain|flat|big|bare[-\s]?faced|downright|barefaced)\s+lies?|"',
            r'r"(?:a\s+)?(?:plain|flat|big|bare[-\s]?faced|downright|barefaced)\s+lies?)\b|"',
        ),
    ],
    # the plain man's dismissal (round57_mends.py): spread over text.py and matching.py, so the code before it
    "d2": "7670be7",
    "q1b": [replace("matching.py", _REFUSAL, _REFUSAL.replace("scam and", "scam and cjk and", 1))],
    "q2z": [
        replace("matching.py", _REFUSAL, _REFUSAL.replace("scam and", "scam and not cjk and", 1)),
        replace(
            "text.py", 'outside = _ZH_REFUSAL_CLAUSE.sub(" ", " ".join(rest))', 'outside = " ".join(rest)'
        ),
    ],
    "q2e": [replace("matching.py", "not sells_of_its_own(raw, claim | topic)", "not sells_of_its_own(raw)")],
    "d1b": [
        replace(
            "matching.py",
            '# public through its API")\n                denied |= reported\n',
            '# public through its API")\n                pass\n',
        )
    ],
    "p1": [
        cut(
            "text.py",
            '# where a clip captioned "made by Sora" really came from',
            r'rf"(?:is|are|was)\s+(?:our|my)\s+own\s+{_CLIP}|"',
        )
    ],
    "q3": [no_whole_quotes],
    "p2": [
        cut(
            "text.py",
            "# the same provenance told of the clip just named",
            r'rf"(?:filmed|recorded|shot){_DATED}|"',
        )
    ],
    "l1": [replace("matching.py", "        and not tells_victims_loss(post.normalized)\n", "")],
    "c1": [cut("text.py", "# the correction of who a claim named", r'[^.;!?]{{1,100}},\s+but|"')],
    # the correction told as an aside (round61_mends.py)
    "c2": [
        cut(
            "text.py",
            "# ... and told as an aside, set off by",
            r'r"(?:said|says|say|claimed|claims|claim|had\s+it|',
        )
    ],
    # whose a copied insert is (round63_mends.py): "nothing to do with" a denial cue wherever it stands
    "b1": [
        replace("text.py", r'r"nothing\s+to\s+do\s+with(?![^()]*\)\s*:)|', r'r"nothing\s+to\s+do\s+with|')
    ],
    # the correction answered in a word or two beside the report of it (round65_mends.py)
    "c3": [
        cut("text.py", "# ... and answered in a word or two beside the report of it", r'r"(?:never|not)\b|"')
    ],
    # "took down" what was published (round65_mends.py): any "took down" a retraction cue, as before
    "t1": [
        cut("text.py", '# ... "took down" what was published', r'r"adverts?|listings?|pages?|tweets?'),
        replace("text.py", r"taken\s+down|took\s+it\s+down|", r"took\s+(?:it\s+)?down|taken\s+down|"),
    ],
    # a negation right after a report that quotes this claim answers it (round67_mends.py)
    "n1": [
        replace(
            "matching.py",
            "and negates_report_of(post.raw, template, templates, topic)",
            "and False",
        )
    ],
    # a verdict right after a report of this claim stops it, and keeps the waiver off a negative's stop
    # (round71_mends.py)
    "v2": [
        replace(
            "matching.py",
            "    return answered_here\n",
            "    return False\n",
        )
    ],
    # an English quotation that ends its sentence keeps its closing mark in its clause (round73_mends.py)
    "e1": [
        replace(
            "matching.py",
            "cuts.append((m.start(), m.end(), asked) if ending is None else (ending, ending, asked))",
            "cuts.append((m.start(), m.end(), asked))",
        )
    ],
    "p3": [cut("text.py", "# and in the active voice, by whoever filmed it", r'rf"{_DATED_NO_WAVE}|"')],
    "a1": [
        cut(
            "text.py",
            "# the reply of an advice column",
            r'r"librarian)\s+(?:replies|answers|responds|writes\s+back)|"',
        )
    ],
    "s1": [cut("text.py", "# the sceptic's counterfactual", r'r"(?:would|do|does|did)|"')],
    "l2": [
        replace(
            "text.py",
            '    r"video|clip|course|file|link|invite|access)|"\n',
            '    r"video|clip|course|file|link|invite|access)"\n',
        ),
        cut("text.py", "# ... or gone once paid, told as what came next", r'r"left(?=\s*(?:[.,;!]|$)))"'),
    ],
    "c4": [
        cut(
            "text.py",
            "# ... and the error told in a word",
            r'r"(?:was|were|is|are)\s+never\s+(?:his|hers|theirs)\b|"',
        )
    ],
    "c5": [
        cut(
            "text.py",
            "# ... and the report of who it named, answered in the same sentence",
            r'r"(?:wrongly|wrongfully|mistakenly|erroneously|falsely)\s+(?:hung|pinned|stuck|put|attached)\b|"',
        )
    ],
    "w3": [
        replace(
            "matching.py",
            "        if quoted_to_be_dismissed(",
            '        if reason == "negative" and quoted_to_be_dismissed(',
        )
    ],
}


def copy_without(name: str, out: Path, source: Path = ROOT / "monitor") -> Path:
    """``out/monitor``: ``source`` with mend ``name`` undone. Returns ``out``."""
    recipe = MENDS[name]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if isinstance(recipe, str):
        with tempfile.TemporaryDirectory() as tmp:
            archive = Path(tmp) / "monitor.tar"
            subprocess.run(["git", "archive", "-o", str(archive), recipe, "monitor"], cwd=ROOT, check=True)
            with tarfile.open(archive) as tar:
                tar.extractall(out, filter="data")
        return out
    shutil.copytree(source, out / "monitor", ignore=shutil.ignore_patterns("__pycache__"))
    for edit in recipe:
        edit(out / "monitor")
    return out


def lines_changed(a: Path, b: Path) -> int:
    """How many lines differ between two ``monitor/`` trees (``diff -r``'s ``<`` and ``>`` lines)."""
    diff = subprocess.run(["diff", "-r", str(a), str(b)], capture_output=True, text=True, check=False)
    return sum(line[:1] in "<>" for line in diff.stdout.splitlines())


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1]).resolve()
    names = sys.argv[2:] or list(MENDS)
    unknown = [n for n in names if n not in MENDS]
    if unknown:
        raise SystemExit(f"no such mend: {unknown}; known: {', '.join(MENDS)}")
    for name in names:
        copy = copy_without(name, out / name)
        print(f"{name:4s} {copy}/monitor  {lines_changed(ROOT / 'monitor', copy / 'monitor')} lines changed")


if __name__ == "__main__":
    main()
