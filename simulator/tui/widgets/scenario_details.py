"""The right-hand panel of the home screen: what the highlighted scenario is about."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.library import LibraryEntry


def entry_content(entry: LibraryEntry | None) -> Content:
    """Title, summary, teams, length and objectives; or the problems of an invalid file."""
    if entry is None:
        return Content("No scenario found. Pass a folder with `ttx --dir FOLDER`.")
    if not entry.valid:
        return Content.assemble(
            (f"{entry.title}\n", "bold"),
            ("This file has problems and cannot be played:\n\n", "$error bold"),
            "\n".join(f"• {line}" for line in entry.problems),
            f"\n\n{entry.path}",
        )
    objectives = "\n".join(f"• {text}" for text in entry.objectives) or "—"
    return Content.assemble(
        (f"{entry.title}\n\n", "bold $accent"),
        f"{entry.summary}\n\n",
        ("Teams  ", "bold"),
        f"{', '.join(entry.teams)}\n",
        ("Length ", "bold"),
        f"{entry.turns} turns\n\n",
        ("Learning objectives\n", "bold"),
        objectives,
        (f"\n\n{entry.origin}: {entry.path.name}", "dim"),
    )


class ScenarioDetails(Static, GuardedHandlers):
    """Shows `entry`; the home screen sets it as the highlight moves."""

    entry: reactive[LibraryEntry | None] = reactive(None, always_update=True)

    def watch_entry(self, entry: LibraryEntry | None) -> None:
        self.update(entry_content(entry))
