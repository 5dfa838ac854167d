"""``monitor worker``, ``health``, ``api`` and ``config``: run and inspect the long-lived services."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from monitor.cli.common import JsonFlag, console, fail, load_settings, setup_logging
from monitor.cli.root import app
from monitor.errors import MonitorError


# --- worker and health ---------------------------------------------------------------------------------
@app.command()
def worker(loglevel: Annotated[str, typer.Option(help="debug|info|warning")] = "info") -> None:
    """Run the stream worker (faust) until stopped."""
    setup_logging(loglevel)
    from streams.worker import run_worker

    try:
        run_worker(load_settings(), loglevel=loglevel)
    except MonitorError as exc:
        fail(str(exc))


@app.command()
def health(
    service: Annotated[str, typer.Argument(help="worker | redis | kafka | all")] = "worker",
    as_json: JsonFlag = False,
    timeout_s: Annotated[float, typer.Option("--timeout", help="seconds per check")] = 3.0,
) -> None:
    """Exit 0 when the service is healthy, 1 otherwise."""
    from monitor.tools.health import check

    s = load_settings()
    results = check(s, service, timeout_s)
    ok = all(r["healthy"] for r in results.values())
    if as_json:
        typer.echo(json.dumps({"healthy": ok, "checks": results}))
    else:
        for name, r in results.items():
            console.print(
                f"{name}: {'[green]healthy[/green]' if r['healthy'] else '[red]unhealthy[/red]'}"
                f" {r.get('detail', '')}"
            )
    raise typer.Exit(0 if ok else 1)


@app.command()
def api(
    host: Annotated[
        str | None, typer.Option(help="bind address (default MONITOR_API_HOST, 127.0.0.1)")
    ] = None,
    port: Annotated[int | None, typer.Option(help="port (default MONITOR_API_PORT, 8080)")] = None,
    read_only: Annotated[
        bool | None,
        typer.Option("--read-only", help="serve reads only; no token needed (or MONITOR_API_READ_ONLY=1)"),
    ] = None,
    loglevel: Annotated[str, typer.Option(help="debug|info|warning")] = "info",
) -> None:
    """Run the ops HTTP API (templates, alert feedback); writes need MONITOR_API_TOKEN."""
    setup_logging(loglevel)
    from monitor.api import run_api

    try:
        run_api(
            load_settings(), host=host, port=port, read_only=read_only or None, log_level=loglevel.lower()
        )
    except MonitorError as exc:
        fail(str(exc), 2)


@app.command("config")
def show_config(
    as_json: JsonFlag = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="print the reference (docs/CONFIG.md)")
    ] = False,
    metrics: Annotated[
        bool, typer.Option("--metrics", help="print the metrics reference (docs/METRICS.md)")
    ] = False,
) -> None:
    """Print the effective settings (secrets masked), or the configuration or metrics reference."""
    if markdown:
        from monitor.config import reference_markdown

        sys.stdout.write(reference_markdown())
        return
    if metrics:
        sys.stdout.write(metrics_markdown())
        return
    data = load_settings().masked()
    if as_json:
        typer.echo(json.dumps(data, default=str))
        return
    table = Table(title="settings (env prefix MONITOR_)")
    table.add_column("setting")
    table.add_column("value")
    for k, v in data.items():
        table.add_row(k, str(v))
    console.print(table)


def metrics_markdown() -> str:
    """docs/METRICS.md: the worker's and the API's collectors."""
    from monitor.api.middleware import ApiMetrics
    from monitor.pipeline.metrics import Metrics, metrics_reference

    return metrics_reference(
        [
            (
                "Worker (`monitor worker`, `MONITOR_METRICS_PORT`, default 9300)",
                "Scraped by the `monitor-worker` job; the Grafana board and the alert rules read these.",
                Metrics().registry,
            ),
            (
                "API and console (`monitor api`, `/metrics` on its port)",
                "Scraped by the `monitor-api` job: requests, and the on-call queue.",
                ApiMetrics(read_only=False).registry,
            ),
        ]
    )
