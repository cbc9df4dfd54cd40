"""docs/scenario-format.md stays true: its walkthrough file validates, its examples have the
shape the models accept, and it names every field, function, default action and lint code."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from simulator.catalogs import default_actions
from simulator.scenario.catalog_models import Effect
from simulator.scenario.conditions import FUNCTIONS, VARIABLES, parse_condition
from simulator.scenario.lint import lint_file
from simulator.scenario.load import collect_problems
from simulator.scenario.model_paths import union_members, unwrap
from simulator.scenario.models import Scenario
from simulator.scenario.yaml_reader import parse_yaml
from tests.conftest import DATA, ROOT

DOC = (ROOT / "docs" / "scenario-format.md").read_text(encoding="utf-8")
WALKTHROUGH = DATA / "valid" / "walkthrough.yaml"
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.S)
YAML_BLOCKS = [body for lang, body in FENCE.findall(DOC) if lang == "yaml"]
LINT_SOURCES = ["lint.py", "lint_usage.py"]


def test_the_walkthrough_ends_with_the_file_the_tests_validate() -> None:
    final = DOC.split("<!-- walkthrough-final: tests/data/valid/walkthrough.yaml -->\n")[1]
    block = FENCE.match(final)
    assert block is not None
    assert block.group(2) == WALKTHROUGH.read_text(encoding="utf-8")


def test_the_walkthrough_file_validates_and_lints_without_warnings() -> None:
    assert collect_problems(WALKTHROUGH) == []
    assert [str(p) for p in lint_file(WALKTHROUGH) if p.severity != "info"] == []


def test_every_walkthrough_step_is_a_fragment_of_the_finished_file() -> None:
    finished = parse_yaml(WALKTHROUGH.read_text(encoding="utf-8")).data
    assert isinstance(finished, dict)
    steps = DOC.split("## Walkthrough")[1].split("### The finished file")[0]
    for lang, body in FENCE.findall(steps):
        if lang != "yaml":
            continue
        fragment = parse_yaml(body).data
        assert isinstance(fragment, dict)
        for key, value in fragment.items():
            assert finished[key] == value, key


def example_blocks() -> list[str]:
    reference = DOC.split("## Reference")[1]
    return [body for lang, body in FENCE.findall(reference) if lang == "yaml"]


@pytest.mark.parametrize("block", example_blocks(), ids=lambda b: b.split(":")[0])
def test_a_reference_example_has_the_shape_the_models_accept(block: str) -> None:
    doc = parse_yaml(block)
    assert doc.problems == []
    assert isinstance(doc.data, dict)
    for key, value in doc.data.items():
        if key in Scenario.model_fields:
            TypeAdapter(Scenario.model_fields[key].annotation).validate_python(value)
        elif key == "effects":
            TypeAdapter(list[Effect]).validate_python(value)
        else:
            assert key in ("when",), f"example of unknown field {key}"
            parse_condition(str(value))


def model_fields(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[str]:
    """Every field name of a model and of the models it contains."""
    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, info in model.model_fields.items():
        names.add(info.alias or name)
        for inner in _models_in(info.annotation):
            names |= model_fields(inner, seen)
    return names


def _models_in(tp: Any) -> list[type[BaseModel]]:
    tp = unwrap(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return [tp]
    found: list[type[BaseModel]] = []
    for arg in [*union_members(tp), *getattr(tp, "__args__", ())]:
        found += _models_in(arg)
    return found


def test_every_field_of_the_format_is_named_in_the_reference() -> None:
    fields = model_fields(Scenario, set()) - {"de-escalation", "status-quo", "non-violent"}
    missing = sorted(f for f in fields if f"`{f}`" not in DOC and f"{f}`" not in DOC)
    assert missing == []


def test_every_condition_function_and_variable_is_documented() -> None:
    for name in FUNCTIONS:
        assert f"`{name}(" in DOC, name
    for name in VARIABLES:
        assert f"`{name}`" in DOC, name


def test_every_default_action_is_in_the_library_table() -> None:
    for action in default_actions().actions:
        assert f"| `{action.id}` |" in DOC, action.id


def test_every_lint_code_is_explained() -> None:
    codes: set[str] = set()
    for source in LINT_SOURCES:
        text = (ROOT / "simulator" / "scenario" / source).read_text(encoding="utf-8")
        codes |= set(re.findall(r'code="([a-z-]+)"', text))
    assert codes
    for code in sorted(codes):
        assert f"| `{code}` |" in DOC, code
