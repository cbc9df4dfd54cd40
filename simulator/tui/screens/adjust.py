"""Adjust a world variable (severity, pressure, trust, ...) with a reason for the journal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from simulator.tui.guarded import GuardedHandlers


@dataclass(frozen=True)
class VariableChoice:
    """A variable the engine accepts, e.g. 'pressure.borealia', and its value now if known."""

    name: str
    current: float | None = None

    @property
    def label(self) -> str:
        now = "" if self.current is None else f"  (now {self.current:.2f})"
        return f"{self.name}{now}"


@dataclass(frozen=True)
class AdjustRequest:
    variable: str
    value: float
    reason: str


class AdjustDialog(ModalScreen[AdjustRequest | None], GuardedHandlers):
    """Variable, new value (0..1) and reason; the engine checks the name and the range."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "apply", "Apply", priority=True),
    ]

    def __init__(self, variables: Sequence[VariableChoice]) -> None:
        super().__init__(classes="dialog-screen")
        self.variables = list(variables)

    def compose(self) -> ComposeResult:
        options = [(v.label, v.name) for v in self.variables]
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Adjust a variable", classes="dialog-title")
            yield Select(
                options, value=options[0][1], allow_blank=False, id="variable", compact=True
            )
            yield Input(placeholder="New value, e.g. 0.4", id="value", type="number", compact=True)
            yield Input(placeholder="Reason (recorded in the journal)", id="reason", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply (ctrl+s)", id="apply", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#variable", Select).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "apply":
            self.action_apply()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    def action_apply(self) -> None:
        text = self.query_one("#value", Input).value.strip()
        reason = self.query_one("#reason", Input).value.strip()
        try:
            value = float(text)
        except ValueError:
            self.notify("Type the new value as a number, e.g. 0.4.", severity="error")
            return
        if not reason:
            self.notify(
                "Say why: the reason goes into the journal and the report.", severity="error"
            )
            return
        variable = str(self.query_one("#variable", Select).value)
        self.dismiss(AdjustRequest(variable, value, reason))

    def action_cancel(self) -> None:
        self.dismiss(None)
