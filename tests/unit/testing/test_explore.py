"""Exploration finds broken invariants, crashes, non-determinism and unreached content."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.bundled import bundled_scenarios
from simulator.engine import Session, TurnRecord
from simulator.scenario.load import load_scenario
from simulator.testing import explore as explore_module
from simulator.testing.explore import explore, plan_games
from simulator.testing.explore_game import GamePlan, GameResult, _check_turn, play_game
from simulator.testing.explore_report import exploration_report

from .helpers import FIXTURES, copy_fixtures


def record(risk: float, dyad: float, score: float = 0.0) -> TurnRecord:
    return TurnRecord(
        turn=3,
        clock="",
        decisions={},
        actions=0,
        risk=risk,
        dyads={"a-b": dyad},
        score=score,
        total_score=score,
        top=(),
        events=(),
        injects=(),
    )


@pytest.mark.parametrize(
    ("risk", "dyad", "score", "found"),
    [
        (0.5, 0.5, 4.0, []),
        (1.2, 0.5, 0.0, ["turn 3: risk overall = 1.2 is outside [0, 1]"]),
        (0.5, -0.1, 0.0, ["turn 3: risk a-b = -0.1 is outside [0, 1]"]),
        (0.5, float("nan"), 0.0, ["turn 3: risk a-b = nan is outside [0, 1]"]),
        (0.5, 0.5, float("inf"), ["turn 3: escalation score inf"]),
    ],
)
def test_readings_outside_their_bounds_are_violations(
    risk: float, dyad: float, score: float, found: list[str]
) -> None:
    result = GameResult("x", 0)
    _check_turn(record(risk, dyad, score), result)
    assert result.violations == found


def test_game_i_plays_the_scenarios_in_turn_with_seed_plus_i() -> None:
    plans = plan_games(["a", "b"], 5, 10)
    assert plans == [
        GamePlan("a", 10),
        GamePlan("b", 11),
        GamePlan("a", 12),
        GamePlan("b", 13),
        GamePlan("a", 14),
    ]


def test_a_game_is_a_function_of_its_plan() -> None:
    loaded = load_scenario(FIXTURES / "harbour.yaml")
    first, second = play_game(loaded, GamePlan("h", 7)), play_game(loaded, GamePlan("h", 7))
    assert first.trace == second.trace and first.seats == second.seats
    assert play_game(loaded, GamePlan("h", 8)).trace != first.trace


def test_a_game_that_differs_on_a_second_play_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    plays = iter(range(100))

    def flaky(loaded: object, plan: GamePlan) -> GameResult:
        return GameResult(plan.scenario, plan.seed, trace=["1 same", f"2 {next(plays)}"])

    monkeypatch.setattr(explore_module, "play_game", flaky)
    result = explore([tmp_path / "harbour.yaml"], 3, workers=1)
    assert result.scenarios[0].violations == [
        "seed 0: a second play of the same seed differed from turn 2"
    ]
    assert result.failed


def test_a_crash_is_a_finding_with_its_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")

    def explode(self: Session) -> None:
        raise KeyError("gone")

    monkeypatch.setattr(Session, "resolve_turn", explode)
    result = explore([tmp_path / "harbour.yaml"], 2, seed=5, workers=1)
    crashes = result.scenarios[0].crashes
    assert [c.split(" (at ")[0] for c in crashes] == [
        "seed 5: KeyError: 'gone'",
        "seed 6: KeyError: 'gone'",
    ]
    assert "FAILED: 0 invariant violations, 2 crashes" in exploration_report(result, 0.0)


def test_coverage_counts_injects_actions_and_branches(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    report = exploration_report(explore([tmp_path / "harbour.yaml"], 20, workers=1), 0.0)
    coverage = next(line for line in report.splitlines() if "coverage:" in line)
    assert coverage.startswith("  coverage: injects 2/3 (67 %), actions ")
    assert "branches " in coverage


def test_worker_processes_find_what_one_process_finds(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    path = [tmp_path / "harbour.yaml"]
    alone = explore(path, 30, seed=3, workers=1).scenarios[0]
    pooled = explore(path, 30, seed=3, workers=2).scenarios[0]
    assert (pooled.fired, pooled.actions, pooled.endings, pooled.dead_ends) == (
        alone.fired,
        alone.actions,
        alone.endings,
        alone.dead_ends,
    )


def test_a_short_exploration_of_the_bundled_scenarios_breaks_no_invariant() -> None:
    scenarios = bundled_scenarios()
    result = explore(scenarios, 3 * len(scenarios), seed=11, workers=1)
    broken = [(f.path, f.violations, f.crashes) for f in result.scenarios]
    assert [b for b in broken if b[1] or b[2]] == []
    assert all(f.games == 3 for f in result.scenarios)
