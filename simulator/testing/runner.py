"""Run playthroughs and turn what happened into results a scenario author can read."""

from __future__ import annotations

import time
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from simulator.engine import Session
from simulator.errors import RuleError, SimulatorError
from simulator.testing.expectations import check_playthrough
from simulator.testing.failures import Failure
from simulator.testing.golden import (
    golden_difference,
    golden_path,
    render_transcript,
    write_golden,
)
from simulator.testing.playing import play_through
from simulator.testing.results import PlaythroughResult
from simulator.testing.suite import Suite


def run_playthrough(suite: Suite, index: int) -> PlaythroughResult:
    """Play one playthrough of `suite` and check its expectations."""
    play = suite.playthroughs[index]
    started = time.perf_counter()
    base = PlaythroughResult(str(suite.declared_in), play.name, play.seed)
    try:
        run = play_through(suite.loaded, play)
    except Exception as error:  # an engine crash is this playthrough's error, not the run's end
        return replace(base, error=describe_error(error), seconds=time.perf_counter() - started)
    failures = run.step_failures + check_playthrough(play, run.outcome, suite.loaded.state_ids)
    failures = [_finish(f, suite, index, run.session) for f in failures]
    return replace(
        base,
        failures=tuple(failures),
        seconds=time.perf_counter() - started,
        transcript=render_transcript(run.session, play.name, run.refusals),
    )


def run_suite(suite: Suite, selected: Sequence[int] | None = None) -> list[PlaythroughResult]:
    indices = range(len(suite.playthroughs)) if selected is None else selected
    return [run_playthrough(suite, i) for i in indices]


def describe_error(error: BaseException) -> str:
    """An exception in one line, plus where it was raised for anything unexpected."""
    if isinstance(error, SimulatorError):
        return str(error)
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


def _finish(failure: Failure, suite: Suite, index: int, session: Session) -> Failure:
    if failure.expectation is not None:
        failure = failure.located(suite.location(index, "expect", failure.expectation))
    return failure.explained(explain_risk(session, failure))


def explain_risk(session: Session, failure: Failure) -> str:
    """The engine's account of the failure's dyad (or the riskiest one) after its turn."""
    turn = failure.turn
    records = {r.turn: r for r in session.history}
    if turn is None or turn not in records:
        return ""
    dyad = failure.dyad or _riskiest(records[turn].dyads, session.loaded.state_ids)
    if dyad is None:
        return ""
    try:
        explanation = session.explain(dyad[0], dyad[1], turn)
    except RuleError:
        return ""
    lines = [
        f"{explanation.dyad} after turn {turn}: {explanation.risk:.3f} "
        f"(after turn {max(turn - 1, 0)}: {explanation.previous:.3f})"
    ]
    for c in explanation.contributions:
        change = f"  ({c.delta:+.3f} since the turn before)" if abs(c.delta) >= 0.0005 else ""
        lines.append(f"  {c.value:+.3f} {c.label}{change}")
    lines += [f"  event: {e.text}" for e in explanation.events]
    return "\n".join(lines)


def _riskiest(dyads: Mapping[str, float], states: Sequence[str]) -> tuple[str, str] | None:
    if not dyads:
        return None
    key = max(dyads, key=lambda k: dyads[k])
    for a in states:
        if key.startswith(a + "-") and key[len(a) + 1 :] in states:
            return a, key[len(a) + 1 :]
    return None


def compare_golden(result: PlaythroughResult, scenario_id: str, folder: Path) -> PlaythroughResult:
    """The result, failed as well when its transcript differs from its golden file."""
    if result.error:
        return result
    path = golden_path(folder, scenario_id, result.name)
    difference = golden_difference(path, result.transcript)
    if not difference:
        return result
    failure = Failure(
        "golden transcript",
        f"the transcript in {path}",
        "it differs (review, then rerun with --update-golden):\n" + difference,
    )
    return replace(result, failures=(*result.failures, failure))


def update_golden(result: PlaythroughResult, scenario_id: str, folder: Path) -> bool:
    """Rewrite the golden transcript of a run that finished; True when the file changed."""
    if result.error:
        return False
    return write_golden(golden_path(folder, scenario_id, result.name), result.transcript)
