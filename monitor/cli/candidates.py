"""``monitor candidates list / promote / dismiss``: emerging narratives among unmatched posts."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from monitor.cli.common import JsonFlag, console, fail, load_settings, open_registry
from monitor.errors import MonitorError

candidates_app = typer.Typer(
    help="Emerging narratives: clusters of unmatched posts; promote one to a template.", no_args_is_help=True
)


def _candidate_store() -> Any:
    from monitor.pipeline.candidates import reader_store
    from monitor.storage.connections import redis_client

    s = load_settings()
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

    from monitor.core.candidates import template_from_candidate
    from monitor.storage.candidates import promote

    store = _candidate_store()
    try:  # validate before loading the model
        template_from_candidate(
            store.get(candidate_id), category=category, severity=severity, template_id=template_id, text=text
        )
        template, result = promote(
            store,
            open_registry(with_model=True),
            candidate_id,
            category=category,
            severity=severity,
            template_id=template_id,
            text=text,
        )
    except ValidationError as exc:
        fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()), 2)
    except MonitorError as exc:
        fail(str(exc))
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
        fail(str(exc))
    console.print(f"{candidate_id}: dismissed")
