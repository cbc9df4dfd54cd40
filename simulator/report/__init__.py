"""After-action reports built from a session (Markdown)."""

from __future__ import annotations

from simulator.engine import Session
from simulator.report.data import gather
from simulator.report.improvements import improvement_items
from simulator.report.sections import (
    cbm_section,
    decisions_per_team,
    header,
    injects_section,
    objectives_section,
    risk_table,
    timeline,
)

__all__ = ["build_report"]


def build_report(session: Session) -> str:
    """The after-action report of `session` as Markdown: same session, same text."""
    data = gather(session)
    items = improvement_items(data)
    sections = [
        header(data),
        objectives_section(data),
        risk_table(data),
        injects_section(data),
        cbm_section(data),
        decisions_per_team(data),
        timeline(data),
        ["## Improvement items", ""]
        + ([f"{i}. {item}" for i, item in enumerate(items, 1)] or ["None stood out."]),
    ]
    return "\n\n".join("\n".join(lines) for lines in sections) + "\n"
