"""The console's top line: scenario, turn of total, in-story clock, and the turn timer."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers, GuardedRender


@dataclass(frozen=True)
class HeaderInfo:
    title: str
    turn: int
    turns: int
    clock: str
    over: bool = False


class SessionHeader(Static, GuardedRender, GuardedHandlers):
    """Set `info` when the turn changes and `timer` every second."""

    info: reactive[HeaderInfo | None] = reactive(None)
    timer: reactive[str] = reactive("")

    def render(self) -> Content:
        if self.info is None:
            return Content("")
        info = self.info
        turn = "session over" if info.over else f"Turn {info.turn} of {info.turns}"
        parts: list[str | tuple[str, str]] = [
            (info.title, "bold"),
            "  ·  ",
            (turn, "bold $accent"),
            "  ·  ",
            info.clock,
        ]
        if self.timer:
            style = "bold $error" if self.timer == "time up" else "bold"
            shown = self.timer if self.timer.startswith("⏸") else "⏱ " + self.timer
            parts += ["  ·  ", (shown, style)]
        return Content.assemble(*parts)
