"""Hypothesis strategies for legal decision sequences (see strategies.py)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from simulator.engine import Session
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Decision
from simulator.testing.scenario_strategies import scenarios


@st.composite
def legal_decisions(draw: st.DrawFn, session: Session, team: str) -> list[Decision]:
    """Decisions `team` may submit now: legal options, valid targets, held evidence, and no
    more non-message actions than the scenario allows."""
    legal = [o for o in session.options(team) if o.legal]
    limit = session.loaded.scenario.max_actions
    chosen = draw(st.lists(st.sampled_from(legal), max_size=limit + 1)) if legal else []
    decisions: list[Decision] = []
    actions = 0
    for option in chosen:
        counts = not option.message and option.id != "wait"
        if counts and actions == limit:
            continue
        actions += counts
        target = draw(st.sampled_from(option.targets)) if option.targets else None
        evidence: list[str] = []
        if option.intent == "share-information":
            held = [e.id for e in session.team_view(team).evidence]
            evidence = draw(st.lists(st.sampled_from(held), min_size=1, max_size=2, unique=True))
        decisions.append(Decision(action=option.id, target=target, evidence=evidence))
    return decisions


@dataclass(frozen=True)
class PlayedGame:
    """A session played to its end with drawn decisions, and the decisions per turn."""

    session: Session
    decisions: list[dict[str, list[Decision]]]


@st.composite
def played_games(
    draw: st.DrawFn,
    scenario: st.SearchStrategy[LoadedScenario] | None = None,
    *,
    max_turns: int | None = None,
) -> PlayedGame:
    """Draw a scenario and a seed, then a legal decision list for every team every turn,
    and play it out (to the end, or `max_turns` turns)."""
    loaded = draw(scenario if scenario is not None else scenarios(max_states=4, max_turns=5))
    seats = {state: "human" for state in loaded.state_ids}
    session = Session.start(loaded, seed=draw(st.integers(0, 2**16)), seats=seats)
    played: list[dict[str, list[Decision]]] = []
    while not session.over and (max_turns is None or len(played) < max_turns):
        turn: dict[str, list[Decision]] = {}
        for team in loaded.state_ids:
            turn[team] = draw(legal_decisions(session, team))
            session.submit(team, turn[team])
        session.resolve_turn()
        played.append(turn)
    return PlayedGame(session, played)


def replay_decisions(
    loaded: LoadedScenario, seed: int, decisions: list[dict[str, list[Decision]]]
) -> Session:
    """Play the same decisions again in a fresh session (for determinism properties)."""
    session = Session.start(loaded, seed=seed, seats={s: "human" for s in loaded.state_ids})
    for turn in decisions:
        for team, chosen in turn.items():
            session.submit(team, chosen)
        session.resolve_turn()
    return session
