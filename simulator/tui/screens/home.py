"""Home: the scenario library, details of the highlighted one, and sessions to resume."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, OptionList, Static

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.library import LibraryEntry
from simulator.tui.messages import OpenSetup, ResumeSession
from simulator.tui.sessions import RecentSession
from simulator.tui.widgets.footer import KeyFooter
from simulator.tui.widgets.recent_list import RecentList
from simulator.tui.widgets.scenario_details import ScenarioDetails
from simulator.tui.widgets.scenario_list import ScenarioList


class HomeScreen(Screen[None], GuardedHandlers):
    """The library; Enter sets up the highlighted scenario, r resumes a recent session."""

    BINDINGS = [
        Binding("enter", "open_selected", "Set up"),
        Binding("r", "resume_selected", "Resume recent"),
    ]

    def __init__(self, *, highlight: Path | None = None) -> None:
        super().__init__(id="home")
        self.entries: list[LibraryEntry] = []
        self.recent: list[RecentSession] = []
        self.loaded = False
        self.highlight = highlight

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="home-body"):
            with Vertical(id="home-left"):
                yield Static("Scenarios", classes="panel-title")
                yield Static("Reading the scenario library…", classes="muted", id="loading")
            with VerticalScroll(id="home-details"):
                yield ScenarioDetails()
        yield KeyFooter()

    def library_widgets(self) -> list[Widget]:
        recent: Widget = (
            RecentList(self.recent)
            if self.recent
            else Static("No journals yet in this folder.", classes="muted", id="no-recent")
        )
        return [
            Static("Scenarios", classes="panel-title"),
            ScenarioList(self.entries),
            Static("Recent sessions (r resumes)", classes="panel-title"),
            recent,
        ]

    async def show_library(
        self, entries: Sequence[LibraryEntry], recent: Sequence[RecentSession]
    ) -> None:
        """Fill in the library once the app has read it (in the background, after first paint)."""
        self.entries, self.recent = list(entries), list(recent)
        left = self.query_one("#home-left", Vertical)
        await left.remove_children()
        await left.mount_all(self.library_widgets())
        self.loaded = True
        self.focus_library()

    def focus_library(self) -> None:
        scenarios = self.query_one(ScenarioList)
        if self.entries:
            found = scenarios.index_of(self.highlight) if self.highlight else None
            scenarios.highlighted = found or 0
        scenarios.focus()
        self.query_one(ScenarioDetails).entry = scenarios.entry_at(scenarios.highlighted)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if isinstance(event.option_list, ScenarioList):
            entry = event.option_list.entry_at(event.option_index)
            self.query_one(ScenarioDetails).entry = entry

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option_list, ScenarioList):
            self.open_entry(event.option_list.entry_at(event.option_index))
        elif isinstance(event.option_list, RecentList):
            self.resume(event.option_list.session_at(event.option_index))

    def action_open_selected(self) -> None:
        if not self.loaded:
            return
        scenarios = self.query_one(ScenarioList)
        self.open_entry(scenarios.entry_at(scenarios.highlighted))

    def action_resume_selected(self) -> None:
        found = self.query(RecentList)
        if not found:
            self.notify("No recent session to resume.", severity="warning")
            return
        recent = found.first()
        self.resume(recent.session_at(recent.highlighted if recent.highlighted is not None else 0))

    def open_entry(self, entry: LibraryEntry | None) -> None:
        if entry is None:
            return
        if not entry.valid:
            self.notify(
                f"{entry.path.name} has problems; fix them first (see the details panel).",
                title="Cannot play this scenario",
                severity="error",
            )
            return
        self.post_message(OpenSetup(entry.path))

    def resume(self, session: RecentSession | None) -> None:
        if session is not None:
            self.post_message(ResumeSession(session.path))
