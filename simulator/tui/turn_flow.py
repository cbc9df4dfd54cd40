"""Handlers that move a session along: hotseat turns, facilitator tools, review and export.

Each handler asks the engine (through `guarded`/`attempt`), then pushes fresh views down to the
screens. Nothing here decides what is legal or how risk moves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from simulator.tui import messages as msg
from simulator.tui.aar_model import after_action_model
from simulator.tui.engine_host import EngineHost, shown_path
from simulator.tui.glyphs import percent
from simulator.tui.models import (
    contact_labels,
    display_names,
    dyad_choices,
    dyad_pair,
    network_hubs,
    network_owners,
)
from simulator.tui.screens.after_action import AfterActionScreen
from simulator.tui.screens.explain import ExplainScreen
from simulator.tui.screens.handover import HandoverScreen
from simulator.tui.screens.network import NetworkScreen
from simulator.tui.screens.team_turn import TeamTurnModel, TeamTurnScreen

if TYPE_CHECKING:
    from simulator.engine import Session
    from simulator.report.data import ReportData


def review_facts(
    session: Session,
) -> tuple[ReportData, dict[str, tuple[list[str], list[str]]]]:
    """What the report knows about the session: objectives judged, CBM use tallied."""
    from simulator.report.data import gather
    from simulator.report.sections import cbm_use

    data = gather(session)
    return data, cbm_use(data)


def report_text(session: Session) -> str:
    """The Markdown after-action report (imported late: only the export needs it)."""
    from simulator.report import build_report

    return build_report(session)


class TurnFlow(EngineHost):
    """The turn loop and facilitator powers (a base of `TtxApp`)."""

    # -- the turn loop --------------------------------------------------------------------

    def on_next_phase(self, _: msg.NextPhase) -> None:
        session = self.session
        if session is None:
            return
        if session.over:
            self.show_after_action()
            return
        pending = self.guarded("checking which teams still decide", session.humans_pending)
        if pending is None:
            return
        if pending:
            self.hand_over(pending[0], len(pending))
            return
        record = self.guarded(f"resolving turn {session.turn}", session.resolve_turn)
        if record is None:
            return
        self.timer.restart(self.now())
        self.refresh_console()
        self.notify(
            f"Risk {percent(record.risk)}, escalation score {record.score:+g}.",
            title=f"Turn {record.turn} resolved",
        )
        if session.over:
            self.show_after_action()

    def hand_over(self, team: str, remaining: int) -> None:
        assert self.session is not None
        name = display_names(self.session.loaded).get(team, team)
        self.push_screen(HandoverScreen(team, name, remaining))

    def on_team_ready(self, message: msg.TeamReady) -> None:
        session = self.session
        if session is None:
            return
        team = message.team
        view = self.guarded(f"reading {team}'s view", lambda: session.team_view(team))
        options = self.guarded(f"listing {team}'s actions", lambda: session.options(team))
        if view is None or options is None:
            return
        loaded = session.loaded
        model = TeamTurnModel(
            loaded.scenario.title,
            loaded.scenario.turns,
            view,
            tuple(options),
            network_owners(loaded),
            network_hubs(loaded),
            contact_labels(loaded),
        )
        self.switch_screen(TeamTurnScreen(model))

    def on_submit_decisions(self, message: msg.SubmitDecisions) -> None:
        session = self.session
        if session is None:
            return
        team, decisions = message.team, message.decisions
        if not self.attempt(
            f"submitting {team}'s decisions", lambda: session.submit(team, decisions)
        ):
            return  # the team screen stays open so the team can fix its choices
        self.pop_screen()
        self.refresh_console()
        pending = self.guarded("checking which teams still decide", session.humans_pending) or []
        if pending:
            self.hand_over(pending[0], len(pending))
        else:
            self.notify("Every team has decided: press n to resolve the turn.", title="Ready")

    # -- facilitator tools ----------------------------------------------------------------

    def on_release_inject(self, message: msg.ReleaseInject) -> None:
        session = self.session
        if session is None:
            return
        done = self.attempt(
            "releasing the inject",
            lambda: session.release_inject(
                message.inject_id,
                title=message.title,
                text=message.text,
                to=message.to,
                reason=message.reason,
            ),
        )
        if done:
            self.refresh_console()

    def on_adjust_variable(self, message: msg.AdjustVariable) -> None:
        session = self.session
        if session is None:
            return
        change = (message.variable, message.value, message.reason)
        if self.attempt(f"adjusting {message.variable}", lambda: session.adjust(*change)):
            self.refresh_console()

    def on_undo_turn(self, _: msg.UndoTurn) -> None:
        session = self.session
        if session is not None and self.attempt("undoing the last turn", session.undo):
            self.timer.restart(self.now())
            self.refresh_console()
            self.notify(f"Back at the start of turn {session.turn}.", title="Undone")

    def on_end_session(self, message: msg.EndSession) -> None:
        session = self.session
        if session is not None and self.attempt(
            "ending the session", lambda: session.end(message.reason)
        ):
            self.show_after_action()

    def on_toggle_timer(self, _: msg.ToggleTimer) -> None:
        if not self.timer.enabled:
            self.notify("No timer was set for this session (setup screen).", severity="warning")
            return
        self.timer.toggle(self.now())
        self.tick()

    # -- looking closer -------------------------------------------------------------------

    def on_show_explain(self, message: msg.ShowExplain) -> None:
        session = self.session
        view = self.guarded("reading the session", session.facilitator_view) if session else None
        if session is None or view is None:
            return
        self.push_screen(ExplainScreen(dyad_choices(session.loaded, view), message.dyad))

    def on_explain_dyad(self, message: msg.ExplainDyad) -> None:
        session, screen = self.session, self.screen
        if session is None or not isinstance(screen, ExplainScreen):
            return
        pair = dyad_pair(session.loaded, message.dyad)
        if pair is None:
            return
        explanation = self.guarded(
            f"explaining {message.dyad}", lambda: session.explain(pair[0], pair[1])
        )
        if explanation is not None:
            screen.explanation = explanation

    def on_show_network(self, _: msg.ShowNetwork) -> None:
        session = self.session
        view = self.guarded("reading the session", session.facilitator_view) if session else None
        if session is None or view is None:
            return
        loaded = session.loaded
        self.push_screen(
            NetworkScreen(
                view.channels, display_names(loaded), network_owners(loaded), network_hubs(loaded)
            )
        )

    # -- the end --------------------------------------------------------------------------

    def show_after_action(self) -> None:
        session = self.session
        if session is None:
            return
        facts = self.guarded("gathering the session's results", lambda: review_facts(session))
        if facts is None:
            return
        journal = shown_path(session.journal_path) if session.journal_path else "(no journal)"
        model = after_action_model(session.loaded, facts[0], facts[1], journal)
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(AfterActionScreen(model))

    def report_path(self) -> Path:
        session = self.session
        assert session is not None
        if session.journal_path is not None:
            return session.journal_path.with_suffix(".md")
        return self.options.sessions_dir / f"{session.loaded.scenario.id}-report.md"

    def on_export_report(self, _: msg.ExportReport) -> None:
        session, screen = self.session, self.screen
        if session is None:
            return
        text = self.guarded("building the report", lambda: report_text(session))
        if text is None:
            return
        path = self.report_path()
        if not self.attempt(
            f"writing {path.name}", lambda: path.write_text(text, encoding="utf-8")
        ):
            return
        self.notify(f"Report written to {shown_path(path)}", title="Exported")
        if isinstance(screen, AfterActionScreen):
            screen.report = shown_path(path)
