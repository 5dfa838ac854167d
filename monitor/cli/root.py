"""The root ``monitor`` Typer app; command modules register on it when :mod:`monitor.cli` imports them."""

import typer

app = typer.Typer(help="Streaming rumour and scam monitor.", no_args_is_help=True, add_completion=False)
