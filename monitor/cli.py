"""``monitor``: the command line. Thin: every command calls the pieces in this package."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from .config import Settings, get_settings
from .errors import MonitorError

app = typer.Typer(help="Streaming rumour and scam monitor.", no_args_is_help=True, add_completion=False)
templates_app = typer.Typer(help="Manage rumour and scam templates (Redis).", no_args_is_help=True)
alerts_app = typer.Typer(help="Alerts topic.", no_args_is_help=True)
matches_app = typer.Typer(help="Matches topic.", no_args_is_help=True)
incidents_app = typer.Typer(help="Incidents topic.", no_args_is_help=True)
app.add_typer(templates_app, name="templates")
app.add_typer(alerts_app, name="alerts")
app.add_typer(matches_app, name="matches")
app.add_typer(incidents_app, name="incidents")

console = Console()
err = Console(stderr=True)

JsonFlag = Annotated[bool, typer.Option("--json", help="machine-readable output")]


def _settings() -> Settings:
    try:
        return get_settings()
    except Exception as exc:  # pydantic ValidationError: show it plainly
        err.print(f"[red]invalid settings:[/red] {exc}")
        raise typer.Exit(2) from exc


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )


# --- embedded stack ------------------------------------------------------------------------------------
@app.command()
def up(
    kafka_port: Annotated[int | None, typer.Option(help="broker port (default: a free one)")] = None,
    redis_port: Annotated[int | None, typer.Option(help="Redis port (default: a free one)")] = None,
) -> None:
    """Start the embedded broker and Redis in the background; prints `export` lines for `eval`."""
    from .stack import EmbeddedStack

    s = _settings()
    try:
        data = EmbeddedStack(s.state_dir).up(kafka_port, redis_port)
    except MonitorError as exc:
        _fail(str(exc))
    typer.echo(f"export MONITOR_KAFKA_URL={data['kafka_url']}")
    typer.echo(f"export MONITOR_REDIS_URL={data['redis_url']}")
    typer.echo(f"export MONITOR_STATE_DIR={s.state_dir}")
    err.print(f"[green]embedded stack up[/green] (state in {s.state_dir})")


@app.command()
def down() -> None:
    """Stop the embedded broker and Redis started by `monitor up`."""
    from .stack import EmbeddedStack

    stopped = EmbeddedStack(_settings().state_dir).down()
    err.print(f"stopped: {', '.join(stopped) if stopped else 'nothing was running'}")


@app.command()
def status(as_json: JsonFlag = False) -> None:
    """Show the embedded stack's services."""
    from .stack import EmbeddedStack

    s = _settings()
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
                _yes(r.running),
                _yes(r.reachable),
                r.url or "-",
                r.log or "-",
            )
        console.print(table)
    raise typer.Exit(0 if all(r.healthy for r in rows) else 1)


def _yes(flag: bool) -> str:
    return "[green]yes[/green]" if flag else "[red]no[/red]"


# --- worker and health ---------------------------------------------------------------------------------
@app.command()
def worker(loglevel: Annotated[str, typer.Option(help="debug|info|warning")] = "info") -> None:
    """Run the stream worker (faust) until stopped."""
    _setup_logging(loglevel)
    from streams.worker import run_worker

    try:
        run_worker(_settings(), loglevel=loglevel)
    except MonitorError as exc:
        _fail(str(exc))


def _setup_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@app.command()
def health(
    service: Annotated[str, typer.Argument(help="worker | redis | kafka | all")] = "worker",
    as_json: JsonFlag = False,
    timeout_s: Annotated[float, typer.Option("--timeout", help="seconds per check")] = 3.0,
) -> None:
    """Exit 0 when the service is healthy, 1 otherwise."""
    from .health import check

    s = _settings()
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


# --- templates -----------------------------------------------------------------------------------------
def _registry(with_model: bool) -> Any:
    from .connections import redis_client
    from .embedding import load_embedder
    from .keys import Keys
    from .registry import TemplateRegistry

    s = _settings()
    embedder = None
    if with_model:
        embedder = load_embedder(s.model, s.backend, s.encode_batch_size, s.torch_threads)
    return TemplateRegistry(redis_client(s), Keys(s.redis_prefix), embedder)


@templates_app.command("import")
def templates_import(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL, one template per line")],
    as_json: JsonFlag = False,
) -> None:
    """Add or update templates from JSONL; idempotent by id. Invalid lines are reported and skipped."""
    from .registry import parse_template_lines

    lines = file.read_text(encoding="utf-8").splitlines()
    good, rejected = parse_template_lines(lines)
    try:
        registry = _registry(with_model=True)
        with _progress() as progress:
            task = progress.add_task("embedding templates", total=len(good))
            result = registry.upsert_many(good, progress=lambda n: progress.advance(task, n))
    except MonitorError as exc:
        _fail(str(exc))
    result.rejected = rejected
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "imported": result.imported,
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                    "rejected": rejected,
                }
            )
        )
        return
    console.print(
        f"imported {result.imported}, updated {result.updated}, unchanged {result.unchanged}, "
        f"rejected {len(rejected)}"
    )
    if rejected:
        table = Table(title="rejected lines")
        table.add_column("line")
        table.add_column("id")
        table.add_column("reason")
        for r in rejected:
            table.add_row(str(r["line"]), str(r.get("id") or "-"), r["reason"])
        console.print(table)


