"""The runner plays playthroughs through the engine and reports failures an author can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.engine import Session
from simulator.testing.results import format_result
from simulator.testing.runner import run_playthrough

from .helpers import playthrough_suite

WAITING = "teams: {arden: {bot: wait}, brill: {bot: wait}, cova: {bot: wait}}"


def run_one(tmp_path: Path, body: str) -> str:
    suite = playthrough_suite(tmp_path, f"playthroughs:\n  - name: p\n    {WAITING}\n{body}")
    return format_result(run_playthrough(suite, 0))


def test_a_broken_expectation_names_playthrough_turn_values_explanation_and_replay(
    tmp_path: Path,
) -> None:
    text = run_one(
        tmp_path,
        "    expect:\n      - at: 2\n        risk: {dyad: [cova, arden], min: 0.99}\n",
    )
    lines = text.splitlines()
    assert lines[0] == f"FAILED {tmp_path}/extra.playthroughs.yaml::p (seed 0)"
    assert lines[1] == "  after turn 2: risk arden-cova"
    assert lines[2].startswith(f"    written at {tmp_path}/extra.playthroughs.yaml:6:9: ")
    assert lines[3] == "    expected: at least 0.990"
    assert lines[4].startswith("    actual:   0.")
    assert lines[5] == "    why the risk stood where it did:"
    assert lines[6].startswith("      arden-cova after turn 2: ")
    assert any("suspicion between them" in line for line in lines)
    assert lines[-1] == f"  replay: ttx test {tmp_path}/extra.playthroughs.yaml::p"


def test_passing_expectations_of_every_kind_pass(tmp_path: Path) -> None:
    text = run_one(
        tmp_path,
        """    expect:
      - at: 1
        fired: [port-dark]
        not_fired: [press-asks]
        flags: [port-closed]
        flags_clear: [never-set]
        holds: turn == 1 and not fired("press-asks")
        risk: {min: 0.0, max: 1.0, peak: true}
        score: {min: 0, max: 0}
      - at: end
        ended_by: turns
        ended_at: 4
        report_contains: ["Objective hold-fire: met", "Ended by turns at turn 4"]
""",
    )
    assert text.startswith("PASSED"), text


def test_conditions_and_flags_are_read_when_the_turn_closes_not_after_the_next_begins(
    tmp_path: Path,
) -> None:
    # press-asks fires at the start of turn 2, so after turn 1 it has not fired yet.
    text = run_one(tmp_path, '    expect:\n      - at: 1\n        holds: fired("press-asks")\n')
    assert "'fired(\"press-asks\")' holds" in text and "it was false" in text


def test_an_illegal_scripted_decision_is_refused_and_fails_unless_expected(
    tmp_path: Path,
) -> None:
    script = """    teams:
      arden:
        bot: wait
        script:
          1: [{action: mitigate-from-territory, target: gulls}, {action: raise-defences}]
"""
    body = script + "    expect:\n      - {at: 1, fired: [port-dark]}\n"
    suite = playthrough_suite(tmp_path, f"playthroughs:\n  - name: p\n{body}")
    result = run_playthrough(suite, 0)
    (failure,) = result.failures
    assert failure.check == "refusal" and failure.turn == 1
    assert "not implemented" in failure.actual
    assert "arden: raise-defences" in result.transcript
    assert "refused arden mitigate-from-territory" in result.transcript

    expected = body + "      - refused: {turn: 1, team: arden, action: mitigate-from-territory}\n"
    suite = playthrough_suite(tmp_path, f"playthroughs:\n  - name: p\n{expected}")
    assert run_playthrough(suite, 0).passed


def test_facilitator_steps_release_adjust_and_end(tmp_path: Path) -> None:
    text = run_one(
        tmp_path,
        """    facilitator:
      - {turn: 2, release: lost-letter, reason: testing the letter}
      - {turn: 2, set_variable: severity, value: 0.9}
      - {turn: 3, end: true}
    expect:
      - at: 2
        fired: [lost-letter]
        holds: severity >= 0.8
      - ended_at: 3
        report_contains: ["Ended by facilitator at turn 3"]
""",
    )
    assert text.startswith("PASSED"), text


def test_a_facilitator_step_the_engine_refuses_is_a_failure(tmp_path: Path) -> None:
    text = run_one(
        tmp_path,
        "    facilitator: [{turn: 2, release: port-dark}]\n    expect: [{fired: [port-dark]}]\n",
    )
    assert "after turn 2: facilitator step" in text
    assert "inject 'port-dark' already fired in turn 1" in text


def test_an_engine_crash_is_an_error_of_that_playthrough(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(self: Session) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(Session, "resolve_turn", explode)
    suite = playthrough_suite(
        tmp_path,
        f"playthroughs:\n  - name: p\n    {WAITING}\n    expect: [{{fired: [port-dark]}}]\n",
    )
    result = run_playthrough(suite, 0)
    assert result.error.startswith("ZeroDivisionError: boom (at test_runner.py:")
    assert "the run stopped with an error" in format_result(result)


def test_two_runs_of_a_playthrough_give_the_same_transcript(tmp_path: Path) -> None:
    suite = playthrough_suite(
        tmp_path, "playthroughs:\n  - name: p\n    seed: 9\n    expect: [{fired: [port-dark]}]\n"
    )
    first, second = run_playthrough(suite, 0), run_playthrough(suite, 0)
    assert first.transcript == second.transcript
    assert first.transcript.startswith("playthrough p of harbour 1.0.0, seed 9\n")
    assert "\nturn 1 (Friday 1 March 2030, 08:00)\n  inject port-dark\n" in first.transcript
