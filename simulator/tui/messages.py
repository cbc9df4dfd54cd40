"""Messages screens post up to the app, the only object that talks to the engine.

Screens and widgets never call the session: they describe what the user asked for, and the app
decides what happens (and shows an error modal if the engine refuses).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from simulator.scenario.playthrough_models import Decision


class OpenSetup(Message):
    """Prepare a session of the scenario at `path` (home screen, Enter)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class ResumeSession(Message):
    """Continue the session recorded in a journal."""

    def __init__(self, journal: Path) -> None:
        super().__init__()
        self.journal = journal


class StartSession(Message):
    """Start a new session with the seats, seed and timer chosen on the setup screen."""

    def __init__(
        self, path: Path, seats: Mapping[str, str], seed: int, timer_minutes: float
    ) -> None:
        super().__init__()
        self.path = path
        self.seats = dict(seats)
        self.seed = seed
        self.timer_minutes = timer_minutes


class NextPhase(Message):
    """Move the turn on: hand the keyboard to the next pending team, or resolve the turn."""


class TeamReady(Message):
    """The team named on the handover screen is at the keyboard."""

    def __init__(self, team: str) -> None:
        super().__init__()
        self.team = team


class SubmitDecisions(Message):
    """A team confirmed its decisions for the turn."""

    def __init__(self, team: str, decisions: Sequence[Decision]) -> None:
        super().__init__()
        self.team = team
        self.decisions = list(decisions)


class ReleaseInject(Message):
    """Release a scenario inject now, or an ad-hoc one written by the facilitator."""

    def __init__(
        self,
        inject_id: str | None,
        *,
        title: str = "",
        text: str = "",
        to: Sequence[str] = ("all",),
        reason: str = "",
    ) -> None:
        super().__init__()
        self.inject_id = inject_id
        self.title = title
        self.text = text
        self.to = tuple(to)
        self.reason = reason


class AdjustVariable(Message):
    """Set a world variable to a value, with the facilitator's reason."""

    def __init__(self, variable: str, value: float, reason: str) -> None:
        super().__init__()
        self.variable = variable
        self.value = value
        self.reason = reason


class UndoTurn(Message):
    """Go back to the start of the previous turn."""


class EndSession(Message):
    """End the session now, for the reason given."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class ToggleTimer(Message):
    """Pause or resume the turn timer."""


class ShowExplain(Message):
    """Open the explanation of one dyad's risk."""

    def __init__(self, dyad: str | None = None) -> None:
        super().__init__()
        self.dyad = dyad


class ShowNetwork(Message):
    """Open the contact-network view."""


class ExportReport(Message):
    """Write the after-action report next to the journal."""


class GoHome(Message):
    """Close the session screens and return to the library."""


class ExplainDyad(Message):
    """The explain screen wants the explanation of one dyad ('a-b')."""

    def __init__(self, dyad: str) -> None:
        super().__init__()
        self.dyad = dyad
