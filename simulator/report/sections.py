"""The sections of the after-action report, each a list of Markdown lines."""

from __future__ import annotations

from simulator.report.data import ReportData
from simulator.scenario.playthrough_models import Decision


def percent(value: float) -> str:
    return f"{100 * value:.1f} %"


def decision_text(decision: Decision) -> str:
    """'share-information → mareno [c2-hosting, TLP:AMBER]'."""
    text = decision.action
    if decision.target:
        text += f" → {decision.target}"
    extras = list(decision.evidence)
    if decision.tlp:
        extras.append(f"TLP:{decision.tlp.upper()}")
    if extras:
        text += f" [{', '.join(extras)}]"
    return text


def header(data: ReportData) -> list[str]:
    sc = data.scenario
    played = data.history[-1].turn if data.history else 0
    lines = [
        f"# After-action report: {sc.title}",
        "",
        f"Scenario `{sc.id}` version {sc.version}, seed {data.seed}; "
        f"{played} of {sc.turns} turns played.",
        "",
        "Seats: " + ", ".join(f"{s.id} ({data.seats.get(s.id, s.bot)})" for s in sc.states) + ".",
        "",
        "## Outcome",
        "",
    ]
    if data.ending is None:
        lines.append("The session has not ended yet.")
    else:
        lines.append(
            f"Ended by {data.ending.id} at turn {data.ending.turn} ({data.ending.kind}): "
            f"{data.ending.outcome}"
        )
    if data.history:
        last = data.history[-1]
        lines.append("")
        lines.append(
            f"Final overall risk {percent(last.risk)}; total escalation score "
            f"{last.total_score:+g}."
        )
    return lines


def risk_table(data: ReportData) -> list[str]:
    dyads = list(data.history[0].dyads) if data.history else []
    lines = ["## Risk per turn", ""]
    if not data.history:
        return [*lines, "No turn was played."]
    lines.append("| Turn | Overall | " + " | ".join(dyads) + " | Score | Total |")
    lines.append("|---:|---:|" + "---:|" * len(dyads) + "---:|---:|")
    for record in data.history:
        cells = [percent(record.dyads.get(d, 0.0)) for d in dyads]
        lines.append(
            f"| {record.turn} | {percent(record.risk)} | "
            + " | ".join(cells)
            + f" | {record.score:+g} | {record.total_score:+g} |"
        )
    peak = max(data.history, key=lambda r: (r.risk, -r.turn))
    lines += ["", f"Peak overall risk {percent(peak.risk)} at turn {peak.turn}."]
    if peak.top:
        lines.append("Largest contributions then:")
        lines += [f"- {c.value:+.3f} {c.label} ({c.dyad})" for c in peak.top]
    return lines


def timeline(data: ReportData) -> list[str]:
    titles = {n.id: n.title for n in data.view.injects if n.id}
    messages = data.view.messages
    lines = ["## Timeline"]
    for record in data.history:
        lines += ["", f"### Turn {record.turn}: {record.clock}", ""]
        for inject in record.injects:
            lines.append(f"- Inject: {titles.get(inject, inject)} ({inject})")
        for state, decisions in record.decisions.items():
            chosen = "; ".join(decision_text(d) for d in decisions) or "waited"
            lines.append(f"- {state}: {chosen}")
        for m in messages:
            if m.turn == record.turn:
                fate = "delivered" if m.status == "delivered" else f"{m.status}: {m.reason}"
                lines.append(f"- Message {m.sender} → {m.recipient} ({m.action}): {fate}")
        lines.append(f"- Risk {percent(record.risk)}, score {record.score:+g}")
    return lines


def decisions_per_team(data: ReportData) -> list[str]:
    lines = ["## Decisions per team"]
    for state in data.scenario.states:
        lines += ["", f"### {state.name} ({state.id}, played by {data.seats.get(state.id)})", ""]
        by_turn: dict[int, list[str]] = {}
        for turn, decision in data.taken(state.id):
            by_turn.setdefault(turn, []).append(decision_text(decision))
        if not by_turn:
            lines.append("No action taken.")
        lines += [f"- Turn {turn}: {'; '.join(texts)}" for turn, texts in by_turn.items()]
    return lines


def cbm_use(data: ReportData) -> dict[str, tuple[list[str], list[str]]]:
    """Per state: (measures implemented before the crisis, those its moves drew on)."""
    out = {}
    for state in data.scenario.states:
        used: list[str] = []
        for _, decision in data.taken(state.id):
            action = data.actions.get(decision.action)
            for ref in action.cbm if action else []:
                if ref in state.cbms and ref not in used:
                    used.append(ref)
        out[state.id] = (list(state.cbms), [c for c in state.cbms if c in used])
    return out


def cbm_section(data: ReportData) -> list[str]:
    lines = [
        "## CBM use versus what each state implemented",
        "",
        "| State | Implemented | Used | Never used |",
        "|---|---|---|---|",
    ]
    for state, (implemented, used) in cbm_use(data).items():
        unused = [c for c in implemented if c not in used]
        lines.append(
            f"| {state} | {', '.join(implemented) or '-'} | {', '.join(used) or '-'} | "
            f"{', '.join(unused) or '-'} |"
        )
    return lines


def injects_section(data: ReportData) -> list[str]:
    """Fired injects in firing order, then the ones that never fired."""
    lines = ["## Injects fired", ""]
    titles = {i.id: i.title for i in data.scenario.injects}
    fired = data.view.fired
    lines += [f"- Turn {turn}: {i} ({titles.get(i, i)})" for i, turn in fired.items()]
    lines += [f"- Ad hoc, turn {n.turn}: {n.title}" for n in data.view.injects if n.id is None]
    never = [i.id for i in data.scenario.injects if i.id not in fired]
    if never:
        lines.append(f"- Never fired: {', '.join(never)}")
    return lines


def objectives_section(data: ReportData) -> list[str]:
    lines = ["## Learning objectives", ""]
    if not data.objectives:
        return [*lines, "The scenario declares no learning objectives."]
    for result in data.objectives:
        verdict = {True: "met", False: "not met", None: "for the facilitator to judge"}
        lines.append(
            f"- Objective {result.objective.id}: {verdict[result.met]}. {result.objective.text}"
        )
    return lines
