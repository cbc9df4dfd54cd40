"""The `?` screen: how a session runs, and the keys of the screen it was opened from."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Markdown, Static

from simulator.tui.guarded import GuardedHandlers

GUIDE = Path(__file__).with_name("help.md")


def keys_table(screen: Screen[object]) -> str:
    """A Markdown table of the bindings active on `screen`, as its footer shows them."""
    rows = ["| key | does |", "| --- | --- |"]
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or binding.description in seen:
            continue
        seen.add(binding.description)
        shown = binding.key_display or screen.app.get_key_display(binding)
        rows.append(f"| `{shown}` | {binding.description} |")
    return "\n".join(rows)


class HelpScreen(ModalScreen[None], GuardedHandlers):
    """Scrollable help over the current screen; any of escape, ? or q closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close help")]

    def __init__(self, keys_markdown: str) -> None:
        super().__init__(classes="dialog-screen")
        self.keys_markdown = keys_markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="dialog"):
            yield Static("Help  (Esc closes)", classes="dialog-title")
            yield Markdown("## Keys on this screen\n\n" + self.keys_markdown, id="screen-keys")
            yield Markdown(GUIDE.read_text(encoding="utf-8"), id="guide")

    def action_close(self) -> None:
        self.dismiss(None)
