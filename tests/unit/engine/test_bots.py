"""Bots: pure functions of a team view and a generator, legal, and true to their character."""

from __future__ import annotations

import random

import pytest

from simulator.engine import POLICIES, Session
from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import d, humans, play_turn

BOTS = ["dove", "hawk", "tit-for-tat", "cbm-playbook", "random"]


def moves_of(session: Session, team: str) -> list[tuple[str, bool, float]]:
    return [(m.action, m.hostile, m.points) for m in session.world.moves if m.actor == team]


@pytest.mark.parametrize("policy", BOTS)
def test_a_bot_decides_the_same_from_the_same_view_and_generator(
    three: LoadedScenario, policy: str
):
    session = Session.start(three, seed=5, seats={s: policy for s in three.state_ids})
    session.resolve_turn()
    view = session.team_view("alpha")
    first = POLICIES[policy](view, random.Random(42))
    assert first == POLICIES[policy](view, random.Random(42))


@pytest.mark.parametrize("policy", BOTS)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_bot_only_ever_chooses_legal_decisions(three: LoadedScenario, policy: str, seed: int):
    session = Session.start(three, seed=seed, seats={s: policy for s in three.state_ids})
    while not session.over:
        for team in three.state_ids:
            view = session.team_view(team)
            raw = POLICIES[policy](view, session.rng.generator("bot", session.turn, team))
            assert session.suggest(team) == raw, f"{policy} chose an illegal move for {team}"
        session.resolve_turn()


def test_a_dove_never_escalates(three: LoadedScenario):
    for seed in range(3):
        session = Session.start(three, seed=seed, seats={s: "dove" for s in three.state_ids})
        while not session.over:
            session.resolve_turn()
        for team in three.state_ids:
            assert all(
                not hostile and points <= 0 for _, hostile, points in moves_of(session, team)
            )


def test_a_hawk_climbs_the_ladder_against_its_adversary(three: LoadedScenario):
    session = Session.start(three, seed=1, seats={"alpha": "wait", "beta": "wait", "gamma": "hawk"})
    while not session.over:
        session.resolve_turn()
    scores = [r.score for r in session.history]
    assert all(score > 0 for score in scores)
    assert max(scores[3:]) > max(scores[:2])
    assert any(hostile for _, hostile, _ in moves_of(session, "gamma"))


def test_tit_for_tat_answers_hostility_in_kind_the_turn_after(three: LoadedScenario):
    session = Session.start(
        three, seats={"alpha": "human", "beta": "tit-for-tat", "gamma": "human"}
    )
    play_turn(session, {"gamma": [d("sanctions", "beta")]})
    assert not any(m.actor == "beta" and m.hostile for m in session.world.moves)
    play_turn(session)
    answered = [
        (m.action, m.target) for m in session.world.moves if m.actor == "beta" and m.turn == 2
    ]
    assert ("sanctions", "gamma") in answered


def test_the_cbm_playbook_answers_every_request_it_receives(three: LoadedScenario):
    session = Session.start(
        three, seats={"alpha": "human", "beta": "human", "gamma": "cbm-playbook"}
    )
    play_turn(session, {"alpha": [d("request-assistance", "gamma")]})
    play_turn(session)
    assert [r.status for r in session.world.requests] == ["answered"]


def test_the_random_bot_is_reproducible_from_the_session_seed(three: LoadedScenario):
    def game(seed: int) -> list[object]:
        session = Session.start(three, seed=seed, seats={s: "random" for s in three.state_ids})
        while not session.over:
            session.resolve_turn()
        return [r.decisions for r in session.history]

    assert game(3) == game(3)
    assert game(3) != game(4)


def test_a_human_seat_gets_its_scenario_bot_as_a_suggestion(three: LoadedScenario):
    session = humans(three)
    assert session.suggest("gamma") == session.suggest("gamma", "hawk")
