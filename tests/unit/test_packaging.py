"""The wheel carries the bundled scenarios and data files, so `pip install .` works offline."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from simulator.bundled import bundled_scenarios, default_scenario
from tests.conftest import ROOT, SCENARIOS


def test_the_source_checkout_finds_every_bundled_scenario() -> None:
    found = {p.name for p in bundled_scenarios()}
    on_disk = {p.name for p in SCENARIOS.glob("*.yaml") if ".playthroughs." not in p.name}
    assert found == on_disk
    assert default_scenario().is_file()


def test_the_wheel_ships_scenarios_catalogs_and_schema(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("cbm_ttx-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for scenario in bundled_scenarios():
        assert f"simulator/_bundled_scenarios/{scenario.name}" in names
    for data in ("oas.yaml", "osce.yaml", "un-norms.yaml", "actions.yaml", "weights.yaml"):
        assert f"simulator/catalogs/{data}" in names
    assert "simulator/schemas/scenario.schema.json" in names
