"""Helpers shared by the scenario tests: write a scenario variant and collect its problems."""

from __future__ import annotations

from pathlib import Path

from simulator.errors import Problem
from simulator.scenario.load import collect_problems
from tests.conftest import DATA

MINIMAL = (DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8")
"""A valid two-state scenario that variants are made from."""


def problems_in(text: str, folder: Path, name: str = "case.yaml") -> list[Problem]:
    """Every problem of `text` saved as `folder/name`."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return collect_problems(path)


def lines_of(problems: list[Problem]) -> list[str]:
    """Problems as printed, with the folder stripped from the file name."""
    return [str(p).split("/")[-1] if "/" in p.file else str(p) for p in problems]


def replace(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced once; fails loudly if `old` is absent (a stale test)."""
    assert old in text, f"{old!r} not in the base scenario"
    return text.replace(old, new, 1)
