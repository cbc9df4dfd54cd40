"""Bots for teams nobody plays. Each is a pure function of its team's view and a generator.

- dove: uses CBMs first, never escalates;
- hawk: climbs the ladder about a rung a turn against its adversary, slower when soothed;
- tit-for-tat: answers hostility in kind the turn after, otherwise cooperates;
- cbm-playbook: follows the agreed measures step by step (answer, test, consult, share, ask);
- random: legal moves drawn from the generator;
- wait: does nothing (playthrough turns without a script).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from simulator.engine.botkit import (
    Plan,
    adversary,
    host_of,
    hostile_from,
    most_suspected,
    sent,
    shareable,
    untested_neighbours,
)
from simulator.engine.views import TeamView
from simulator.scenario.playthrough_models import Decision

Policy = Callable[[TeamView, random.Random], list[Decision]]

HAWK_LADDER: tuple[tuple[str, ...], ...] = (
    ("raise-defences", "mobilise", "private-demarche"),
    ("private-attribution", "raise-defences"),
    ("public-attribution", "mobilise"),
    ("sanctions", "raise-defences"),
    ("expel-diplomats", "public-attribution"),
    ("counter-operation", "sanctions"),
    ("cut-relations", "counter-operation"),
    ("disrupt-infrastructure", "counter-operation"),
)
"""What a hawk does on its n-th turn: one rung of Kahn's ladder a turn, then stays at the top."""


def answer_everything(plan: Plan) -> None:
    """UN norm h: answer every open request and consultation, oldest first."""
    answered = {m.answers for m in plan.view.outbox if m.status != "failed"}
    for req in plan.view.open_requests:
        if req.id not in answered:
            plan.add("answer-request", req.sender, answers=req.id)


def dove(view: TeamView, rng: random.Random) -> list[Decision]:
    plan = Plan(view)
    answer_everything(plan)
    for state in untested_neighbours(view):
        plan.add("ping", state)
    for actor, _ in hostile_from(view, view.turn - 1):
        plan.add("clarify-intent", actor)
    suspect = most_suspected(view)
    host = host_of(view, suspect) if suspect else None
    if host and host != view.team:
        if not sent(view, "consult", host, within=2):
            plan.add("consult", host)
        evidence = shareable(view, host)
        if evidence:
            plan.add("share-information", host, evidence=evidence)
        plan.add("clarify-intent", host)
        if view.severity > 0.3 and not sent(view, "request-assistance", host, within=3):
            plan.add("request-assistance", host)
    mitigate(plan)
    if view.pressure > 0.3:
        plan.add("public-statement")
    plan.add("publish-policy")
    return plan.decisions


SOOTHING = ("clarify-intent", "consult", "share-information", "answer")
"""Intents that, received from its adversary, make a hawk hold its rung for a turn."""
HOLD_CHANCE = 0.2
"""Chance a hawk holds its rung anyway (crises do not climb like clockwork)."""


def hawk_rung(view: TeamView, enemy: str | None, rng: random.Random) -> int:
    """Turns so far, less the turns in which the adversary reached out (and luck held it back)."""
    soothed = {m.turn for m in view.inbox if m.sender == enemy and m.intent in SOOTHING}
    held = sum(1 for t in range(1, view.turn) if t in soothed)
    rung = max(0, view.turn - 1 - held)
    if rung > 0 and rng.random() < HOLD_CHANCE:
        rung -= 1
    return min(rung, len(HAWK_LADDER) - 1)


def hawk(view: TeamView, rng: random.Random) -> list[Decision]:
    plan = Plan(view)
    enemy = adversary(view)
    suspect = most_suspected(view) or enemy
    rung = HAWK_LADDER[hawk_rung(view, enemy, rng)]
    for action in rung:
        opt = plan.option(action)
        if opt is None:
            continue
        target = suspect if opt.target_kind == "party" else enemy
        plan.add(action, target if opt.target_kind != "none" else None)
    plan.add("raise-defences")
    return plan.decisions


