"""`monitor templates …` as an operator runs it: claim import, update, history, export round trip."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..conftest import ROOT, env_for

pytestmark = pytest.mark.integration
CLAIMS = ROOT.parent / "shared" / "data" / "claim-matching" / "checkthat2022-2a-en" / "claims.jsonl"


def monitor(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


@pytest.mark.skipif(not CLAIMS.exists(), reason=f"{CLAIMS} is not there")
def test_claims_import_update_history_export(settings: Any, redis_conn: Any, tmp_path: Path) -> None:
    env = env_for(settings)
    claims = tmp_path / "claims.jsonl"
    lines = CLAIMS.read_text(encoding="utf-8").splitlines()[:20]
    claims.write_text("\n".join([*lines[:10], '{"id": "too-short", "text": "x"}', *lines[10:]]) + "\n")
    res = monitor(
        ["templates", "import", str(claims), "--format", "claims", "--severity", "low", "--json"], env
    )
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert (report["imported"], report["updated"], report["unchanged"]) == (20, 0, 0)
    assert [(r["line"], r["id"]) for r in report["rejected"]] == [(11, "too-short")]
    again = json.loads(
        monitor(
            ["templates", "import", str(claims), "--format", "claims", "--severity", "low", "--json"], env
        ).stdout
    )
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 20)

    tid = json.loads(lines[0])["id"]
    res = monitor(
        [
            "templates",
            "update",
            tid,
            "--severity",
            "high",
            "--add-example",
            "Another phrasing",
            "--rating",
            "False",
        ],
        env,
    )
    assert res.returncode == 0, res.stderr
    shown = json.loads(monitor(["templates", "show", tid, "--json"], env).stdout)
    assert (shown["version"], shown["severity"], shown["rating"]) == (2, "high", "False")
    assert shown["examples"] == [json.loads(lines[0])["title"], "Another phrasing"]
    history = json.loads(monitor(["templates", "history", tid, "--json"], env).stdout)
    assert [h["action"] for h in history] == ["add", "update"]
    assert set(json.loads(history[1]["changes"])) == {"severity", "examples", "rating"}
    assert all(h["actor"] and h["at"] for h in history)
    assert monitor(["templates", "update", "nope", "--severity", "low"], env).returncode == 1

    exported = tmp_path / "export.jsonl"
    assert monitor(["templates", "export", str(exported)], env).returncode == 0
    back = json.loads(monitor(["templates", "import", str(exported), "--json"], env).stdout)
    assert (back["imported"], back["updated"], back["unchanged"], back["rejected"]) == (0, 0, 20, [])
