"""The expectation checker judges a plain record of a run, without the engine."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.scenario.playthrough_models import Expectation, Playthrough
from simulator.testing.expectations import check_expectation, check_playthrough
from simulator.testing.outcome import RefusalRecord, RunOutcome, TurnOutcome

STATES = ["borealia", "austral", "meridia"]


def turn(n: int, risk: float, score: float = 0.0, **kw: Any) -> TurnOutcome:
    dyads = kw.pop("dyads", {"borealia-austral": risk, "borealia-meridia": risk / 2})
    return TurnOutcome(turn=n, risk=risk, dyads=dyads, score=score, **kw)


def run(**kw: Any) -> RunOutcome:
    turns = kw.pop(
        "turns",
        (
            turn(1, 0.2, 4, fired=("breach",)),
            turn(2, 0.5, 12, flags=("leak",)),
            turn(3, 0.3, -2, fired=("media",), flags=("leak", "calm")),
        ),
    )
    return RunOutcome(turns=turns, ending=kw.pop("ending", "turns"), ended_at=3, **kw)


def check(outcome: RunOutcome, **fields: Any) -> list[str]:
    failures = check_expectation(Expectation.model_validate(fields), outcome, STATES)
    return [f"{f.check} | {f.expected} | {f.actual} | {f.turn}" for f in failures]


def test_overall_risk_within_bounds_passes_and_outside_fails() -> None:
    assert check(run(), at=2, risk={"max": 0.6}) == []
    assert check(run(), at=2, risk={"max": 0.4}) == ["risk (overall) | at most 0.400 | 0.500 | 2"]


def test_a_dyad_may_be_named_in_either_order() -> None:
    failures = check(run(), at=2, risk={"dyad": ["meridia", "borealia"], "min": 0.3})
    assert failures == ["risk borealia-meridia | at least 0.300 | 0.250 | 2"]


def test_peak_risk_looks_at_every_turn_up_to_the_check() -> None:
    assert check(run(), at="end", risk={"max": 0.4}) == []
    assert check(run(), at="end", risk={"max": 0.4, "peak": True}) == [
        "peak risk (overall) | at most 0.400 | 0.500 | 3"
    ]


def test_a_value_on_the_bound_shows_enough_digits_to_see_why_it_failed() -> None:
    outcome = run(turns=(turn(1, 0.3000004),))
    assert check(outcome, at=1, risk={"max": 0.3}) == [
        "risk (overall) | at most 0.300 | 0.300000400000 | 1"
    ]


def test_an_unknown_pair_is_reported_instead_of_passing_silently() -> None:
    failures = check(run(), at=1, risk={"dyad": ["austral", "meridia"], "max": 1.0})
    assert failures and "no such pair" in failures[0]


def test_turn_score_and_total_score_are_both_checked() -> None:
    assert check(run(), at=2, score={"min": 12, "max": 12}) == []
    assert check(run(), at=3, score={"total": True, "max": 10}) == [
        "total escalation score | at most 10.000 | 14.000 | 3"
    ]


def test_fired_is_cumulative_and_not_fired_respects_the_turn() -> None:
    assert check(run(), at=1, fired=["breach"], not_fired=["media"]) == []
    assert check(run(), at=2, fired=["media"]) == [
        "injects fired | media fired | fired: breach | 2"
    ]
    assert check(run(), at="end", not_fired=["media"]) == [
        "injects not fired | media never fired | fired: media at turn 3 | 3"
    ]


def test_ending_and_its_turn_must_match() -> None:
    assert check(run(), ended_by="turns", ended_at=3) == []
    assert check(run(ending="talks"), ended_by="turns") == [
        "ending | ended by turns | ended by talks at turn 3 | 3"
    ]
    assert check(run(), ended_at=2) == [
        "ending turn | ended at turn 2 | ended by turns at turn 3 | 3"
    ]


def test_an_ending_asked_for_at_a_turn_must_have_happened_by_then() -> None:
    assert check(run(), at=2, ended_by="turns")[0].startswith("ending |")


def test_flags_are_read_after_the_turn() -> None:
    assert check(run(), at=2, flags=["leak"], flags_clear=["calm"]) == []
    assert check(run(), at="end", flags_clear=["calm"]) == [
        "flags clear | calm not set | set: leak, calm | 3"
    ]


def test_a_condition_uses_the_value_the_runner_recorded_at_that_turn() -> None:
    outcome = run(holds={(2, "flag('leak')"): True, (3, "flag('leak')"): False})
    assert check(outcome, at=2, holds="flag('leak')") == []
    assert check(outcome, at="end", holds="flag('leak')") == [
        "condition | 'flag('leak')' holds | it was false | 3"
    ]


def test_a_check_after_a_turn_never_played_says_when_the_session_ended() -> None:
    failures = check(run(ending="talks"), at=5, risk={"max": 1.0})
    assert failures == [
        "turn reached | turn 5 to be played | the session ended after turn 3 (talks) | None"
    ]


def test_report_lines_ignore_spacing_and_suggest_the_closest_line() -> None:
    outcome = run(report="# After-action report\n\n- Objective  poc-tested: met\n")
    assert check(outcome, report_contains=["Objective poc-tested: met"]) == []
    failures = check(outcome, report_contains=["Objective poc-tested: not met"])
    assert failures == [
        "after-action report | a line with 'Objective poc-tested: not met' | "
        "closest line: '- Objective poc-tested: met' | 3"
    ]


def playthrough(*expect: dict[str, Any]) -> Playthrough:
    return Playthrough.model_validate({"name": "p", "expect": list(expect)})


def test_an_expected_refusal_passes_and_an_unexpected_one_fails() -> None:
    refusal = RefusalRecord(2, "austral", "attribute-publicly", "needs a suspect")
    outcome = run(refusals=(refusal,))
    expected = {"refused": {"turn": 2, "team": "austral", "action": "attribute-publicly"}}
    assert check_playthrough(playthrough(expected), outcome, STATES) == []
    failures = check_playthrough(playthrough({"ended_by": "turns"}), outcome, STATES)
    assert [(f.check, f.turn, f.actual) for f in failures] == [
        ("refusal", 2, "refused: needs a suspect")
    ]


def test_an_expected_refusal_that_never_happened_fails() -> None:
    expected = {"refused": {"turn": 1, "team": "austral", "action": "ping"}}
    failures = check_playthrough(playthrough(expected), run(), STATES)
    assert [(f.check, f.actual, f.expectation) for f in failures] == [
        ("refusal", "it was accepted", 0)
    ]


@pytest.mark.parametrize("index", [0, 1])
def test_failures_carry_the_index_of_their_expectation(index: int) -> None:
    good, bad = {"ended_by": "turns"}, {"at": 1, "risk": {"min": 0.9}}
    order = [good, bad] if index == 1 else [bad, good]
    failures = check_playthrough(playthrough(*order), run(), STATES)
    assert [f.expectation for f in failures] == [index]
