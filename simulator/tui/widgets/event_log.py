"""The session's events, newest at the bottom; facilitator notes shown dimmed beneath."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers

if TYPE_CHECKING:
    from simulator.engine.views import EventView


def event_content(events: Sequence[EventView], show_notes: bool) -> Content:
    if not events:
        return Content("Nothing has happened yet.")
    lines: list[Content] = []
    for event in events:
        lines.append(Content.assemble((f"T{event.turn} ", "bold $accent"), event.text))
        if show_notes and event.note:
            lines.append(Content.assemble(("    ", ""), (event.note, "italic $foreground 70%")))
    return Content("\n").join(lines)


class EventLog(VerticalScroll, GuardedHandlers):
    """Set `events`; the log scrolls to the newest line."""

    events: reactive[tuple[EventView, ...]] = reactive(())
    show_notes: reactive[bool] = reactive(True)

    def compose(self) -> ComposeResult:
        yield Static(id="event-lines")

    def watch_events(self) -> None:
        self.redraw()

    def watch_show_notes(self) -> None:
        self.redraw()

    def redraw(self) -> None:
        if not self.children:  # not composed yet: on_mount draws it
            return
        self.query_one("#event-lines", Static).update(event_content(self.events, self.show_notes))
        # after the refresh, so the new lines are laid out before scrolling to them
        self.call_after_refresh(self.scroll_end, animate=False)

    def on_mount(self) -> None:
        self.redraw()
