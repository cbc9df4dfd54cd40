"""Session basics: turns, options, submissions, views and the turn loop."""

from __future__ import annotations

import dataclasses

import pytest

from simulator.engine import Session
from simulator.errors import RuleError
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Decision

HUMANS = {"alpha": "human", "beta": "human", "gamma": "human"}


def test_a_new_session_starts_at_turn_one_with_its_first_injects_released(three: LoadedScenario):
    session = Session.start(three, seed=1, seats=HUMANS)
    assert session.turn == 1 and not session.over
    assert [n.id for n in session.team_view("alpha").injects] == ["hit"]
    assert session.team_view("beta").injects == ()
    assert session.clock_label() == "Day 1, morning"
    assert session.clock_label(2) == "Tuesday 1 January 2030, 20:00"


def test_options_list_every_action_with_the_reason_an_illegal_one_is_refused(
    three: LoadedScenario,
):
    session = Session.start(three, seats=HUMANS)
    alpha = {o.id: o for o in session.options("alpha")}
    beta = {o.id: o for o in session.options("beta")}
    assert set(alpha) == set(three.actions)
    assert not alpha["mitigate-from-territory"].legal
    assert "un-norms:c" in alpha["mitigate-from-territory"].reason
    assert beta["mitigate-from-territory"].legal
    assert beta["mitigate-from-territory"].targets == ("crew",)
    assert not alpha["answer-request"].legal
    assert "no request" in alpha["answer-request"].reason


def test_an_illegal_decision_is_refused_with_a_reason(three: LoadedScenario):
    session = Session.start(three, seats=HUMANS)
    with pytest.raises(RuleError, match="un-norms:c"):
        session.submit("alpha", [Decision(action="mitigate-from-territory", target="crew")])
    with pytest.raises(RuleError, match="not a valid target"):
        session.submit("alpha", [Decision(action="ping", target="alpha")])
    with pytest.raises(RuleError, match="unknown action"):
        session.submit("alpha", [Decision(action="launch-missiles")])


def test_messages_do_not_count_toward_the_action_limit_but_other_moves_do(
    three: LoadedScenario,
):
    session = Session.start(three, seats=HUMANS)
    messages = [Decision(action="ping", target="beta"), Decision(action="consult", target="beta")]
    moves = [Decision(action="raise-defences"), Decision(action="public-statement")]
    session.submit("alpha", messages + moves)
    with pytest.raises(RuleError, match="at most 2 non-message actions"):
        session.submit("alpha", [*moves, Decision(action="mobilise", target="beta")])


def test_a_turn_does_not_resolve_while_a_human_team_has_not_decided(three: LoadedScenario):
    session = Session.start(three, seats={"alpha": "human"})
    assert session.humans_pending() == ["alpha"]
    with pytest.raises(RuleError, match="alpha"):
        session.resolve_turn()
    session.submit("alpha", [])
    record = session.resolve_turn()
    assert record.turn == 1 and session.turn == 2
    assert len(session.history) == 1


def test_bots_play_a_whole_game_to_an_ending(three: LoadedScenario):
    session = Session.start(three, seed=3)
    while not session.over:
        session.resolve_turn()
    assert session.ending is not None
    assert session.ending.turn == len(session.history) == session.history[-1].turn
    with pytest.raises(RuleError, match="over"):
        session.resolve_turn()


def test_the_facilitator_sees_the_ground_truth_and_no_team_view_carries_it(
    three: LoadedScenario,
):
    session = Session.start(three, seats=HUMANS)
    assert session.facilitator_view().truth["perpetrator"] == "crew"
    fields = {f.name for f in dataclasses.fields(session.team_view("alpha"))}
    assert not fields & {"truth", "perpetrator", "forged", "ground_truth"}
    assert all(e.note == "" for e in session.team_view("alpha").events)


def test_explain_decomposes_a_dyad_risk_into_contributions_that_add_up(three: LoadedScenario):
    session = Session.start(three, seed=2)
    session.resolve_turn()
    session.resolve_turn()
    exp = session.explain("alpha", "beta")
    assert exp.turn == 2
    assert sum(c.value for c in exp.contributions) == pytest.approx(exp.risk, abs=1e-12)
    assert exp.risk == session.history[-1].dyads["alpha-beta"]
    assert {"base", "severity", "suspicion", "trust"} <= {c.key for c in exp.contributions}
    moved = sum(c.delta for c in exp.contributions)
    assert moved == pytest.approx(exp.risk - exp.previous, abs=1e-12)
