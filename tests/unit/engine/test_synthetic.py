"""The synthetic scenario builder used by benchmarks and property tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.engine import Session
from simulator.scenario.load import load_scenario
from simulator.testing.synthetic import synthetic_data, synthetic_scenario


@pytest.mark.parametrize("states", [2, 5, 36])
def test_a_synthetic_scenario_of_any_size_is_valid_and_playable(states: int):
    loaded = synthetic_scenario(states, turns=3)
    assert len(loaded.state_ids) == states
    session = Session.start(loaded, seed=1)
    while not session.over:
        session.resolve_turn()
    assert len(session.history) == 3


def test_the_same_arguments_give_the_same_scenario_and_others_differ():
    assert synthetic_data(12, seed=4) == synthetic_data(12, seed=4)
    assert synthetic_data(12, seed=4) != synthetic_data(12, seed=5)
    assert (
        synthetic_scenario(12, seed=4).content_hash == synthetic_scenario(12, seed=4).content_hash
    )


def test_without_an_early_end_it_runs_all_its_turns():
    assert synthetic_data(5, early_end=False)["end_conditions"] == []
    assert synthetic_data(5)["end_conditions"] != []


def test_its_data_goes_through_the_file_loader(tmp_path: Path):
    path = tmp_path / "synthetic.yaml"
    path.write_text(json.dumps(synthetic_data(7)), encoding="utf-8")
    assert load_scenario(path).state_ids == synthetic_scenario(7).state_ids


def test_fewer_than_two_states_is_refused():
    with pytest.raises(ValueError, match="two states"):
        synthetic_data(1)