@templates_app.command("list")
def templates_list(as_json: JsonFlag = False) -> None:
    """List every template."""
    rows = _registry(with_model=False).all()
    if as_json:
        typer.echo(json.dumps([t.model_dump(mode="json") for t in rows], ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} templates")
    for col in ("id", "category", "severity", "enabled", "version", "examples", "negatives", "text"):
        table.add_column(col, overflow="fold")
    for t in rows:
        table.add_row(
            t.id,
            t.category,
            t.severity,
            _yes(t.enabled),
            str(t.version),
            str(len(t.examples)),
            str(len(t.negatives)),
            t.text[:80],
        )
    console.print(table)


@templates_app.command("show")
def templates_show(template_id: str, as_json: JsonFlag = False) -> None:
    """Show one template."""
    try:
        t = _registry(with_model=False).get(template_id)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(t.model_dump_json())
        return
    table = Table(show_header=False, title=t.id)
    for key, value in t.model_dump(mode="json").items():
        table.add_row(key, "\n".join(value) if isinstance(value, list) else str(value))
    console.print(table)


@templates_app.command("add")
def templates_add(
    template_id: Annotated[str, typer.Option("--id")],
    category: Annotated[str, typer.Option()],
    severity: Annotated[str, typer.Option()],
    text: Annotated[str, typer.Option()],
    example: Annotated[list[str] | None, typer.Option(help="repeatable")] = None,
    negative: Annotated[list[str] | None, typer.Option(help="repeatable")] = None,
    threshold: Annotated[float | None, typer.Option()] = None,
    as_json: JsonFlag = False,
) -> None:
    """Add (or update) one template."""
    from pydantic import ValidationError

    from .models import TemplateIn

    try:
        t = TemplateIn(
            id=template_id,
            category=category,
            severity=severity,
            text=text,  # type: ignore[arg-type]
            examples=tuple(example or ()),
            negatives=tuple(negative or ()),
            threshold=threshold,
        )
    except ValidationError as exc:
        _fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()), 2)
    result = _registry(with_model=True).upsert_many([t])
    if as_json:
        typer.echo(json.dumps(result.as_dict()))
    else:
        console.print(
            f"{t.id}: {'added' if result.imported else 'updated' if result.updated else 'unchanged'}"
        )


def _set_enabled(template_id: str, enabled: bool) -> None:
    try:
        t = _registry(with_model=False).set_enabled(template_id, enabled)
    except MonitorError as exc:
        _fail(str(exc))
    console.print(f"{t.id}: {'enabled' if t.enabled else 'disabled'} (version {t.version})")


@templates_app.command("disable")
def templates_disable(template_id: str) -> None:
    """Stop matching a template (kept, can be re-enabled)."""
    _set_enabled(template_id, False)


@templates_app.command("enable")
def templates_enable(template_id: str) -> None:
    """Resume matching a disabled template."""
    _set_enabled(template_id, True)


@templates_app.command("remove")
def templates_remove(template_id: str) -> None:
    """Delete a template and its vectors."""
    try:
        _registry(with_model=False).remove(template_id)
    except MonitorError as exc:
        _fail(str(exc))
    console.print(f"{template_id}: removed")


@templates_app.command("export")
def templates_export(
    file: Annotated[Path | None, typer.Argument(help="output file (default: stdout)")] = None,
) -> None:
    """Write every template as JSONL (round-trips through `templates import`)."""
    from .models import TemplateIn

    rows = _registry(with_model=False).all()
    lines = [
        json.dumps(
            TemplateIn.model_validate(t.model_dump()).model_dump(mode="json", exclude_none=True),
            ensure_ascii=False,
        )
        for t in rows
    ]
    text = "\n".join(lines) + ("\n" if lines else "")
    if file is None:
        sys.stdout.write(text)
    else:
        file.write_text(text, encoding="utf-8")
        err.print(f"exported {len(lines)} templates to {file}")


@templates_app.command("history")
def templates_history(template_id: str, as_json: JsonFlag = False) -> None:
    """Audit trail of one template: who changed what, when."""
    rows = _registry(with_model=False).history(template_id)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(title=f"history of {template_id}")
    for col in ("at", "action", "version", "actor", "changes"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r.get("at", ""),
            r.get("action", ""),
            str(r.get("version", "")),
            r.get("actor", ""),
            r.get("changes", ""),
        )
    console.print(table)


