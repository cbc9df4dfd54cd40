"""Facilitator powers: release, adjust, end and undo, each journaled and replayable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.engine import Session
from simulator.errors import RuleError
from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import HUMANS, d, play_turn


def journaled(loaded: LoadedScenario, path: Path) -> Session:
    return Session.start(loaded, seed=2, seats=HUMANS, journal=path)


def types(path: Path) -> list[str]:
    return [json.loads(x)["type"] for x in path.read_text(encoding="utf-8").splitlines()]


def test_an_ad_hoc_inject_reaches_its_audience_and_the_journal(
    three: LoadedScenario, tmp_path: Path
):
    session = journaled(three, tmp_path / "j.jsonl")
    session.release_inject(title="Rumour", text="A rumour spreads.", to=["beta"], reason="tension")
    assert session.team_view("beta").injects[-1].title == "Rumour"
    assert all(n.title != "Rumour" for n in session.team_view("alpha").injects)
    assert types(tmp_path / "j.jsonl")[-1] == "release"


def test_a_scenario_inject_can_be_released_early_but_only_once(three: LoadedScenario):
    session = Session.start(three, seats=HUMANS)
    session.release_inject("news", reason="the press got it early")
    assert session.world.fired["news"] == 1
    with pytest.raises(RuleError, match="already fired"):
        session.release_inject("news")
    with pytest.raises(RuleError, match="unknown inject"):
        session.release_inject("nope")


@pytest.mark.parametrize(
    ("variable", "read"),
    [
        ("severity", lambda s: s.world.severity),
        ("pressure.beta", lambda s: s.world.pressure["beta"]),
        ("hostility.gamma", lambda s: s.world.hostility["gamma"]),
        ("trust.alpha.beta", lambda s: s.world.trust[("alpha", "beta")]),
        ("suspicion.alpha.crew", lambda s: s.world.suspicion["alpha"]["crew"]),
    ],
)
def test_the_facilitator_can_set_each_kind_of_variable(three: LoadedScenario, variable, read):
    session = Session.start(three, seats=HUMANS)
    session.adjust(variable, 0.77, "adjudication")
    assert read(session) == 0.77
    assert session.facilitator_view().events[-1].text.endswith("0.77: adjudication")


@pytest.mark.parametrize(
    ("variable", "value", "reason", "message"),
    [
        ("severity", 0.5, " ", "say why"),
        ("severity", 1.5, "x", "outside 0..1"),
        ("mood.alpha", 0.5, "x", "cannot adjust"),
        ("pressure.delta", 0.5, "x", "unknown state"),
        ("trust.alpha.alpha", 0.5, "x", "toward itself"),
    ],
)
def test_a_bad_adjustment_is_refused_and_leaves_no_trace(
    three: LoadedScenario, tmp_path: Path, variable: str, value: float, reason: str, message: str
):
    session = journaled(three, tmp_path / "j.jsonl")
    with pytest.raises(RuleError, match=message):
        session.adjust(variable, value, reason)
    assert types(tmp_path / "j.jsonl") == ["header"]


def test_ending_the_session_stops_play_and_is_journaled(three: LoadedScenario, tmp_path: Path):
    session = journaled(three, tmp_path / "j.jsonl")
    session.end("time is up")
    assert session.over and session.ending is not None
    assert (session.ending.id, session.ending.outcome) == ("facilitator", "time is up")
    with pytest.raises(RuleError):
        session.submit("alpha", [])
    assert types(tmp_path / "j.jsonl")[-1] == "end"


def test_undo_goes_back_to_the_start_of_the_last_resolved_turn(
    three: LoadedScenario, tmp_path: Path
):
    session = journaled(three, tmp_path / "j.jsonl")
    play_turn(session, {"alpha": [d("consult", "gamma")]})
    after_one = (session.world.trust.copy(), session.world.severity, list(session.history))
    play_turn(session, {"alpha": [d("public-attribution", "beta")]})
    session.submit("alpha", [d("ping", "beta")])
    session.undo()
    assert session.turn == 2 and session.pending == {}
    assert (session.world.trust, session.world.severity, session.history) == after_one
    assert types(tmp_path / "j.jsonl")[-1] == "undo"


def test_a_journal_with_an_undo_resumes_to_the_same_state(three: LoadedScenario, tmp_path: Path):
    path = tmp_path / "j.jsonl"
    session = journaled(three, path)
    play_turn(session, {"alpha": [d("consult", "gamma")]})
    play_turn(session, {"alpha": [d("public-attribution", "beta")]})
    session.undo()
    play_turn(session, {"alpha": [d("clarify-intent", "beta")]})
    resumed = Session.resume(path, three)
    assert resumed.history == session.history
    assert resumed.world == session.world


def test_undo_at_the_first_turn_clears_the_pending_decisions(three: LoadedScenario):
    session = Session.start(three, seats=HUMANS)
    session.submit("alpha", [d("ping", "beta")])
    session.undo()
    assert session.turn == 1 and session.pending == {} and session.history == []
