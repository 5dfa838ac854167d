"""``monitor alerts tail`` and ``monitor alerts feedback``: follow alerts, record on-call verdicts."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from monitor.cli.common import (
    FromBeginning,
    IdleTimeout,
    JsonFlag,
    console,
    fail,
    load_settings,
    open_registry,
)
from monitor.cli.topics import follow
from monitor.errors import MonitorError

alerts_app = typer.Typer(help="Alerts topic.", no_args_is_help=True)


@alerts_app.command("tail")
def alerts_tail(
    as_json: JsonFlag = False, from_beginning: FromBeginning = False, timeout: IdleTimeout = None
) -> None:
    """Follow the alerts topic."""
    follow(load_settings().alerts_topic, "alert", as_json, from_beginning, timeout)


# --- alert feedback (the store is monitor/storage/feedback.py, shared with the API) ---------------------
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
    add_example: Annotated[
        bool,
        typer.Option(
            "--add-example", help="confirmed: add the post's text to its template's examples (per language)"
        ),
    ] = False,
    actor: Annotated[str | None, typer.Option(help="who gives the verdict (default: the OS user)")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Record on-call's verdict on a delivered alert; optionally teach its template the false positive
    (as a negative) or the confirmed post (as an example)."""
    from monitor.storage.feedback import VERDICTS, FeedbackStore
    from monitor.storage.registry import current_actor

    if verdict not in VERDICTS:
        fail(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}", 2)
    if add_negative and verdict != "false-positive":
        fail("--add-negative goes with false-positive", 2)
    if add_example and verdict != "confirmed":
        fail("--add-example goes with confirmed", 2)
    registry = open_registry(with_model=False)
    store = FeedbackStore(registry.client, registry.keys)
    if not store.alert_known(alert_id):
        fail(f"no delivered alert {alert_id!r} (unknown id, or its record expired)")
    who = actor or current_actor()
    try:
        fb = store.record(alert_id, verdict, actor=who, note=note)
    except ValueError as exc:
        fail(str(exc), 2)
    out: dict[str, Any] = {**fb.as_dict(), "negative_added": False, "example_added": False}
    if fb.template_id:
        out["precision"] = store.precision(fb.template_id)
    if add_negative:
        out.update(_teach("negative", alert_id, who))
    if add_example:
        out.update(_teach("example", alert_id, who))
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
    if out["example_added"]:
        console.print(f"added the post as an example of {fb.template_id} (version {out['template_version']})")
    elif add_example:
        console.print(f"example not added: {out.get('example_reason', '?')}")


def _teach(kind: str, alert_id: str, actor: str) -> dict[str, Any]:
    """``--add-negative`` / ``--add-example``: the shared teaching step, its outcome as JSON fields."""
    from monitor.storage import teaching

    registry = open_registry(with_model=True)
    step = teaching.add_negative if kind == "negative" else teaching.add_example
    try:
        taught = step(registry, alert_id, actor)
    except MonitorError as exc:
        fail(f"{kind} not added: {exc}")
    if kind == "negative" and taught.reason.startswith("invalid"):
        fail(f"negative not added: {taught.reason}")
    out: dict[str, Any] = {f"{kind}_added": taught.added, "template_version": taught.template_version}
    if kind == "example":
        out["example_language"] = taught.language
        if not taught.added:
            out["example_reason"] = taught.reason
    return out


# --- the console's query store ------------------------------------------------------------------------------
@alerts_app.command("reindex")
def alerts_reindex(
    idle: Annotated[
        float, typer.Option("--idle", help="stop reading a topic after this many idle seconds")
    ] = 5.0,
    as_json: JsonFlag = False,
) -> None:
    """Rebuild the console's query store (alert and incident records) by replaying the topics."""
    from monitor.storage.alertindex import reindex
    from monitor.storage.connections import redis_client
    from monitor.storage.kafka import tail_topic
    from monitor.storage.keys import Keys

    s = load_settings()
    incidents = list(tail_topic(s, s.incidents_topic, from_beginning=True, idle_timeout_s=idle))
    alerts = tail_topic(s, s.alerts_topic, from_beginning=True, idle_timeout_s=idle)
    counts = reindex(redis_client(s), Keys(s.redis_prefix), alerts, incidents, s.alert_retention_s)
    if as_json:
        typer.echo(json.dumps(counts))
    else:
        console.print(
            f"indexed {counts['alerts']} alerts and {counts['incidents']} incidents "
            f"({counts['expired']} older than the retention window skipped)"
        )
