"""Lint: semantic checks beyond validation, each finding with a severity and a location.

Validation (the loader) already refuses anything that would stop a scenario from playing,
including unknown names inside conditions. Lint looks for what plays but is probably a
mistake: injects that can never fire, endings that can never hold, triggers that wait on
each other, channels and actions no state can use, and declarations nothing uses.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import networkx as nx

from simulator.errors import InputError, Problem
from simulator.scenario.catalog_models import Effect
from simulator.scenario.conditions import Condition
from simulator.scenario.findings import Finding
from simulator.scenario.lint_logic import Facts, truth
from simulator.scenario.lint_usage import check_network_and_actions, check_unused
from simulator.scenario.load import analyse_file, unreadable
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.models import Inject

__all__ = ["lint_file", "lint_scenario"]


def lint_file(path: str | Path) -> list[Problem]:
    """Validation problems, then (for a file that loads) lint findings, in file order."""
    try:
        analysis = analyse_file(path)
    except InputError as exc:
        return [unreadable(path, exc)]
    if analysis.loaded is None:
        return analysis.problems
    found = analysis.locator.problems(lint_scenario(analysis.loaded))
    return sorted(found, key=lambda p: (p.line, p.column, p.path, p.message))


def lint_scenario(loaded: LoadedScenario) -> list[Finding]:
    """Every lint finding of a loaded scenario."""
    scenario = loaded.scenario
    facts = settled_facts(loaded)
    found = _timing(loaded, facts)
    found += _endings(loaded, facts)
    found += _trigger_cycles(loaded)
    found += check_network_and_actions(loaded)
    found += check_unused(loaded, facts)
    found += _saturating_overall(loaded)
    for turn in scenario.clock.labels:
        if not 1 <= turn <= scenario.turns:
            found.append(
                Finding(
                    ("clock", "labels", turn),
                    f"label for turn {turn}, but turns run 1..{scenario.turns}",
                    severity="warning",
                    code="label-out-of-range",
                    at_key=True,
                )
            )
    return found


CALM_OVERALL_LIMIT = 0.5
"""A noisy-or overall reading above this before anything happens tells facilitators nothing."""


def _saturating_overall(loaded: LoadedScenario) -> list[Finding]:
    """Noisy-or over many dyads reads near 100 % in calm: say so and offer `overall: max`."""
    w = loaded.weights
    n = len(loaded.scenario.states)
    dyads = n * (n - 1) // 2
    calm_dyad = 1.0 / (1.0 + math.exp(-w.bias))
    calm_overall = 1.0 - (1.0 - calm_dyad) ** dyads
    if w.overall != "noisy-or" or calm_overall <= CALM_OVERALL_LIMIT:
        return []
    scoring = loaded.scenario.scoring
    set_here = scoring is not None and "overall" in scoring.model_fields_set
    return [
        Finding(
            ("scoring", "overall") if set_here else ("states",),
            f"overall risk is a noisy-or over {dyads} pairs of states: it already reads about "
            f"{calm_overall:.0%} before anything happens",
            hint="set scoring: {overall: max} so the overall gauge follows the riskiest pair",
            severity="warning",
            code="saturating-overall",
            at_key=not set_here,
        )
    ]


def settled_facts(loaded: LoadedScenario) -> Facts:
    """Facts known before play, with silent injects and unset flags worked out together.

    An inject that cannot fire sets no flag, which can silence the injects waiting on that
    flag, and so on: repeat until nothing changes.
    """
    scenario = loaded.scenario
    implemented = {s.id: frozenset(s.cbms) for s in scenario.states}
    silent = {i.id for i in scenario.injects if i.turn is not None and i.turn > scenario.turns}
    while True:
        unset = frozenset(scenario.flags) - flags_set(loaded, silent)
        facts = Facts(1, scenario.turns, unset, frozenset(silent), implemented)
        newly = {
            inject.id
            for inject in scenario.injects
            if inject.id not in silent
            and inject.when is not None
            # With both `turn` and `when`, the condition is only checked from that turn on.
            and truth(
                loaded.condition(inject.when).tree, replace(facts, first_turn=inject.turn or 1)
            )
            is False
        }
        if not newly:
            return facts
        silent |= newly


def flags_set(loaded: LoadedScenario, silent: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Flags some effect may set: of an action, or of an inject that can fire."""
    effects = [e for a in loaded.actions.values() for e in a.effects]
    for inject in loaded.scenario.injects:
        if inject.id not in silent:
            effects += list(_inject_effects(inject))
    return {e.set_flag for e in effects if e.set_flag is not None}


