"""The condition context answers every function and variable of the condition language."""

from __future__ import annotations

import pytest

from simulator.engine import Session
from simulator.scenario.conditions import FUNCTIONS, NEVER, VARIABLES, evaluate, parse_condition
from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import d, humans, play_turn

SAMPLE_ARGS = {
    "flag": ("raided",),
    "fired": ("hit",),
    "turns_since": ("hit",),
    "took": ("alpha", "consult", "beta"),
    "count": ("any", "consult"),
    "risk": ("alpha", "beta"),
    "peak_risk": ("alpha",),
    "trust": ("alpha", "beta"),
    "suspicion": ("alpha", "crew"),
    "pressure": ("alpha",),
    "hostility": ("alpha",),
    "score": (),
    "total_score": (),
    "implemented": ("alpha", "oas:2"),
    "channel_tested": ("ab-policy",),
    "channel_alive": ("ab-policy",),
    "attributed": ("alpha", "beta"),
}


@pytest.fixture
def played(three: LoadedScenario) -> Session:
    session = humans(three)
    play_turn(session, {"alpha": [d("consult", "beta"), d("public-attribution", "beta")]})
    play_turn(session, {"beta": [d("consult", "alpha")], "gamma": [d("mobilise", "beta")]})
    return session


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_every_function_of_the_language_is_answered_with_its_declared_type(
    played: Session, name: str
):
    assert set(SAMPLE_ARGS) == set(FUNCTIONS)
    value = played.condition_context().call(name, SAMPLE_ARGS[name])
    expected = bool if FUNCTIONS[name][2] == "bool" else float
    assert type(value) is expected


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_every_variable_of_the_language_is_a_number(played: Session, name: str):
    assert isinstance(played.condition_context().variable(name), float)


def holds(session: Session, text: str) -> bool:
    return evaluate(parse_condition(text), session.condition_context())


def test_took_and_count_match_actor_action_and_target_with_any_as_a_wildcard(played: Session):
    assert holds(played, 'took("alpha", "consult", "beta")')
    assert not holds(played, 'took("alpha", "consult", "gamma")')
    assert holds(played, 'count("any", "consult") == 2')
    assert holds(played, 'count("beta", "consult", "alpha") == 1')


def test_turns_since_counts_from_the_firing_turn_and_is_large_for_injects_never_fired(
    played: Session,
):
    assert holds(played, 'turns_since("hit") == 2')
    assert played.condition_context().call("turns_since", ("raid",)) == NEVER


def test_risk_reads_overall_the_worst_dyad_of_a_state_or_one_dyad(played: Session):
    sheet = played.sheets[-1]
    ctx = played.condition_context()
    assert ctx.call("risk", ()) == sheet.overall
    assert ctx.call("risk", ("alpha", "beta")) == sheet.dyads[("alpha", "beta")].risk
    assert ctx.call("risk", ("beta",)) == max(
        sheet.dyads[("alpha", "beta")].risk, sheet.dyads[("beta", "gamma")].risk
    )
    assert ctx.call("peak_risk", ()) == max(s.overall for s in played.sheets)


def test_score_is_this_turns_escalation_score_and_total_score_the_sum(played: Session):
    ctx = played.condition_context()
    assert ctx.call("score", ()) == played.history[-1].score
    assert ctx.call("total_score", ()) == sum(r.score for r in played.history)


def test_world_readings_follow_the_state(played: Session):
    ctx = played.condition_context()
    assert ctx.call("trust", ("beta", "alpha")) == played.world.trust[("beta", "alpha")]
    assert ctx.call("implemented", ("alpha", "oas:2")) is True
    assert ctx.call("implemented", ("gamma", "oas:2")) is False
    assert ctx.call("attributed", ("alpha", "beta")) is True
    assert ctx.call("fired", ("news",)) is True
    assert ctx.variable("turn") == 3.0


def test_any_as_the_target_of_took_and_count_matches_every_target(played: Session):
    assert holds(played, 'took("alpha", "consult", "any")')
    assert holds(played, 'count("any", "consult", "any") == 2')
    assert not holds(played, 'took("gamma", "consult", "any")')
