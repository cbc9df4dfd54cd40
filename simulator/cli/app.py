"""The shared typer application object and output helpers."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="ttx",
    help=(
        "cbm-ttx: tabletop exercises for cyber-incident de-escalation between states.\n\n"
        "Exit codes: 0 ok; 1 problems found; 2 usage error or unreadable input."
    ),
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
