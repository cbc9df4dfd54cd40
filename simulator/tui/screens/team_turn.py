"""One team's turn at the shared keyboard: its own view only, the legal actions, its choices."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static, TabbedContent, TabPane

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.messages import SubmitDecisions
from simulator.tui.screens.confirm import ConfirmScreen
from simulator.tui.widgets.action_list import ActionList
from simulator.tui.widgets.decision_list import DecisionList
from simulator.tui.widgets.footer import KeyFooter
from simulator.tui.widgets.network_graph import NetworkGraph
from simulator.tui.widgets.team_info import (
    briefing_content,
    contacts_content,
    evidence_content,
    inbox_content,
)

if TYPE_CHECKING:
    from simulator.engine.views import ActionOption, TeamView
    from simulator.scenario.playthrough_models import Decision


@dataclass(frozen=True)
class TeamTurnModel:
    """The team's view and its action options, as the engine gave them."""

    title: str
    turns: int
    view: TeamView
    options: tuple[ActionOption, ...]
    owners: tuple[str, ...]
    """Order of the contact-network sections (states, then hubs)."""
    hubs: tuple[str, ...]
    contact_labels: Mapping[str, str]
    """Point-of-contact id -> 'office (kind)', from the scenario."""


def needs_details(option: ActionOption) -> bool:
    """True when the action takes a target, a message or evidence (asked in a dialog)."""
    return bool(option.targets) or option.message or option.public


class TeamTurnScreen(Screen[None], GuardedHandlers):
    """Left: inbox, briefing, contacts, evidence. Right: actions and the decisions picked."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("ctrl+s", "confirm", "Confirm decisions", priority=True),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("escape", "leave", "Hand back"),
    ]

    def __init__(self, model: TeamTurnModel) -> None:
        super().__init__(id="team-turn")
        self.model = model

    def compose(self) -> ComposeResult:
        view = self.model.view
        top = f"{view.name}  ·  Turn {view.turn} of {self.model.turns}  ·  {view.clock}"
        yield Static(Content(top), id="team-header")
        with Horizontal(id="team-body"):
            with TabbedContent(id="team-tabs"):
                with TabPane("Inbox", id="tab-inbox"), VerticalScroll():
                    yield Static(inbox_content(view))
                with TabPane("Briefing", id="tab-briefing"), VerticalScroll():
                    yield Static(briefing_content(view))
                with TabPane("Contacts", id="tab-contacts"), VerticalScroll():
                    yield Static(contacts_content(view, self.model.contact_labels))
                    yield NetworkGraph(id="team-network")
                with TabPane("Evidence", id="tab-evidence"), VerticalScroll():
                    yield Static(evidence_content(view))
            with Vertical(id="team-actions"):
                yield Static("Actions (Enter adds)", classes="panel-title")
                yield ActionList(self.model.options, view.implemented)
                limit = f"at most {view.max_actions} besides messages"
                yield Static(f"Your decisions ({limit})", classes="panel-title")
                yield DecisionList({o.id: o.name for o in self.model.options}, view.names)
        yield KeyFooter()

    def on_mount(self) -> None:
        graph = self.query_one(NetworkGraph)
        graph.names = self.model.view.names
        graph.owners = self.model.owners
        graph.hubs = self.model.hubs
        graph.channels = tuple(self.model.view.channels)
        actions = self.query_one(ActionList)
        actions.highlighted = 0
        actions.focus()

    @property
    def decisions(self) -> list[Decision]:
        return list(self.query_one(DecisionList).decisions)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if not isinstance(event.option_list, ActionList):
            return
        event.stop()
        option = event.option_list.action_at(event.option_index)
        if option is None or not option.legal:
            return
        # Late imports: the decision model (pydantic) is not needed to paint the home screen.
        from simulator.scenario.playthrough_models import Decision
        from simulator.tui.screens.decision_dialog import DecisionDialog

        if not needs_details(option):
            self.query_one(DecisionList).add(Decision(action=option.id))
            return

        def add(decision: Decision | None) -> None:
            if decision is not None:
                self.query_one(DecisionList).add(decision)

        self.app.push_screen(DecisionDialog(option, self.model.view), add)

    def action_confirm(self) -> None:
        view, decisions = self.model.view, self.decisions
        count = len(decisions)
        detail = (
            f"{count} decision(s) for {view.name}. Then the keyboard passes on."
            if count
            else f"{view.name} takes no action this turn."
        )

        def submit(sure: bool | None) -> None:
            if sure:
                self.post_message(SubmitDecisions(view.team, decisions))

        self.app.push_screen(
            ConfirmScreen("Confirm your decisions?", detail, yes="Confirm"), submit
        )

    def action_leave(self) -> None:
        def leave(sure: bool | None) -> None:
            if sure:
                self.dismiss(None)

        question = ConfirmScreen(
            "Hand back without deciding?",
            "Your choices on this screen are dropped; the team stays pending.",
            yes="Hand back",
            no="Stay",
        )
        self.app.push_screen(question, leave)
