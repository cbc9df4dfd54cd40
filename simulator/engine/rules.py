"""Which actions a team may take now, and checking submitted decisions against the rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from simulator.engine.index import ScenarioIndex
from simulator.engine.state import WorldState
from simulator.engine.views import ActionOption
from simulator.errors import RuleError
from simulator.scenario.catalog_models import ActionDef, ClassPoints
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Decision

WAIT = "wait"


@dataclass(frozen=True)
class _Facts:
    """What every option of one team needs, computed once per call."""

    team: str
    others: tuple[str, ...]
    askers: frozenset[str]
    unbroken: tuple[str, ...]
    implemented: frozenset[str]
    has_contact: bool
    holds_evidence: bool
    over: bool


def _facts(index: ScenarioIndex, world: WorldState, team: str, over: bool) -> _Facts:
    others = tuple(s for s in index.states if s != team)
    broken = set(world.broken)
    return _Facts(
        team=team,
        others=others,
        askers=frozenset(
            r.sender for r in world.requests if r.recipient == team and r.status == "open"
        ),
        unbroken=tuple(s for s in others if index.pair(team, s) not in broken),
        implemented=frozenset(world.implemented[team]),
        has_contact=any(world.contacts[c] for c in index.contacts_of.get(team, ())),
        holds_evidence=bool(world.holdings[team]),
        over=over,
    )


def options(
    loaded: LoadedScenario, index: ScenarioIndex, world: WorldState, team: str, over: bool
) -> list[ActionOption]:
    """Every action of the library, legal or not, with the reason and the valid targets."""
    points = loaded.weights.class_points
    facts = _facts(index, world, team, over)
    return [_option(loaded, index, facts, action, points) for action in index.actions.values()]


def _option(
    loaded: LoadedScenario,
    index: ScenarioIndex,
    facts: _Facts,
    action: ActionDef,
    points: ClassPoints,
) -> ActionOption:
    targets = _targets(index, facts, action)
    reason = _why_illegal(loaded, index, facts, action, targets)
    return ActionOption(
        id=action.id,
        name=action.name,
        description=action.description,
        escalation_class=action.escalation_class,
        points=points.for_class(action.escalation_class),
        message=action.intent is not None,
        intent=action.intent,
        target_kind=action.target,
        targets=targets,
        public=action.public,
        hostile=action.hostile,
        legal=reason == "",
        reason=reason,
        cbm=tuple(action.cbm),
    )


def _targets(index: ScenarioIndex, facts: _Facts, action: ActionDef) -> tuple[str, ...]:
    team = facts.team
    if action.target == "none":
        return ()
    if action.intent == "answer":
        return tuple(s for s in facts.others if s in facts.askers)
    if action.id == "cut-relations":
        return facts.unbroken
    if action.target == "party":
        parties = [p for p in index.candidates if p != team]
        if action.id == "mitigate-from-territory":
            return tuple(p for p in parties if index.candidates[p].based_in == team)
        if action.intent is not None:
            return tuple(p for p in parties if index.host_state(p) not in (None, team))
        return tuple(parties)
    return facts.others


def _why_illegal(
    loaded: LoadedScenario,
    index: ScenarioIndex,
    facts: _Facts,
    action: ActionDef,
    targets: tuple[str, ...],
) -> str:
    if facts.over:
        return "the session is over"
    if action.cbm and not any(c in facts.implemented for c in action.cbm):
        names = [f"{c} ({loaded.cbms[c].name})" if c in loaded.cbms else c for c in action.cbm]
        return "needs one of these measures, which you have not implemented: " + ", ".join(names)
    if action.intent is not None and not facts.has_contact:
        return "you have no point of contact to send messages from"
    if action.target == "none" and action.intent is not None and not index.hubs:
        return "there is no regional hub in this scenario"
    if action.intent == "share-information" and not facts.holds_evidence:
        return "you hold no evidence to share"
    if action.target != "none" and not targets:
        return _no_target_reason(action)
    return ""


def _no_target_reason(action: ActionDef) -> str:
    if action.intent == "answer":
        return "no request or consultation is waiting for your answer"
    if action.id == "mitigate-from-territory":
        return "no suspected group operates from your territory"
    if action.id == "cut-relations":
        return "you have already broken relations with every state"
    return "nobody to aim it at"


def check_decisions(
    loaded: LoadedScenario,
    index: ScenarioIndex,
    world: WorldState,
    team: str,
    decisions: Sequence[Decision],
    over: bool,
    known: Sequence[ActionOption] | None = None,
) -> None:
    """Raise RuleError on the first decision that breaks the rules (`known`: options already
    computed for this team and moment)."""
    listed = known if known is not None else options(loaded, index, world, team, over)
    opts = {o.id: o for o in listed}
    non_messages = 0
    for i, dec in enumerate(decisions, start=1):
        where = f"decision {i} ({dec.action})"
        opt = opts.get(dec.action)
        if opt is None:
            raise RuleError(f"{where}: unknown action", hint=f"known: {', '.join(opts)}")
        if not opt.legal:
            raise RuleError(f"{where}: not allowed: {opt.reason}")
        _check_target(where, opt, dec)
        if dec.action != WAIT and not opt.message:
            non_messages += 1
        if opt.intent == "share-information":
            _check_evidence(where, world, team, dec)
        if opt.intent == "answer" and dec.answers is not None:
            ok = any(
                r.id == dec.answers and r.recipient == team and r.status == "open"
                for r in world.requests
            )
            if not ok:
                raise RuleError(f"{where}: no open request '{dec.answers}' addressed to you")
    limit = loaded.scenario.max_actions
    if non_messages > limit:
        raise RuleError(
            f"{non_messages} actions chosen, but at most {limit} non-message actions are allowed"
            " per turn",
            hint="messages (ping, consult, share, ...) do not count toward the limit",
        )


def _check_target(where: str, opt: ActionOption, dec: Decision) -> None:
    if opt.target_kind == "none":
        return
    if dec.target is None:
        raise RuleError(f"{where}: choose a target", hint=f"one of: {', '.join(opt.targets)}")
    if dec.target not in opt.targets:
        raise RuleError(
            f"{where}: '{dec.target}' is not a valid target",
            hint=f"one of: {', '.join(opt.targets)}",
        )


def _check_evidence(where: str, world: WorldState, team: str, dec: Decision) -> None:
    held = world.holdings[team]
    if not dec.evidence:
        raise RuleError(
            f"{where}: say which evidence to share", hint=f"you hold: {', '.join(held)}"
        )
    for ev in dec.evidence:
        if ev not in held:
            raise RuleError(f"{where}: you do not hold '{ev}'", hint=f"you hold: {', '.join(held)}")
