"""`ttx` (no subcommand) opens the workshop home screen; `ttx play` opens or resumes a session.

Inputs are checked here, before the full-screen app starts, so a bad file or flag prints a
located error and exits non-zero instead of flashing a screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from simulator.bundled import default_scenario
from simulator.errors import ExitCode, InputError, ScenarioError
from simulator.tui.sessions import DEFAULT_SESSIONS_DIR

DirOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--dir",
        metavar="DIR",
        help="Folder of scenario files to list after the bundled ones (repeatable).",
        file_okay=False,
    ),
]


def fail(message: str, code: ExitCode) -> typer.Exit:
    typer.echo(f"ttx: {message}", err=True)
    return typer.Exit(int(code))


def check_scenario(path: Path) -> None:
    """Load the scenario once to report its problems in the terminal; raises typer.Exit."""
    from simulator.scenario.load import load_scenario

    if not path.is_file():
        raise fail(f"{path}: no such scenario file", ExitCode.USAGE)
    try:
        load_scenario(path)
    except ScenarioError as error:
        for problem in error.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(int(ExitCode.PROBLEMS)) from None
    except InputError as error:
        raise fail(f"{path}: {error}", ExitCode.USAGE) from None
    except Exception as error:  # the loader will locate these too; until then, no traceback
        raise fail(f"{path}: {error}", ExitCode.PROBLEMS) from None


def check_folders(folders: list[Path]) -> None:
    for folder in folders:
        if not folder.is_dir():
            raise fail(
                f"{folder}: not a folder (--dir expects a folder of scenarios)", ExitCode.USAGE
            )


def run_app(**kwargs: object) -> None:
    """Start the full-screen app (imported late so `ttx --help` stays fast).

    The app shows its own errors and keeps going; if it had to stop, it has already printed a
    plain message with the journal's path, and its exit code (1) becomes ours.
    """
    from simulator.tui.crash_report import error_text

    try:
        from simulator.tui.app import make_app

        app = make_app(**kwargs)  # type: ignore[arg-type]
        app.run()
    except Exception as error:  # the terminal could not host the app: one line, no traceback
        raise fail(
            f"the workshop screen could not start: {error_text(error)}", ExitCode.PROBLEMS
        ) from None
    if app.return_code:
        raise typer.Exit(app.return_code)


def register(app: typer.Typer) -> None:
    """Attach `ttx` (home screen) and `ttx play` to the app."""

    @app.callback(invoke_without_command=True)
    def home(ctx: typer.Context, folders: DirOption = None) -> None:
        if ctx.invoked_subcommand is not None:
            return
        check_folders(folders or [])
        run_app(library_dirs=folders or [])

    @app.command("play")
    def play(
        scenario: Annotated[
            Path | None,
            typer.Argument(help="Scenario file; the bundled default when omitted.", dir_okay=False),
        ] = None,
        seed: Annotated[
            int | None, typer.Option("--seed", min=0, help="Seed offered on the setup screen.")
        ] = None,
        journal: Annotated[
            Path | None,
            typer.Option(
                "--journal",
                dir_okay=False,
                help=f"Journal to write (default {DEFAULT_SESSIONS_DIR}/<scenario>-<time>.jsonl).",
            ),
        ] = None,
        resume: Annotated[
            Path | None,
            typer.Option("--resume", dir_okay=False, help="Continue the session of this journal."),
        ] = None,
        folders: DirOption = None,
    ) -> None:
        """Open a scenario's session setup, or resume a session from its journal."""
        check_folders(folders or [])
        if resume is not None:
            if scenario is not None or journal is not None:
                raise fail(
                    "--resume continues a journal; drop SCENARIO and --journal", ExitCode.USAGE
                )
            if not resume.is_file():
                raise fail(f"{resume}: no such journal", ExitCode.USAGE)
            run_app(resume=resume, library_dirs=folders or [])
            return
        if journal is not None and journal.exists():
            raise fail(
                f"{journal}: already exists (use --resume {journal} to continue it)", ExitCode.USAGE
            )
        path = scenario or default_scenario()
        check_scenario(path)
        run_app(scenario=path, seed=seed, journal=journal, library_dirs=folders or [])
