"""Authoring commands: `ttx validate`, `ttx lint`, `ttx schema`, `ttx new` and `ttx cbms`."""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from simulator.errors import ExitCode, Problem

# The scenario models, catalogs and schema (pydantic) are imported inside the commands: every
# `ttx` start imports this module, and the workshop screen should not wait for them. The help
# texts below name the catalogs and the schema file as literals for the same reason;
# tests/tui/test_startup.py checks they match simulator.catalogs and simulator.scenario.schema.
CATALOG_IDS = ("oas", "osce", "un-norms")
"""The ids of `simulator.catalogs.BUILTIN_CATALOG_FILES`, in order."""
SCHEMA_FILE_NAME = "scenario.schema.json"
"""`simulator.scenario.schema.SCHEMA_FILE.name`."""

EXIT_CODES = "Exit codes: 0 ok; 1 problems found; 2 usage error or unreadable input."
_SLUG_HELP = "lowercase letters, digits, '-' and '_', starting with a letter"


class Format(StrEnum):
    text = "text"
    json = "json"


PathsArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATH",
        help="Scenario files, or folders whose *.yaml files are all checked.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-f", help="text: one line per problem on stderr; json: on stdout."),
]


def _fail(message: str, code: ExitCode = ExitCode.USAGE) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(int(code))


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders replaced by their scenario files (*.yaml, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.glob("*.yaml") if not p.name.endswith(".playthroughs.yaml")
            )
            if not found:
                _fail(f"{path}: no .yaml files in this folder")
            files.extend(found)
        else:
            files.append(path)
    return files


def _report(
    files: list[Path],
    check: Callable[[Path], list[Problem]],
    fmt: Format,
    failing: tuple[str, ...],
) -> None:
    """Check every file, print what was found, and exit with the documented code."""
    results = [(file, check(file)) for file in files]
    unreadable = any(p.code == "unreadable" for _, found in results for p in found)
    failed = sum(1 for _, found in results for p in found if p.severity in failing)
    if fmt is Format.json:
        typer.echo(json.dumps(_as_json(results, failing), indent=2))
    else:
        _print_text(results, failing)
    if unreadable:
        raise typer.Exit(int(ExitCode.USAGE))
    raise typer.Exit(int(ExitCode.PROBLEMS if failed else ExitCode.OK))


def _print_text(results: list[tuple[Path, list[Problem]]], failing: tuple[str, ...]) -> None:
    total = 0
    for file, found in results:
        for problem in found:
            typer.echo(str(problem), err=True)
        count = sum(1 for p in found if p.severity in failing)
        total += count
        if not count:
            notes = f" ({len(found)} note{'s' if len(found) != 1 else ''})" if found else ""
            typer.echo(f"{file}: ok{notes}")
    if total:
        files = sum(1 for _, found in results if any(p.severity in failing for p in found))
        typer.echo(f"{total} problem(s) in {files} file(s)", err=True)


def _as_json(
    results: list[tuple[Path, list[Problem]]], failing: tuple[str, ...]
) -> dict[str, object]:
    return {
        "files": [
            {
                "file": str(file),
                "ok": not any(p.severity in failing for p in found),
                "problems": [p.as_json() for p in found],
            }
            for file, found in results
        ],
        "problems": sum(1 for _, found in results for p in found if p.severity in failing),
    }


def validate(paths: PathsArg, fmt: FormatOpt = Format.text) -> None:
    """Check scenario files: YAML, every field, and every cross-reference.

    Reports every problem of every file in one run, each as
    file:line:col: path.to.field: what is wrong (hint).
    """
    from simulator.scenario.load import collect_problems

    _report(expand_paths(paths), collect_problems, fmt, ("error",))


