"""The after-action screen's model, built from the report module's gathered session data.

The report module (`simulator.report`) already judges objectives and tallies CBM use; the
screen shows the same facts as the exported report, so it reads them from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from simulator.tui.models import display_names, dyad_labels
from simulator.tui.widgets.decision_list import decision_label

if TYPE_CHECKING:
    from simulator.report.data import ReportData
    from simulator.scenario.loaded import LoadedScenario


@dataclass(frozen=True)
class CbmUse:
    state: str
    available: tuple[str, ...]
    used: tuple[str, ...]


@dataclass(frozen=True)
class AfterActionModel:
    title: str
    ending: str
    ending_kind: str
    turns: tuple[int, ...]
    overall: tuple[float, ...]
    dyads: Mapping[str, tuple[float, ...]]
    timeline: Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]]
    """Team name -> (turn, decision labels) per resolved turn."""
    cbms: tuple[CbmUse, ...]
    injects: tuple[tuple[int, str], ...]
    objectives: tuple[tuple[str, bool | None], ...]
    """Objective text and whether it was met (None: for the facilitator to judge)."""
    journal: str


def timeline(
    loaded: LoadedScenario, data: ReportData
) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    names = display_names(loaded)
    action_names = {a.id: a.name for a in loaded.actions.values()}
    return {
        state.name: tuple(
            (
                record.turn,
                tuple(
                    decision_label(d, action_names, names)
                    for d in record.decisions.get(state.id, ())
                ),
            )
            for record in data.history
        )
        for state in loaded.scenario.states
    }


def after_action_model(
    loaded: LoadedScenario,
    data: ReportData,
    cbm_use: Mapping[str, tuple[list[str], list[str]]],
    journal: str,
) -> AfterActionModel:
    """`cbm_use` is `simulator.report.sections.cbm_use(data)`: implemented and used, per state."""
    history, view = data.history, data.view
    labels = dyad_labels(loaded, view.dyads)
    names = display_names(loaded)
    ending = data.ending
    return AfterActionModel(
        title=loaded.scenario.title,
        ending=ending.outcome if ending else "The session is still open.",
        ending_kind=ending.kind if ending else "neutral",
        turns=tuple(r.turn for r in history),
        overall=tuple(r.risk for r in history),
        dyads={labels[k]: tuple(r.dyads.get(k, 0.0) for r in history) for k in view.dyads},
        timeline=timeline(loaded, data),
        cbms=tuple(
            CbmUse(names.get(state, state), tuple(implemented), tuple(used))
            for state, (implemented, used) in cbm_use.items()
        ),
        injects=tuple((notice.turn, notice.title) for notice in view.injects),
        objectives=tuple((r.objective.text, r.met) for r in data.objectives),
        journal=journal,
    )
