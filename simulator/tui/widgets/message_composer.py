"""Compose one decision: its target, and for messages the intent, text and evidence.

Shows only the fields the chosen action uses; the engine checks the result on submit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select, SelectionList

from simulator.scenario.base import Intent, Tlp
from simulator.scenario.playthrough_models import Decision
from simulator.tui.guarded import GuardedHandlers

if TYPE_CHECKING:
    from simulator.engine.views import ActionOption, TeamView

INTENTS: tuple[str, ...] = get_args(Intent)
TLPS: tuple[str, ...] = get_args(Tlp)
KEEP_MARKING = "__keep__"


def shares_evidence(option: ActionOption) -> bool:
    return option.intent == "share-information"


def answers_request(option: ActionOption) -> bool:
    return option.intent == "answer"


class MessageComposer(Vertical, GuardedHandlers):
    """Fields for `option` as seen by the team in `view`; `decision()` reads them back."""

    def __init__(self, option: ActionOption, view: TeamView) -> None:
        super().__init__(id="composer")
        self.option = option
        self.view = view

    def compose(self) -> ComposeResult:
        option, names = self.option, self.view.names
        if option.targets:
            yield Label("Target")
            targets = [(names.get(t, t), t) for t in option.targets]
            yield Select(targets, value=targets[0][1], allow_blank=False, id="target", compact=True)
        if option.message:
            yield Label("Intent")
            intents = [(i, i) for i in INTENTS]
            default = option.intent or INTENTS[0]
            yield Select(intents, value=default, allow_blank=False, id="intent", compact=True)
        if answers_request(option) and self.view.open_requests:
            yield Label("Answering")
            requests = [
                (f"{r.kind} from {names.get(r.sender, r.sender)} ({r.id})", r.id)
                for r in self.view.open_requests
            ]
            yield Select(
                requests, value=requests[0][1], allow_blank=False, id="answers", compact=True
            )
        if shares_evidence(option):
            yield Label("Evidence to share (space ticks)")
            yield SelectionList[str](
                *[(e.summary, e.id) for e in self.view.evidence], id="evidence"
            )
            yield Label("Handling marking")
            markings = [("as marked", KEEP_MARKING), *[(f"TLP:{t.upper()}", t) for t in TLPS]]
            yield Select(markings, value=KEEP_MARKING, allow_blank=False, id="tlp", compact=True)
        if option.message or option.public:
            yield Label("Message text" if option.message else "Statement text")
            yield Input(placeholder="What you say, in your own words", id="text", compact=True)

    def value_of(self, widget_id: str) -> str | None:
        found = self.query(f"#{widget_id}")
        if not found:
            return None
        widget = found.first()
        if isinstance(widget, Select):
            value = widget.value
            return None if value is Select.NULL else str(value)
        if isinstance(widget, Input):
            return widget.value.strip()
        return None

    def decision(self) -> Decision:
        intent = self.value_of("intent")
        tlp = self.value_of("tlp")
        evidence = self.query("#evidence")
        # model_validate checks the intent and marking strings against the model's literals
        return Decision.model_validate(
            {
                "action": self.option.id,
                "target": self.value_of("target"),
                "intent": intent if intent and intent != self.option.intent else None,
                "text": self.value_of("text") or "",
                "evidence": list(evidence.first(SelectionList).selected) if evidence else [],
                "tlp": None if tlp in (None, KEEP_MARKING) else tlp,
                "answers": self.value_of("answers"),
            }
        )
