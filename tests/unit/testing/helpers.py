"""Shared helpers for the testing package's tests: fixture copies and one-off playthroughs."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from simulator.testing.discovery import PlaythroughSource
from simulator.testing.suite import Suite, load_suite

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "testing"


def copy_fixtures(folder: Path, *names: str) -> Path:
    """Copy fixture files into `folder` (pytest must not collect them where they live)."""
    for name in names or tuple(p.name for p in FIXTURES.glob("*.yaml")):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def playthrough_suite(folder: Path, yaml_text: str, name: str = "extra") -> Suite:
    """A sibling playthrough file for the harbour fixture, loaded."""
    copy_fixtures(folder, "harbour.yaml")
    path = folder / f"{name}.playthroughs.yaml"
    path.write_text("scenario: harbour.yaml\n" + textwrap.dedent(yaml_text), encoding="utf-8")
    return load_suite(PlaythroughSource(path))
