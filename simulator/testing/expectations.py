"""Check a playthrough's expectations against the plain record of what happened."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import replace

from simulator.scenario.playthrough_models import (
    Expectation,
    Playthrough,
    RiskBound,
    ScoreBound,
)
from simulator.testing.failures import Failure, format_number
from simulator.testing.outcome import RunOutcome, dyad_key


def check_playthrough(
    play: Playthrough, outcome: RunOutcome, states: Sequence[str]
) -> list[Failure]:
    """Every broken expectation of `play`, plus every refusal nobody expected."""
    failures: list[Failure] = []
    for index, expectation in enumerate(play.expect):
        for failure in check_expectation(expectation, outcome, states):
            failures.append(replace(failure, expectation=index))
    failures.extend(_unexpected_refusals(play, outcome))
    return failures


def check_expectation(
    exp: Expectation, outcome: RunOutcome, states: Sequence[str]
) -> list[Failure]:
    """The failures of one expectation (empty when it holds)."""
    turn = outcome.last_turn if exp.at == "end" else exp.at
    if exp.at != "end" and outcome.at(turn) is None:
        ended = f"the session ended after turn {outcome.last_turn}"
        if outcome.ending:
            ended += f" ({outcome.ending})"
        return [Failure("turn reached", f"turn {turn} to be played", ended, None)]
    failures: list[Failure] = []
    if exp.risk is not None:
        failures += _check_risk(exp.risk, turn, outcome, states)
    if exp.score is not None:
        failures += _check_score(exp.score, turn, outcome)
    failures += _check_fired(exp, turn, outcome)
    failures += _check_ending(exp, turn, outcome)
    failures += _check_flags(exp, turn, outcome)
    if exp.holds is not None:
        failures += _check_holds(exp.holds, turn, outcome)
    if exp.refused is not None:
        failures += _check_refused(exp, outcome)
    failures += _check_report(exp.report_contains, turn, outcome)
    return failures


def _bounds_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"between {format_number(low)} and {format_number(high)}"
    if low is not None:
        return f"at least {format_number(low)}"
    return f"at most {format_number(high or 0.0)}"


def _outside(value: float, low: float | None, high: float | None) -> bool:
    return (low is not None and value < low) or (high is not None and value > high)


def _shown(value: float, low: float | None, high: float | None) -> str:
    return format_number(value, *(b for b in (low, high) if b is not None))


def _check_risk(
    bound: RiskBound, turn: int, outcome: RunOutcome, states: Sequence[str]
) -> list[Failure]:
    key = dyad_key(*bound.dyad, states) if bound.dyad else None
    readings = [t for t in outcome.turns if t.turn <= turn] if bound.peak else [outcome.at(turn)]
    values: list[float] = []
    for reading in readings:
        if reading is None:
            continue
        if key is None:
            values.append(reading.risk)
        elif key in reading.dyads:
            values.append(reading.dyads[key])
        else:
            known = ", ".join(sorted(reading.dyads)) or "none"
            return [Failure(f"risk {key}", "a pair of states", f"no such pair ({known})", turn)]
    if not values:
        return []
    value = max(values)
    if not _outside(value, bound.min, bound.max):
        return []
    what = ("peak risk" if bound.peak else "risk") + (f" {key}" if key else " (overall)")
    return [
        Failure(
            what,
            _bounds_text(bound.min, bound.max),
            _shown(value, bound.min, bound.max),
            turn,
            dyad=(bound.dyad[0], bound.dyad[1]) if bound.dyad else None,
        )
    ]


def _check_score(bound: ScoreBound, turn: int, outcome: RunOutcome) -> list[Failure]:
    if bound.total:
        value = sum(t.score for t in outcome.turns if t.turn <= turn)
    else:
        reading = outcome.at(turn)
        value = reading.score if reading is not None else 0.0
    if not _outside(value, bound.min, bound.max):
        return []
    what = "total escalation score" if bound.total else "escalation score of the turn"
    return [
        Failure(what, _bounds_text(bound.min, bound.max), _shown(value, bound.min, bound.max), turn)
    ]


def _listed(items: Sequence[str]) -> str:
    return ", ".join(items) if items else "none"


def _check_fired(exp: Expectation, turn: int, outcome: RunOutcome) -> list[Failure]:
    fired = outcome.fired_by(turn)
    failures = []
    missing = [i for i in exp.fired if i not in fired]
    if missing:
        failures.append(
            Failure("injects fired", f"{_listed(missing)} fired", f"fired: {_listed(fired)}", turn)
        )
    unwanted = [i for i in exp.not_fired if i in fired]
    if unwanted:
        when = [f"{i} at turn {_fired_turn(outcome, i)}" for i in unwanted]
        failures.append(
            Failure(
                "injects not fired",
                f"{_listed(unwanted)} never fired",
                f"fired: {_listed(when)}",
                turn,
            )
        )
    return failures


def _fired_turn(outcome: RunOutcome, inject: str) -> int:
    return next((t.turn for t in outcome.turns if inject in t.fired), 0)


def _ending_text(outcome: RunOutcome) -> str:
    if outcome.ending is None:
        return "the session had not ended"
    return f"ended by {outcome.ending} at turn {outcome.ended_at}"


def _check_ending(exp: Expectation, turn: int, outcome: RunOutcome) -> list[Failure]:
    failures = []
    # At 'end' any ending counts: a facilitator may end the session before its turn resolves.
    ended_in_time = outcome.ended_at is not None and (exp.at == "end" or outcome.ended_at <= turn)
    if exp.ended_by is not None and (outcome.ending != exp.ended_by or not ended_in_time):
        failures.append(Failure("ending", f"ended by {exp.ended_by}", _ending_text(outcome), turn))
    if exp.ended_at is not None and outcome.ended_at != exp.ended_at:
        failures.append(
            Failure("ending turn", f"ended at turn {exp.ended_at}", _ending_text(outcome), turn)
        )
    return failures


def _check_flags(exp: Expectation, turn: int, outcome: RunOutcome) -> list[Failure]:
    reading = outcome.at(turn)
    flags = reading.flags if reading is not None else ()
    failures = []
    missing = [f for f in exp.flags if f not in flags]
    if missing:
        failures.append(
            Failure("flags set", f"{_listed(missing)} set", f"set: {_listed(flags)}", turn)
        )
    unwanted = [f for f in exp.flags_clear if f in flags]
    if unwanted:
        failures.append(
            Failure("flags clear", f"{_listed(unwanted)} not set", f"set: {_listed(flags)}", turn)
        )
    return failures


def _check_holds(text: str, turn: int, outcome: RunOutcome) -> list[Failure]:
    value = outcome.holds.get((turn, text))
    if value is True:
        return []
    actual = "it was false" if value is False else "it was never evaluated"
    return [Failure("condition", f"'{text}' holds", actual, turn)]


def _check_refused(exp: Expectation, outcome: RunOutcome) -> list[Failure]:
    want = exp.refused
    assert want is not None
    for refusal in outcome.refusals:
        if (refusal.turn, refusal.team, refusal.action) == (want.turn, want.team, want.action):
            return []
    same_turn = [f"{r.team}: {r.action}" for r in outcome.refusals if r.turn == want.turn]
    actual = f"refused that turn: {_listed(same_turn)}" if same_turn else "it was accepted"
    return [
        Failure("refusal", f"{want.team}'s '{want.action}' refused as illegal", actual, want.turn)
    ]


def _unexpected_refusals(play: Playthrough, outcome: RunOutcome) -> list[Failure]:
    expected = {
        (e.refused.turn, e.refused.team, e.refused.action)
        for e in play.expect
        if e.refused is not None
    }
    return [
        Failure(
            "refusal",
            f"{r.team}'s scripted '{r.action}' accepted"
            " (add a `refused:` expectation if the refusal is the point)",
            f"refused: {r.reason}",
            r.turn,
        )
        for r in outcome.refusals
        if (r.turn, r.team, r.action) not in expected
    ]


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _check_report(lines: Sequence[str], turn: int, outcome: RunOutcome) -> list[Failure]:
    report = _normalised(outcome.report)
    report_lines = [_normalised(line) for line in outcome.report.splitlines() if line.strip()]
    failures = []
    for wanted in lines:
        if _normalised(wanted) in report:
            continue
        near = difflib.get_close_matches(_normalised(wanted), report_lines, n=1, cutoff=0.4)
        actual = f"closest line: '{near[0]}'" if near else "no similar line in the report"
        failures.append(Failure("after-action report", f"a line with '{wanted}'", actual, turn))
    return failures
