"""Cross-reference checks of the story: injects, effects, conditions and playthroughs."""

from __future__ import annotations

from simulator.scenario.catalog_models import Effect
from simulator.scenario.conditions import Condition, ConditionError, parse_condition
from simulator.scenario.findings import Finding
from simulator.scenario.known import ACTION_PARTIES, ANY, AUDIENCES, Known, duplicates, unknown
from simulator.scenario.loaded import condition_sites
from simulator.scenario.models import Scenario
from simulator.scenario.playthrough_models import Expectation, FacilitatorStep
from simulator.scenario.yaml_reader import DataPath


def check_injects(scenario: Scenario, known: Known) -> list[Finding]:
    """Inject timing, audiences, evidence and effects; end condition ids; action effects."""
    found = duplicates(known.injects, ("injects",), "inject")
    found += duplicates(known.endings, ("end_conditions",), "end condition")
    audiences = known.states + AUDIENCES
    for i, inject in enumerate(scenario.injects):
        path: DataPath = ("injects", i)
        if inject.turn is None and inject.when is None:
            found.append(Finding(path, "an inject needs 'turn' or 'when'", "e.g. turn: 1"))
        found += duplicates(inject.to, (*path, "to"), "audience", field="")
        for j, audience in enumerate(inject.to):
            found += unknown((*path, "to", j), audience, audiences, "audience")
        for j, item in enumerate(inject.evidence):
            found += unknown((*path, "evidence", j), item, known.evidence, "evidence item")
        found += _effects((*path, "effects"), inject.effects, known, for_action=False)
        for j, variant in enumerate(inject.variants):
            if variant.effects is not None:
                vpath = (*path, "variants", j, "effects")
                found += _effects(vpath, variant.effects, known, for_action=False)
    for i, action in enumerate(scenario.actions):
        found += _effects(("actions", i, "effects"), action.effects, known, for_action=True)
    return found


def _effects(
    path: DataPath, effects: list[Effect], known: Known, *, for_action: bool
) -> list[Finding]:
    found: list[Finding] = []
    parties = (ACTION_PARTIES if for_action else ("all",)) + known.states
    for i, effect in enumerate(effects):
        where = (*path, i)
        for name in ("set_flag", "clear_flag"):
            flag = getattr(effect, name)
            if flag is not None:
                found += _flag((*where, name), flag, known)
        if effect.of is not None:
            found += unknown((*where, "of"), effect.of, parties, "party")
        if effect.toward is not None:
            toward = parties + known.candidates if effect.adjust == "suspicion" else parties
            found += unknown((*where, "toward"), effect.toward, toward, "party")
    return found


def _flag(path: DataPath, flag: str, known: Known) -> list[Finding]:
    found = unknown(path, flag, known.flags, "flag")
    if found:
        f = found[0]
        hint = f.hint + " otherwise " if f.hint.startswith("did") else ""
        hint += "declare it under 'flags'"
        found = [Finding(f.path, f.message, hint, code=f.code, subject=flag)]
    return found


def check_conditions(
    scenario: Scenario, known: Known
) -> tuple[dict[str, Condition], list[Finding]]:
    """Parse every condition; report syntax errors and unknown names, located in the text."""
    parsed: dict[str, Condition] = {}
    found: list[Finding] = []
    for site in condition_sites(scenario):
        path = _path_of(site.path)
        try:
            condition = parse_condition(site.text)
        except ConditionError as exc:
            found.append(Finding(path, exc.message, exc.hint, code="condition", offset=exc.offset))
            continue
        parsed[site.text] = condition
        found += condition_references(path, condition, known)
    return parsed, found


def condition_references(path: DataPath, condition: Condition, known: Known) -> list[Finding]:
    """Every name a condition quotes must be declared (actor and party may also be 'any')."""
    options = {
        "state": known.states,
        "actor": (*known.states, ANY),
        "party": (*known.parties, ANY),
        "action": known.actions,
        "inject": known.injects,
        "flag": known.flags,
        "channel": known.channels,
        "cbm": known.cbms,
    }
    found: list[Finding] = []
    for ref in condition.references:
        offset = ref.offset + 1  # point past the opening quote, at the name itself
        found += unknown(path, ref.value, options[ref.kind], ref.kind, offset=offset)
    return found


def _path_of(dotted_path: str) -> DataPath:
    return tuple(int(p) if p.isdigit() else p for p in dotted_path.split("."))