def lint(
    paths: PathsArg,
    fmt: FormatOpt = Format.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on notes (info) too, not only warnings.")
    ] = False,
) -> None:
    """Validate, then look for likely mistakes in files that play.

    Injects that can never fire, end conditions that can never hold, triggers that form a
    cycle, channels and actions resting on measures nobody implemented, unused flags,
    evidence, hubs and contacts. Errors and warnings fail the run; notes (info) do not.
    """
    from simulator.scenario.lint import lint_file

    failing = ("error", "warning", "info") if strict else ("error", "warning")
    _report(expand_paths(paths), lint_file, fmt, failing)


def schema(
    write: Annotated[
        bool, typer.Option("--write", help=f"Rewrite {SCHEMA_FILE_NAME} from the models.")
    ] = False,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if the committed schema is out of date.")
    ] = False,
) -> None:
    """Print the JSON Schema of scenario files (generated from the models).

    Scenario files name it in their first line so editors complete and check them:
    # yaml-language-server: $schema=../simulator/schemas/scenario.schema.json
    """
    from simulator.scenario.schema import (
        REGENERATE,
        SCHEMA_FILE,
        committed_schema_text,
        schema_text,
        write_schema,
    )

    if write:
        typer.echo(f"wrote {write_schema()}", err=True)
    elif check:
        if committed_schema_text() != schema_text():
            _fail(f"{SCHEMA_FILE} is out of date: run `{REGENERATE}`", ExitCode.PROBLEMS)
        typer.echo(f"{SCHEMA_FILE}: up to date", err=True)
    else:
        typer.echo(schema_text(), nl=False)


def new(
    scenario_id: Annotated[
        str, typer.Argument(metavar="ID", help=f"Id of the new scenario ({_SLUG_HELP}).")
    ],
    title: Annotated[str, typer.Option(help="Title of the scenario.")] = "",
) -> None:
    """Print a commented starter scenario that validates: ttx new my-crisis > my-crisis.yaml"""
    from simulator.scenario.starter import starter_text

    if not _is_slug(scenario_id):
        _fail(f"'{scenario_id}' is not a valid id: use {_SLUG_HELP}")
    typer.echo(starter_text(scenario_id, title), nl=False)


def _is_slug(text: str) -> bool:
    return (
        0 < len(text) <= 64
        and text[0].isascii()
        and text[0].islower()
        and all(c.isascii() and (c.islower() or c.isdigit() or c in "-_") for c in text)
    )


def cbms(
    catalog: Annotated[
        str | None,
        typer.Argument(help=f"One of {', '.join(CATALOG_IDS)}; all when omitted."),
    ] = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """List the confidence-building measures of the built-in catalogs, with their sources.

    Scenarios refer to a measure as 'catalog:item', e.g. oas:2, osce:13, un-norms:h.
    """
    from simulator.catalogs import BUILTIN_CATALOG_FILES, builtin_catalog
    from simulator.scenario.validation_errors import suggest

    names = list(BUILTIN_CATALOG_FILES)
    if catalog is not None and catalog not in names:
        _fail(f"unknown catalog '{catalog}' ({suggest(catalog, names)})")
    chosen = [builtin_catalog(c) for c in ([catalog] if catalog else names)]
    if fmt is Format.json:
        typer.echo(json.dumps([c.model_dump(mode="json") for c in chosen], indent=2))
        return
    for cat in chosen:
        typer.echo(f"{cat.id}: {cat.name}")
        typer.echo(f"  source: {cat.source}")
        for m in cat.measures:
            year = f" ({m.year})" if m.year else ""
            mark = "" if m.verified else " [not verified]"
            typer.echo(f"  {cat.id}:{m.id}  {m.name}{year}{mark}")
            typer.echo(f"      {m.text}")
            typer.echo(f"      source: {m.source}")
        typer.echo("")


def register(app: typer.Typer) -> None:
    """Attach the authoring commands to the app."""
    epilog = EXIT_CODES
    app.command("validate", epilog=epilog)(validate)
    app.command("lint", epilog=epilog)(lint)
    app.command("schema", epilog=epilog)(schema)
    app.command("new", epilog=epilog)(new)
    app.command("cbms", epilog=epilog)(cbms)
