"""The committed JSON Schema: no drift from the models, and real scenarios validate against it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from simulator.bundled import bundled_scenarios
from simulator.scenario.schema import (
    REGENERATE,
    SCHEMA_FILE,
    committed_schema_text,
    schema_text,
)
from simulator.scenario.yaml_reader import parse_yaml
from tests.conftest import DATA

CHECKED = sorted((DATA / "valid").glob("*.yaml")) + bundled_scenarios()


def as_json(value: object) -> Any:
    """YAML data as JSON sees it: mapping keys are strings (turn numbers included)."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_committed_schema_is_what_the_models_generate() -> None:
    assert committed_schema_text() == schema_text(), (
        f"{SCHEMA_FILE} is out of date with the models: run `{REGENERATE}` and commit it"
    )


def test_the_schema_text_is_stable_and_ends_with_one_newline() -> None:
    text = schema_text()
    assert text == schema_text()
    assert text.endswith("}\n") and not text.endswith("\n\n")


@pytest.mark.parametrize("path", CHECKED, ids=[p.name for p in CHECKED])
def test_a_valid_scenario_validates_against_the_committed_schema(path: Path) -> None:
    data = as_json(parse_yaml(path.read_text(encoding="utf-8")).data)
    errors = [f"{list(e.path)}: {e.message}" for e in validator().iter_errors(data)]
    assert errors == []


def test_the_schema_refuses_what_the_models_refuse() -> None:
    data = as_json(parse_yaml((DATA / "valid" / "minimal.yaml").read_text()).data)
    data["states"][0]["postur"] = "cautious"
    data["clock"]["labels"] = {"first": "Monday"}
    messages = sorted(e.message for e in validator().iter_errors(data))
    assert len(messages) == 2
    assert any("postur" in m for m in messages)
    assert any("first" in m for m in messages)


def test_the_scenario_modeline_points_at_the_committed_schema() -> None:
    for path in bundled_scenarios():
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../simulator/schemas/scenario.schema.json"
        assert (path.parent / "../simulator/schemas/scenario.schema.json").resolve().is_file()
