"""The console beside ``monitor demo``: ``monitor api`` as a child process with a fresh sign-in token.

Kept apart from demo.py so the demo only calls :func:`start_console` / :func:`stop_console`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from monitor.tools.stack import free_port


@dataclass
class ConsoleProcess:
    proc: subprocess.Popen[bytes] | None
    url: str
    token: str
    error: str | None = None


def start_console(env: Mapping[str, str], log: Path, timeout_s: float = 120.0) -> ConsoleProcess:
    """Start ``monitor api`` on a free port (``MONITOR_API_TOKEN`` from the environment, else a new one) and
    wait until it answers; on failure the demo goes on without it (``error`` says why)."""
    token = env.get("MONITOR_API_TOKEN") or os.environ.get("MONITOR_API_TOKEN") or secrets.token_urlsafe(24)
    port = int(env.get("MONITOR_API_PORT") or free_port())
    url = f"http://127.0.0.1:{port}/"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor.cli", "api", "--port", str(port)],
            env={**env, "MONITOR_API_TOKEN": token},
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return ConsoleProcess(None, url, token, f"monitor api exited ({proc.returncode}); see {log}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}healthz", timeout=1).status_code == 200:
                return ConsoleProcess(proc, url, token)
        time.sleep(0.5)
    stop_console(ConsoleProcess(proc, url, token))
    return ConsoleProcess(None, url, token, f"monitor api not up after {timeout_s:.0f}s; see {log}")


def stop_console(console: ConsoleProcess | None) -> None:
    if console is None or console.proc is None or console.proc.poll() is not None:
        return
    console.proc.send_signal(signal.SIGTERM)
    try:
        console.proc.wait(20)
    except subprocess.TimeoutExpired:
        console.proc.kill()
        console.proc.wait(5)
