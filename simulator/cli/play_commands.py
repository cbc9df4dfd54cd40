"""Commands of the `ttx` CLI (placeholder: its owner fills it in)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
