"""Engine properties over drawn scenarios and drawn legal decisions, using the exported
strategies the way a scenario author would."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.engine import Session
from simulator.scenario.loaded import LoadedScenario
from simulator.testing import strategies as ts


def readings_in_bounds(session: Session) -> list[str]:
    bad = []
    for record in session.history:
        for name, value in {"overall": record.risk, **record.dyads}.items():
            if not (math.isfinite(value) and 0.0 <= value <= 1.0):
                bad.append(f"turn {record.turn} {name} {value}")
    return bad


@given(ts.played_games())
def test_risk_stays_within_zero_and_one_for_any_legal_decisions(game: ts.PlayedGame) -> None:
    assert game.session.over
    assert readings_in_bounds(game.session) == []


@given(ts.played_games(ts.scenarios(max_states=3, max_turns=4, with_overrides=True)))
def test_any_valid_scoring_override_keeps_risk_within_bounds(game: ts.PlayedGame) -> None:
    assert readings_in_bounds(game.session) == []


@given(ts.played_games(max_turns=4))
def test_the_same_decisions_and_seed_give_the_same_turns(game: ts.PlayedGame) -> None:
    again = ts.replay_decisions(game.session.loaded, game.session.seed, game.decisions)
    assert again.history == game.session.history


@given(ts.played_games(max_turns=3))
def test_drawn_decisions_are_recorded_as_taken(game: ts.PlayedGame) -> None:
    for record, drawn in zip(game.session.history, game.decisions, strict=True):
        for team, decisions in drawn.items():
            assert [d.action for d in record.decisions[team]] == [d.action for d in decisions]


@settings(max_examples=5)
@given(ts.large_scenarios(min_states=20, max_states=60), st.integers(0, 100))
def test_a_large_scenario_plays_a_turn_of_bots_within_bounds(
    loaded: LoadedScenario, seed: int
) -> None:
    session = Session.start(loaded, seed=seed)
    session.resolve_turn()
    assert len(session.history[0].dyads) == len(loaded.state_ids) * (len(loaded.state_ids) - 1) // 2
    assert readings_in_bounds(session) == []
