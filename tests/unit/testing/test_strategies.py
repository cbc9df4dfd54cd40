"""The exported strategies draw scenarios the real loader accepts, of the sizes asked for."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from simulator.scenario.loaded import LoadedScenario
from simulator.testing import strategies as ts


@given(ts.scenarios())
def test_every_drawn_scenario_loads_and_resolves(loaded: LoadedScenario) -> None:
    scenario = loaded.scenario
    assert 2 <= len(scenario.states) <= 5
    assert loaded.weights is not None
    for inject in scenario.injects:
        assert (inject.turn is None) != (inject.when is None)
        if inject.when:
            assert inject.when in loaded.conditions


@given(st.data(), st.integers(2, 12), st.integers(1, 30))
def test_sizes_are_parameters(data: st.DataObject, states: int, turns: int) -> None:
    drawn = data.draw(ts.scenario_data(max_states=states, max_turns=turns, max_injects=3))
    assert 2 <= len(drawn["states"]) <= states
    assert 1 <= drawn["turns"] <= turns
    assert 1 <= len(drawn["injects"]) <= 3


@given(ts.scenario_data())
def test_references_inside_a_drawn_scenario_point_at_declared_things(data: dict[str, Any]) -> None:
    states = {s["id"] for s in data["states"]}
    contacts = {c["id"] for c in data["contacts"]}
    assert {c["owner"] for c in data["contacts"]} <= states
    for channel in data["channels"]:
        a, b = channel["between"]
        assert {a, b} <= contacts
        assert a.split("-")[0] != b.split("-")[0], "a channel links two different states"
    candidates = {c["id"] for c in data["ground_truth"]["candidates"]}
    assert data["ground_truth"]["perpetrator"] in candidates
    for inject in data["injects"]:
        for effect in inject["effects"]:
            if "set_flag" in effect:
                assert effect["set_flag"] in data["flags"]


@given(ts.scenarios(with_overrides=True), st.data())
def test_scoring_overrides_reach_the_resolved_weights(
    loaded: LoadedScenario, data: st.DataObject
) -> None:
    overrides = loaded.scenario.scoring
    assert overrides is not None
    for name in overrides.model_fields_set:
        assert getattr(loaded.weights, name) == getattr(overrides, name)


@given(ts.scoring_overrides())
def test_overrides_stay_inside_each_weights_declared_range(overrides: dict[str, Any]) -> None:
    for name, value in overrides.items():
        low, high = ts.weight_range(name)
        assert low < value <= high
