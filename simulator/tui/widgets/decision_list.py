"""The decisions a team has picked this turn, before it confirms them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from simulator.tui.guarded import GuardedHandlers

if TYPE_CHECKING:
    from simulator.scenario.playthrough_models import Decision


def decision_label(
    decision: Decision, action_names: Mapping[str, str], names: Mapping[str, str]
) -> str:
    text = action_names.get(decision.action, decision.action)
    if decision.target:
        text += f" → {names.get(decision.target, decision.target)}"
    if decision.intent:
        text += f" ({decision.intent})"
    if decision.evidence:
        text += f" sharing {', '.join(decision.evidence)}"
    if decision.text:
        shown = decision.text if len(decision.text) <= 40 else decision.text[:39] + "…"
        text += f': "{shown}"'
    return text


class DecisionList(OptionList, GuardedHandlers):
    """Delete (or backspace) removes the highlighted decision."""

    BINDINGS = [Binding("delete,backspace", "remove", "Remove decision")]

    def __init__(self, action_names: Mapping[str, str], names: Mapping[str, str]) -> None:
        super().__init__()
        self.action_names = dict(action_names)
        self.names = dict(names)
        self.decisions: list[Decision] = []

    def add(self, decision: Decision) -> None:
        self.decisions.append(decision)
        self.add_option(Option(decision_label(decision, self.action_names, self.names)))
        self.highlighted = len(self.decisions) - 1

    def action_remove(self) -> None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.decisions):
            return
        del self.decisions[index]
        self.remove_option_at_index(index)
