"""`ttx run`, `ttx replay` and `ttx explain`: play, verify and explain sessions headless."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from simulator.errors import (
    ExitCode,
    InputError,
    RuleError,
    ScenarioError,
    SimulatorError,
)

# The engine, the scenario loader and pydantic are imported inside the commands: every `ttx`
# start (the workshop screen included) imports this module, and only these commands need them.
if TYPE_CHECKING:
    from simulator.engine import Session, TurnRecord
    from simulator.scenario.loaded import LoadedScenario


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def _exit_code(exc: SimulatorError) -> ExitCode:
    if isinstance(exc, ScenarioError):
        return ExitCode.PROBLEMS
    return ExitCode.USAGE


def _fail(message: str, code: ExitCode) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(int(code))


@contextmanager
def _plain_errors() -> Iterator[None]:
    """Expected problems become one plain line on stderr and an exit code, never a traceback."""
    from pydantic import ValidationError

    try:
        yield
    except ScenarioError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(int(ExitCode.PROBLEMS)) from None
    except SimulatorError as exc:
        _fail(str(exc), _exit_code(exc))
    except ValidationError as exc:
        _fail(f"invalid scenario: {exc.errors()[0]['msg']}", ExitCode.PROBLEMS)


def _load(path: Path) -> LoadedScenario:
    from simulator.scenario.load import load_scenario

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return load_scenario(path)


def parse_bots(specs: list[str], states: list[str]) -> dict[str, str]:
    """'TEAM=POLICY' or 'all=POLICY' (later specs win) into seats for every listed state."""
    from simulator.engine import POLICIES

    seats: dict[str, str] = {}
    for spec in specs:
        team, sep, policy = spec.partition("=")
        if not sep or not team or not policy:
            raise RuleError(f"--bots {spec!r}: expected TEAM=POLICY or all=POLICY")
        if policy not in POLICIES:
            raise RuleError(
                f"--bots {spec!r}: unknown policy", hint=f"one of: {', '.join(POLICIES)}"
            )
        if team == "all":
            seats.update({s: policy for s in states})
        elif team in states:
            seats[team] = policy
        else:
            raise RuleError(f"--bots {spec!r}: unknown state '{team}'", hint=", ".join(states))
    return seats


def number(value: float) -> float | int:
    """Whole scores print as integers (16, not 16.0), as scripts expect."""
    return int(value) if float(value).is_integer() else value


def turn_json(record: TurnRecord) -> dict[str, Any]:
    return {
        "turn": record.turn,
        "clock": record.clock,
        "actions": record.actions,
        "risk": record.risk,
        "score": number(record.score),
        "total_score": number(record.total_score),
        "dyads": dict(record.dyads),
        "top": [{"dyad": c.dyad, "label": c.label, "value": c.value} for c in record.top],
        "injects": list(record.injects),
    }


def session_json(session: Session) -> dict[str, Any]:
    ending = session.ending
    return {
        "scenario": session.loaded.scenario.id,
        "seed": session.seed,
        "seats": dict(session.seats),
        "turns": [turn_json(r) for r in session.history],
        "end": None
        if ending is None
        else {"id": ending.id, "kind": ending.kind, "turn": ending.turn, "outcome": ending.outcome},
    }


def turn_line(record: TurnRecord) -> str:
    from simulator.engine.explain import describe

    top = "; ".join(f"{c.dyad} {describe(c)}" for c in record.top[:2])
    return (
        f"{record.turn:>4}  {record.actions:>7}  {record.risk * 100:>5.1f}%  "
        f"{record.score:>5g}  {top}"
    )


def run(
    scenario: Annotated[Path, typer.Argument(help="Scenario file to play.")],
    seed: Annotated[int, typer.Option(help="Seed of the session's random draws.")] = 0,
    bots: Annotated[
        list[str] | None,
        typer.Option(
            "--bots", help="TEAM=POLICY or all=POLICY; repeat it. Default: each state's bot."
        ),
    ] = None,
    journal: Annotated[Path | None, typer.Option(help="Write the session journal here.")] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="table or json.")
    ] = OutputFormat.table,
) -> None:
    """Play a scenario to the end with bots and print each turn's risk and score."""
    from simulator.engine import Session

    with _plain_errors():
        loaded = _load(scenario)
        seats = parse_bots(list(bots or []), loaded.state_ids)
        session = Session.start(loaded, seed=seed, seats=seats, journal=journal)
        if output is OutputFormat.table:
            typer.echo(f"{loaded.scenario.title} (seed {seed})")
            typer.echo("turn  actions   risk  score  top contributions")
        while not session.over:
            record = session.resolve_turn()
            if output is OutputFormat.table:
                typer.echo(turn_line(record))
        if output is OutputFormat.json:
            typer.echo(json.dumps(session_json(session), indent=2))
        elif session.ending is not None:
            typer.echo(
                f"end: {session.ending.id} ({session.ending.kind}) at turn {session.ending.turn}"
            )


def replay(
    journal: Annotated[Path, typer.Argument(help="Journal written by ttx run or ttx play.")],
    scenario: Annotated[
        Path | None, typer.Option(help="Scenario file (default: the one named in the journal).")
    ] = None,
) -> None:
    """Re-derive every turn of a journal and check the recorded results (exit 1 on mismatch)."""
    from simulator.engine import verify_journal

    with _plain_errors():
        loaded = _load(scenario) if scenario is not None else None
        session, mismatches, warnings = verify_journal(journal, loaded)
        for warning in warnings:
            typer.echo(f"warning: {warning}", err=True)
        if mismatches:
            for mismatch in mismatches:
                typer.echo(f"{journal}: mismatch: {mismatch}", err=True)
            raise typer.Exit(int(ExitCode.PROBLEMS))
        typer.echo(f"{journal}: {len(session.history)} turns replayed, every result matches")


def explain(
    journal: Annotated[Path, typer.Argument(help="Journal of the session.")],
    turn: Annotated[int | None, typer.Option(help="Turn (default: the last resolved).")] = None,
    dyad: Annotated[str, typer.Option(help="The two states, as A,B.")] = "",
    scenario: Annotated[Path | None, typer.Option(help="Scenario file if moved.")] = None,
) -> None:
    """Print what makes up a dyad's risk at a turn and the events that moved it."""
    from simulator.engine import verify_journal

    with _plain_errors():
        a, sep, b = dyad.partition(",")
        if not sep or not a or not b:
            raise RuleError("--dyad needs two states as A,B, e.g. --dyad valdoria,mareno")
        loaded = _load(scenario) if scenario is not None else None
        session, _, warnings = verify_journal(journal, loaded)
        for warning in warnings:
            typer.echo(f"warning: {warning}", err=True)
        exp = session.explain(a.strip(), b.strip(), turn)
        typer.echo(
            f"{exp.dyad} at turn {exp.turn}: risk {exp.risk:.1%} (previous turn {exp.previous:.1%})"
        )
        for c in exp.contributions:
            change = f"  ({c.delta:+.3f} since last turn)" if abs(c.delta) >= 0.0005 else ""
            typer.echo(f"  {c.value:+.3f}  {c.label}{change}")
        if exp.events:
            typer.echo("events that moved it:")
            for event in exp.events:
                typer.echo(f"  - {event.text}")


COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("run", run),
    ("replay", replay),
    ("explain", explain),
)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the app."""
    for name, command in COMMANDS:
        app.command(name)(command)
