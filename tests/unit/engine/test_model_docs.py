"""The escalation model's parameters are documented and sourced."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.catalogs import default_weights
from simulator.scenario.weights import ScoringWeights

DOC = Path(__file__).resolve().parents[3] / "docs" / "escalation-model.md"
PARAMETERS = [name for name in ScoringWeights.model_fields if name != "sources"]


@pytest.mark.parametrize("name", PARAMETERS)
def test_every_parameter_has_a_row_in_the_model_documentation(name: str):
    assert f"| `{name}` |" in DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PARAMETERS)
def test_every_default_weight_names_its_source(name: str):
    assert default_weights().sources.get(name, "").strip(), f"no source for {name}"
