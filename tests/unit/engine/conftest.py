"""Fixtures of the engine tests: the three-state scenario and sessions on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario

DATA = Path(__file__).resolve().parents[2] / "data" / "engine"


@pytest.fixture(scope="session")
def three() -> LoadedScenario:
    return load_scenario(DATA / "three-states.yaml")
