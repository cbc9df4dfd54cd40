"""The app's side of the engine boundary: owns the `Session` and guards every call.

`EngineHost` is the base of `TtxApp` and, with `TurnFlow`, the only TUI code that touches the
engine. Every call goes through `guarded`, so an engine error becomes an error modal and the
session carries on (the engine checks before it journals, so a refused step leaves no trace).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual.timer import Timer

from simulator.errors import ScenarioError, SimulatorError
from simulator.tui import messages as msg
from simulator.tui.crash_guard import CrashGuard
from simulator.tui.crash_report import error_log_path
from simulator.tui.models import console_model
from simulator.tui.screens.console import ConsoleScreen
from simulator.tui.screens.error_modal import ErrorModal
from simulator.tui.screens.setup import SetupPlan, SetupScreen
from simulator.tui.sessions import new_journal_path
from simulator.tui.timer import TurnTimer
from simulator.tui.widgets.seat_list import Seat

if TYPE_CHECKING:
    from simulator.engine import Session
    from simulator.scenario.loaded import LoadedScenario
    from simulator.tui.app import LaunchOptions

T = TypeVar("T")

HUMAN_BY_DEFAULT = 2
"""The first two states start as human teams on the setup screen, the rest as their bots."""


def shown_path(path: Path) -> str:
    """A path as the facilitator should read it: relative to here when it is below here."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def default_seats(loaded: LoadedScenario) -> tuple[Seat, ...]:
    states = loaded.scenario.states
    return tuple(
        Seat(s.id, s.name, s.briefing, "human" if i < HUMAN_BY_DEFAULT else s.bot)
        for i, s in enumerate(states)
    )


class EngineHost(CrashGuard):
    """Session lifecycle and guarded engine calls (a base of `TtxApp`)."""

    options: LaunchOptions

    def init_engine_host(self) -> None:
        self.init_crash_guard()
        self.session: Session | None = None
        self.timer = TurnTimer(0)
        self.ticker: Timer | None = None
        self.planned: dict[Path, tuple[LoadedScenario, Path]] = {}

    # -- what the crash guard needs to know ----------------------------------------------

    def journal_shown(self) -> str | None:
        session = self.session
        if session is None or session.journal_path is None:
            return None
        return shown_path(session.journal_path)

    def error_log(self) -> Path | None:
        journal = self.session.journal_path if self.session is not None else None
        return error_log_path(journal, self.options.sessions_dir)

    def path_shown(self, path: Path) -> str:
        return shown_path(path)

    def resync_after_error(self) -> None:
        # If the redraw fails too, the error being reported already says what broke.
        with suppress(Exception):
            self.refresh_console()

    def guarded(self, doing: str, call: Callable[[], T]) -> T | None:
        """Run an engine call; on any failure show a modal and return None."""
        try:
            return call()
        except ScenarioError as error:
            detail = "\n".join(str(p) for p in error.problems) or str(error)
            self.push_screen(ErrorModal(error.title, detail, doing=doing))
        except SimulatorError as error:
            self.push_screen(ErrorModal(error.title, error.message, doing=doing, hint=error.hint))
        except Exception as error:  # an engine bug must not end a workshop: show it, go on
            text = f"{type(error).__name__}: {error}"
            self.push_screen(
                ErrorModal("Unexpected engine error", text, doing=doing, hint="Please report it.")
            )
        return None

    def attempt(self, doing: str, call: Callable[[], object]) -> bool:
        """`guarded` for calls that return nothing: True when the call went through."""

        def run() -> bool:
            call()
            return True

        return self.guarded(doing, run) is True

    def now(self) -> float:
        return self.options.clock()

    # -- before a session ------------------------------------------------------------------

    def open_setup(self, path: Path, *, seed: int | None) -> None:
        from simulator.scenario.load import load_scenario

        loaded = self.guarded(f"loading {path.name}", lambda: load_scenario(path))
        if loaded is None:
            return
        journal = self.journal_for(loaded)
        self.planned[path] = (loaded, journal)
        seats = default_seats(loaded)
        plan = SetupPlan(path, loaded.scenario.title, seats, seed or 0, shown_path(journal))
        self.push_screen(SetupScreen(plan))

    def journal_for(self, loaded: LoadedScenario) -> Path:
        """`--journal` the first time (never over an existing file), then a fresh name."""
        wanted = self.options.journal
        if wanted is not None and not wanted.exists():
            return wanted
        return new_journal_path(self.options.sessions_dir, loaded.scenario.id, self.options.stamp())

    def on_start_session(self, message: msg.StartSession) -> None:
        from simulator.engine import Session

        loaded, journal = self.planned[message.path]
        if journal.exists():  # another session took this name since setup opened: never overwrite
            journal = new_journal_path(journal.parent, loaded.scenario.id, self.options.stamp())
        journal.parent.mkdir(parents=True, exist_ok=True)
        session = self.guarded(
            "starting the session",
            lambda: Session.start(loaded, seed=message.seed, seats=message.seats, journal=journal),
        )
        if session is not None:
            self.timer = TurnTimer(message.timer_minutes * 60)
            self.begin(session)

    def resume_session(self, journal: Path) -> None:
        from simulator.engine import Session

        session = self.guarded(f"resuming {journal.name}", lambda: Session.resume(journal))
        if session is not None:
            self.timer = TurnTimer(0)  # the journal keeps no wall-clock time, so no timer
            self.begin(session)

    def begin(self, session: Session) -> None:
        """Show the console of a session that just started or resumed."""
        self.session = session
        self.timer.restart(self.now())
        if self.ticker is None:
            self.ticker = self.set_interval(1.0, self.tick)
        for warning in session.warnings:
            self.notify(warning, title="Journal", severity="warning", timeout=10)
        if session.over:  # a finished session resumes straight into its review
            self.show_after_action()
            return
        view = self.guarded("reading the session", session.facilitator_view)
        if view is None:
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(ConsoleScreen(console_model(session.loaded, view)))
        self.tick()

    # -- while a session is open ---------------------------------------------------------

    def console_screen(self) -> ConsoleScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, ConsoleScreen):
                return screen
        return None

    def refresh_console(self) -> None:
        console, session = self.console_screen(), self.session
        if console is None or session is None:
            return
        view = self.guarded("reading the session", session.facilitator_view)
        if view is not None:
            console.model = console_model(session.loaded, view)

    def tick(self) -> None:
        console = self.console_screen()
        if console is not None:
            console.show_timer(self.timer.label(self.now()))

    def quit_detail(self) -> str:
        if self.session is None or self.session.journal_path is None:
            return "No session is open."
        journal = shown_path(self.session.journal_path)
        return (
            f"Everything played so far is saved in {journal}.\n"
            f"Continue later with: ttx play --resume {journal}"
        )

    def close_session(self) -> None:
        self.session = None
        self.timer = TurnTimer(0)

    def show_after_action(self) -> None:
        """Implemented by `TurnFlow`."""
        raise NotImplementedError
