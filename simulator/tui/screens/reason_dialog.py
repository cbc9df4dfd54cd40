"""Ask for a short reason before an action that the journal should explain (end, undo)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from simulator.tui.guarded import GuardedHandlers


class ReasonDialog(ModalScreen[str | None], GuardedHandlers):
    """Dismisses with the reason typed (possibly the default), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, prompt: str, *, default: str = "", confirm: str = "OK") -> None:
        super().__init__(classes="dialog-screen")
        self.dialog_title = title
        self.prompt = prompt
        self.default = default
        self.confirm_label = confirm

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(Content(self.dialog_title), classes="dialog-title")
            yield Static(Content(self.prompt), classes="dialog-muted")
            yield Input(value=self.default, id="reason", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.confirm_label, id="ok", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or self.default)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self.dismiss(self.query_one("#reason", Input).value.strip() or self.default)
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
