"""``monitor demo`` / ``make demo``: the whole loop on one machine, with alerts shown as they fire.

Starts the embedded stack (unless one is running), imports the Sora catalogue, starts a worker process,
replays the demo stream at a readable pace and shows a live table of alerts. Ctrl-C stops everything this
command started, and nothing else.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from monitor.config import Settings
from monitor.core.spellings import parse_spelling_lines
from monitor.embedding import embedder_from_settings
from monitor.storage.connections import redis_client
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry, parse_template_lines
from monitor.tools.boards import SEVERITY_STYLE, confidence, excerpt
from monitor.tools.console_demo import ConsoleProcess, start_console, stop_console
from monitor.tools.harness import TopicCollector, WorkerProcess
from monitor.tools.stack import EmbeddedStack

DEMO_SESSION_TIMEOUT_S = 6.0


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


def _render(state: DemoState, total: int, metrics_url: str) -> Group:
    table = Table(title="alerts, newest first", expand=True)
    columns = (("severity", 9), ("category", 8), ("template", 28), ("confidence", 10), ("post", None))
    for col, width in columns:
        table.add_column(col, width=width, overflow="ellipsis", no_wrap=col != "post")
    for a in reversed(state.alerts):
        sev = a.get("severity", "")
        table.add_row(
            Text(sev, style=SEVERITY_STYLE.get(sev, "")),
            a.get("category", ""),
            a.get("template_id", ""),
            confidence(a),
            excerpt(a.get("post", {}).get("text", ""), 110),
        )
    summary = Text(
        f"posts sent {state.sent}/{total}   decided {state.decided}   alerts {state.alert_count}   "
        f"suppressed look-alikes {sum(state.suppressed.values())}   metrics {metrics_url}"
    )
    return Group(Panel(summary, title="Sora wave demo"), table)


def _on_record(settings: Settings, state: DemoState) -> Callable[[str, dict[str, Any]], None]:
    def record(topic: str, record: dict[str, Any]) -> None:
        if topic == settings.alerts_topic:
            state.alerts.append(record)
            state.alert_count += 1
            state.by_template[record["template_id"]] += 1
        else:
            state.decided += 1
            if record.get("suppressed_by"):
                state.suppressed[record["suppressed_by"]] += 1

    return record


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
    worker: WorkerProcess | None = None
    collector: TopicCollector | None = None
    ui: ConsoleProcess | None = None
    state = DemoState()
    try:
        console.print("[bold]1/4[/bold] starting the embedded broker and Redis…")
        data = stack.up()
        # the worker leaves a consumer group within seconds when the demo stops
        s = settings.model_copy(
            update={
                "kafka_url": data["kafka_url"],
                "redis_url": SecretStr(data["redis_url"]),
                "session_timeout_s": DEMO_SESSION_TIMEOUT_S,
            }
        )
        console.print(f"      broker {data['kafka_url']}, Redis {data['redis_url']}")

        console.print("[bold]2/4[/bold] loading the Sora demo catalogue into Redis…")
        templates, rejected = parse_template_lines(demo_file("templates.jsonl").read_text().splitlines())
        embedder = embedder_from_settings(s)
        registry = TemplateRegistry(redis_client(s), Keys(s.redis_prefix), embedder)
        result = registry.upsert_many(templates)
        console.print(
            f"      {len(templates)} templates: {result.imported} new, {result.updated} updated, "
            f"{result.unchanged} unchanged, {len(rejected)} rejected"
        )
        spellings, _ = parse_spelling_lines(demo_file("spellings.jsonl").read_text("utf-8").splitlines())
        for spelling in spellings:
            registry.set_spelling(spelling)
        console.print(
            f"      {len(spellings)} spellings read as the name: "
            + ", ".join(f"{sp.alias} as {sp.name}" for sp in spellings)
        )

        log = settings.state_dir / "logs" / "demo-worker.log"
        console.print(f"[bold]3/4[/bold] starting the stream worker (log {log})…")
        worker = WorkerProcess(s, log).wait_healthy(worker_timeout_s, interval_s=0.5)
        metrics_url = worker.url("/metrics")
        console.print(f"      worker healthy; Prometheus metrics at {metrics_url}")
        ui = start_console(worker.env, log.parent / "demo-api.log")
        console.print(ui.error or f"      console {ui.url} — sign in with the token {ui.token}")

        lines = [ln for ln in demo_file("posts.jsonl").read_bytes().splitlines() if ln.strip()]
        collector = TopicCollector(
            s,
            s.matches_topic,
            s.alerts_topic,
            from_beginning=False,
            on_record=_on_record(s, state),
            keep=False,
        ).start()

        def _produce() -> None:
            try:
                produce_lines(s, lines, rate=rate, progress=lambda n: _bump(state, n))
            except Exception as exc:  # shown in the live view
                state.error = f"producer: {exc}"
            finally:
                state.done_producing = True

        console.print(f"[bold]4/4[/bold] replaying {len(lines)} demo posts at {rate:g}/s — Ctrl-C to stop")
        threading.Thread(target=_produce, daemon=True).start()
        with Live(_render(state, len(lines), metrics_url), console=console, refresh_per_second=4) as live:
            while True:
                live.update(_render(state, len(lines), metrics_url))
                worker.check_alive()
                if state.done_producing and state.decided >= state.sent:
                    break
                time.sleep(0.25)
        _summary(console, state, metrics_url)
        if not exit_when_done:
            console.print(
                "[dim]the worker keeps running: produce more posts with `monitor produce FILE`; "
                "Ctrl-C stops everything this demo started[/dim]"
            )
            while worker.alive():
                time.sleep(0.5)
        return state
    except KeyboardInterrupt:
        console.print("\nstopping…")
        return state
    finally:
        stop_console(ui)
        if collector is not None:
            collector.stop()
        if worker is not None:
            worker.stop(grace_s=20)
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
