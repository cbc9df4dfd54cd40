"""Injects (scheduled, conditional and ad hoc) and end conditions."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.engine.context import WorldContext
from simulator.engine.effects import apply_effects
from simulator.engine.intents import move_belief
from simulator.engine.state import Holding, Notice
from simulator.engine.turn import TurnContext
from simulator.engine.views import Ending
from simulator.scenario.conditions import evaluate
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.models import Inject


def audience(ctx: TurnContext, to: Sequence[str]) -> tuple[tuple[str, ...], bool]:
    """The states that receive a release, and whether it is public (media, every state)."""
    public = "public" in to
    if public or "all" in to:
        return ctx.index.states, public
    return tuple(s for s in ctx.index.states if s in to), False


def is_due(loaded: LoadedScenario, inject: Inject, cond: WorldContext) -> bool:
    """Scheduled injects fire on their turn; conditional ones when their condition holds."""
    if inject.id in cond.world.fired:
        return False
    turn = cond.world.turn
    if inject.turn is not None and (
        inject.turn > turn or (inject.when is None and inject.turn != turn)
    ):
        return False
    if inject.when is not None:
        return evaluate(loaded.condition(inject.when), cond)
    return True


def fire_due(ctx: TurnContext, loaded: LoadedScenario, cond: WorldContext) -> list[str]:
    """Fire every inject due at the start of this turn, in declaration order."""
    due = [inj for inj in loaded.scenario.injects if is_due(loaded, inj, cond)]
    for inj in due:
        fire(ctx, loaded, inj, cond)
    return [inj.id for inj in due]


def fire(
    ctx: TurnContext, loaded: LoadedScenario, inj: Inject, cond: WorldContext, reason: str = ""
) -> Notice:
    """Release one inject: pick its variant, apply effects, hand out evidence, add pressure."""
    text, effects = inj.text, inj.effects
    for variant in inj.variants:
        if evaluate(loaded.condition(variant.when), cond):
            text = variant.text
            effects = variant.effects if variant.effects is not None else inj.effects
            break
    states, public = audience(ctx, inj.to)
    ctx.world.fired[inj.id] = ctx.turn
    notice = Notice(
        ctx.turn,
        inj.id,
        inj.title,
        text,
        states,
        inj.media,
        public,
        tuple(inj.questions),
        inj.facilitator_notes,
        reason,
    )
    ctx.world.notices.append(notice)
    ctx.log.add("inject", f"inject: {inj.title}", states or ("facilitator",))
    lines = apply_effects(effects, ctx, cause=inj.title)
    if lines:
        ctx.log.add("effects", "; ".join(lines), states or ("facilitator",))
    _hand_out(ctx, inj, states)
    if inj.media:
        for state in states:
            ctx.add_pressure(state, ctx.weights.media_pressure)
        ctx.log.add("media", f"media pressure +{ctx.weights.media_pressure:.2f}", states)
    return notice


def _hand_out(ctx: TurnContext, inj: Inject, states: Sequence[str]) -> None:
    for ev_id in inj.evidence:
        item = ctx.index.evidence.get(ev_id)
        if item is None:
            continue
        for state in states:
            held = ctx.world.holdings[state]
            if ev_id in held:
                continue
            held[ev_id] = Holding("inject", item.tlp)
            move_belief(ctx, state, item.points_to, ctx.weights.evidence_weight * item.strength)


def release_adhoc(
    ctx: TurnContext, title: str, text: str, to: Sequence[str], reason: str
) -> Notice:
    """A facilitator's own inject: text only, no effects."""
    states, public = audience(ctx, to)
    notice = Notice(ctx.turn, None, title, text, states, False, public, reason=reason)
    ctx.world.notices.append(notice)
    ctx.log.add("inject", f"inject: {title}", states or ("facilitator",), note=reason)
    return notice


def check_end(loaded: LoadedScenario, cond: WorldContext) -> Ending | None:
    """The first end condition that holds after a turn, or running out of turns."""
    turn = cond.world.turn
    for end in loaded.scenario.end_conditions:
        if evaluate(loaded.condition(end.when), cond):
            return Ending(end.id, end.outcome, end.kind, turn)
    if turn >= loaded.scenario.turns:
        return Ending("turns", f"The exercise ran its full {turn} turns.", "neutral", turn)
    return None
