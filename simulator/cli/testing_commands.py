"""`ttx test` (playthroughs, golden transcripts, JUnit) and `ttx explore` (random games)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from simulator.bundled import bundled_dir, bundled_scenarios
from simulator.errors import ExitCode, InputError, ScenarioError, SimulatorError

# simulator.testing (and the engine behind it) is imported inside the commands: every `ttx`
# start (the workshop screen included) imports this module, and only these commands need it.
if TYPE_CHECKING:
    from simulator.testing.commands import TestRun
    from simulator.testing.results import PlaythroughResult


def _usage(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(int(ExitCode.USAGE))


def _line(result: PlaythroughResult) -> None:
    if result.invalid:
        typer.echo(f"INVALID {result.declared_in}")
        return
    status = "PASSED" if result.passed else ("ERROR " if result.error else "FAILED")
    typer.echo(f"{status} {result.id} ({result.seconds:.2f}s)")


def test(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Scenario files, sibling *.playthroughs.yaml files or folders; FILE::NAME runs "
            "one playthrough. Default: the bundled scenarios.",
            show_default=False,
        ),
    ] = None,
    k: Annotated[
        str | None,
        typer.Option(
            "-k", help="Select playthroughs by name, file or scenario id: 'cbm and not hawk'."
        ),
    ] = None,
    junit: Annotated[
        Path | None, typer.Option("--junit", help="Write a JUnit XML report here, for CI.")
    ] = None,
    golden: Annotated[
        Path | None,
        typer.Option("--golden", help="Compare each transcript with DIR/<scenario>/<name>.txt."),
    ] = None,
    update_golden: Annotated[
        bool, typer.Option("--update-golden", help="Rewrite the golden files (after review).")
    ] = False,
) -> None:
    """Run scenario playthroughs and check their expectations.

    Exit codes: 0 every playthrough passed; 1 a failure or an invalid file; 2 usage error.
    """
    from simulator.testing.commands import Target, run_tests
    from simulator.testing.selection import SelectionError, compile_selection

    if update_golden and golden is None:
        _usage("--update-golden needs --golden DIR")
    try:
        selection = compile_selection(k) if k is not None else None
    except SelectionError as error:
        _usage(str(error))
    targets = [Target.parse(p) for p in paths] if paths else [Target(bundled_dir())]
    started = time.perf_counter()
    try:
        run = run_tests(targets, selection, golden, update_golden, report=_line)
    except InputError as error:
        _usage(str(error))
    if not run.results:
        where = ", ".join(str(t.path) for t in targets)
        _usage(f"no playthroughs {'selected' if k else 'found'} in {where}")
    _finish(run, junit, golden, update_golden, time.perf_counter() - started)


def _finish(
    run: TestRun, junit: Path | None, golden: Path | None, update: bool, seconds: float
) -> None:
    from simulator.testing.junit import write_junit
    from simulator.testing.results import format_result, summary_line

    failed = [r for r in run.results if not r.passed]
    if failed:
        typer.echo("")
        for result in failed:
            typer.echo(format_result(result))
            typer.echo("")
    if golden is not None and update:
        typer.echo(f"golden transcripts: {run.golden_written} written under {golden}")
    if junit is not None:
        write_junit(run.results, junit)
        typer.echo(f"JUnit report: {junit}")
    typer.echo(summary_line(run.results, seconds))
    raise typer.Exit(int(ExitCode.PROBLEMS if run.failed else ExitCode.OK))


def _scenario_files(paths: list[Path]) -> list[Path]:
    from simulator.testing.discovery import SIBLING_SUFFIX, YAML_SUFFIXES

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.iterdir()
                if p.suffix in YAML_SUFFIXES and not p.name.endswith(SIBLING_SUFFIX)
            )
        elif path.is_file():
            files.append(path)
        else:
            _usage(f"{path}: no such file or folder")
    return files


def explore_command(
    scenarios: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Scenario files or folders. Default: the bundled scenarios.", show_default=False
        ),
    ] = None,
    runs: Annotated[
        int, typer.Option("--runs", min=1, help="Games in all, shared out over the scenarios.")
    ] = 200,
    seed: Annotated[
        int, typer.Option("--seed", min=0, help="Seed of game 0; game i plays seed+i.")
    ] = 0,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Processes to play in (default: up to 2)."),
    ] = None,
) -> None:
    """Play seeded games with random legal decisions and mixed bots; report what they find.

    Exit codes: 0 no invariant violation or crash; 1 some; 2 usage error or unreadable input.
    """
    from simulator.testing.explore import explore
    from simulator.testing.explore_report import exploration_report

    files = _scenario_files(scenarios) if scenarios else bundled_scenarios()
    if not files:
        _usage("no scenario files to explore")
    started = time.perf_counter()
    try:
        result = explore(files, runs, seed, workers)
    except ScenarioError as error:
        for problem in error.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(int(ExitCode.PROBLEMS)) from None
    except SimulatorError as error:
        _usage(str(error))
    typer.echo(exploration_report(result, time.perf_counter() - started))
    raise typer.Exit(int(ExitCode.PROBLEMS if result.failed else ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Attach `test` and `explore` to the app."""
    app.command("test")(test)
    app.command("explore")(explore_command)
