"""Load scenario files (minimal first version; the located-error loader replaces the internals)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ruamel.yaml import YAML

from simulator.scenario.loaded import LoadedScenario, resolve
from simulator.scenario.models import Scenario


def load_scenario(path: str | Path) -> LoadedScenario:
    """Read, validate and resolve one scenario file; raises ScenarioError or InputError."""
    data = Path(path).read_bytes()
    return load_scenario_bytes(data, str(path))


def load_scenario_bytes(data: bytes, source: str) -> LoadedScenario:
    """Validate and resolve scenario content already in memory."""
    raw = YAML(typ="safe", pure=True).load(data.decode("utf-8"))
    scenario = Scenario.model_validate(raw)
    return resolve(scenario, source, hashlib.sha256(data).hexdigest())
