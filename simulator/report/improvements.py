"""Improvement items: what the session shows a real government should fix or practise."""

from __future__ import annotations

from simulator.report.data import ReportData
from simulator.report.sections import cbm_use


def improvement_items(data: ReportData) -> list[str]:
    """Plain sentences, most fundamental first; empty when nothing stands out."""
    return [
        *_objectives_missed(data),
        *_failed_lines(data),
        *_expired_requests(data),
        *_attributions(data),
        *_unused_measures(data),
    ]


def _objectives_missed(data: ReportData) -> list[str]:
    return [
        f"Practise objective {r.objective.id}, not met in this session: {r.objective.text}"
        for r in data.objectives
        if r.met is False
    ]


def _failed_lines(data: ReportData) -> list[str]:
    seen: list[tuple[str, str]] = []
    items = []
    for m in data.view.messages:
        if m.status != "failed" or (m.sender, m.recipient) in seen:
            continue
        seen.append((m.sender, m.recipient))
        items.append(
            f"{data.name(m.sender)} could not reach {data.name(m.recipient)} at turn {m.turn} "
            f"({m.reason}): test and update contact details before a crisis."
        )
    return items


def _expired_requests(data: ReportData) -> list[str]:
    return [
        f"{data.name(r.recipient)} let a {r.kind} from {data.name(r.sender)} expire "
        f"(opened turn {r.opened_turn}, due turn {r.deadline}): agree who answers and how fast."
        for r in data.view.requests
        if r.status == "expired"
    ]


def _attributions(data: ReportData) -> list[str]:
    truth = data.scenario.ground_truth.perpetrator
    items = []
    for state in data.scenario.states:
        for turn, decision in data.taken(state.id):
            action = data.actions.get(decision.action)
            if action is None or action.threshold != "public-attribution":
                continue
            if decision.target and decision.target != truth:
                items.append(
                    f"{state.name} publicly blamed {data.name(decision.target)} at turn {turn}, "
                    f"but {data.name(truth)} was responsible: weigh the evidence first "
                    "(UN norm b)."
                )
    return items


def _unused_measures(data: ReportData) -> list[str]:
    items = []
    for state, (_, used) in cbm_use(data).items():
        implemented = next(s for s in data.scenario.states if s.id == state).cbms
        unused = [c for c in implemented if c not in used]
        if unused and data.history:
            names = ", ".join(f"{c} ({data.cbms[c].name})" if c in data.cbms else c for c in unused)
            items.append(f"{data.name(state)} never drew on: {names}.")
    return items
