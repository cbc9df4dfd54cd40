"""Journals of earlier sessions, newest first, that the facilitator may resume."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.sessions import RecentSession


class RecentList(OptionList, GuardedHandlers):
    """One option per journal; `session_at` maps the highlight back to it."""

    def __init__(self, sessions: Sequence[RecentSession]) -> None:
        options = [Option(item.label, id=f"recent-{i}") for i, item in enumerate(sessions)]
        super().__init__(*options)
        self.sessions = list(sessions)

    def session_at(self, index: int | None) -> RecentSession | None:
        if index is None or not 0 <= index < len(self.sessions):
            return None
        return self.sessions[index]
