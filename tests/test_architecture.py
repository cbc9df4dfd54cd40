"""The engine and the scenario model never pull in the terminal UI libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

UI_MODULES = ("textual", "rich", "simulator.tui")


@pytest.mark.parametrize("module", ["simulator.engine", "simulator.scenario.load"])
def test_importing_the_core_loads_no_ui_library(module: str):
    probe = (
        f"import sys, {module}\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {UI_MODULES!r}"
        f" or m.startswith('simulator.tui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{module} imported UI modules: {out}"
