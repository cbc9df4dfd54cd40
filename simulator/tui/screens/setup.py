"""Session setup: seat each state, pick a seed and an optional timer, read the briefings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Label, Static

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.messages import StartSession
from simulator.tui.widgets.footer import KeyFooter
from simulator.tui.widgets.seat_list import Seat, SeatList


@dataclass(frozen=True)
class SetupPlan:
    """What the setup screen offers, prepared by the app from the loaded scenario."""

    path: Path
    title: str
    seats: tuple[Seat, ...]
    seed: int
    journal: str
    """Where the journal will be written, as shown to the facilitator."""


class SetupScreen(Screen[None], GuardedHandlers):
    """Ctrl+S (or the Start button, or Enter in a field) starts the session."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start session", priority=True),
        Binding("escape", "back", "Back to library"),
    ]

    def __init__(self, plan: SetupPlan) -> None:
        super().__init__(id="setup")
        self.plan = plan

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="setup-body"):
            with Vertical(id="setup-left"):
                yield Static(Content(f"Set up: {self.plan.title}"), classes="panel-title")
                yield Static("Seats  (←/→ change, ↑/↓ move)", classes="muted")
                yield SeatList(self.plan.seats)
                with Horizontal(classes="field-row"):
                    yield Label("Seed ")
                    yield Input(str(self.plan.seed), type="integer", id="seed", compact=True)
                with Horizontal(classes="field-row"):
                    yield Label("Timer per turn, minutes (0 = none) ")
                    yield Input("0", type="number", id="timer", compact=True)
                yield Static(
                    Content(f"Journal: {self.plan.journal}"), id="journal-path", classes="muted"
                )
                yield Button("Start session (ctrl+s)", id="start", variant="primary", compact=True)
            with VerticalScroll(id="setup-briefing"):
                yield Static("Briefing", classes="panel-title", id="briefing-title")
                yield Static("", id="briefing-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        seats = self.query_one(SeatList)
        seats.highlighted = 0
        seats.focus()

    def on_seat_list_seat_highlighted(self, event: SeatList.SeatHighlighted) -> None:
        seat = event.seat
        self.query_one("#briefing-title", Static).update(Content(f"Briefing: {seat.name}"))
        text = seat.briefing.strip() or "(no private briefing for this state)"
        self.query_one("#briefing-text", Static).update(Content(text))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "start":
            self.action_start()

    def read_number(self, widget_id: str) -> float | None:
        text = self.query_one(f"#{widget_id}", Input).value.strip() or "0"
        try:
            return float(text)
        except ValueError:
            return None

    def action_start(self) -> None:
        seed = self.read_number("seed")
        minutes = self.read_number("timer")
        if seed is None or seed < 0 or seed != int(seed):
            self.notify("The seed must be a whole number, 0 or more.", severity="error")
            return
        if minutes is None or minutes < 0:
            self.notify("The timer must be a number of minutes, 0 for none.", severity="error")
            return
        seats = self.query_one(SeatList).chosen()
        self.post_message(StartSession(self.plan.path, seats, int(seed), minutes))

    def action_back(self) -> None:
        self.dismiss(None)
