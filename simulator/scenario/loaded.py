"""A validated scenario with CBMs, actions, weights and conditions resolved for the engine."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from simulator.catalogs import builtin_catalog, default_actions, default_weights
from simulator.scenario.catalog_models import ActionDef, Cbm
from simulator.scenario.conditions import Condition, ConditionError, parse_condition
from simulator.scenario.models import Scenario
from simulator.scenario.weights import ScoringWeights, apply_overrides


@dataclass(frozen=True)
class ConditionSite:
    """Where a condition stands in the scenario: dotted field path and its text."""

    path: str
    text: str


@dataclass(frozen=True)
class LoadedScenario:
    """An immutable, fully resolved scenario."""

    scenario: Scenario
    source: str
    content_hash: str
    cbms: dict[str, Cbm]
    actions: dict[str, ActionDef]
    weights: ScoringWeights
    conditions: dict[str, Condition] = field(default_factory=dict)

    def condition(self, text: str) -> Condition:
        """The parsed form of a condition text that appears in the scenario."""
        found = self.conditions.get(text)
        return found if found is not None else parse_condition(text)

    @property
    def state_ids(self) -> list[str]:
        return [s.id for s in self.scenario.states]


def condition_sites(scenario: Scenario) -> Iterator[ConditionSite]:
    """Every condition field of the scenario, with its dotted path."""
    for i, obj in enumerate(scenario.learning_objectives):
        if obj.met_when:
            yield ConditionSite(f"learning_objectives.{i}.met_when", obj.met_when)
    for i, inj in enumerate(scenario.injects):
        if inj.when:
            yield ConditionSite(f"injects.{i}.when", inj.when)
        for j, var in enumerate(inj.variants):
            yield ConditionSite(f"injects.{i}.variants.{j}.when", var.when)
    for i, end in enumerate(scenario.end_conditions):
        yield ConditionSite(f"end_conditions.{i}.when", end.when)
    for i, play in enumerate(scenario.playthroughs):
        for j, exp in enumerate(play.expect):
            if exp.holds:
                yield ConditionSite(f"playthroughs.{i}.expect.{j}.holds", exp.holds)


def resolve_cbms(scenario: Scenario) -> dict[str, Cbm]:
    """Every measure the scenario may refer to, keyed 'catalog:item'."""
    out: dict[str, Cbm] = {}
    catalogs = [builtin_catalog(c) for c in scenario.catalogs] + list(scenario.custom_catalogs)
    for catalog in catalogs:
        for cbm in catalog.measures:
            out[f"{catalog.id}:{cbm.id}"] = cbm
    return out


def resolve_actions(scenario: Scenario) -> dict[str, ActionDef]:
    """The default library minus disabled actions, with the scenario's additions and overrides."""
    actions = {a.id: a for a in default_actions().actions if a.id not in scenario.disabled_actions}
    for action in scenario.actions:
        actions[action.id] = action
    return actions


def parse_conditions(
    scenario: Scenario,
) -> tuple[dict[str, Condition], list[tuple[str, ConditionError]]]:
    """Parse every condition; return the parsed ones and the errors with their field paths."""
    parsed: dict[str, Condition] = {}
    errors: list[tuple[str, ConditionError]] = []
    for site in condition_sites(scenario):
        try:
            parsed[site.text] = parse_condition(site.text)
        except ConditionError as exc:
            errors.append((site.path, exc))
    return parsed, errors


def resolve(scenario: Scenario, source: str, content_hash: str) -> LoadedScenario:
    """Build a LoadedScenario; a bad condition raises ValueError naming its field path."""
    conditions, errors = parse_conditions(scenario)
    if errors:
        path, exc = errors[0]
        raise ValueError(f"{path}: {exc.message}")
    return LoadedScenario(
        scenario=scenario,
        source=source,
        content_hash=content_hash,
        cbms=resolve_cbms(scenario),
        actions=resolve_actions(scenario),
        weights=apply_overrides(default_weights(), scenario.scoring),
        conditions=conditions,
    )
