"""A team's private information as text: inbox, briefing, evidence. Only its own view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.content import Content

from simulator.tui.glyphs import percent
from simulator.tui.widgets.inject_panel import inject_content

if TYPE_CHECKING:
    from simulator.engine.views import MessageView, TeamView


def heading(text: str) -> Content:
    return Content.styled(text, "bold $accent")


def message_line(message: MessageView, names: Mapping[str, str], incoming: bool) -> Content:
    who = names.get(message.sender if incoming else message.recipient, "?")
    arrow = "from" if incoming else "to"
    parts: list[str | tuple[str, str]] = [
        (f"T{message.turn} ", "bold"),
        f"{message.intent} {arrow} ",
        (who, "bold"),
        f" [{message.status}]",
    ]
    if message.text:
        parts.append(f": {message.text}")
    if message.evidence:
        parts.append((f"  evidence: {', '.join(message.evidence)}", "$secondary"))
    if message.reason:
        parts.append((f"  ({message.reason})", "dim"))
    return Content.assemble(*parts)


def inbox_content(view: TeamView) -> Content:
    names = view.names
    lines: list[Content] = [heading(f"Injects of turn {view.turn}")]
    lines.append(
        inject_content([i for i in view.injects if i.turn == view.turn], names, facilitator=False)
    )
    lines += [Content(""), heading("Messages received")]
    lines += [message_line(m, names, True) for m in view.inbox] or [Content("None yet.")]
    if view.open_requests:
        lines += [Content(""), heading("Waiting for your answer")]
        lines += [
            Content(
                f"{r.kind} from {names.get(r.sender, r.sender)} (id {r.id}), by turn {r.deadline}"
            )
            for r in view.open_requests
        ]
    if view.outbox:
        lines += [Content(""), heading("Messages you sent")]
        lines += [message_line(m, names, False) for m in view.outbox]
    if view.observed:
        lines += [Content(""), heading("What you saw others do")]
        lines += [
            Content(
                f"T{m.turn} {names.get(m.actor, m.actor)}: {m.action}"
                + (f" → {names.get(m.target, m.target)}" if m.target else "")
            )
            for m in view.observed
        ]
    return Content("\n").join(lines)


def briefing_content(view: TeamView) -> Content:
    names = view.names
    lines: list[Content] = [
        heading(view.name),
        Content(view.briefing or "(no briefing)"),
        Content(""),
    ]
    lines.append(heading("Measures you implemented"))
    lines.append(Content(", ".join(view.implemented) or "none"))
    lines += [Content(""), heading("Your reading of the situation")]
    lines.append(
        Content(f"Severity {percent(view.severity)} · public pressure {percent(view.pressure)}")
    )
    for party, belief in view.beliefs.items():
        lines.append(Content(f"Suspicion of {names.get(party, party)}: {percent(belief)}"))
    for other, trust in view.trust.items():
        lines.append(Content(f"Your trust in {names.get(other, other)}: {percent(trust)}"))
    return Content("\n").join(lines)


def evidence_content(view: TeamView) -> Content:
    if not view.evidence:
        return Content("You hold no evidence yet.")
    lines: list[Content] = []
    for item in view.evidence:
        points = view.names.get(item.points_to, item.points_to)
        lines.append(
            Content.assemble(
                (item.id, "bold"),
                f"  points to {points}, strength {percent(item.strength)}, TLP:{item.tlp.upper()}",
            )
        )
        lines.append(Content(f"  {item.summary}  (from {item.source})"))
    return Content("\n").join(lines)


def contacts_content(view: TeamView, labels: Mapping[str, str]) -> Content:
    """The team's own points of contact: in place, or not (the measure was never implemented)."""
    if not view.contacts:
        return Content("You have no point of contact in this scenario.")
    lines = [heading("Your points of contact")]
    for contact, in_place in view.contacts.items():
        status = ("in place", "$success") if in_place else ("not nominated", "$error")
        lines.append(
            Content.assemble("  ", (status[0], status[1]), f"  {labels.get(contact, contact)}")
        )
    return Content("\n").join(lines)
