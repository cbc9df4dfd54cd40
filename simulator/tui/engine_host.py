"""The app's side of the engine boundary: owns the `Session`, guards every call.

`EngineHost` is mixed into `TtxApp`; it is the only code in the TUI that touches the engine.
Every call goes through `guarded`, so an engine error becomes an error modal and the session
carries on (the engine validates before it journals, so a refused step leaves no trace).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual.app import App

from simulator.errors import ScenarioError, SimulatorError
from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario
from simulator.tui.screens.error_modal import ErrorModal
from simulator.tui.screens.setup import SetupPlan, SetupScreen
from simulator.tui.sessions import new_journal_path
from simulator.tui.timer import TurnTimer
from simulator.tui.widgets.seat_list import Seat

if TYPE_CHECKING:
    from simulator.engine import Session
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


class EngineHost(App[None]):
    """Session lifecycle and guarded engine calls (a part of `TtxApp`)."""

    options: LaunchOptions
    session: Session | None
    timer: TurnTimer

    def init_engine_host(self) -> None:
        self.session = None
        self.timer = TurnTimer(0)
        self.pending_loads: dict[Path, LoadedScenario] = {}

    def guarded(self, doing: str, call: Callable[[], T]) -> T | None:
        """Run an engine call; on any failure show a modal and return None."""
        try:
            return call()
        except ScenarioError as error:
            detail = "\n".join(str(p) for p in error.problems) or str(error)
            self.push_screen(ErrorModal(error.title, detail, doing=doing))
        except SimulatorError as error:
            self.push_screen(ErrorModal(error.title, error.message, doing=doing, hint=error.hint))
        except Exception as error:  # an engine bug must not end a workshop; show it and go on
            text = f"{type(error).__name__}: {error}"
            self.push_screen(
                ErrorModal("Unexpected engine error", text, doing=doing, hint="Please report it.")
            )
        return None

    # -- before a session ------------------------------------------------------------------

    def open_setup(self, path: Path, *, seed: int | None) -> None:
        loaded = self.guarded(f"loading {path.name}", lambda: load_scenario(path))
        if loaded is None:
            return
        self.pending_loads[path] = loaded
        journal = self.journal_for(loaded)
        plan = SetupPlan(
            path, loaded.scenario.title, default_seats(loaded), seed or 0, shown_path(journal)
        )
        self.push_screen(SetupScreen(plan))

    def journal_for(self, loaded: LoadedScenario) -> Path:
        if self.options.journal is not None:
            return self.options.journal
        stamp = self.options.stamp()
        return new_journal_path(self.options.sessions_dir, loaded.scenario.id, stamp)

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

    def resume_session(self, journal: Path) -> None:
        from simulator.engine import Session

        session = self.guarded(f"resuming {journal.name}", lambda: Session.resume(journal))
        if session is not None:
            self.begin(session)

    def begin(self, session: Session) -> None:
        """Show the console of a session that just started or resumed."""
        self.session = session
        for warning in session.warnings:
            self.notify(warning, title="Journal", severity="warning", timeout=10)

    def create_journal_folder(self, journal: Path) -> None:
        os.makedirs(journal.parent, exist_ok=True)
