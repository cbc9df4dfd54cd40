"""The key footer, compact on narrow terminals so every binding fits at 80 columns."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

from simulator.tui.guarded import GuardedHandlers

NARROW = 100
"""Below this many columns the footer drops its padding between keys and the palette hint
(ctrl+p still opens the palette; the help screen says so)."""


class KeyFooter(Footer, GuardedHandlers):
    """Textual's footer that switches to compact mode when the terminal is narrow."""

    def on_mount(self) -> None:
        self._fit()

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        narrow = self.app.size.width < NARROW
        self.compact = narrow
        self.show_command_palette = not narrow
