"""Injects by schedule, by condition and with variants; media pressure; endings."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.catalogs import default_actions
from simulator.engine import Session
from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import d, humans, play_turn, variant


def test_a_scheduled_inject_reaches_only_its_audience_on_its_turn(three: LoadedScenario):
    session = humans(three)
    assert session.world.fired == {"hit": 1}
    play_turn(session)
    assert session.world.fired == {"hit": 1, "news": 2}
    assert [n.id for n in session.team_view("beta").injects] == ["news"]


def test_a_media_inject_raises_pressure_on_every_state_that_hears_it(three: LoadedScenario):
    session = humans(three)
    before = dict(session.world.pressure)  # nothing moves pressure in a quiet turn 1
    play_turn(session)
    for state, pressure in before.items():
        assert session.world.pressure[state] == pytest.approx(
            pressure + three.weights.media_pressure
        )


def test_a_conditional_inject_fires_at_the_start_of_the_turn_after_its_condition_holds(
    three: LoadedScenario,
):
    session = humans(three)
    play_turn(session, {"alpha": [d("request-assistance", "gamma")]})
    assert session.world.fired.get("trace-found") == 2
    assert "trace" in {e.id for e in session.team_view("alpha").evidence}


def test_inject_effects_apply_and_a_variant_replaces_the_text_when_its_condition_holds(
    three: LoadedScenario,
):
    def news_variant(data: dict[str, Any]) -> None:
        news = next(i for i in data["injects"] if i["id"] == "news")
        news["variants"] = [{"when": 'took("alpha", "public-statement")', "text": "Calm words."}]

    calm = humans(variant(three, news_variant))
    play_turn(calm, {"alpha": [d("public-statement")]})
    plain = humans(variant(three, news_variant))
    play_turn(plain)
    assert calm.team_view("beta").injects[-1].text == "Calm words."
    assert plain.team_view("beta").injects[-1].text == "Television shows queues."


def test_an_inject_effect_sets_flags_and_moves_severity(three: LoadedScenario):
    session = humans(three)
    severity = session.world.severity
    play_turn(session, {"beta": [d("mitigate-from-territory", "crew")]})
    assert session.world.flag("raided")
    assert session.world.severity == pytest.approx(max(0.0, severity - 0.1 - 0.2))


def test_an_end_condition_ends_the_session_after_the_turn_it_holds(three: LoadedScenario):
    def calm_when_raided(data: dict[str, Any]) -> None:
        data["end_conditions"][0]["when"] = 'took("beta", "mitigate-from-territory")'

    session = humans(variant(three, calm_when_raided))
    play_turn(session)
    play_turn(session, {"beta": [d("mitigate-from-territory", "crew")]})
    assert session.over and session.turn == 2
    assert session.ending is not None
    assert (session.ending.id, session.ending.kind, session.ending.turn) == (
        "calm",
        "de-escalated",
        2,
    )
    assert session.history[-1].ending == session.ending


def test_a_session_without_an_early_ending_stops_at_its_turn_limit(three: LoadedScenario):
    session = Session.start(three, seats={s: "wait" for s in three.state_ids})
    while not session.over:
        session.resolve_turn()
    assert session.ending is not None and session.ending.id == "turns"
    assert session.turn == three.scenario.turns == len(session.history)


def test_the_effects_of_a_message_move_apply_when_it_is_sent(three: LoadedScenario):
    consult = next(a for a in default_actions().actions if a.id == "consult")
    flagged = consult.model_dump(mode="json", by_alias=True, exclude_none=True)
    flagged["effects"] = [{"set_flag": "talks-requested"}]

    def flag_on_consult(data: dict[str, Any]) -> None:
        data["actions"] = [*data.get("actions", []), flagged]
        data["flags"] = [*data.get("flags", []), "talks-requested"]

    session = humans(variant(three, flag_on_consult))
    assert "talks-requested" not in session.facilitator_view().flags
    play_turn(session, {"alpha": [d("consult", "beta")]})
    assert "talks-requested" in session.facilitator_view().flags
