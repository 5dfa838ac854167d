"""``monitor``: the command line. One thin module per group of commands; each calls the layers below.

``stack`` (up/down/status), ``service`` (worker, health, api, config), ``templates``, ``topics`` (produce,
matches/incidents tail), ``alerts`` (tail, feedback, reindex), ``candidates``, ``users``, ``model`` and
``tools`` (demo, eval, bench, chaos). Heavy modules (the model, faust) are imported inside the commands
that need them, so ``monitor --help`` and the light commands start fast.
"""

from __future__ import annotations

import sys

from monitor.cli import service, stack, tools, topics  # noqa: F401  (root commands register on import)
from monitor.cli.alerts import alerts_app
from monitor.cli.candidates import candidates_app
from monitor.cli.common import err
from monitor.cli.model import model_app
from monitor.cli.root import app
from monitor.cli.templates import templates_app
from monitor.cli.topics import incidents_app, matches_app
from monitor.cli.users import users_app

app.add_typer(templates_app, name="templates")
app.add_typer(alerts_app, name="alerts")
app.add_typer(matches_app, name="matches")
app.add_typer(incidents_app, name="incidents")
app.add_typer(candidates_app, name="candidates")
app.add_typer(model_app, name="model")
app.add_typer(users_app, name="users")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


__all__ = ["app", "main"]
