"""Load a playthrough source: its scenario, its playthroughs, and where each is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from simulator.errors import InputError, Problem, ScenarioError
from simulator.scenario.conditions import ConditionError, parse_condition
from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Playthrough, PlaythroughFile
from simulator.testing.discovery import SIBLING_SUFFIX, PlaythroughSource
from simulator.testing.references import reference_problems
from simulator.testing.yaml_lines import YamlLocator, dotted


@dataclass(frozen=True)
class Suite:
    """The playthroughs of one source, ready to run against their scenario."""

    loaded: LoadedScenario
    declared_in: Path
    playthroughs: tuple[Playthrough, ...]
    locator: YamlLocator

    def location(self, *path: str | int) -> str:
        """'file:line:col: playthroughs.0.expect.2' for a path under `playthroughs`."""
        full = ("playthroughs", *path)
        line, column = self.locator.find(full)
        where = f"{self.declared_in}:{line}:{column}" if line else str(self.declared_in)
        return f"{where}: {dotted(full)}"


def load_suite(source: PlaythroughSource) -> Suite:
    """Read a source; raise ScenarioError (located problems) or InputError."""
    if source.is_sibling:
        return _load_sibling(source.declared_in)
    loaded = load_scenario(source.declared_in)
    text = source.declared_in.read_text(encoding="utf-8")
    suite = Suite(
        loaded, source.declared_in, tuple(loaded.scenario.playthroughs), YamlLocator(text)
    )
    _raise_problems(suite)
    return suite


def _load_sibling(path: Path) -> Suite:
    text = _read(path)
    locator = YamlLocator(text)
    try:
        raw = YAML(typ="safe", pure=True).load(text)
        model = PlaythroughFile.model_validate(raw)
    except YAMLError as exc:
        raise ScenarioError([Problem(str(path), message=f"not valid YAML: {exc}")]) from exc
    except ValidationError as exc:
        raise ScenarioError(_validation_problems(path, locator, exc)) from exc
    scenario_path = path.parent / (model.scenario or path.name[: -len(SIBLING_SUFFIX)] + ".yaml")
    if not scenario_path.is_file():
        where = locator.find(("scenario",))
        raise ScenarioError(
            [
                Problem(
                    str(path),
                    *where,
                    path="scenario",
                    message=f"scenario file {scenario_path} not found",
                    hint="name it with `scenario:`, relative to this file",
                )
            ]
        )
    suite = Suite(load_scenario(scenario_path), path, tuple(model.playthroughs), locator)
    _raise_problems(suite)
    return suite


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc


def _validation_problems(path: Path, locator: YamlLocator, exc: ValidationError) -> list[Problem]:
    """One problem per field: pydantic reports a union field once per member type."""
    messages: dict[tuple[str | int, ...], list[str]] = {}
    for error in exc.errors():
        loc = _data_path(error["loc"])
        messages.setdefault(loc, [])
        if error["msg"] not in messages[loc]:
            messages[loc].append(error["msg"])
    return [
        Problem(str(path), *locator.find(loc), path=dotted(loc), message="; or ".join(msgs))
        for loc, msgs in messages.items()
    ]


def _data_path(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    # Union members show up in `loc` as type tags ('int', "literal['end']"); keep only the
    # parts that name keys or items of the document.
    return tuple(p for p in loc if isinstance(p, int) or not _is_type_tag(p))


def _is_type_tag(part: str) -> bool:
    # Field names and slugs are lower-case words; model names are capitalised.
    return part in {"int", "float", "str", "bool"} or "[" in part or part[:1].isupper()


def _raise_problems(suite: Suite) -> None:
    problems = _condition_problems(suite) + [
        Problem(str(suite.declared_in), *_line_col(suite, path), path=_dotted(path), message=msg)
        for path, msg in reference_problems(suite.loaded, suite.playthroughs)
    ]
    if problems:
        raise ScenarioError(sorted(problems))


def _line_col(suite: Suite, path: tuple[str | int, ...]) -> tuple[int, int]:
    return suite.locator.find(("playthroughs", *path))


def _dotted(path: tuple[str | int, ...]) -> str:
    return dotted(("playthroughs", *path))


def _condition_problems(suite: Suite) -> list[Problem]:
    problems = []
    for i, play in enumerate(suite.playthroughs):
        for j, exp in enumerate(play.expect):
            if exp.holds is None:
                continue
            try:
                parse_condition(exp.holds)
            except ConditionError as error:
                path = (i, "expect", j, "holds")
                problems.append(
                    Problem(
                        str(suite.declared_in),
                        *_line_col(suite, path),
                        path=_dotted(path),
                        message=error.message,
                        hint=error.hint,
                    )
                )
    return problems
