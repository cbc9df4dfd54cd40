"""One turn's resolution in its fixed, documented order (docs/escalation-model.md, 'A turn').

1. messages in transit that arrive this turn are delivered, oldest first;
2. every team's messages are sent, teams in declaration order, decisions in submitted order;
3. every team's other actions resolve in the same order;
4. requests and consultations whose deadline is this turn and that nobody answered expire.
Scoring, end conditions and decay follow in the session (score, check, then decay).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from simulator.engine.messages import deliver_arrivals
from simulator.engine.moves import resolve_action, resolve_message
from simulator.engine.turn import TurnContext
from simulator.scenario.playthrough_models import Decision


def is_message(ctx: TurnContext, decision: Decision) -> bool:
    return ctx.index.actions[decision.action].intent is not None


def resolve_decisions(ctx: TurnContext, decisions: Mapping[str, Sequence[Decision]]) -> None:
    deliver_arrivals(ctx)
    for team in ctx.index.states:
        for i, dec in enumerate(decisions.get(team, ()), start=1):
            if is_message(ctx, dec):
                resolve_message(ctx, team, dec, f"m{ctx.turn}.{team}.{i}")
    for team in ctx.index.states:
        for dec in decisions.get(team, ()):
            if not is_message(ctx, dec):
                resolve_action(ctx, team, dec)
    expire_requests(ctx)


def expire_requests(ctx: TurnContext) -> None:
    """Unanswered requests past their deadline expire; the asker's trust in the silent falls."""
    cost = ctx.weights.ignored_request_trust_cost
    for req in ctx.world.requests:
        if req.status == "open" and req.deadline <= ctx.turn:
            req.status = "expired"
            ctx.move_trust(req.sender, req.recipient, -cost)
            ctx.log.add(
                "expired",
                f"{ctx.index.name(req.recipient)} let {req.id} from {ctx.index.name(req.sender)}"
                f" expire unanswered: trust -{cost:.2f}",
                (req.sender, req.recipient),
                (ctx.pair(req.sender, req.recipient),),
            )


def decay(ctx: TurnContext) -> None:
    """Between turns, what events added fades toward the scenario's baseline (never past it)."""
    w, world = ctx.weights, ctx.world
    for state, base in world.base_hostility.items():
        world.hostility[state] = base + (world.hostility[state] - base) * (1 - w.hostility_decay)
    for state, base in world.base_pressure.items():
        world.pressure[state] = base + (world.pressure[state] - base) * (1 - w.pressure_decay)
    for pair, value in world.credit.items():
        if value:
            world.credit[pair] = value * (1 - w.cbm_credit_decay)
    for steps in world.steps.values():
        for name, value in steps.items():
            steps[name] = value * (1 - w.step_decay)
