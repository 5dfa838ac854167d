"""``monitor users add/list/disable/enable``: who signs in to the console and the API, with which role.

The token is printed once, at ``add`` (only its SHA-256 is kept). ``MONITOR_API_TOKEN`` stays the bootstrap
admin, so the first users can be added from the console host without any.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from monitor.cli.common import JsonFlag, console, err, fail, load_settings

users_app = typer.Typer(
    help="Console and API users (roles: viewer, reviewer, editor, admin).", no_args_is_help=True
)


def _store():  # type: ignore[no-untyped-def]
    from monitor.storage.connections import redis_client
    from monitor.storage.keys import Keys
    from monitor.storage.users import UserStore

    s = load_settings()
    return UserStore(redis_client(s), Keys(s.redis_prefix))


@users_app.command("add")
def users_add(
    name: str,
    role: Annotated[str, typer.Option(help="viewer | reviewer | editor | admin")] = "reviewer",
    actor: Annotated[str | None, typer.Option(help="who adds the user (default: the OS user)")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Add a user and print their token (shown once: keep it; only its hash is stored)."""
    from monitor.storage.registry import current_actor
    from monitor.storage.users import UserExists

    try:
        user, token = _store().add(name, role, actor=actor or current_actor())
    except UserExists as exc:
        fail(str(exc))
    except ValueError as exc:
        fail(str(exc), 2)
    if as_json:
        typer.echo(json.dumps({**user.as_dict(), "token": token}))
        return
    console.print(f"added {user.name} ({user.role}). Token, shown once:")
    typer.echo(token)
    err.print("sign in to the console with it, or send it as Authorization: Bearer …")


@users_app.command("list")
def users_list(as_json: JsonFlag = False) -> None:
    """Every user, with role and state (never their tokens)."""
    users = _store().list()
    if as_json:
        typer.echo(json.dumps([u.as_dict() for u in users]))
        return
    table = Table(title=f"{len(users)} users")
    for col in ("name", "role", "state", "created", "by"):
        table.add_column(col)
    for u in users:
        table.add_row(u.name, u.role, "disabled" if u.disabled else "enabled", u.created_at, u.created_by)
    console.print(table)


def _set(name: str, disabled: bool, as_json: bool) -> None:
    from monitor.storage.users import UserNotFound

    try:
        user = _store().set_disabled(name, disabled)
    except UserNotFound as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(user.as_dict()))
    else:
        console.print(f"{user.name}: {'disabled (token and sessions refused)' if disabled else 'enabled'}")


@users_app.command("disable")
def users_disable(name: str, as_json: JsonFlag = False) -> None:
    """Disable a user: their token and open sessions stop working at once."""
    _set(name, True, as_json)


@users_app.command("enable")
def users_enable(name: str, as_json: JsonFlag = False) -> None:
    """Re-enable a disabled user (same token)."""
    _set(name, False, as_json)