def _inject_effects(inject: Inject) -> Iterator[Effect]:
    yield from inject.effects
    for variant in inject.variants:
        yield from variant.effects or []


def _timing(loaded: LoadedScenario, facts: Facts) -> list[Finding]:
    scenario = loaded.scenario
    found: list[Finding] = []
    for i, inject in enumerate(scenario.injects):
        if inject.turn is not None and inject.turn > scenario.turns:
            found.append(
                _never(
                    ("injects", i, "turn"),
                    f"turn {inject.turn} comes after the last turn ({scenario.turns})",
                )
            )
        elif inject.id in facts.silent_injects and inject.when is not None:
            found.append(_never(("injects", i, "when"), "its condition can never hold"))
        if inject.id in facts.silent_injects:
            continue
        for j, variant in enumerate(inject.variants):
            if truth(loaded.condition(variant.when).tree, facts) is False:
                found.append(
                    Finding(
                        ("injects", i, "variants", j, "when"),
                        "this variant can never be chosen: its condition can never hold",
                        severity="warning",
                        code="variant-never-chosen",
                    )
                )
    return found


def _never(path: tuple[str | int, ...], why: str) -> Finding:
    return Finding(
        path,
        f"this inject can never fire on its own: {why}",
        "the facilitator can still release it by hand",
        severity="warning",
        code="never-fires",
    )


def _endings(loaded: LoadedScenario, facts: Facts) -> list[Finding]:
    at_start = Facts(1, 1, facts.unset_flags, facts.silent_injects, facts.implemented)
    found: list[Finding] = []
    for i, end in enumerate(loaded.scenario.end_conditions):
        tree = loaded.condition(end.when).tree
        path = ("end_conditions", i, "when")
        if truth(tree, facts) is False:
            found.append(
                Finding(
                    path, "this end condition can never hold", severity="warning", code="never-ends"
                )
            )
        elif truth(tree, at_start) is True:
            found.append(
                Finding(
                    path,
                    "this end condition already holds after turn 1",
                    "the session would end at once",
                    severity="warning",
                    code="ends-at-once",
                )
            )
    return found


def _trigger_cycles(loaded: LoadedScenario) -> list[Finding]:
    """Injects whose conditions wait on each other (through fired() or flags they set)."""
    scenario = loaded.scenario
    graph: nx.DiGraph = nx.DiGraph()
    setters: dict[str, list[str]] = {}
    for inject in scenario.injects:
        graph.add_node(inject.id)
        for effect in _inject_effects(inject):
            if effect.set_flag is not None:
                setters.setdefault(effect.set_flag, []).append(inject.id)
    for inject in scenario.injects:
        if inject.when is None:
            continue
        for source in _waits_on(loaded.condition(inject.when), setters):
            graph.add_edge(source, inject.id)
    order = {inject.id: i for i, inject in enumerate(scenario.injects)}
    found: list[Finding] = []
    for cycle in sorted(_cycles(graph, order), key=lambda c: [order[x] for x in c]):
        first = cycle[0]
        loop = " -> ".join([*cycle, first])
        found.append(
            Finding(
                ("injects", order[first], "when"),
                f"triggers form a cycle: {loop}",
                "each waits on another in the cycle; make sure one can fire first",
                severity="warning",
                code="trigger-cycle",
            )
        )
    return found


def _waits_on(condition: Condition, setters: dict[str, list[str]]) -> list[str]:
    sources: list[str] = []
    for ref in condition.references:
        if ref.kind == "inject":
            sources.append(ref.value)
        elif ref.kind == "flag":
            sources.extend(setters.get(ref.value, []))
    return sources


def _cycles(graph: nx.DiGraph, order: dict[str, int]) -> list[list[str]]:
    """Each elementary cycle once, rotated to start at its first-declared inject."""
    cycles = []
    for cycle in nx.simple_cycles(graph):
        start = min(range(len(cycle)), key=lambda k: order[cycle[k]])
        cycles.append(cycle[start:] + cycle[:start])
    return cycles
