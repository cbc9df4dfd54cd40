"""The hidden ground truth, for the facilitator's eyes only (shown behind a toggle)."""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers, GuardedRender


def truth_content(truth: Mapping[str, object]) -> Content:
    if not truth:
        return Content("No ground truth recorded.")
    lines = [
        Content.assemble((f"{key.replace('_', ' ')}: ", "bold"), format_value(value))
        for key, value in truth.items()
    ]
    return Content("\n").join(lines)


def format_value(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(format_value(v) for v in value) or "—"
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class GroundTruth(Static, GuardedRender, GuardedHandlers):
    """Set `truth`; the console hides the whole panel until the facilitator presses g."""

    truth: reactive[Mapping[str, object]] = reactive(dict)

    def render(self) -> Content:
        return truth_content(self.truth)
