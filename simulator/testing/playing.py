"""Play a playthrough through a `Session`: seats, scripts, facilitator steps, refusals.

The result is the session itself (for reports, transcripts and explanations) and the plain
`RunOutcome` the expectations are checked against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from simulator.engine import Session, TurnRecord
from simulator.errors import RuleError
from simulator.report import build_report
from simulator.scenario.conditions import evaluate
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import (
    Decision,
    FacilitatorStep,
    Playthrough,
    ScriptedTeam,
)
from simulator.testing.failures import Failure
from simulator.testing.outcome import RefusalRecord, RunOutcome, TurnOutcome

HUMAN = "human"


@dataclass
class _Snapshot:
    """What is read at the close of a turn, before the next turn's injects fire."""

    flags: tuple[str, ...]
    holds: dict[str, bool]


class ObservedSession(Session):
    """A Session that also records flags and `holds` conditions as each turn closes.

    Reading them after `resolve_turn` returns would be too late: by then the next turn has
    begun and its injects (and their effects) have fired. End conditions are read at close too.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.watched: tuple[str, ...] = ()
        self.snapshots: dict[int, _Snapshot] = {}
        super().__init__(*args, **kwargs)

    def _close_turn(self, *args: Any, **kwargs: Any) -> TurnRecord:
        record = super()._close_turn(*args, **kwargs)
        context = self.condition_context()
        self.snapshots[record.turn] = _Snapshot(
            flags=tuple(f for f, on in self.world.flags.items() if on),
            holds={t: evaluate(self.loaded.condition(t), context) for t in self.watched},
        )
        return record


@dataclass
class PlayedRun:
    """A finished playthrough: the session, what happened, and steps that could not be taken."""

    session: ObservedSession
    outcome: RunOutcome
    step_failures: list[Failure] = field(default_factory=list)
    refusals: list[RefusalRecord] = field(default_factory=list)


def seats_for(play: Playthrough) -> dict[str, str]:
    """Session seats: a bot policy, or 'human' for a scripted team that waits off-script."""
    seats = {}
    for team, seat in play.teams.items():
        if isinstance(seat, ScriptedTeam):
            seats[team] = HUMAN if seat.bot == "wait" else seat.bot
        else:
            seats[team] = seat
    return seats


def play_through(loaded: LoadedScenario, play: Playthrough) -> PlayedRun:
    """Run `play` to the end of the session."""
    session = ObservedSession.start(loaded, seed=play.seed, seats=seats_for(play))
    assert isinstance(session, ObservedSession)  # start() builds through cls
    session.watched = tuple(dict.fromkeys(e.holds for e in play.expect if e.holds))
    run = PlayedRun(session, RunOutcome(turns=()))
    while not session.over:
        turn = session.turn
        for step in (s for s in play.facilitator if s.turn == turn):
            _facilitate(session, step, play.name, run.step_failures)
        if session.over:
            break
        for team, seat in play.teams.items():
            if isinstance(seat, ScriptedTeam):
                _play_script(session, team, seat, turn, run.refusals)
        session.resolve_turn()
    run.outcome = _outcome(session, run.refusals)
    return run


def _facilitate(
    session: Session, step: FacilitatorStep, name: str, failures: list[Failure]
) -> None:
    reason = step.reason or f"scripted by playthrough {name}"
    try:
        if step.release is not None:
            session.release_inject(step.release, reason=reason)
        if step.set_variable is not None and step.value is not None:
            session.adjust(step.set_variable, step.value, reason)
        if step.end:
            session.end(reason)
    except RuleError as error:
        failures.append(
            Failure("facilitator step", "the step to be carried out", str(error), step.turn)
        )


def _play_script(
    session: Session, team: str, seat: ScriptedTeam, turn: int, refusals: list[RefusalRecord]
) -> None:
    decisions = seat.script.get(turn)
    if decisions is None:
        if seat.bot == "wait":
            session.submit(team, [])
        return
    accepted = _submit_legal(session, team, decisions, turn, refusals)
    if not accepted:
        # Everything scripted was refused: the team does nothing rather than its bot's move.
        session.submit(team, [])


def _submit_legal(
    session: Session,
    team: str,
    decisions: Sequence[Decision],
    turn: int,
    refusals: list[RefusalRecord],
) -> list[Decision]:
    """Submit the scripted decisions; when some are illegal, keep the rest and record those."""
    try:
        session.submit(team, decisions)
        return list(decisions)
    except RuleError:
        pass
    accepted: list[Decision] = []
    for decision in decisions:
        try:
            session.submit(team, [*accepted, decision])
        except RuleError as error:
            refusals.append(RefusalRecord(turn, team, decision.action, error.message))
            continue
        accepted.append(decision)
    return accepted


def _outcome(session: ObservedSession, refusals: list[RefusalRecord]) -> RunOutcome:
    fired = session.facilitator_view().fired
    snapshots = session.snapshots
    turns = []
    for record in session.history:
        snap = snapshots.get(record.turn, _Snapshot((), {}))
        turns.append(
            TurnOutcome(
                turn=record.turn,
                risk=record.risk,
                dyads=dict(record.dyads),
                score=record.score,
                fired=tuple(i for i, t in fired.items() if t == record.turn),
                flags=snap.flags,
            )
        )
    holds = {
        (turn, text): value
        for turn, snap in snapshots.items()
        for text, value in snap.holds.items()
    }
    ending = session.ending
    return RunOutcome(
        turns=tuple(turns),
        ending=ending.id if ending else None,
        ended_at=ending.turn if ending else None,
        refusals=tuple(refusals),
        holds=holds,
        report=build_report(session),
        fired_before_play=tuple(i for i, t in fired.items() if t < 1),
    )
