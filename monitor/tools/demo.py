"""``monitor demo`` / ``make demo``: the whole loop on one machine, with alerts shown as they fire.

Starts the embedded stack (unless one is running), imports the Sora catalogue, starts a worker process,
replays the demo stream at a readable pace and shows a live table of alerts. Ctrl-C stops everything this
command started, and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from monitor.config import Settings
from monitor.embedding import embedder_from_settings
from monitor.errors import StackError
from monitor.storage.connections import redis_client
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry, parse_template_lines
from monitor.tools.boards import SEVERITY_STYLE, excerpt
from monitor.tools.stack import EmbeddedStack, free_port


def demo_file(name: str) -> Path:
    return Path(str(resources.files("monitor") / "demo" / name))


@dataclass
class DemoState:
    sent: int = 0
    decided: int = 0
    alerts: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=14))
    alert_count: int = 0
    by_template: Counter[str] = field(default_factory=Counter)
    suppressed: Counter[str] = field(default_factory=Counter)
    done_producing: bool = False
    error: str | None = None


def _env_for(settings: Settings, stack: dict[str, Any], metrics_port: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "MONITOR_KAFKA_URL": stack["kafka_url"],
            "MONITOR_REDIS_URL": stack["redis_url"],
            "MONITOR_STATE_DIR": str(settings.state_dir),
            "MONITOR_METRICS_PORT": str(metrics_port),
            "MONITOR_SESSION_TIMEOUT_S": "6",
            "HF_HUB_OFFLINE": "1",
        }
    )
    return env


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout_s: float, log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
            raise StackError(f"the worker exited (code {proc.returncode}); log {log}:\n{tail}")
        with contextlib.suppress(httpx.HTTPError, ValueError):
            if httpx.get(url, timeout=1).json().get("healthy"):
                return
        time.sleep(0.5)
    raise StackError(f"the worker was not healthy after {timeout_s:.0f}s; log {log}")


def _render(state: DemoState, total: int, metrics_url: str) -> Group:
    table = Table(title="alerts, newest first", expand=True)
    for col, width in (("severity", 9), ("category", 8), ("template", 28), ("score", 6), ("post", None)):
        table.add_column(col, width=width, overflow="ellipsis", no_wrap=col != "post")
    for a in reversed(state.alerts):
        sev = a.get("severity", "")
        table.add_row(
            Text(sev, style=SEVERITY_STYLE.get(sev, "")),
            a.get("category", ""),
            a.get("template_id", ""),
            f"{a.get('score', 0):.3f}",
            excerpt(a.get("post", {}).get("text", ""), 110),
        )
    summary = Text(
        f"posts sent {state.sent}/{total}   decided {state.decided}   alerts {state.alert_count}   "
        f"suppressed look-alikes {sum(state.suppressed.values())}   metrics {metrics_url}"
    )
    return Group(Panel(summary, title="Sora wave demo"), table)


def _consume(settings: Settings, state: DemoState, stop: threading.Event, ready: threading.Event) -> None:
    import orjson
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        settings.matches_topic,
        settings.alerts_topic,
        bootstrap_servers=settings.kafka_bootstrap(),
        group_id=None,
        auto_offset_reset="latest",
        enable_auto_commit=False,
        consumer_timeout_ms=200,
    )
    try:
        while not consumer.assignment() and not stop.is_set():
            consumer.poll(timeout_ms=200)
        # seek to the end now, so the stream produced after `ready` is seen in full
        consumer.seek_to_end()
        for tp in consumer.assignment():
            consumer.position(tp)
        ready.set()
        while not stop.is_set():
            for records in consumer.poll(timeout_ms=200).values():
                for message in records:
                    record = orjson.loads(message.value)
                    if message.topic == settings.alerts_topic:
                        state.alerts.append(record)
                        state.alert_count += 1
                        state.by_template[record["template_id"]] += 1
                    else:
                        state.decided += 1
                        if record.get("suppressed_by"):
                            state.suppressed[record["suppressed_by"]] += 1
    finally:
        ready.set()
        consumer.close()


def run_demo(
    settings: Settings,
    console: Console,
    *,
    rate: float = 8.0,
    exit_when_done: bool = False,
    worker_timeout_s: float = 180.0,
) -> DemoState:

    stack = EmbeddedStack(settings.state_dir)
    started_stack = not (stack.read() and all(s.healthy for s in stack.status()))
    worker: subprocess.Popen[bytes] | None = None
    stop = threading.Event()
    state = DemoState()
    try:
        console.print("[bold]1/4[/bold] starting the embedded broker and Redis…")
        data = stack.up()
        s = settings.model_copy(update={"kafka_url": data["kafka_url"]})
        env_settings = Settings(
            kafka_url=data["kafka_url"],
            redis_url=data["redis_url"],
            state_dir=settings.state_dir,
            model=settings.model,
            backend=settings.backend,
        )
        console.print(f"      broker {data['kafka_url']}, Redis {data['redis_url']}")

        console.print("[bold]2/4[/bold] loading the Sora demo catalogue into Redis…")
        templates, rejected = parse_template_lines(demo_file("templates.jsonl").read_text().splitlines())
        embedder = embedder_from_settings(s)
        registry = TemplateRegistry(redis_client(env_settings), Keys(s.redis_prefix), embedder)
        result = registry.upsert_many(templates)
        console.print(
            f"      {len(templates)} templates: {result.imported} new, {result.updated} updated, "
            f"{result.unchanged} unchanged, {len(rejected)} rejected"
        )

        metrics_port = free_port()
        metrics_url = f"http://127.0.0.1:{metrics_port}/metrics"
        log = settings.state_dir / "logs" / "demo-worker.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        console.print(f"[bold]3/4[/bold] starting the stream worker (log {log})…")
        with log.open("ab") as out:
            worker = subprocess.Popen(
                [sys.executable, "-m", "monitor.cli", "worker"],
                env=_env_for(settings, data, metrics_port),
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        _wait_healthy(f"http://127.0.0.1:{metrics_port}/health", worker, worker_timeout_s, log)
        console.print(f"      worker healthy; Prometheus metrics at {metrics_url}")

        lines = [ln for ln in demo_file("posts.jsonl").read_bytes().splitlines() if ln.strip()]
        ready = threading.Event()
        consumer = threading.Thread(target=_consume, args=(env_settings, state, stop, ready), daemon=True)
        consumer.start()
        ready.wait(30)

        def _produce() -> None:
            try:
                produce_lines(env_settings, lines, rate=rate, progress=lambda n: _bump(state, n))
            except Exception as exc:  # shown in the live view
                state.error = f"producer: {exc}"
            finally:
                state.done_producing = True

        console.print(f"[bold]4/4[/bold] replaying {len(lines)} demo posts at {rate:g}/s — Ctrl-C to stop")
        threading.Thread(target=_produce, daemon=True).start()
        with Live(_render(state, len(lines), metrics_url), console=console, refresh_per_second=4) as live:
            while True:
                live.update(_render(state, len(lines), metrics_url))
                if worker.poll() is not None:
                    raise StackError(f"the worker exited (code {worker.returncode}); see {log}")
                if state.done_producing and state.decided >= state.sent:
                    break
                time.sleep(0.25)
        _summary(console, state, metrics_url)
        if not exit_when_done:
            console.print(
                "[dim]the worker keeps running: produce more posts with `monitor produce FILE`; "
                "Ctrl-C stops everything this demo started[/dim]"
            )
            while worker.poll() is None:
                time.sleep(0.5)
        return state
    except KeyboardInterrupt:
        console.print("\nstopping…")
        return state
    finally:
        stop.set()
        if worker is not None and worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(20)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait(5)
        if started_stack:
            stack.down()
            console.print("stopped the worker and the embedded stack")
        else:
            console.print("stopped the worker (the embedded stack was already running; left up)")


def _bump(state: DemoState, n: int) -> None:
    state.sent += n


def _summary(console: Console, state: DemoState, metrics_url: str) -> None:
    table = Table(title=f"{state.alert_count} alerts from {state.decided} posts")
    table.add_column("template")
    table.add_column("alerts", justify="right")
    for tid, n in state.by_template.most_common():
        table.add_row(tid, str(n))
    console.print(table)
    if state.suppressed:
        console.print("suppressed look-alikes: " + ", ".join(f"{k} {v}" for k, v in state.suppressed.items()))
    if state.error:
        console.print(f"[red]{state.error}[/red]")
