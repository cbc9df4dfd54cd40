"""What the after-action report reads from a session, gathered once as plain values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from simulator.engine import Ending, FacilitatorView, Session, TurnRecord
from simulator.scenario.catalog_models import ActionDef, Cbm
from simulator.scenario.conditions import evaluate
from simulator.scenario.models import LearningObjective, Scenario
from simulator.scenario.playthrough_models import Decision


@dataclass(frozen=True)
class ObjectiveResult:
    objective: LearningObjective
    met: bool | None
    """None when the objective has no `met_when` condition: the facilitator judges it."""


@dataclass(frozen=True)
class ReportData:
    scenario: Scenario
    actions: Mapping[str, ActionDef]
    cbms: Mapping[str, Cbm]
    seed: int
    seats: Mapping[str, str]
    history: Sequence[TurnRecord]
    ending: Ending | None
    view: FacilitatorView
    objectives: Sequence[ObjectiveResult]

    def name(self, party: str) -> str:
        for state in self.scenario.states:
            if state.id == party:
                return state.name
        for candidate in self.scenario.ground_truth.candidates:
            if candidate.id == party and candidate.name:
                return candidate.name
        return party

    def taken(self, state: str) -> list[tuple[int, Decision]]:
        """Every decision `state` took, with its turn, in order."""
        return [(r.turn, d) for r in self.history for d in r.decisions.get(state, ())]


def gather(session: Session) -> ReportData:
    """Read the session once; objectives are judged on the state at the end."""
    context = session.condition_context()
    objectives = [
        ObjectiveResult(
            o,
            evaluate(session.loaded.condition(o.met_when), context)
            if o.met_when is not None
            else None,
        )
        for o in session.loaded.scenario.learning_objectives
    ]
    return ReportData(
        scenario=session.loaded.scenario,
        actions=session.loaded.actions,
        cbms=session.loaded.cbms,
        seed=session.seed,
        seats=dict(session.seats),
        history=list(session.history),
        ending=session.ending,
        view=session.facilitator_view(),
        objectives=objectives,
    )