def check_playthroughs(scenario: Scenario, known: Known) -> list[Finding]:
    """Teams, scripted decisions, facilitator steps and expectations name declared things."""
    found = duplicates((p.name for p in scenario.playthroughs), ("playthroughs",), "name", "name")
    # A script may try a disabled action on purpose, to check that the engine refuses it.
    tried = (*known.actions, *scenario.disabled_actions)
    for i, play in enumerate(scenario.playthroughs):
        path: DataPath = ("playthroughs", i)
        for team, seat in play.teams.items():
            tpath = (*path, "teams", team)
            found += unknown(tpath, team, known.states, "state", at_key=True)
            if isinstance(seat, str):
                continue
            for turn, decisions in seat.script.items():
                found += _turn((*tpath, "script", turn), turn, scenario.turns, at_key=True)
                for j, decision in enumerate(decisions):
                    dpath = (*tpath, "script", turn, j)
                    found += unknown((*dpath, "action"), decision.action, tried, "action")
                    if decision.target is not None:
                        target = decision.target
                        found += unknown((*dpath, "target"), target, known.parties, "target")
                    for k, item in enumerate(decision.evidence):
                        ev = (*dpath, "evidence", k)
                        found += unknown(ev, item, known.evidence, "evidence item")
        found += _facilitator(path, play.facilitator, scenario, known)
        found += _expectations(path, play.expect, scenario, known, tried)
    return found


def _turn(path: DataPath, turn: int, turns: int, *, at_key: bool = False) -> list[Finding]:
    if 1 <= turn <= turns:
        return []
    return [Finding(path, f"turn {turn} is outside 1..{turns}", at_key=at_key)]


def _facilitator(
    path: DataPath, steps: list[FacilitatorStep], scenario: Scenario, known: Known
) -> list[Finding]:
    found: list[Finding] = []
    for j, step in enumerate(steps):
        spath = (*path, "facilitator", j)
        found += _turn((*spath, "turn"), step.turn, scenario.turns)
        if step.release is not None:
            found += unknown((*spath, "release"), step.release, known.injects, "inject")
        if step.set_variable is not None:
            found += variable_problems((*spath, "set_variable"), step.set_variable, known)
            if step.value is None:
                found.append(Finding((*spath, "value"), "set_variable needs a value"))
    return found


def variable_problems(path: DataPath, variable: str, known: Known) -> list[Finding]:
    """A facilitator variable: severity, pressure.S, hostility.S, trust.S.S, suspicion.S.P."""
    parts = variable.split(".")
    shapes = {"severity": 0, "pressure": 1, "hostility": 1, "trust": 2, "suspicion": 2}
    if parts[0] not in shapes or len(parts) != shapes[parts[0]] + 1:
        return [
            Finding(
                path,
                f"'{variable}' is not an adjustable variable",
                "e.g. severity, pressure.<state>, hostility.<state>, trust.<state>.<state>, "
                "suspicion.<state>.<party>",
            )
        ]
    found: list[Finding] = []
    for k, part in enumerate(parts[1:]):
        is_party = parts[0] == "suspicion" and k == 1
        found += unknown(path, part, known.parties if is_party else known.states, "state")
    return found


def _expectations(
    path: DataPath,
    expect: list[Expectation],
    scenario: Scenario,
    known: Known,
    tried: tuple[str, ...],
) -> list[Finding]:
    found: list[Finding] = []
    for j, exp in enumerate(expect):
        epath = (*path, "expect", j)
        if isinstance(exp.at, int):
            found += _turn((*epath, "at"), exp.at, scenario.turns)
        for field in ("fired", "not_fired"):
            for k, inject in enumerate(getattr(exp, field)):
                found += unknown((*epath, field, k), inject, known.injects, "inject")
        for field in ("flags", "flags_clear"):
            for k, flag in enumerate(getattr(exp, field)):
                found += unknown((*epath, field, k), flag, known.flags, "flag")
        if exp.ended_by not in (None, "turns", "facilitator"):
            ends = (*known.endings, "turns", "facilitator")
            found += unknown((*epath, "ended_by"), str(exp.ended_by), ends, "end condition")
        if exp.risk is not None and exp.risk.dyad is not None:
            for k, state in enumerate(exp.risk.dyad):
                found += unknown((*epath, "risk", "dyad", k), state, known.states, "state")
        if exp.refused is not None:
            rpath = (*epath, "refused")
            found += unknown((*rpath, "team"), exp.refused.team, known.states, "state")
            found += unknown((*rpath, "action"), exp.refused.action, tried, "action")
    return found
