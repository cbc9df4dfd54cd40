"""Who plays each state and whether its decision for the turn is in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers, GuardedRender


@dataclass(frozen=True)
class TeamLine:
    state: str
    name: str
    seat: str
    """'human' or the bot policy."""
    pending: bool


def team_lines(
    names: Mapping[str, str], seats: Mapping[str, str], pending: Sequence[str]
) -> tuple[TeamLine, ...]:
    return tuple(
        TeamLine(state, names.get(state, state), seats.get(state, "?"), state in pending)
        for state in names
        if state in seats
    )


def line_content(line: TeamLine, name_width: int) -> Content:
    if line.seat != "human":
        status: tuple[str, str] = (f"bot ({line.seat})", "$secondary")
    elif line.pending:
        status = ("pending", "bold $warning")
    else:
        status = ("decided ✓", "bold $success")
    return Content.assemble(f"{line.name:<{name_width}.{name_width}} ", status)


class TeamStatus(Static, GuardedRender, GuardedHandlers):
    """Set `lines`; human teams show pending or decided, bots their policy."""

    lines: reactive[tuple[TeamLine, ...]] = reactive(())

    def render(self) -> Content:
        if not self.lines:
            return Content("")
        width = self.size.width or 40
        name_width = max(min(max(len(x.name) for x in self.lines), width - 18), 8)
        return Content("\n").join(line_content(x, name_width) for x in self.lines)
