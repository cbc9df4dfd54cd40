"""Explain: pick a pair of states and read why its risk stands where it does, in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from simulator.tui.glyphs import percent, risk_style, signed_points
from simulator.tui.guarded import GuardedHandlers
from simulator.tui.messages import ExplainDyad
from simulator.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from simulator.engine.views import Contribution, Explanation


@dataclass(frozen=True)
class DyadChoice:
    key: str
    label: str
    risk: float


def contribution_line(item: Contribution) -> Content:
    parts: list[str | tuple[str, str]] = [
        (
            f"{signed_points(item.value):>6} pts  ",
            "bold $error" if item.value > 0 else "bold $success",
        ),
        item.label,
    ]
    if item.delta:
        parts.append((f"  ({signed_points(item.delta)} since last turn)", "$secondary"))
    return Content.assemble(*parts)


def explanation_content(explanation: Explanation, label: str) -> Content:
    change = explanation.risk - explanation.previous
    lines: list[Content] = [
        Content.assemble(
            (f"{label}: ", "bold"),
            (percent(explanation.risk), f"bold {risk_style(explanation.risk)}"),
            f" at turn {explanation.turn}, {signed_points(change)} pts since the turn before"
            f" (baseline {percent(explanation.base)}).",
        ),
        Content(""),
        Content.styled("What makes up the risk", "bold $accent"),
    ]
    lines += [contribution_line(c) for c in explanation.contributions] or [Content("Nothing yet.")]
    lines += [Content(""), Content.styled("What moved it this turn", "bold $accent")]
    lines += [Content(f"• {e.text}") for e in explanation.events] or [
        Content("No event touched this pair.")
    ]
    return Content("\n").join(lines)


class ExplainScreen(Screen[None], GuardedHandlers):
    """↑/↓ choose a pair; the right panel follows. Escape goes back."""

    BINDINGS = [Binding("escape", "back", "Back")]

    explanation: reactive[Explanation | None] = reactive(None)

    def __init__(self, dyads: Sequence[DyadChoice], selected: str | None = None) -> None:
        super().__init__(id="explain")
        self.dyads = list(dyads)
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Horizontal(id="explain-body"):
            options = [
                Option(
                    Content.assemble(f"{d.label} ", (percent(d.risk), risk_style(d.risk))), id=d.key
                )
                for d in self.dyads
            ]
            yield OptionList(*options, id="explain-dyads")
            with VerticalScroll(id="explain-detail"):
                yield Static("Choose a pair of states.", id="explain-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        dyads = self.query_one("#explain-dyads", OptionList)
        keys = [d.key for d in self.dyads]
        dyads.highlighted = keys.index(self.selected) if self.selected in keys else 0
        dyads.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ExplainDyad(event.option.id))

    def watch_explanation(self, explanation: Explanation | None) -> None:
        if explanation is None or not self.children:
            return
        label = next((d.label for d in self.dyads if d.key == explanation.dyad), explanation.dyad)
        self.query_one("#explain-text", Static).update(explanation_content(explanation, label))

    def action_back(self) -> None:
        self.dismiss(None)
