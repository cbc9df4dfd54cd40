"""The facilitator console: the turn's injects, team status, risk dashboard and event log.

It shows a `ConsoleModel` the app prepares from the engine's facilitator view, and turns each
key into a message for the app. It decides nothing itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from simulator.tui import messages as msg
from simulator.tui.guarded import GuardedHandlers
from simulator.tui.screens.adjust import AdjustDialog, AdjustRequest, VariableChoice
from simulator.tui.screens.confirm import ConfirmScreen
from simulator.tui.screens.inject_editor import InjectChoice, InjectEditor, InjectRequest
from simulator.tui.screens.reason_dialog import ReasonDialog
from simulator.tui.widgets.dyad_bars import DyadBars, dyad_rows
from simulator.tui.widgets.event_log import EventLog
from simulator.tui.widgets.footer import KeyFooter
from simulator.tui.widgets.ground_truth import GroundTruth
from simulator.tui.widgets.inject_panel import InjectPanel
from simulator.tui.widgets.risk_gauge import RiskGauge, RiskReading
from simulator.tui.widgets.session_header import HeaderInfo, SessionHeader
from simulator.tui.widgets.team_status import TeamStatus, team_lines

if TYPE_CHECKING:
    from simulator.engine.views import FacilitatorView


@dataclass(frozen=True)
class ConsoleModel:
    """What the console shows: the facilitator view plus names from the scenario."""

    title: str
    turns: int
    names: Mapping[str, str]
    dyad_labels: Mapping[str, str]
    """Dyad key ('a-b') -> readable label, in the scenario's order."""
    releasable: tuple[InjectChoice, ...]
    variables: tuple[VariableChoice, ...]
    view: FacilitatorView


def risk_reading(view: FacilitatorView) -> RiskReading:
    past = [record.risk for record in view.history]
    previous = past[-2] if len(past) >= 2 else None
    return RiskReading(view.risk, previous, view.score, view.total_score)


class ConsoleScreen(Screen[None], GuardedHandlers):
    """n moves the turn on; every other key is a facilitator tool."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("n", "next_phase", "Next phase", tooltip="Pass the keyboard, or resolve the turn"),
        Binding("x", "explain", "Explain", tooltip="Why a pair's risk is where it is"),
        Binding("w", "network", "Network", tooltip="Points of contact and channels"),
        Binding("i", "inject", "Inject", tooltip="Release an inject now, or write one"),
        Binding("a", "adjust", "Adjust", tooltip="Set a variable, with a reason"),
        Binding("g", "truth", "Truth", tooltip="Show or hide the hidden ground truth"),
        Binding("u", "undo", "Undo", tooltip="Back to the start of the previous turn"),
        Binding("e", "end", "End", tooltip="End the session and open the review"),
        Binding("p", "timer", "Timer", tooltip="Pause or resume the turn timer"),
    ]

    model: reactive[ConsoleModel | None] = reactive(None)
    show_truth: reactive[bool] = reactive(False)
    timer_label: reactive[str] = reactive("")

    def __init__(self, model: ConsoleModel) -> None:
        super().__init__(id="console")
        self.set_reactive(ConsoleScreen.model, model)

    def compose(self) -> ComposeResult:
        yield SessionHeader(id="session-header")
        with Horizontal(id="console-body"):
            with Vertical(id="console-left"):
                yield Static("Injects this turn", classes="panel-title", id="inject-title")
                yield InjectPanel(facilitator=True, id="injects")
                yield Static("Event log", classes="panel-title")
                yield EventLog(id="events")
            with VerticalScroll(id="console-right"):
                yield Static("Risk", classes="panel-title")
                yield RiskGauge(id="gauge")
                yield DyadBars(id="dyads")
                yield Static("Teams", classes="panel-title")
                yield TeamStatus(id="teams")
                yield Static("Ground truth (g hides)", classes="panel-title truth")
                yield GroundTruth(id="truth", classes="truth")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.watch_model()
        self.watch_show_truth()
        self.watch_timer_label("", self.timer_label)

    def watch_model(self) -> None:
        model = self.model
        if model is None or not self.children:  # not composed yet: on_mount draws it
            return
        view = model.view
        header = self.query_one(SessionHeader)
        header.info = HeaderInfo(model.title, view.turn, model.turns, view.clock, view.over)
        panel = self.query_one(InjectPanel)
        panel.names = model.names
        panel.injects = tuple(i for i in view.injects if i.turn == view.turn)
        self.query_one("#inject-title", Static).update(f"Injects of turn {view.turn}")
        self.query_one(EventLog).events = tuple(view.events)
        self.query_one(RiskGauge).reading = risk_reading(view)
        history = [record.dyads for record in view.history]
        self.query_one(DyadBars).rows = dyad_rows(model.dyad_labels, view.dyads, history)
        self.query_one(TeamStatus).lines = team_lines(model.names, view.seats, view.pending)
        self.query_one(GroundTruth).truth = view.truth

    def watch_show_truth(self) -> None:
        if self.children:
            for widget in self.query(".truth"):
                widget.display = self.show_truth

    def show_timer(self, label: str) -> None:
        self.timer_label = label

    def watch_timer_label(self, old: str, label: str) -> None:
        if self.children:
            self.query_one(SessionHeader).timer = label
        if bool(old) != bool(label):
            self.refresh_bindings()  # the timer key only shows when a timer runs

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "timer":
            return bool(self.timer_label)
        return True

    def action_next_phase(self) -> None:
        self.post_message(msg.NextPhase())

    def action_explain(self) -> None:
        self.post_message(msg.ShowExplain())

    def action_network(self) -> None:
        self.post_message(msg.ShowNetwork())

    def action_timer(self) -> None:
        self.post_message(msg.ToggleTimer())

    def action_truth(self) -> None:
        self.show_truth = not self.show_truth

    def action_inject(self) -> None:
        if self.model is None:
            return

        def release(request: InjectRequest | None) -> None:
            if request is not None:
                self.post_message(
                    msg.ReleaseInject(
                        request.inject_id,
                        title=request.title,
                        text=request.text,
                        to=request.to,
                        reason=request.reason,
                    )
                )

        self.app.push_screen(InjectEditor(self.model.releasable, self.model.names), release)

    def action_adjust(self) -> None:
        if self.model is None:
            return

        def adjust(request: AdjustRequest | None) -> None:
            if request is not None:
                self.post_message(
                    msg.AdjustVariable(request.variable, request.value, request.reason)
                )

        self.app.push_screen(AdjustDialog(self.model.variables), adjust)

    def action_undo(self) -> None:
        def undo(sure: bool | None) -> None:
            if sure:
                self.post_message(msg.UndoTurn())

        question = ConfirmScreen(
            "Undo the last turn?",
            "The session goes back to the start of the previous turn; the journal keeps a record"
            " of the undo.",
            yes="Undo",
            no="Keep",
        )
        self.app.push_screen(question, undo)

    def action_end(self) -> None:
        def end(reason: str | None) -> None:
            if reason is not None:
                self.post_message(msg.EndSession(reason))

        dialog = ReasonDialog(
            "End the session now?",
            "Why (recorded in the journal and the report):",
            default="ended by the facilitator",
            confirm="End session",
        )
        self.app.push_screen(dialog, end)
