"""Injects of the turn: headline, audience, text, discussion questions and facilitator notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers

if TYPE_CHECKING:
    from simulator.engine.views import InjectNotice


def audience(to: Sequence[str], names: Mapping[str, str]) -> str:
    return ", ".join(names.get(who, who) for who in to) or "everyone"


def inject_content(
    injects: Sequence[InjectNotice], names: Mapping[str, str], *, facilitator: bool
) -> Content:
    if not injects:
        return Content("No inject this turn.")
    parts: list[Content] = []
    for notice in injects:
        media = "  [media]" if notice.media else ""
        parts.append(Content.assemble((notice.title, "bold $accent"), (media, "$warning")))
        if facilitator and notice.to:
            parts.append(Content.assemble(("to ", "dim"), audience(notice.to, names)))
        parts.append(Content(notice.text))
        if facilitator:
            for question in notice.questions:
                parts.append(Content.assemble(("? ", "bold $secondary"), question))
            if notice.notes:
                parts.append(Content.assemble(("Note: ", "bold"), (notice.notes, "italic")))
        parts.append(Content(""))
    return Content("\n").join(parts[:-1])


class InjectPanel(VerticalScroll, GuardedHandlers):
    """Set `injects` (and `names` for audiences); `facilitator` adds questions and notes."""

    injects: reactive[tuple[InjectNotice, ...]] = reactive(())
    names: reactive[Mapping[str, str]] = reactive(dict)

    def __init__(self, *, facilitator: bool, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.facilitator = facilitator

    def compose(self) -> ComposeResult:
        yield Static(classes="inject-text")

    def watch_injects(self) -> None:
        if self.children:
            content = inject_content(self.injects, self.names, facilitator=self.facilitator)
            self.query_one(".inject-text", Static).update(content)

    def on_mount(self) -> None:
        self.watch_injects()
