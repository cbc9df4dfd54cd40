"""A team's actions: every action of the library, legal ones first, illegal ones with why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from simulator.tui.guarded import GuardedHandlers

if TYPE_CHECKING:
    from simulator.engine.views import ActionOption

CLASS_STYLE = {
    "de-escalation": "$success",
    "status-quo": "$foreground",
    "posturing": "$warning",
    "non-violent": "$error",
    "violent": "bold $error",
    "nuclear": "bold reverse $error",
}


def cbm_text(option: ActionOption, implemented: Sequence[str]) -> str:
    if not option.cbm:
        return "no CBM needed"
    marked = [f"{c}✓" if c in implemented else c for c in option.cbm]
    return "CBM " + " ".join(marked)


def option_prompt(option: ActionOption, implemented: Sequence[str]) -> Content:
    kind = ("message", "$secondary") if option.message else ("", "")
    head = Content.assemble(
        ("✓ " if option.legal else "✗ ", "$success" if option.legal else "$error"),
        (option.name, "bold" if option.legal else "dim"),
        " ",
        kind,
    )
    detail: Content = Content.assemble(
        ("   ", ""),
        (option.escalation_class, CLASS_STYLE.get(option.escalation_class, "")),
        (f" · {cbm_text(option, implemented)}", "dim"),
    )
    if not option.legal:
        detail = Content.assemble(("   ", ""), (option.reason, "italic $error"))
    return Content("\n").join([head, detail])


def ordered(options: Sequence[ActionOption]) -> list[ActionOption]:
    """Legal actions first, each group in the library's order (a stable sort)."""
    return sorted(options, key=lambda o: not o.legal)


class ActionList(OptionList, GuardedHandlers):
    """Enter on a legal action asks the screen to add it; illegal ones are listed, disabled."""

    BINDINGS = [Binding("enter", "select", "Add action")]

    def __init__(self, options: Sequence[ActionOption], implemented: Sequence[str]) -> None:
        self.actions = ordered(options)
        super().__init__(
            *[
                Option(option_prompt(o, implemented), id=o.id, disabled=not o.legal)
                for o in self.actions
            ]
        )

    def action_at(self, index: int | None) -> ActionOption | None:
        if index is None or not 0 <= index < len(self.actions):
            return None
        return self.actions[index]
