"""One exploration game: mixed bots and random legal decisions, checked as it is played."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from simulator.engine import POLICIES, ActionOption, Session, TurnRecord
from simulator.errors import RuleError
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Decision

RANDOM_LEGAL = "random-legal"
"""A seat the explorer plays itself, choosing among the options the engine calls legal."""
HUMAN = "human"


@dataclass(frozen=True)
class GamePlan:
    """Everything a game depends on: replaying a plan replays the game."""

    scenario: str
    seed: int


@dataclass
class GameResult:
    """What one game found; plain values so it crosses process boundaries."""

    scenario: str
    seed: int
    seats: dict[str, str] = field(default_factory=dict)
    turns: int = 0
    ending: str | None = None
    violations: list[str] = field(default_factory=list)
    crash: str = ""
    dead_ends: list[tuple[int, str]] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    branches: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    """Each turn's decisions and figures as text: two plays of one plan must give the same."""


def draw_seats(loaded: LoadedScenario, rng: random.Random) -> dict[str, str]:
    """About half the states play random legal moves; the rest get a bot at random."""
    bots = list(POLICIES)
    return {
        state: RANDOM_LEGAL if rng.random() < 0.5 else rng.choice(bots)
        for state in loaded.state_ids
    }


def play_game(loaded: LoadedScenario, plan: GamePlan) -> GameResult:
    """Play one game to its end, recording every finding instead of raising."""
    rng = random.Random(plan.seed)
    seats = draw_seats(loaded, rng)
    result = GameResult(plan.scenario, plan.seed, seats)
    engine_seats = {s: HUMAN if p == RANDOM_LEGAL else p for s, p in seats.items()}
    session = Session.start(loaded, seed=plan.seed, seats=engine_seats)
    while not session.over:
        turn = session.turn
        # Only the explorer's own seats are checked for dead ends: computing every bot's
        # options again would cost a third of the run, and over many games every state
        # gets an explorer seat.
        for state in loaded.state_ids:
            if seats[state] != RANDOM_LEGAL:
                continue
            legal = [o for o in session.options(state) if o.legal]
            if not legal:
                result.dead_ends.append((turn, state))
            _play_random(session, state, legal, rng, result)
        record = session.resolve_turn()
        _check_turn(record, result)
    _collect_coverage(session, result)
    return result


def _random_decision(
    session: Session, state: str, option: ActionOption, rng: random.Random
) -> Decision:
    target = rng.choice(option.targets) if option.targets else None
    evidence: list[str] = []
    if option.intent == "share-information":
        held = [e.id for e in session.team_view(state).evidence]
        evidence = rng.sample(held, k=min(len(held), rng.randint(1, 2)))
    return Decision(action=option.id, target=target, evidence=evidence)


def _play_random(
    session: Session,
    state: str,
    legal: list[ActionOption],
    rng: random.Random,
    result: GameResult,
) -> None:
    limit = session.loaded.scenario.max_actions
    chosen = rng.sample(legal, k=min(len(legal), rng.randint(0, limit))) if legal else []
    decisions: list[Decision] = []
    non_messages = 0
    for option in chosen:
        if not option.message and option.id != "wait":
            if non_messages == limit:
                continue
            non_messages += 1
        decisions.append(_random_decision(session, state, option, rng))
    try:
        session.submit(state, decisions)
    except RuleError:
        _submit_one_by_one(session, state, decisions, result)


def _submit_one_by_one(
    session: Session, state: str, decisions: list[Decision], result: GameResult
) -> None:
    """Find which decision the engine refused although its option was listed as legal."""
    accepted: list[Decision] = []
    for decision in decisions:
        try:
            session.submit(state, [*accepted, decision])
        except RuleError as error:
            result.violations.append(
                f"turn {session.turn}: {state}'s '{decision.action}' is listed as legal "
                f"but was refused: {error}"
            )
            continue
        accepted.append(decision)
    if not accepted:
        session.submit(state, [])


def _check_turn(record: TurnRecord, result: GameResult) -> None:
    result.turns = record.turn
    readings = {"overall": record.risk, **record.dyads}
    for name, value in readings.items():
        if not (math.isfinite(value) and 0.0 <= value <= 1.0):
            result.violations.append(
                f"turn {record.turn}: risk {name} = {value!r} is outside [0, 1]"
            )
    if not math.isfinite(record.score):
        result.violations.append(f"turn {record.turn}: escalation score {record.score!r}")
    decisions = "; ".join(
        f"{team}:{','.join(d.action + (f'>{d.target}' if d.target else '') for d in ds)}"
        for team, ds in record.decisions.items()
    )
    dyads = " ".join(f"{v:.12f}" for v in record.dyads.values())
    result.trace.append(
        f"{record.turn} {decisions} | {record.risk:.12f} {dyads} | {record.score:.6f}"
    )
    for decisions_of_team in record.decisions.values():
        result.actions.extend(d.action for d in decisions_of_team)


def _collect_coverage(session: Session, result: GameResult) -> None:
    view = session.facilitator_view()
    result.fired = list(view.fired)
    result.ending = session.ending.id if session.ending else None
    injects = {i.id: i for i in session.loaded.scenario.injects}
    for notice in view.injects:
        inject = injects.get(notice.id or "")
        if inject is None or not inject.variants:
            continue
        texts = [v.text for v in inject.variants]
        branch = f"variant {texts.index(notice.text) + 1}" if notice.text in texts else "main text"
        result.branches.append(f"{inject.id}: {branch}")
    if result.ending is not None:
        result.branches.append(f"ending: {result.ending}")
