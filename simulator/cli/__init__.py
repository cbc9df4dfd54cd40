"""The `ttx` command: one typer app; each command group lives in its own module.

Exit codes: 0 ok, 1 problems found (invalid scenario, failed test, replay mismatch),
2 usage error or unreadable input.
"""

from __future__ import annotations

import sys

from simulator.cli import authoring, engine_commands, play_commands, testing_commands
from simulator.cli.app import app
from simulator.errors import ExitCode

__all__ = ["app", "main"]

for module in (authoring, engine_commands, testing_commands, play_commands):
    module.register(app)


def main() -> None:
    """Entry point of the console script."""
    try:
        app(prog_name="ttx")
    except KeyboardInterrupt:
        sys.exit(ExitCode.USAGE)
