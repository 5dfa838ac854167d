"""Shared by the command modules: consoles, flags, settings loading, failure exits, progress bars."""

from __future__ import annotations

import logging
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from monitor.config import Settings, get_settings

console = Console()


err = Console(stderr=True)


JsonFlag = Annotated[bool, typer.Option("--json", help="machine-readable output")]


def load_settings() -> Settings:
    try:
        return get_settings()
    except Exception as exc:  # pydantic ValidationError: show it plainly
        err.print(f"[red]invalid settings:[/red] {exc}")
        raise typer.Exit(2) from exc


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def progress_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )


def yes(flag: bool) -> str:
    return "[green]yes[/green]" if flag else "[red]no[/red]"


def setup_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")


# --- templates -----------------------------------------------------------------------------------------
def open_registry(with_model: bool) -> Any:
    from monitor.embedding import embedder_from_settings
    from monitor.storage.connections import redis_client
    from monitor.storage.keys import Keys
    from monitor.storage.registry import TemplateRegistry

    s = load_settings()
    embedder = None
    if with_model:
        embedder = embedder_from_settings(s)
    return TemplateRegistry(redis_client(s), Keys(s.redis_prefix), embedder)


FromBeginning = Annotated[bool, typer.Option("--from-beginning", help="start at the oldest message")]


IdleTimeout = Annotated[float | None, typer.Option("--timeout", help="exit after this many idle seconds")]
