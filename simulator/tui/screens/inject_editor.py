"""Release an inject now: one of the scenario's that has not fired, or one written on the spot."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from simulator.tui.guarded import GuardedHandlers

AD_HOC = "__ad_hoc__"


@dataclass(frozen=True)
class InjectChoice:
    """A scenario inject the facilitator may release early."""

    id: str
    title: str


@dataclass(frozen=True)
class InjectRequest:
    """What the facilitator asked for; `inject_id` None means the ad-hoc text below."""

    inject_id: str | None
    title: str
    text: str
    to: tuple[str, ...]
    reason: str


class InjectEditor(ModalScreen[InjectRequest | None], GuardedHandlers):
    """Pick a scenario inject or write one; ctrl+s releases, escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "release", "Release", priority=True),
    ]

    def __init__(self, choices: Sequence[InjectChoice], names: Mapping[str, str]) -> None:
        super().__init__(classes="dialog-screen")
        self.choices = list(choices)
        self.names = dict(names)

    def compose(self) -> ComposeResult:
        options = [(f"{c.title} ({c.id})", c.id) for c in self.choices]
        options.append(("Write a new inject…", AD_HOC))
        audiences = [("Every state", "all"), *[(n, s) for s, n in self.names.items()]]
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Release an inject", classes="dialog-title")
            yield Select(options, value=options[0][1], allow_blank=False, id="which", compact=True)
            yield Input(placeholder="Headline of a new inject", id="title", compact=True)
            yield Input(placeholder="Text of a new inject", id="text", compact=True)
            yield Select(audiences, value="all", allow_blank=False, id="to", compact=True)
            yield Input(placeholder="Reason (recorded in the journal)", id="reason", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Release (ctrl+s)", id="release", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.sync_fields()
        self.query_one("#which", Select).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "which":
            self.sync_fields()

    def writing_new(self) -> bool:
        return self.query_one("#which", Select).value == AD_HOC

    def sync_fields(self) -> None:
        for field_id in ("#title", "#text", "#to"):
            self.query_one(field_id).disabled = not self.writing_new()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "release":
            self.action_release()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_release()

    def action_release(self) -> None:
        reason = self.query_one("#reason", Input).value.strip()
        if not self.writing_new():
            chosen = str(self.query_one("#which", Select).value)
            self.dismiss(InjectRequest(chosen, "", "", ("all",), reason))
            return
        title = self.query_one("#title", Input).value.strip()
        text = self.query_one("#text", Input).value.strip()
        if not title or not text:
            self.notify("A new inject needs a headline and a text.", severity="error")
            return
        to = str(self.query_one("#to", Select).value)
        self.dismiss(InjectRequest(None, title, text, (to,), reason))

    def action_cancel(self) -> None:
        self.dismiss(None)
