"""The session: a scenario, a seed and a journal; turns, bots, facilitator powers, replay."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from simulator.engine import powers, projections
from simulator.engine.clock import clock_label
from simulator.engine.context import WorldContext
from simulator.engine.events import Event, EventLog
from simulator.engine.explain import explain_dyad, top_contributions
from simulator.engine.index import ScenarioIndex, build_index
from simulator.engine.injects import check_end, fire_due
from simulator.engine.journal import JournalWriter, Record, header_record
from simulator.engine.network import Router
from simulator.engine.policies import POLICIES
from simulator.engine.resolve import decay, resolve_decisions
from simulator.engine.rng import SessionRng
from simulator.engine.rules import check_decisions, options
from simulator.engine.scoring import ScoreSheet, score_world
from simulator.engine.seats import resolve_seats
from simulator.engine.setup import initial_world
from simulator.engine.state import WorldState
from simulator.engine.turn import TurnContext
from simulator.engine.views import (
    ActionOption,
    Ending,
    Explanation,
    FacilitatorView,
    TeamView,
    TurnRecord,
)
from simulator.errors import RuleError
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Decision

HUMAN = "human"


class Session:
    """One exercise being played. Every change goes through a method that journals it."""

    def __init__(
        self, loaded: LoadedScenario, seed: int, seats: dict[str, str], journal: Path | None
    ) -> None:
        self.loaded = loaded
        self.seed = seed
        self.seats = seats
        self.journal_path = journal
        self.warnings: list[str] = []
        self.index: ScenarioIndex = build_index(loaded)
        self.rng = SessionRng(seed)
        self._writer = JournalWriter(journal) if journal is not None else None
        self._reset()

    def _reset(self) -> None:
        self.world: WorldState = initial_world(self.loaded, self.index)
        self.history: list[TurnRecord] = []
        self.ending: Ending | None = None
        self.sheets: list[ScoreSheet] = [
            score_world(self.index, self.world, self.loaded.weights, 0, 0.0)
        ]
        self.events: dict[int, list[Event]] = {}
        self.pending: dict[str, list[Decision]] = {}
        self.inputs: list[Record] = []
        self._begin_turn()

    # -- construction -----------------------------------------------------------------

    @classmethod
    def start(
        cls,
        loaded: LoadedScenario,
        *,
        seed: int = 0,
        seats: Mapping[str, str] | None = None,
        journal: Path | None = None,
    ) -> Session:
        """A new session; with a journal path, the journal is (re)written from its header."""
        session = cls(loaded, seed, resolve_seats(loaded, seats), journal)
        if session._writer is not None:
            session._writer.start(session.header())
        return session

    @classmethod
    def resume(cls, journal: Path, loaded: LoadedScenario | None = None) -> Session:
        """Continue a session from its journal (see engine/replay.py)."""
        from simulator.engine.replay import resume_session

        return resume_session(cls, journal, loaded)

    def header(self) -> Record:
        return header_record(self.loaded, self.seed, self.seats)

    def fork(self) -> Session:
        """A journal-less copy at the same point, for what-if exploration and tests."""
        twin = Session(self.loaded, self.seed, dict(self.seats), None)
        twin.replay_inputs(self.inputs)
        return twin

    # -- reading ----------------------------------------------------------------------

    @property
    def turn(self) -> int:
        return self.world.turn

    @property
    def over(self) -> bool:
        return self.ending is not None

    def clock_label(self, turn: int | None = None) -> str:
        return clock_label(self.loaded.scenario.clock, self.turn if turn is None else turn)

    def humans_pending(self) -> list[str]:
        if self.over:
            return []
        return [s for s in self.index.states if self.seats[s] == HUMAN and s not in self.pending]

    def options(self, team: str) -> list[ActionOption]:
        self._known_team(team)
        return options(self.loaded, self.index, self.world, team, self.over)

    def team_view(self, team: str) -> TeamView:
        self._known_team(team)
        return projections.team_view(self, team)

    def facilitator_view(self) -> FacilitatorView:
        return projections.facilitator_view(self)

    def condition_context(self) -> WorldContext:
        """What conditions are evaluated against (also used by the test runner)."""
        return WorldContext(self.index, self.world, self.sheets)

    def explain(self, a: str, b: str, turn: int | None = None) -> Explanation:
        """A dyad's risk at a turn (default: the last resolved) as named contributions."""
        return explain_dyad(self, a, b, turn)

    def suggest(self, team: str, policy: str | None = None) -> list[Decision]:
        """What a bot policy (default: the team's seat, or its scenario bot) would decide now.

        Uses the same keyed draws as resolve_turn, so a playthrough runner that submits the
        suggestion gets exactly what the bot would have played.
        """
        self._known_team(team)
        seat = policy or self.seats[team]
        if seat == HUMAN:
            seat = self.index.by_id[team].bot
        if seat not in POLICIES:
            raise RuleError(f"unknown bot policy '{seat}'", hint=", ".join(POLICIES))
        return self._decide(team, seat)

    def _decide(self, team: str, policy: str) -> list[Decision]:
        view = projections.team_view(self, team, history=False)
        chosen = POLICIES[policy](view, self.rng.generator("bot", self.turn, team))
        return projections.legal_subset(self, team, chosen, view.options)

    # -- playing ----------------------------------------------------------------------

    def submit(self, team: str, decisions: Sequence[Decision]) -> None:
        self._known_team(team)
        if self.over:
            raise RuleError("the session is over")
        check_decisions(self.loaded, self.index, self.world, team, decisions, self.over)
        self.pending[team] = list(decisions)
        self.record(
            {
                "type": "submit",
                "turn": self.turn,
                "team": team,
                "decisions": [projections.decision_json(d) for d in decisions],
            }
        )

    def resolve_turn(self) -> TurnRecord:
        """Bots decide, every decision resolves, risk is scored, endings checked."""
        if self.over:
            raise RuleError("the session is over")
        waiting = self.humans_pending()
        if waiting:
            raise RuleError(
                "waiting for decisions of: " + ", ".join(waiting),
                hint="submit an empty list to let a team wait",
            )
        bots = self._bot_decisions()
        decisions = {s: self.pending.get(s, bots.get(s, [])) for s in self.index.states}
        ctx = self.context()
        resolve_decisions(ctx, decisions)
        record = self._close_turn(ctx, decisions)
        self.record(projections.resolve_json(self, record, bots))
        if not self.over:
            self.world.turn += 1
            self._begin_turn()
        return record

    def _bot_decisions(self) -> dict[str, list[Decision]]:
        return {
            state: self._decide(state, self.seats[state])
            for state in self.index.states
            if self.seats[state] != HUMAN and state not in self.pending
        }

    def _close_turn(self, ctx: TurnContext, decisions: Mapping[str, list[Decision]]) -> TurnRecord:
        turn = self.turn
        self.events.setdefault(turn, []).extend(ctx.log.events)
        score = sum(m.points for m in self.world.moves if m.turn == turn)
        sheet = score_world(self.index, self.world, self.loaded.weights, turn, score)
        self.sheets.append(sheet)
        self.ending = check_end(self.loaded, self.condition_context())
        decay(ctx)
        self.pending = {}
        top = top_contributions(self.index, sheet.dyads, self.loaded.weights)
        record = projections.turn_record(self, turn, decisions, sheet, top)
        self.history.append(record)
        return record

    def _begin_turn(self) -> None:
        ctx = self.context()
        fire_due(ctx, self.loaded, self.condition_context())
        self.keep_events(ctx)

    def keep_events(self, ctx: TurnContext) -> None:
        """File the events a context logged under the current turn."""
        self.events.setdefault(self.turn, []).extend(ctx.log.events)

    def context(self) -> TurnContext:
        router = Router(self.index, self.world, self.loaded.weights.relay_fidelity_loss)
        return TurnContext(
            self.index, self.world, self.loaded.weights, self.rng, router, EventLog(self.turn)
        )

    # -- facilitator powers -----------------------------------------------------------

    def release_inject(
        self,
        inject_id: str | None = None,
        *,
        title: str = "",
        text: str = "",
        to: Sequence[str] = ("all",),
        reason: str = "",
    ) -> None:
        """Release a scenario inject now, or an ad-hoc one (title and text, no effects)."""
        powers.release_inject(self, inject_id, title=title, text=text, to=to, reason=reason)

    def adjust(self, variable: str, value: float, reason: str) -> None:
        """Set a world variable (see engine/variables.py) with a reason for the journal."""
        powers.adjust(self, variable, value, reason)

    def end(self, reason: str) -> None:
        """End the session now."""
        powers.end(self, reason)

    def undo(self) -> None:
        """Back to the start of the last resolved turn (or of turn 1), as if it never happened."""
        back_to = self.history[-1].turn if self.history else 1
        kept = [r for r in self.inputs if r["turn"] < back_to]
        undone_at = self.turn
        self._reset()
        self.replay_inputs(kept)
        self._append({"type": "undo", "turn": undone_at, "back_to": back_to})

    # -- journal ----------------------------------------------------------------------

    def replay_inputs(self, records: Sequence[Record]) -> None:
        """Apply input records (submit, release, adjust, resolve, end) without journaling."""
        writer, self._writer = self._writer, None
        try:
            for rec in records:
                self.apply_record(rec)
        finally:
            self._writer = writer

    def apply_record(self, rec: Record) -> TurnRecord | None:
        """Apply one journal record by calling the method that wrote it."""
        return powers.apply_record(self, rec)

    def record(self, rec: Record) -> None:
        self.inputs.append(rec)
        self._append(rec)

    def _append(self, rec: Record) -> None:
        if self._writer is not None:
            self._writer.append(rec)

    def _known_team(self, team: str) -> None:
        if team not in self.index.order:
            raise RuleError(
                f"unknown state '{team}'", hint=f"one of: {', '.join(self.index.states)}"
            )

    def __repr__(self) -> str:
        return f"Session({self.loaded.scenario.id!r}, seed={self.seed}, turn={self.turn})"
