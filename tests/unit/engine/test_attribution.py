"""Hidden ground truth and attribution: public versus private, right versus wrong."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.engine import Session
from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import d, humans, play_turn, variant, weights


def beta_did_it(data: dict[str, Any]) -> None:
    data["ground_truth"]["perpetrator"] = "beta"
    data["ground_truth"]["kind"] = "state"


def accuse(loaded: LoadedScenario, action: str) -> Session:
    session = humans(loaded)
    play_turn(session, {"alpha": [d(action, "beta")]})
    return session


def test_a_wrong_public_attribution_costs_more_trust_and_risk_than_a_right_one(
    three: LoadedScenario,
):
    wrong = accuse(three, "public-attribution")
    right = accuse(variant(three, beta_did_it), "public-attribution")
    trust_before = humans(three).world.trust[("beta", "alpha")]
    wrong_cost = trust_before - wrong.world.trust[("beta", "alpha")]
    right_cost = trust_before - right.world.trust[("beta", "alpha")]
    assert wrong_cost == pytest.approx(three.weights.wrong_attribution_trust_cost)
    assert right_cost == pytest.approx(three.weights.right_attribution_trust_cost)
    assert wrong.history[-1].dyads["alpha-beta"] > right.history[-1].dyads["alpha-beta"]


def test_a_private_attribution_is_a_cheaper_act_than_a_public_one(three: LoadedScenario):
    reliable = weights(three, stale_chance=0.0)
    private = accuse(reliable, "private-attribution")
    public = accuse(reliable, "public-attribution")
    for session in (private, public):
        play_turn(session)  # the private message takes a turn over the diplomatic line
    trust_before = humans(three).world.trust[("beta", "alpha")]
    private_cost = trust_before - private.world.trust[("beta", "alpha")]
    assert private_cost == pytest.approx(
        three.weights.wrong_attribution_trust_cost * three.weights.private_attribution_share
    )
    assert private.history[-1].dyads["alpha-beta"] < public.history[-1].dyads["alpha-beta"]
    assert private.world.crossed == {}


def test_only_a_public_attribution_counts_as_attributed(three: LoadedScenario):
    private = accuse(three, "private-attribution")
    public = accuse(three, "public-attribution")
    assert not private.condition_context().call("attributed", ("alpha", "beta"))
    assert public.condition_context().call("attributed", ("alpha", "beta"))


def test_the_first_public_attribution_in_a_dyad_crosses_a_threshold_once(
    three: LoadedScenario,
):
    session = accuse(three, "public-attribution")
    steps = dict(session.world.steps[("alpha", "beta")])
    assert set(steps) == {"public-attribution", "wrong-attribution"}
    play_turn(session, {"alpha": [d("public-attribution", "beta")]})
    decay = 1 - three.weights.step_decay
    assert session.world.steps[("alpha", "beta")] == pytest.approx(
        {k: v * decay for k, v in steps.items()}
    )


def test_team_views_never_reveal_whether_an_attribution_was_right(three: LoadedScenario):
    session = accuse(three, "public-attribution")
    notes = [e.note for e in session.facilitator_view().events if e.kind == "attribution"]
    assert notes == ["the accused is not the perpetrator"]
    for team in ("alpha", "beta", "gamma"):
        assert all(e.note == "" for e in session.team_view(team).events)
