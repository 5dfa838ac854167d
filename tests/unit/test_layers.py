"""The layout's rules, checked on every run: imports point one way, no cycles, no hidden imports.

The contracts live in pyproject.toml (``[tool.importlinter]``) and are checked by import-linter, which
counts imports inside functions too. The AST check below keeps function-level imports of our own modules
to the CLI, where they keep ``monitor --help`` fast; anywhere else such an import hides an edge (or a cycle)
from a reader.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWN = ("monitor", "streams")


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def function_level_imports(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            elif isinstance(node, ast.ImportFrom):
                modules = ["monitor (relative)"]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            found += [
                f"{path.relative_to(root)}:{node.lineno} {m}" for m in modules if m.split(".")[0] in OWN
            ]
    return found


def test_own_modules_are_imported_at_module_level_outside_the_cli() -> None:
    files = [p for package in OWN for p in (ROOT / package).rglob("*.py")]
    offenders = [
        hit for p in files if "cli" not in p.relative_to(ROOT).parts for hit in function_level_imports(p)
    ]
    assert offenders == []


def test_the_checks_see_a_wrong_way_import(tmp_path: Path) -> None:
    """The AST check is not vacuous: a core module importing storage inside a function is found."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from monitor.storage.keys import Keys\n    return Keys\n")
    assert function_level_imports(bad, tmp_path) == ["bad.py:2 monitor.storage.keys"]
