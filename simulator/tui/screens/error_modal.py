"""A modal that shows an error in the user's words and lets the session carry on."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from simulator.tui.guarded import GuardedHandlers

REFUSED_STEP = "The session is intact; nothing was recorded for this step."
"""What an engine refusal means: the engine checks before it journals."""


class ErrorModal(ModalScreen[None], GuardedHandlers):
    """Title, what went wrong, and what the facilitator can do next."""

    BINDINGS = [
        Binding("escape,enter", "close", "Close"),
    ]

    def __init__(
        self,
        title: str,
        message: str,
        *,
        doing: str = "",
        hint: str = "",
        outcome: str = REFUSED_STEP,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.error_title = title
        self.message = message
        self.doing = doing
        self.hint = hint
        self.outcome = outcome

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -error"):
            yield Static(Content(self.error_title), classes="dialog-title")
            if self.doing:
                yield Static(Content(f"While {self.doing}:"), classes="dialog-muted")
            yield Static(Content(self.message), id="error-message")
            if self.hint:
                yield Static(Content(self.hint), classes="dialog-muted")
            yield Static(Content(self.outcome), id="error-outcome", classes="dialog-muted")
            yield Button("OK", id="ok", variant="error", compact=True)

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
