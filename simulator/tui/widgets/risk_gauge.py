"""The overall escalation-risk gauge with the turn's escalation score."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.glyphs import bar, percent, risk_style, signed_points
from simulator.tui.guarded import GuardedHandlers, GuardedRender


@dataclass(frozen=True)
class RiskReading:
    """Overall risk now and one turn ago, and the Rivera-style escalation score."""

    risk: float
    previous: float | None
    score: float
    total_score: float


def gauge_content(reading: RiskReading, width: int) -> Content:
    style = risk_style(reading.risk)
    change = ""
    if reading.previous is not None:
        change = f" ({signed_points(reading.risk - reading.previous)} pts)"
    filled, empty = bar(reading.risk, max(width - 2, 8))
    return Content.assemble(
        ("Overall risk ", "bold"),
        (f"{percent(reading.risk):>4}", f"bold {style}"),
        change,
        "\n",
        (filled, style),
        (empty, "dim"),
        "\n",
        ("Escalation score ", "bold"),
        f"{reading.score:+g} this turn, {reading.total_score:+g} in all",
    )


class RiskGauge(Static, GuardedRender, GuardedHandlers):
    """Set `reading`; the gauge redraws at its own width."""

    reading: reactive[RiskReading | None] = reactive(None)

    def render(self) -> Content:
        if self.reading is None:
            return Content("Overall risk: no session")
        return gauge_content(self.reading, self.size.width or 40)
