"""``monitor templates …``: import, list, show, add, update, enable/disable, remove, export, history,
re-embed, and ``spellings`` (list, add, remove, import, history). Every change is versioned and audited in
the registry."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from monitor.cli.common import JsonFlag, console, err, fail, open_registry, progress_bar, yes
from monitor.errors import MonitorError

templates_app = typer.Typer(help="Manage rumour and scam templates (Redis).", no_args_is_help=True)


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

    from monitor.storage.registry import ImportResult, claim_to_template, parse_template_lines

    if fmt not in ("templates", "claims"):
        fail(f"--format must be templates or claims, not {fmt!r}", 2)
    convert = partial(claim_to_template, category=category, severity=severity) if fmt == "claims" else None
    lines = file.read_text(encoding="utf-8").splitlines()
    good, rejected = parse_template_lines(lines, convert)
    try:
        registry = open_registry(with_model=False)
        pending = registry.pending(good)  # a re-import that changes nothing loads no model
        result = ImportResult(unchanged=len({t.id for t in good}) - len(pending))
        if pending:
            registry = open_registry(with_model=True)
            with progress_bar() as progress:
                task = progress.add_task("embedding templates", total=len(pending))
                written = registry.upsert_many(pending, progress=lambda n: progress.advance(task, n))
            result.imported, result.updated = written.imported, written.updated
            result.unchanged += written.unchanged
    except MonitorError as exc:
        fail(str(exc))
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
    rows = open_registry(with_model=False).all()
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
            yes(t.enabled),
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
        t = open_registry(with_model=False).get(template_id)
    except MonitorError as exc:
        fail(str(exc))
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

    from monitor.core.models import TemplateIn

    try:
        t = TemplateIn.model_validate(fields)
    except ValidationError as exc:
        fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()), 2)
    result = open_registry(with_model=True).upsert_many([t])
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
        current = open_registry(with_model=False).get(template_id)
    except MonitorError as exc:
        fail(str(exc))
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
        t = open_registry(with_model=False).set_enabled(template_id, enabled)
    except MonitorError as exc:
        fail(str(exc))
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
        open_registry(with_model=False).remove(template_id)
    except MonitorError as exc:
        fail(str(exc))
    console.print(f"{template_id}: removed")


@templates_app.command("export")
def templates_export(
    file: Annotated[Path | None, typer.Argument(help="output file (default: stdout)")] = None,
) -> None:
    """Write every template as JSONL (round-trips through `templates import`)."""
    from monitor.storage.registry import export_line

    lines = [export_line(t) for t in open_registry(with_model=False).all()]
    text = "\n".join(lines) + ("\n" if lines else "")
    if file is None:
        sys.stdout.write(text)
    else:
        file.write_text(text, encoding="utf-8")
        err.print(f"exported {len(lines)} templates to {file}")


@templates_app.command("history")
def templates_history(template_id: str, as_json: JsonFlag = False) -> None:
    """Audit trail of one template: who changed what, when."""
    rows = open_registry(with_model=False).history(template_id)
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


@templates_app.command("reembed")
def templates_reembed(as_json: JsonFlag = False) -> None:
    """Embed every template that has no vectors for MONITOR_MODEL yet (after switching models). Vectors are
    kept per model, so spaces never mix; the worker does the same at start-up."""
    try:
        registry = open_registry(with_model=True)
        model = registry.embedder.spec.name
        templates = registry.all()
        pipe = registry.client.pipeline(transaction=False)
        for t in templates:
            pipe.exists(registry.keys.vector(model, t.id, "text", 0))
        missing = sum(1 for present in pipe.execute() if not present)
        with progress_bar() as progress:
            task = progress.add_task(f"embedding templates with {model}", total=missing)
            embedded = registry.ensure_vectors(progress=lambda n: progress.advance(task, n))
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"model": model, "templates": len(templates), "embedded": embedded}))
    else:
        typer.echo(
            f"{model}: embedded {embedded} of {len(templates)} templates "
            f"({len(templates) - embedded} already had vectors)"
        )


spellings_app = typer.Typer(
    help="Spellings of the wave's names that workers read as the name (索拉 as Sora).", no_args_is_help=True
)
templates_app.add_typer(spellings_app, name="spellings")


def _spelling_or_fail(alias: str, name: str) -> Any:
    from pydantic import ValidationError

    from monitor.core.spellings import SpellingIn, refusal

    try:
        return SpellingIn(alias=alias, name=name)
    except ValidationError as exc:
        fail(refusal(exc), 2)


@spellings_app.command("list")
def spellings_list(as_json: JsonFlag = False) -> None:
    """The registered spellings, alias -> name."""
    names = open_registry(with_model=False).spellings().names
    aliases = sorted(names, key=str.casefold)
    if as_json:
        typer.echo(json.dumps([{"alias": a, "name": names[a]} for a in aliases], ensure_ascii=False))
        return
    table = Table(title=f"{len(aliases)} spellings")
    table.add_column("alias")
    table.add_column("read as")
    for a in aliases:
        table.add_row(a, names[a])
    console.print(table)


@spellings_app.command("add")
def spellings_add(
    alias: Annotated[str, typer.Argument(help="the spelling seen in posts, e.g. 索拉")],
    name: Annotated[str, typer.Argument(help="the name it stands for, as the templates write it, e.g. Sora")],
) -> None:
    """Register a spelling (or change what it is read as); running workers read it within seconds."""
    spelling = _spelling_or_fail(alias, name)
    try:
        status = open_registry(with_model=False).set_spelling(spelling)
    except MonitorError as exc:
        fail(str(exc))
    console.print(
        f"{spelling.alias} -> {spelling.name}: {'unchanged' if status == 'unchanged' else 'registered'}"
    )


@spellings_app.command("remove")
def spellings_remove(alias: str) -> None:
    """Stop reading a spelling as its name."""
    try:
        open_registry(with_model=False).remove_spelling(alias)
    except MonitorError as exc:
        fail(str(exc))
    console.print(f"{alias}: removed")


@spellings_app.command("import")
def spellings_import(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help='JSONL: {"alias", "name"} per line')
    ],
    as_json: JsonFlag = False,
) -> None:
    """Register every spelling of a JSONL file; invalid lines are reported and skipped.

    The file is the one ``monitor eval --spellings`` reads: one ``{"alias", "name"}`` per line."""
    from monitor.core.spellings import parse_spelling_lines

    good, rejected = parse_spelling_lines(file.read_text(encoding="utf-8").splitlines())
    registry = open_registry(with_model=False)
    changed = 0
    try:
        for spelling in good:
            changed += registry.set_spelling(spelling) != "unchanged"
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(
            json.dumps({"registered": changed, "unchanged": len(good) - changed, "rejected": rejected})
        )
        return
    console.print(f"registered {changed}, unchanged {len(good) - changed}, rejected {len(rejected)}")
    if rejected:
        table = Table(title="rejected lines")
        table.add_column("line")
        table.add_column("reason")
        for r in rejected:
            table.add_row(str(r["line"]), str(r["reason"]))
        console.print(table)


@spellings_app.command("history")
def spellings_history(as_json: JsonFlag = False) -> None:
    """Who registered or removed which spelling, and when (the catalogue's recent audit entries)."""
    rows = open_registry(with_model=False).spelling_history(count=1000)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} spelling changes")
    for col in ("at", "actor", "action", "alias", "name before -> after"):
        table.add_column(col)
    for r in rows:
        before, after = json.loads(r.get("changes") or '{"name": [null, null]}')["name"]
        table.add_row(r["at"], r["actor"], r["action"], r["alias"], f"{before or '-'} -> {after or '-'}")
    console.print(table)
