"""scripts/mend_copies.py: each mend a round reads can still be undone on a copy of today's monitor/."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("mend_copies", ROOT / "scripts" / "mend_copies.py")
assert _spec and _spec.loader
mend_copies = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mend_copies)

BY_HAND = sorted(name for name, recipe in mend_copies.MENDS.items() if not isinstance(recipe, str))


@pytest.mark.parametrize("name", BY_HAND)
def test_each_mend_is_cut_from_a_copy_and_only_there(name: str, tmp_path: Path) -> None:
    # the edits match today's code exactly once each (else SystemExit), change the copy, and leave the
    # checkout's monitor/ as it was
    before = subprocess.run(["git", "status", "--short", "monitor"], cwd=ROOT, capture_output=True, text=True)
    copy = mend_copies.copy_without(name, tmp_path / name)
    changed = mend_copies.lines_changed(ROOT / "monitor", copy / "monitor")
    assert 0 < changed <= 12, changed
    after = subprocess.run(["git", "status", "--short", "monitor"], cwd=ROOT, capture_output=True, text=True)
    assert after.stdout == before.stdout


def test_an_edit_that_no_longer_matches_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "text.py").write_text("x = 1\n")
    with pytest.raises(SystemExit, match="0 matches"):
        mend_copies.replace("text.py", "y = 2", "y = 3")(tmp_path)
    with pytest.raises(SystemExit, match="0 matches"):
        mend_copies.cut("text.py", "# gone", "x")(tmp_path)
    assert (tmp_path / "core" / "text.py").read_text() == "x = 1\n"
