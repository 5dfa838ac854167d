"""``monitor produce`` and ``monitor matches|incidents tail``: write posts, follow output topics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import orjson
import typer

from monitor.cli.common import FromBeginning, IdleTimeout, JsonFlag, console, load_settings, progress_bar
from monitor.cli.root import app

matches_app = typer.Typer(help="Matches topic.", no_args_is_help=True)


incidents_app = typer.Typer(help="Incidents topic.", no_args_is_help=True)


# --- producing and tailing -----------------------------------------------------------------------------
@app.command()
def produce(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL posts")],
    rate: Annotated[float, typer.Option(help="posts per second; 0 = as fast as possible")] = 0.0,
    as_json: JsonFlag = False,
) -> None:
    """Publish JSONL posts to the posts topic (lines are sent as they are; bad ones end up in the DLQ)."""
    from monitor.storage.kafka import produce_lines

    s = load_settings()
    lines = [ln for ln in file.read_bytes().splitlines() if ln.strip()]
    with progress_bar() as progress:
        task = progress.add_task(f"producing to {s.posts_topic}", total=len(lines))
        sent = produce_lines(s, lines, rate=rate, progress=lambda n: progress.advance(task, n))
    if as_json:
        typer.echo(json.dumps({"sent": sent}))
    else:
        console.print(f"sent {sent} posts to {s.posts_topic}")


def follow(topic: str, kind: str, as_json: bool, from_beginning: bool, timeout: float | None) -> None:
    from monitor.storage.kafka import tail_topic
    from monitor.tools.boards import live_board

    s = load_settings()
    try:
        records = tail_topic(s, topic, from_beginning=from_beginning, idle_timeout_s=timeout)
        if as_json:
            for record in records:
                typer.echo(orjson.dumps(record).decode())
        else:  # a live table on a terminal (alerts, incidents), one line per record otherwise
            live_board(kind, records, console)
    except KeyboardInterrupt:
        pass


@matches_app.command("tail")
def matches_tail(
    as_json: JsonFlag = False, from_beginning: FromBeginning = False, timeout: IdleTimeout = None
) -> None:
    """Follow the matches topic (one record per processed post)."""
    follow(load_settings().matches_topic, "match", as_json, from_beginning, timeout)


@incidents_app.command("tail")
def incidents_tail(
    as_json: JsonFlag = False, from_beginning: FromBeginning = False, timeout: IdleTimeout = None
) -> None:
    """Follow the incidents topic."""
    follow(load_settings().incidents_topic, "incident", as_json, from_beginning, timeout)
