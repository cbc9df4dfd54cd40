"""`ttx` starts fast: the command line imports the heavy parts only when a command needs them."""

from __future__ import annotations

import subprocess
import sys

from simulator.catalogs import BUILTIN_CATALOG_FILES
from simulator.cli import authoring
from simulator.scenario.schema import SCHEMA_FILE

HEAVY = (
    "simulator.engine",
    "simulator.testing",
    "simulator.report",
    "simulator.scenario.models",
    "simulator.tui.app",
    "textual",
    "pydantic",
)
"""Modules that `ttx --help` (and the start of every command) must not pay for."""


def modules_loaded_by(code: str) -> set[str]:
    """Module names in sys.modules after running `code` in a fresh interpreter."""
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))\n"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_importing_the_command_line_loads_no_engine_testing_textual_or_pydantic() -> None:
    loaded = modules_loaded_by("import simulator.cli")
    found = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert found == []


def test_the_help_names_the_catalogs_the_catalog_package_ships() -> None:
    assert tuple(BUILTIN_CATALOG_FILES) == authoring.CATALOG_IDS


def test_the_help_names_the_schema_file_the_schema_module_writes() -> None:
    assert SCHEMA_FILE.name == authoring.SCHEMA_FILE_NAME


def test_the_workshop_app_paints_its_home_screen_before_loading_any_scenario_model() -> None:
    loaded = modules_loaded_by("import simulator.cli, simulator.tui.app")
    deferred = ("pydantic", "simulator.scenario.models", "simulator.engine", "simulator.report")
    assert sorted(m for m in loaded if m.startswith(deferred)) == []