def tit_for_tat(view: TeamView, rng: random.Random) -> list[Decision]:
    plan = Plan(view)
    grievances = hostile_from(view, view.turn - 1)
    for actor, action in grievances:
        if not plan.add(action, actor):
            plan.add("private-demarche", actor)
    if grievances:
        return plan.decisions
    answer_everything(plan)
    for state in untested_neighbours(view):
        plan.add("ping", state)
    suspect = most_suspected(view)
    host = host_of(view, suspect) if suspect else None
    if host and host != view.team and not sent(view, "consult", host, within=3):
        plan.add("consult", host)
    mitigate(plan)
    return plan.decisions


def cbm_playbook(view: TeamView, rng: random.Random) -> list[Decision]:
    plan = Plan(view)
    answer_everything(plan)
    for state in untested_neighbours(view):
        plan.add("ping", state)
    suspect = most_suspected(view)
    host = host_of(view, suspect) if suspect else None
    friend = _most_trusted(view)
    is_victim = view.severity > 0 and view.team in view.victims
    if is_victim and friend and not sent(view, "request-assistance", friend):
        plan.add("request-assistance", friend)
    if view.turn >= 2 and host and host != view.team:
        if not sent(view, "consult", host, within=3):
            plan.add("consult", host)
        evidence = shareable(view, host)
        if evidence:
            plan.add("share-information", host, evidence=evidence)
        if is_victim and not sent(view, "request-assistance", host):
            plan.add("request-assistance", host)
    if friend:
        evidence = shareable(view, friend)
        if evidence and view.turn >= 2:
            plan.add("share-information", friend, evidence=evidence)
    for actor, _ in hostile_from(view, view.turn - 1):
        plan.add("clarify-intent", actor)
    if view.turn >= 3 and not any(m.action == "convene-regional" for m in view.outbox):
        plan.add("convene-regional")
    mitigate(plan)
    if view.pressure > 0.35:
        plan.add("public-statement")
    return plan.decisions


def random_policy(view: TeamView, rng: random.Random) -> list[Decision]:
    plan = Plan(view)
    legal = [o for o in view.options if o.legal and o.id != "wait"]
    for _ in range(rng.randint(0, view.max_actions + 2)):
        if not legal:
            break
        opt = legal[rng.randrange(len(legal))]
        target = opt.targets[rng.randrange(len(opt.targets))] if opt.targets else None
        extra: dict[str, object] = {}
        if opt.intent == "share-information":
            extra["evidence"] = [view.evidence[rng.randrange(len(view.evidence))].id]
        plan.add(opt.id, target, **extra)
    return plan.decisions


def wait(view: TeamView, rng: random.Random) -> list[Decision]:
    return []


def mitigate(plan: Plan) -> None:
    """UN norm c: act against a suspected group at home, again only after a few quiet turns."""
    target = _first_target(plan, "mitigate-from-territory")
    view = plan.view
    recent = any(
        m.actor == view.team and m.action == "mitigate-from-territory" and m.target == target
        for m in view.observed
        if view.turn - m.turn < 3
    )
    if target is not None and not recent:
        plan.add("mitigate-from-territory", target)


def _first_target(plan: Plan, action: str) -> str | None:
    opt = plan.option(action)
    return opt.targets[0] if opt is not None and opt.targets else None


def _most_trusted(view: TeamView) -> str | None:
    best: tuple[float, str] | None = None
    for state in view.states:
        if state != view.team and (best is None or view.trust.get(state, 0.0) > best[0]):
            best = (view.trust.get(state, 0.0), state)
    return best[1] if best else None


POLICIES: dict[str, Policy] = {
    "dove": dove,
    "hawk": hawk,
    "tit-for-tat": tit_for_tat,
    "cbm-playbook": cbm_playbook,
    "random": random_policy,
    "wait": wait,
}
"""Every bot policy by the name used in scenarios, seats and `--bots`."""
