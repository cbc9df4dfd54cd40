"""Where the bundled scenarios live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

DEFAULT_SCENARIO_FILE = "ransomware-ministry.yaml"
"""The most approachable bundled scenario: what `ttx` and `ttx play` open by default."""


def bundled_dir() -> Path:
    """The folder of bundled scenario files.

    A wheel carries them as `simulator/_bundled_scenarios`; an editable install or a source
    checkout reads the repository's `scenarios/` folder beside the package.
    """
    package = Path(__file__).resolve().parent
    installed = package / "_bundled_scenarios"
    if installed.is_dir():
        return installed
    return package.parent / "scenarios"


def bundled_scenarios() -> list[Path]:
    """Every bundled scenario file, sorted by name (playthrough side files excluded)."""
    folder = bundled_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if not p.name.endswith(".playthroughs.yaml"))


def default_scenario() -> Path:
    """Path of the default scenario."""
    return bundled_dir() / DEFAULT_SCENARIO_FILE
