"""`make demo`'s command: the whole loop, then Ctrl-C stops everything it started."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor.tools.stack import pid_alive

from ..conftest import ROOT

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_demo_shows_alerts_and_ctrl_c_stops_everything(tmp_path: Path) -> None:
    env = {**os.environ, "MONITOR_STATE_DIR": str(tmp_path), "COLUMNS": "160"}
    log = tmp_path / "demo.out"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor.cli", "demo", "--rate", "100"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 240
        while "Ctrl-C stops everything" not in log.read_text(errors="replace"):
            assert proc.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)
        stack = json.loads((tmp_path / "stack.json").read_text())
        text = log.read_text()
        assert "metrics at http://127.0.0.1:" in text
        assert "alerts from 251 posts" in text
        assert "sora-paid-course" in text
        check_console(text)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground process group
        assert proc.wait(60) in (0, 130)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = log.read_text()
    assert "stopped the worker and the embedded stack" in text
    for pid in stack["pids"].values():
        assert not pid_alive(pid)
    assert not (tmp_path / "stack.json").exists()
    assert processes_with_env(f"MONITOR_STATE_DIR={tmp_path}") == [], "the demo left a process behind"


def check_console(text: str) -> None:
    """The console the demo prints: its token signs in, and the Sora wave is in the queue."""
    import re

    import httpx

    found = re.search(r"console (http://127\.0\.0\.1:\d+/) — sign in with the token (\S+)", text)
    assert found, text[-3000:]
    url, token = found.groups()
    with httpx.Client(base_url=url, timeout=10, follow_redirects=True) as client:
        assert client.get("/incidents").status_code == 401
        res = client.post("/signin", data={"token": token})
        assert res.status_code == 200 and "Open incidents" in res.text, res.text[-2000:]
        assert "sora-" in client.get("/ui/queue").text


def processes_with_env(entry: str) -> list[int]:
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if entry.encode() in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return [pid for pid in found if pid != os.getpid() and pid_alive(pid)]
