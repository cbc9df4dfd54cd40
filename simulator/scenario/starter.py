"""The starter scenario that `ttx new` prints, kept as a data file beside this module."""

from __future__ import annotations

import json
from importlib import resources
from string import Template

from simulator.scenario.schema import SCHEMA_FILE


def starter_text(scenario_id: str, title: str = "") -> str:
    """The commented starter scenario with its id, title and schema modeline filled in."""
    template = resources.files(__package__).joinpath("starter.yaml.tmpl")
    return Template(template.read_text(encoding="utf-8")).substitute(
        id=scenario_id,
        # JSON strings are valid YAML double-quoted scalars: any title is safe here.
        title=json.dumps(title or scenario_id.replace("-", " ").replace("_", " ").capitalize()),
        schema=SCHEMA_FILE.as_posix(),
    )
