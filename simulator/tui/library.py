"""The scenario library of the home screen: bundled files plus any folder passed with `--dir`.

Plain Python (no Textual): the app builds these entries and hands them to the home screen.
A file that does not load becomes an entry carrying its problems, so one broken scenario
never takes the library down with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.errors import InputError, ScenarioError

if TYPE_CHECKING:
    from simulator.scenario.loaded import LoadedScenario


@dataclass(frozen=True)
class LibraryEntry:
    """One scenario file as the home screen lists it."""

    path: Path
    origin: str
    """'bundled' or the folder it was found in."""
    title: str
    summary: str = ""
    teams: tuple[str, ...] = ()
    turns: int = 0
    objectives: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    """Located problems, one per line; an entry with problems cannot be played."""

    @property
    def valid(self) -> bool:
        return not self.problems


def describe(loaded: LoadedScenario, path: Path, origin: str) -> LibraryEntry:
    """The library entry of a scenario that loaded."""
    scenario = loaded.scenario
    return LibraryEntry(
        path=path,
        origin=origin,
        title=scenario.title,
        summary=scenario.summary.strip(),
        teams=tuple(state.name for state in scenario.states),
        turns=scenario.turns,
        objectives=tuple(obj.text for obj in scenario.learning_objectives),
    )


def problems_of(error: Exception, path: Path) -> tuple[str, ...]:
    """Readable problem lines for a file that failed to load."""
    if isinstance(error, ScenarioError) and error.problems:
        return tuple(str(problem) for problem in error.problems)
    if isinstance(error, InputError):
        return (f"{path}: {error}",)
    # The located loader turns everything into ScenarioError; until a file trips on something
    # it does not cover, show the raw message rather than crash the library.
    first_line = str(error).strip() or type(error).__name__
    return (f"{path}: {first_line}",)


def read_entry(path: Path, origin: str) -> LibraryEntry:
    """Load one file into an entry, valid or not."""
    from simulator.scenario.load import load_scenario  # late: off the first paint's path

    try:
        loaded = load_scenario(path)
    except Exception as error:  # any failure is a problem to show, never a crash
        return LibraryEntry(
            path=path, origin=origin, title=path.stem, problems=problems_of(error, path)
        )
    return describe(loaded, path, origin)


def scenario_files(folder: Path) -> list[Path]:
    """Scenario files of a folder, sorted by name, without playthrough side files."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in [*folder.glob("*.yaml"), *folder.glob("*.yml")]
        if not p.name.endswith((".playthroughs.yaml", ".playthroughs.yml"))
    )


def build_library(bundled: Iterable[Path], folders: Sequence[Path] = ()) -> list[LibraryEntry]:
    """Entries for the bundled files, then for each extra folder in the order given."""
    entries = [read_entry(path, "bundled") for path in bundled]
    for folder in folders:
        entries.extend(read_entry(path, str(folder)) for path in scenario_files(folder))
    return entries
