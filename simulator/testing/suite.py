"""Load a playthrough source: its scenario, its playthroughs, and where each is written.

Scenario files go through the scenario loader, which already checks their playthroughs. A
sibling `*.playthroughs.yaml` file goes through the same safe YAML reader, schema messages and
cross-reference checks, run against the scenario it names, so both read alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from simulator.errors import Problem, ScenarioError
from simulator.scenario.crossref_story import check_conditions, check_playthroughs
from simulator.scenario.findings import Finding, Locator, dotted
from simulator.scenario.known import Known
from simulator.scenario.load import analyse_file, decode, load_scenario, read_file
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Playthrough, PlaythroughFile
from simulator.scenario.validation_errors import findings_from_validation
from simulator.scenario.yaml_guard import YamlFailure
from simulator.scenario.yaml_reader import parse_yaml
from simulator.testing.discovery import SIBLING_SUFFIX, PlaythroughSource


@dataclass(frozen=True)
class Suite:
    """The playthroughs of one source, ready to run against their scenario."""

    loaded: LoadedScenario
    declared_in: Path
    playthroughs: tuple[Playthrough, ...]
    locator: Locator

    def line_of(self, *path: str | int) -> tuple[int, int]:
        """Line and column where a part of `playthroughs` is written."""
        return self.locator.position(("playthroughs", *path))

    def location(self, *path: str | int) -> str:
        """'file:line:col: playthroughs.0.expect.2' for a path under `playthroughs`."""
        line, column = self.line_of(*path)
        return f"{self.declared_in}:{line}:{column}: {dotted(('playthroughs', *path))}"


def load_suite(source: PlaythroughSource) -> Suite:
    """Read a source; raise ScenarioError (located problems) or InputError."""
    if source.is_sibling:
        return _load_sibling(source.declared_in)
    analysis = analyse_file(source.declared_in)
    if analysis.loaded is None:
        raise ScenarioError(analysis.problems)
    loaded = analysis.loaded
    return Suite(loaded, source.declared_in, tuple(loaded.scenario.playthroughs), analysis.locator)


def _load_sibling(path: Path) -> Suite:
    text = decode(read_file(path), str(path))
    try:
        doc = parse_yaml(text)
    except YamlFailure as failure:
        spot = failure.spot
        raise ScenarioError(
            [Problem(str(path), spot.line, spot.column, message=failure.message, hint=failure.hint)]
        ) from None
    locator = Locator(str(path), doc, text)
    try:
        model = PlaythroughFile.model_validate(doc.data)
    except ValidationError as exc:
        findings = findings_from_validation(PlaythroughFile, exc, doc.data)
        raise ScenarioError(locator.problems(findings)) from None
    scenario_path = path.parent / (model.scenario or path.name[: -len(SIBLING_SUFFIX)] + ".yaml")
    if not scenario_path.is_file():
        finding = Finding(
            ("scenario",),
            f"scenario file {scenario_path} not found",
            "name it with `scenario:`, relative to this file",
        )
        raise ScenarioError([locator.problem(finding)])
    loaded = load_scenario(scenario_path)
    problems = locator.problems(_playthrough_findings(loaded, model))
    if problems:
        raise ScenarioError(sorted(problems, key=lambda p: (p.line, p.column, p.message)))
    return Suite(loaded, path, tuple(model.playthroughs), locator)


def _playthrough_findings(loaded: LoadedScenario, model: PlaythroughFile) -> list[Finding]:
    """The scenario loader's playthrough checks, run on the scenario with these playthroughs."""
    combined = loaded.scenario.model_copy(update={"playthroughs": list(model.playthroughs)})
    known = Known.of(combined)
    _, condition_findings = check_conditions(combined, known)
    mine = [f for f in condition_findings if f.path[:1] == ("playthroughs",)]
    return mine + check_playthroughs(combined, known)
