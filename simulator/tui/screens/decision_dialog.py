"""The dialog that asks for a decision's target and message before adding it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from simulator.scenario.playthrough_models import Decision
from simulator.tui.guarded import GuardedHandlers
from simulator.tui.widgets.message_composer import MessageComposer

if TYPE_CHECKING:
    from simulator.engine.views import ActionOption, TeamView


class DecisionDialog(ModalScreen[Decision | None], GuardedHandlers):
    """ctrl+s (or Enter in the text) adds the decision; escape drops it."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "add", "Add decision", priority=True),
    ]

    def __init__(self, option: ActionOption, view: TeamView) -> None:
        super().__init__(classes="dialog-screen")
        self.option = option
        self.view = view

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog", classes="dialog"):
            yield Static(Content(self.option.name), classes="dialog-title")
            if self.option.description:
                yield Static(Content(self.option.description), classes="dialog-muted")
            yield MessageComposer(self.option, self.view)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add (ctrl+s)", id="add", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        focusable = [w for w in self.query_one(MessageComposer).query("*") if w.can_focus]
        if focusable:
            focusable[0].focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_add()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "add":
            self.action_add()
        else:
            self.action_cancel()

    def action_add(self) -> None:
        self.dismiss(self.query_one(MessageComposer).decision())

    def action_cancel(self) -> None:
        self.dismiss(None)
