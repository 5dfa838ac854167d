"""The `monitor` commands as the contract describes them, run as subprocesses."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..conftest import ROOT, env_for

pytestmark = pytest.mark.integration
MONITOR = [sys.executable, "-m", "monitor.cli"]


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(MONITOR + args, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def test_up_status_down_in_its_own_state_dir(tmp_path: Path) -> None:
    env = {**os.environ, "MONITOR_STATE_DIR": str(tmp_path)}
    up = run(["up"], env)
    assert up.returncode == 0, up.stderr
    exports = dict(line.removeprefix("export ").split("=", 1) for line in up.stdout.splitlines())
    assert exports["MONITOR_KAFKA_URL"].startswith("kafka://127.0.0.1:")
    assert exports["MONITOR_REDIS_URL"].startswith("redis://127.0.0.1:")
    try:
        again = run(["up"], env)  # idempotent: same addresses
        assert again.stdout == up.stdout
        st = run(["status", "--json"], env)
        assert st.returncode == 0
        assert all(s["healthy"] for s in json.loads(st.stdout))
        health = run(["health", "redis", "--json"], {**env, **exports})
        assert health.returncode == 0, health.stdout
        health = run(["health", "kafka"], {**env, **exports})
        assert health.returncode == 0, health.stdout
        nothing = run(
            ["health", "worker", "--json", "--timeout", "1"], {**env, **exports, "MONITOR_METRICS_PORT": "1"}
        )
        assert nothing.returncode == 1
        assert json.loads(nothing.stdout)["healthy"] is False
    finally:
        down = run(["down"], env)
    assert down.returncode == 0
    st = run(["status", "--json"], env)
    assert st.returncode == 1
    assert not any(s["running"] for s in json.loads(st.stdout))


def test_up_refuses_a_taken_port(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        res = run(["up", "--redis-port", str(port)], {**os.environ, "MONITOR_STATE_DIR": str(tmp_path)})
    assert res.returncode == 1
    assert f"port {port}" in res.stderr
    assert "already in use" in res.stderr
    assert not (tmp_path / "stack.json").exists()


def test_templates_import_list_and_produce_json(settings: Any, redis_conn: Any, tmp_path: Path) -> None:
    env = env_for(settings)
    catalogue = tmp_path / "t.jsonl"
    catalogue.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "a",
                        "category": "rumour",
                        "severity": "high",
                        "text": "Sora is open to everyone now",
                    }
                ),
                "{oops",
                json.dumps(
                    {
                        "id": "b",
                        "category": "scam",
                        "severity": "critical",
                        "text": "Buy the Sora course, 99 yuan",
                        "examples": ["Sora class for 199 RMB"],
                        "negatives": ["Beware of paid Sora courses"],
                    }
                ),
            ]
        )
        + "\n"
    )
    res = run(["templates", "import", str(catalogue), "--json"], env)
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert (report["imported"], report["updated"]) == (2, 0)
    assert [r["line"] for r in report["rejected"]] == [2]
    assert report["rejected"][0]["reason"].startswith("invalid JSON")
    res = run(["templates", "import", str(catalogue), "--json"], env)
    assert json.loads(res.stdout)["imported"] == 0
    assert json.loads(res.stdout)["updated"] == 0
    listed = json.loads(run(["templates", "list", "--json"], env).stdout)
    assert sorted(t["id"] for t in listed) == ["a", "b"]
    exported = run(["templates", "export"], env).stdout.splitlines()
    assert sorted(json.loads(line)["id"] for line in exported) == ["a", "b"]
    assert run(["templates", "disable", "a"], env).returncode == 0
    assert json.loads(run(["templates", "show", "a", "--json"], env).stdout)["enabled"] is False
    assert run(["templates", "show", "nope"], env).returncode == 1

    posts = tmp_path / "p.jsonl"
    posts.write_text('{"id": "x1", "text": "hello"}\n{"id": "x2", "text": "world"}\n\nnot json\n')
    res = run(["produce", str(posts), "--json"], env)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == {"sent": 3}


def test_templates_spellings_add_import_list_remove(settings: Any, redis_conn: Any, tmp_path: Path) -> None:
    env = env_for(settings)
    res = run(["templates", "spellings", "add", "索拉", "Sora"], env)
    assert res.returncode == 0, res.stderr
    assert "registered" in res.stdout
    assert run(["templates", "spellings", "add", "x", "Sora"], env).returncode == 2
    file = tmp_path / "spellings.jsonl"
    file.write_text('{"alias": "嗦啦", "name": "Sora"}\n{"alias": "索拉", "name": "Sora"}\n{oops\n', "utf-8")
    report = json.loads(run(["templates", "spellings", "import", str(file), "--json"], env).stdout)
    assert (report["registered"], report["unchanged"], [r["line"] for r in report["rejected"]]) == (1, 1, [3])
    listed = json.loads(run(["templates", "spellings", "list", "--json"], env).stdout)
    assert listed == [{"alias": "嗦啦", "name": "Sora"}, {"alias": "索拉", "name": "Sora"}]
    assert run(["templates", "spellings", "remove", "嗦啦"], env).returncode == 0
    gone = run(["templates", "spellings", "remove", "嗦啦"], env)
    assert gone.returncode == 1 and "no spelling" in gone.stderr
    table = run(["templates", "spellings", "history"], env).stdout
    assert "spelling_remove" in table and "嗦啦" in table
