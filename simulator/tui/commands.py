"""Command palette entries (ctrl+p): every key binding of the current screen, by name.

Built from the screen's active bindings, so the palette and the footer can never disagree and a
new binding shows up in both without extra code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

SKIPPED_ACTIONS = frozenset({"quit", "help_quit", "command_palette"})
"""Already offered by Textual's own system commands."""


@dataclass(frozen=True)
class PaletteEntry:
    title: str
    help: str
    run: Callable[[], object]


class TtxCommands(Provider):
    """Offers the current screen's bindings as named commands."""

    def entries(self) -> Iterator[PaletteEntry]:
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            title = binding.description
            if (
                not title
                or title in seen
                or binding.action in SKIPPED_ACTIONS
                or not active.enabled
            ):
                continue
            seen.add(title)
            key = self.app.get_key_display(binding)
            run = partial(self.app.run_action, binding.action, active.node)
            yield PaletteEntry(title, binding.tooltip or f"key: {key}", run)

    async def discover(self) -> Hits:
        for entry in self.entries():
            yield DiscoveryHit(entry.title, entry.run, help=entry.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in self.entries():
            score = matcher.match(entry.title)
            if score > 0:
                yield Hit(score, matcher.highlight(entry.title), entry.run, help=entry.help)
