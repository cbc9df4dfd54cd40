"""The scenario JSON Schema: generated from the models, committed, and checked for drift.

Editors read the committed file through the modeline at the top of each scenario
(`# yaml-language-server: $schema=...`) to complete and check fields as authors type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from simulator.scenario.models import Scenario

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "scenario.schema.json"
"""Where the committed schema lives inside the package."""

REGENERATE = "ttx schema --write"
"""The command that rewrites the committed schema from the models."""

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def scenario_schema() -> dict[str, Any]:
    """The JSON Schema of a scenario file, as a dictionary."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = _DIALECT
    schema["title"] = "cbm-ttx scenario (format 1)"
    _number_keys(schema)
    return schema


def _number_keys(node: object) -> None:
    """Say that mappings keyed by turn number take number keys (pydantic leaves them open)."""
    if isinstance(node, dict):
        title = node.get("title")
        if title in ("Labels", "Script") and node.get("type") == "object":
            node["propertyNames"] = {"pattern": "^[0-9]+$"}
        for value in node.values():
            _number_keys(value)
    elif isinstance(node, list):
        for item in node:
            _number_keys(item)


def schema_text() -> str:
    """The schema as committed: sorted keys, two-space indent, one trailing newline."""
    return json.dumps(scenario_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def committed_schema_text() -> str:
    """The schema file as it is on disk ('' when missing)."""
    return SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.is_file() else ""


def write_schema() -> Path:
    """Rewrite the committed schema from the models; returns its path."""
    SCHEMA_FILE.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    return SCHEMA_FILE
