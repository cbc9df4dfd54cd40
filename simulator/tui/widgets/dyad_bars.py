"""Risk per pair of states: a bar, the percentage and a sparkline of the turns so far."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.glyphs import bar, percent, risk_style, sparkline
from simulator.tui.guarded import GuardedHandlers, GuardedRender

SPARK_WIDTH = 8


@dataclass(frozen=True)
class DyadRow:
    """One dyad: its key ('a-b'), a short label, risk now, and its readings turn by turn."""

    key: str
    label: str
    risk: float
    trend: tuple[float, ...]


def dyad_rows(
    labels: Mapping[str, str], current: Mapping[str, float], history: Sequence[Mapping[str, float]]
) -> tuple[DyadRow, ...]:
    """Rows in the scenario's dyad order; `history` holds each resolved turn's dyad risks."""
    rows = []
    for key, label in labels.items():
        trend = tuple(turn[key] for turn in history if key in turn)
        rows.append(DyadRow(key, label, current.get(key, 0.0), trend))
    return tuple(rows)


def row_content(row: DyadRow, label_width: int, bar_width: int) -> Content:
    style = risk_style(row.risk)
    filled, empty = bar(row.risk, bar_width)
    return Content.assemble(
        f"{row.label:<{label_width}.{label_width}} ",
        (filled, style),
        (empty, "dim"),
        (f" {percent(row.risk):>4} ", f"bold {style}"),
        (sparkline(row.trend, SPARK_WIDTH), "$secondary"),
    )


class DyadBars(Static, GuardedRender, GuardedHandlers):
    """Set `rows`; highest risks are not re-sorted so each pair keeps its place."""

    rows: reactive[tuple[DyadRow, ...]] = reactive(())

    def render(self) -> Content:
        if not self.rows:
            return Content("No pairs of states.")
        width = self.size.width or 60
        label_width = min(max(len(r.label) for r in self.rows), max(width // 2, 10))
        bar_width = max(width - label_width - SPARK_WIDTH - 7, 4)
        return Content("\n").join(row_content(r, label_width, bar_width) for r in self.rows)
