"""The workshop app: one factory, `make_app`, used by the `ttx` command and by the tests.

The app is the only object that talks to the engine (see `engine_host.py`). Screens get plain
view objects and post messages (`messages.py`) back up.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import Worker

from simulator import bundled
from simulator.tui import messages as msg
from simulator.tui.commands import TtxCommands
from simulator.tui.library import LibraryEntry, build_library
from simulator.tui.screens.confirm import QuitQuestion
from simulator.tui.screens.help import HelpScreen, keys_table
from simulator.tui.screens.home import HomeScreen
from simulator.tui.sessions import (
    DEFAULT_SESSIONS_DIR,
    RecentSession,
    recent_sessions,
    timestamp_now,
)
from simulator.tui.theme import DEFAULT_THEME, THEMES
from simulator.tui.turn_flow import TurnFlow

STYLES = Path(__file__).with_name("styles")


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line (or a test) asks the app to open."""

    scenario: Path | None = None
    """Open the setup screen of this scenario instead of staying on the library."""
    seed: int | None = None
    """Seed offered on the setup screen."""
    journal: Path | None = None
    """Write the journal here instead of a fresh file in `sessions_dir`."""
    resume: Path | None = None
    """Continue the session of this journal."""
    library_dirs: tuple[Path, ...] = ()
    """Extra folders of scenarios listed after the bundled ones."""
    bundled: tuple[Path, ...] | None = None
    """Bundled scenario files; None means `simulator.bundled.bundled_scenarios()`."""
    sessions_dir: Path = DEFAULT_SESSIONS_DIR
    """Folder of journals: new sessions go here, recent ones are listed from here."""
    clock: Callable[[], float] = field(default=time.monotonic)
    """Seconds for the turn timer; tests pass a frozen clock."""
    stamp: Callable[[], str] = field(default=timestamp_now)
    """Timestamp used in new journal file names; tests pass a constant."""


class TtxApp(TurnFlow):
    """cbm-ttx workshop: library, setup, facilitator console, hotseat turns, after-action."""

    TITLE = "cbm-ttx"
    SUB_TITLE = "cyber-incident de-escalation exercises"
    CSS_PATH = [STYLES / "app.tcss", STYLES / "session.tcss"]
    COMMANDS = App.COMMANDS | {TtxCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self, options: LaunchOptions) -> None:
        super().__init__()
        self.options = options
        self.init_engine_host()
        for theme in THEMES:
            self.register_theme(theme)

    def get_default_screen(self) -> Screen[None]:
        return HomeScreen(highlight=bundled.default_scenario())

    def on_mount(self) -> None:
        self.theme = DEFAULT_THEME
        self.read_library()
        if self.options.resume is not None:
            self.resume_session(self.options.resume)
        elif self.options.scenario is not None:
            self.open_setup(self.options.scenario, seed=self.options.seed)

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def read_library(self) -> None:
        """Read and validate every scenario off the UI thread, so the home screen paints at once.

        Then import the engine too: the first session starts without a pause.
        """
        files = self.options.bundled
        if files is None:
            files = tuple(bundled.bundled_scenarios())
        entries = build_library(files, self.options.library_dirs)
        recent = recent_sessions(self.options.sessions_dir)
        self.call_from_thread(self.deliver_library, entries, recent)
        import simulator.engine  # noqa: F401  (warm the import cache)

    def deliver_library(
        self, entries: Sequence[LibraryEntry], recent: Sequence[RecentSession]
    ) -> None:
        home = self.screen_stack[0]
        if isinstance(home, HomeScreen):
            home.call_later(home.show_library, entries, recent)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A library read that failed: say so, and leave an empty library rather than a spinner."""
        failure = event.worker.error
        if event.worker.group == "library" and isinstance(failure, Exception):
            self.deliver_library([], [])
            self.report_unexpected(failure, "reading the scenario library", self)

    def on_go_home(self, _: msg.GoHome) -> None:
        """Back to the library (always the bottom screen), re-read so new journals show."""
        self.close_session()
        while len(self.screen_stack) > 1:
            self.pop_screen()
        home = self.screen_stack[0]
        if isinstance(home, HomeScreen):
            home.loaded = False  # until the fresh read arrives
        self.read_library()

    def on_open_setup(self, message: msg.OpenSetup) -> None:
        self.open_setup(message.path, seed=self.options.seed)

    def on_resume_session(self, message: msg.ResumeSession) -> None:
        self.resume_session(message.journal)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(keys_table(self.screen)))

    async def action_quit(self) -> None:
        if isinstance(self.screen, QuitQuestion):
            self.exit()  # ctrl+q twice: the facilitator means it
            return
        question = QuitQuestion("Quit cbm-ttx?", self.quit_detail(), yes="Quit", no="Stay")

        def answered(quit_now: bool | None) -> None:
            if quit_now:
                self.exit()

        self.push_screen(question, answered)


def make_app(
    *,
    scenario: Path | None = None,
    seed: int | None = None,
    journal: Path | None = None,
    resume: Path | None = None,
    library_dirs: Sequence[Path] = (),
    bundled_files: Sequence[Path] | None = None,
    sessions_dir: Path = DEFAULT_SESSIONS_DIR,
    clock: Callable[[], float] = time.monotonic,
    stamp: Callable[[], str] = timestamp_now,
) -> TtxApp:
    """Build the app the way `ttx` does; tests freeze `clock` and `stamp` for snapshots."""
    options = LaunchOptions(
        scenario=scenario,
        seed=seed,
        journal=journal,
        resume=resume,
        library_dirs=tuple(library_dirs),
        bundled=None if bundled_files is None else tuple(bundled_files),
        sessions_dir=sessions_dir,
        clock=clock,
        stamp=stamp,
    )
    return TtxApp(options)
