"""Load scenario files: safe YAML, schema validation, cross-references, all problems located.

`load_scenario` raises on the first file that does not load, carrying every problem found;
`collect_problems` returns them without raising (what `ttx validate` prints).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from simulator.catalogs import default_weights
from simulator.errors import InputError, Problem, ScenarioError
from simulator.scenario.conditions import Condition
from simulator.scenario.crossref import (
    check_cast,
    check_catalogs_and_actions,
    check_truth_and_evidence,
)
from simulator.scenario.crossref_story import check_conditions, check_injects, check_playthroughs
from simulator.scenario.findings import Finding, Locator
from simulator.scenario.known import Known
from simulator.scenario.loaded import LoadedScenario, resolve_actions, resolve_cbms
from simulator.scenario.models import Scenario
from simulator.scenario.prune import validate_what_is_valid
from simulator.scenario.validation_errors import findings_from_validation
from simulator.scenario.weights import ScoringWeights, apply_overrides
from simulator.scenario.yaml_guard import MAX_BYTES, YamlFailure
from simulator.scenario.yaml_reader import YamlDocument, parse_yaml

__all__ = [
    "Analysis",
    "analyse_bytes",
    "analyse_file",
    "collect_problems",
    "load_scenario",
    "load_scenario_bytes",
    "unreadable",
]


@dataclass
class Analysis:
    """Everything learnt from reading one file: problems, and the scenario when it loaded."""

    source: str
    locator: Locator
    problems: list[Problem] = field(default_factory=list)
    document: YamlDocument | None = None
    scenario: Scenario | None = None
    """The validated model, even when cross-reference problems remain."""
    loaded: LoadedScenario | None = None
    """The resolved scenario; only when there is no problem at all."""


def load_scenario(path: str | Path) -> LoadedScenario:
    """Read, validate and resolve one scenario file; raises ScenarioError or InputError."""
    return load_scenario_bytes(read_file(path), str(path))


def load_scenario_bytes(data: bytes, source: str) -> LoadedScenario:
    """Validate and resolve scenario content already in memory."""
    analysis = analyse_bytes(data, source)
    if analysis.loaded is None:
        raise ScenarioError(analysis.problems)
    return analysis.loaded


def collect_problems(path: str | Path) -> list[Problem]:
    """Every problem of one file, in file order; never raises for bad input."""
    try:
        return analyse_file(path).problems
    except InputError as exc:
        return [unreadable(path, exc)]


def unreadable(path: str | Path, exc: InputError) -> Problem:
    """An InputError as a Problem of its file (the message without the repeated file name)."""
    message = exc.message.removeprefix(f"{path}: ")
    return Problem(str(path), message=message, hint=exc.hint, code="unreadable")


def analyse_file(path: str | Path) -> Analysis:
    """Read and analyse one file; raises InputError when it cannot be read at all."""
    return analyse_bytes(read_file(path), str(path))


def read_file(path: str | Path) -> bytes:
    """The bytes of a scenario file, refusing what is missing, a folder or too large."""
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file", hint="check the path")
    if not file.is_file():
        raise InputError(f"{path}: not a file", hint="give the path of a .yaml file")
    size = file.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            f"{path}: file is {size} bytes, more than the {MAX_BYTES // 1024} KiB limit",
            hint="a scenario is normally well under 200 KiB",
        )
    try:
        return file.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror}") from None


def decode(data: bytes, source: str) -> str:
    """The text of a file, refusing binary and non-UTF-8 content."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: more than the {MAX_BYTES // 1024} KiB limit")
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise InputError(
            f"{source}: looks like a binary file (NUL byte on line {line})",
            hint="a scenario is a YAML text file",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{source}: not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line})",
            hint="save the file as UTF-8",
        ) from None


def analyse_bytes(data: bytes, source: str) -> Analysis:
    """Analyse content in memory; raises InputError for binary or non-UTF-8 content."""
    text = decode(data, source)
    analysis = Analysis(source, Locator(source, None, text))
    if not text.strip():
        analysis.problems.append(
            Problem(
                source,
                1,
                1,
                message="the file is empty",
                hint="start from `ttx new ID`",
                code="empty",
            )
        )
        return analysis
    try:
        doc = parse_yaml(text)
    except YamlFailure as failure:
        analysis.problems.append(_yaml_problem(source, failure))
        return analysis
    analysis.document = doc
    analysis.locator = Locator(source, doc, text)
    analysis.problems.extend(_yaml_problem(source, f) for f in doc.problems)
    _validate(analysis, doc, hashlib.sha256(data).hexdigest())
    analysis.problems.sort(key=lambda p: (p.line, p.column, p.path, p.message))
    return analysis


def _yaml_problem(source: str, failure: YamlFailure) -> Problem:
    spot = failure.spot
    return Problem(
        source, spot.line, spot.column, message=failure.message, hint=failure.hint, code="yaml"
    )


def _validate(analysis: Analysis, doc: YamlDocument, content_hash: str) -> None:
    locate = analysis.locator.problems
    if not isinstance(doc.data, dict):
        got = "nothing but comments" if doc.data is None else "a single value or a list"
        analysis.problems.append(
            Problem(
                analysis.source,
                1,
                1,
                message=f"a scenario is a mapping of fields, got {got}",
                hint="start from `ttx new ID`",
                code="schema",
            )
        )
        return
    try:
        scenario = Scenario.model_validate(doc.data)
    except ValidationError as exc:
        analysis.problems.extend(locate(findings_from_validation(Scenario, exc, doc.data)))
        _check_the_valid_rest(analysis, doc.data, exc)
        return
    analysis.scenario = scenario
    weights, findings = _weights(scenario)
    conditions, checked = cross_check(scenario)
    analysis.problems.extend(locate(findings + checked))
    if analysis.problems or weights is None:
        return
    analysis.loaded = LoadedScenario(
        scenario=scenario,
        source=analysis.source,
        content_hash=content_hash,
        cbms=resolve_cbms(scenario),
        actions=resolve_actions(scenario),
        weights=weights,
        conditions=conditions,
    )


def cross_check(scenario: Scenario) -> tuple[dict[str, Condition], list[Finding]]:
    """Every cross-reference check; also returns the parsed conditions."""
    known = Known.of(scenario)
    findings = check_cast(scenario, known)
    findings += check_catalogs_and_actions(scenario, known)
    findings += check_truth_and_evidence(scenario, known)
    findings += check_injects(scenario, known)
    conditions, condition_findings = check_conditions(scenario, known)
    findings += condition_findings + check_playthroughs(scenario, known)
    return conditions, findings


def _check_the_valid_rest(analysis: Analysis, data: dict[str, Any], exc: ValidationError) -> None:
    """Cross-check the parts that passed the schema, so one run reports (nearly) everything."""
    partial, dropped = validate_what_is_valid(Scenario, data, exc)
    if not isinstance(partial, Scenario):
        return
    _, findings = cross_check(partial)
    kept = [f for f in findings if not (f.subject and f.subject in dropped)]
    analysis.problems.extend(analysis.locator.problems(kept))


def _weights(scenario: Scenario) -> tuple[ScoringWeights | None, list[Finding]]:
    try:
        return apply_overrides(default_weights(), scenario.scoring), []
    except ValidationError as exc:
        found = findings_from_validation(ScoringWeights, exc, None)
        return None, [Finding(("scoring", *f.path), f.message, f.hint, code=f.code) for f in found]
