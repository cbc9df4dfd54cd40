"""After-action review: risk curves, each team's decisions, CBM use, injects and objectives."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static, TabbedContent, TabPane

from simulator.tui.aar_model import AfterActionModel
from simulator.tui.guarded import GuardedHandlers
from simulator.tui.messages import ExportReport, GoHome
from simulator.tui.widgets.footer import KeyFooter
from simulator.tui.widgets.risk_curves import RiskCurves

KIND_STYLE = {"de-escalated": "bold $success", "escalated": "bold $error", "neutral": "bold"}


def timeline_content(model: AfterActionModel) -> Content:
    lines: list[Content] = []
    for team, turns in model.timeline.items():
        lines.append(Content.styled(team, "bold $accent"))
        for turn, labels in turns:
            lines.append(
                Content.assemble((f"  T{turn} ", "bold"), "; ".join(labels) or "no action")
            )
        lines.append(Content(""))
    return Content("\n").join(lines[:-1]) if lines else Content("No turn was played.")


def cbm_content(model: AfterActionModel) -> Content:
    lines: list[Content] = []
    for row in model.cbms:
        unused = [c for c in row.available if c not in row.used]
        lines.append(Content.styled(row.state, "bold $accent"))
        lines.append(
            Content.assemble(("  used      ", "bold"), (", ".join(row.used) or "none", "$success"))
        )
        lines.append(Content.assemble(("  not used  ", "bold"), ", ".join(unused) or "none"))
    return Content("\n").join(lines)


def outcome_content(model: AfterActionModel) -> Content:
    lines = [
        Content.assemble(
            ("Outcome: ", "bold"), (model.ending, KIND_STYLE.get(model.ending_kind, "bold"))
        ),
        Content(""),
        Content.styled("Learning objectives", "bold $accent"),
    ]
    for text, met in model.objectives:
        mark = ("  ✓ met      ", "$success") if met else ("  ✗ not met  ", "$error")
        if met is None:
            mark = ("  ·          ", "")
        lines.append(Content.assemble(mark, text))
    lines += [Content(""), Content.styled("Injects released", "bold $accent")]
    lines += [Content(f"  T{turn}  {title}") for turn, title in model.injects] or [
        Content("  none")
    ]
    lines += [Content(""), Content.assemble(("Journal: ", "bold"), model.journal)]
    return Content("\n").join(lines)


class AfterActionScreen(Screen[None], GuardedHandlers):
    """e exports the Markdown report next to the journal; h goes back to the library."""

    BINDINGS = [
        Binding("e", "export", "Export report"),
        Binding("h", "home", "Library"),
    ]

    report: reactive[str] = reactive("")

    def __init__(self, model: AfterActionModel) -> None:
        super().__init__(id="after-action")
        self.model = model

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(("After-action review: ", "bold"), self.model.title), id="aar-title"
        )
        with TabbedContent(id="aar-tabs"):
            with TabPane("Risk curves", id="tab-curves"):
                yield RiskCurves(id="curves")
            with TabPane("Outcome", id="tab-outcome"), VerticalScroll():
                yield Static(outcome_content(self.model), id="aar-outcome")
            with TabPane("Decisions", id="tab-decisions"), VerticalScroll():
                yield Static(timeline_content(self.model))
            with TabPane("CBMs", id="tab-cbms"), VerticalScroll():
                yield Static(cbm_content(self.model))
        yield Static("", id="aar-report")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(RiskCurves).show(self.model.turns, self.model.overall, self.model.dyads)

    def watch_report(self, path: str) -> None:
        if path and self.children:
            self.query_one("#aar-report", Static).update(Content(f"Report written to {path}"))

    def action_export(self) -> None:
        self.post_message(ExportReport())

    def action_home(self) -> None:
        self.post_message(GoHome())
