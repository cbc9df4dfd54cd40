"""The list of scenarios on the home screen; invalid files are marked, not hidden."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.library import LibraryEntry


def entry_option(index: int, entry: LibraryEntry) -> Option:
    mark = ("✓ ", "$success") if entry.valid else ("✗ ", "$error")
    return Option(Content.assemble(mark, entry.title), id=f"scenario-{index}")


class ScenarioList(OptionList, GuardedHandlers):
    """Options in library order; `entry_at` maps the highlight back to its entry."""

    BINDINGS = [Binding("enter", "select", "Set up")]

    def __init__(self, entries: Sequence[LibraryEntry]) -> None:
        super().__init__(*[entry_option(i, e) for i, e in enumerate(entries)])
        self.entries = list(entries)

    def index_of(self, path: Path) -> int | None:
        for index, entry in enumerate(self.entries):
            if entry.path == path:
                return index
        return None

    def entry_at(self, index: int | None) -> LibraryEntry | None:
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]
