"""'Pass the keyboard to <state>': an opaque screen between two teams' private views."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.messages import TeamReady
from simulator.tui.widgets.footer import KeyFooter


class HandoverScreen(Screen[None], GuardedHandlers):
    """Shows only the next team's name, so nobody reads the previous team's screen."""

    BINDINGS = [
        Binding("enter", "ready", "We are at the keyboard"),
        Binding("escape", "back", "Back to console"),
    ]

    def __init__(self, team: str, name: str, remaining: int) -> None:
        super().__init__(id="handover")
        self.team = team
        self.team_name = name
        self.remaining = remaining

    def compose(self) -> ComposeResult:
        with Vertical(id="handover-box"):
            yield Static("Pass the keyboard to", classes="handover-small")
            yield Static(Content(self.team_name), id="handover-name")
            others = self.remaining - 1
            after = (
                f"{others} more team(s) after this one." if others > 0 else "Last team this turn."
            )
            yield Static(
                Content(f"Press Enter when the team is ready.  {after}"), classes="handover-small"
            )
        yield KeyFooter()

    def action_ready(self) -> None:
        self.post_message(TeamReady(self.team))

    def action_back(self) -> None:
        self.dismiss(None)