# --- producing and tailing -----------------------------------------------------------------------------
@app.command()
def produce(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL posts")],
    rate: Annotated[float, typer.Option(help="posts per second; 0 = as fast as possible")] = 0.0,
    as_json: JsonFlag = False,
) -> None:
    """Publish JSONL posts to the posts topic (lines are sent as they are; bad ones end up in the DLQ)."""
    from .producer import produce_lines

    s = _settings()
    lines = [ln for ln in file.read_bytes().splitlines() if ln.strip()]
    with _progress() as progress:
        task = progress.add_task(f"producing to {s.posts_topic}", total=len(lines))
        sent = produce_lines(s, lines, rate=rate, progress=lambda n: progress.advance(task, n))
    if as_json:
        typer.echo(json.dumps({"sent": sent}))
    else:
        console.print(f"sent {sent} posts to {s.posts_topic}")


def _tail(topic: str, kind: str, as_json: bool, from_beginning: bool, timeout: float | None) -> None:
    from .tail import render_row, tail_topic

    s = _settings()
    try:
        for record in tail_topic(s, topic, from_beginning=from_beginning, idle_timeout_s=timeout):
            if as_json:
                typer.echo(orjson.dumps(record).decode())
            else:
                console.print(render_row(kind, record))
    except KeyboardInterrupt:
        pass


FromBeginning = Annotated[bool, typer.Option("--from-beginning", help="start at the oldest message")]
IdleTimeout = Annotated[float | None, typer.Option("--timeout", help="exit after this many idle seconds")]


@alerts_app.command("tail")
def alerts_tail(
    as_json: JsonFlag = False, from_beginning: FromBeginning = False, timeout: IdleTimeout = None
) -> None:
    """Follow the alerts topic."""
    _tail(_settings().alerts_topic, "alert", as_json, from_beginning, timeout)


@matches_app.command("tail")
def matches_tail(
    as_json: JsonFlag = False, from_beginning: FromBeginning = False, timeout: IdleTimeout = None
) -> None:
    """Follow the matches topic (one record per processed post)."""
    _tail(_settings().matches_topic, "match", as_json, from_beginning, timeout)


@incidents_app.command("tail")
def incidents_tail(
    as_json: JsonFlag = False, from_beginning: FromBeginning = False, timeout: IdleTimeout = None
) -> None:
    """Follow the incidents topic."""
    _tail(_settings().incidents_topic, "incident", as_json, from_beginning, timeout)


# --- demo and evaluation -------------------------------------------------------------------------------
@app.command()
def demo(
    rate: Annotated[float, typer.Option(help="demo posts per second")] = 8.0,
    exit_when_done: Annotated[bool, typer.Option(help="exit once every demo post is decided")] = False,
) -> None:
    """Start the stack, load the Sora catalogue, run a worker, replay the demo stream, show alerts live."""
    from .demo import run_demo

    try:
        run_demo(_settings(), console, rate=rate, exit_when_done=exit_when_done)
    except MonitorError as exc:
        _fail(str(exc))


@app.command("eval")
def evaluate(
    claims: Annotated[Path, typer.Option(exists=True, help="templates or claims JSONL")],
    posts: Annotated[Path, typer.Option(exists=True, help="posts JSONL")],
    qrels: Annotated[
        Path, typer.Option(exists=True, help="post_id<TAB>template_id; posts absent match nothing")
    ],
    index: Annotated[
        str, typer.Option(help="memory (exact, no services) or redis (the worker's index)")
    ] = "memory",
    limit: Annotated[int, typer.Option(help="evaluate only the first N posts (0 = all)")] = 0,
    as_json: JsonFlag = False,
) -> None:
    """Offline evaluation of the matcher the worker runs: ranking (MAP@5, MRR, recall) and decisions."""
    from .eval_run import run_eval

    s = _settings()
    progress = _progress()
    with progress:
        report = run_eval(s, claims, posts, qrels, index=index, limit=limit, progress=progress)
    if as_json:
        typer.echo(json.dumps(report))
        return
    from .eval_run import print_report

    print_report(report, console)


@app.command("config")
def show_config(
    as_json: JsonFlag = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="print the reference (docs/CONFIG.md)")
    ] = False,
) -> None:
    """Print the effective settings (secrets masked), or the configuration reference."""
    if markdown:
        from .config import reference_markdown

        sys.stdout.write(reference_markdown())
        return
    data = _settings().masked()
    if as_json:
        typer.echo(json.dumps(data, default=str))
        return
    table = Table(title="settings (env prefix MONITOR_)")
    table.add_column("setting")
    table.add_column("value")
    for k, v in data.items():
        table.add_row(k, str(v))
    console.print(table)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
