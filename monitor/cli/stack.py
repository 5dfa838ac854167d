"""``monitor up / down / status``: the embedded broker and Redis in the background."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from monitor.cli.common import JsonFlag, console, err, fail, load_settings, yes
from monitor.cli.root import app
from monitor.errors import MonitorError


# --- embedded stack ------------------------------------------------------------------------------------
@app.command()
def up(
    kafka_port: Annotated[int | None, typer.Option(help="broker port (default: a free one)")] = None,
    redis_port: Annotated[int | None, typer.Option(help="Redis port (default: a free one)")] = None,
    redis_password: Annotated[
        str | None,
        typer.Option(
            envvar="MONITOR_STACK_REDIS_PASSWORD",
            help="make the embedded Redis require this password (prefer the env var: argv is visible)",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start the embedded broker and Redis in the background; prints `export` lines for `eval`."""
    from monitor.tools.stack import EmbeddedStack

    s = load_settings()
    try:
        data = EmbeddedStack(s.state_dir).up(kafka_port, redis_port, redis_password=redis_password)
    except MonitorError as exc:
        fail(str(exc))
    typer.echo(f"export MONITOR_KAFKA_URL={data['kafka_url']}")
    typer.echo(f"export MONITOR_REDIS_URL={data['redis_url']}")
    typer.echo(f"export MONITOR_STATE_DIR={s.state_dir}")
    err.print(f"[green]embedded stack up[/green] (state in {s.state_dir})")


@app.command()
def down() -> None:
    """Stop the embedded broker and Redis started by `monitor up`."""
    from monitor.tools.stack import EmbeddedStack

    stopped = EmbeddedStack(load_settings().state_dir).down()
    err.print(f"stopped: {', '.join(stopped) if stopped else 'nothing was running'}")


@app.command()
def status(as_json: JsonFlag = False) -> None:
    """Show the embedded stack's services."""
    from monitor.tools.stack import EmbeddedStack

    s = load_settings()
    rows = EmbeddedStack(s.state_dir).status()
    if as_json:
        typer.echo(json.dumps([{**r.__dict__, "healthy": r.healthy} for r in rows]))
    else:
        table = Table(title=f"embedded stack ({s.state_dir})")
        for col in ("service", "pid", "port", "running", "reachable", "url", "log"):
            table.add_column(col)
        for r in rows:
            table.add_row(
                r.name,
                str(r.pid or "-"),
                str(r.port or "-"),
                yes(r.running),
                yes(r.reachable),
                r.url or "-",
                r.log or "-",
            )
        console.print(table)
    raise typer.Exit(0 if all(r.healthy for r in rows) else 1)
