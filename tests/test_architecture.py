"""The engine and the scenario model never pull in the terminal UI libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

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


TUI = Path(__file__).resolve().parent.parent / "simulator" / "tui"
ENGINE_GATEWAYS = {"engine_host.py", "app.py"}
"""The only TUI modules that may call the engine at run time (principle: only the app talks to
the engine); every other module gets plain view objects and may name engine types for mypy only."""


def _runtime_engine_imports(source: str) -> list[int]:
    """Line numbers of `simulator.engine` imports that are not under `if TYPE_CHECKING:`."""
    tree = ast.parse(source)
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                typing_only.update(n.lineno for n in ast.walk(inner) if hasattr(n, "lineno"))
    lines = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        if any(n.startswith("simulator.engine") for n in names) and node.lineno not in typing_only:
            lines.append(node.lineno)
    return lines


def test_only_the_app_layer_of_the_tui_calls_the_engine():
    offenders = {
        str(path.relative_to(TUI)): found
        for path in sorted(TUI.rglob("*.py"))
        if path.name not in ENGINE_GATEWAYS
        and (found := _runtime_engine_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, f"TUI modules importing the engine at run time: {offenders}"
