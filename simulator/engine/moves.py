"""Resolving one decision: the common bookkeeping of every move, then what the move does."""

from __future__ import annotations

from simulator.engine.effects import apply_effects
from simulator.engine.messages import ping, send
from simulator.engine.state import Message, MoveRecord
from simulator.engine.turn import TurnContext
from simulator.scenario.catalog_models import ActionDef
from simulator.scenario.playthrough_models import Decision


def resolve_message(ctx: TurnContext, actor: str, decision: Decision, msg_id: str) -> None:
    """A move with an intent: build the message and send it over the contact network."""
    action = ctx.index.actions[decision.action]
    intent = decision.intent or action.intent or "consult"
    recipient = _recipient(ctx, actor, action, decision)
    msg = Message(
        id=msg_id,
        sender=actor,
        recipient=recipient or "",
        action=action.id,
        intent=intent,
        text=decision.text,
        evidence=list(decision.evidence),
        tlp=decision.tlp,
        answers=decision.answers,
        sent_turn=ctx.turn,
        subject=decision.target if action.target == "party" else None,
    )
    ctx.world.add_message(msg)
    _record(ctx, actor, action, decision.target)
    if recipient is None:
        msg.status, msg.reason = "failed", "nobody to send it to"
        ctx.log.add("message", f"{action.name} failed: nobody to send it to", (actor,))
    elif intent == "ping":
        ping(ctx, msg)
    else:
        send(ctx, msg, action.channel_kind)
    # A message move's own effects (e.g. a flag the scenario raises on sending) apply when it is
    # sent, whatever happens to the delivery: the decision was taken either way.
    host = ctx.index.host_state(decision.target) if decision.target else None
    dyads = (ctx.pair(actor, host),) if host and host != actor else ()
    lines = apply_effects(action.effects, ctx, actor=actor, target=decision.target)
    if lines:
        ctx.log.add("effects", "; ".join(lines), (actor,), dyads)


def _recipient(ctx: TurnContext, actor: str, action: ActionDef, decision: Decision) -> str | None:
    if action.target == "none":
        return _own_hub(ctx, actor)
    if decision.target is None:
        return None
    return ctx.index.host_state(decision.target)


def _own_hub(ctx: TurnContext, actor: str) -> str | None:
    """The first hub the actor has a working channel to (else the first hub, to fail visibly)."""
    for hub in ctx.index.hubs:
        for ch_id in ctx.index.channels_of.get(hub, ()):
            ch = ctx.world.channels[ch_id]
            if actor in ch.owners and ch.usable and ch.alive:
                return hub
    return ctx.index.hubs[0] if ctx.index.hubs else None


def resolve_action(ctx: TurnContext, actor: str, decision: Decision) -> None:
    """A move without an intent: record it, apply its mechanics and effects."""
    action = ctx.index.actions[decision.action]
    target = decision.target
    _record(ctx, actor, action, target)
    host = ctx.index.host_state(target) if target else None
    visible = ("all",) if action.public else tuple(dict.fromkeys(x for x in (actor, host) if x))
    dyads = (ctx.pair(actor, host),) if host and host != actor else ()
    if action.id != "wait":
        on = f" against {ctx.index.name(target)}" if target else ""
        ctx.log.add("move", f"{ctx.index.name(actor)}: {action.name}{on}", visible, dyads)
    if action.id == "public-attribution" and target:
        _public_attribution(ctx, actor, target)
    if action.id == "cut-relations" and host:
        _cut_relations(ctx, actor, host)
    if action.threshold and host and host != actor:
        step = ctx.weights.thresholds.get(action.threshold, 0.0)
        if ctx.cross(action.threshold, actor, host, step):
            ctx.log.add(
                "threshold",
                f"threshold crossed: first {action.threshold.replace('-', ' ')} between "
                f"{ctx.index.name(actor)} and {ctx.index.name(host)}",
                ("all",),
                dyads,
            )
    lines = apply_effects(action.effects, ctx, actor=actor, target=target)
    if lines:
        ctx.log.add("effects", "; ".join(lines), visible, dyads)


def _record(ctx: TurnContext, actor: str, action: ActionDef, target: str | None) -> None:
    """Every move: record it and, if hostile, build hostility (Richardson)."""
    points = ctx.weights.class_points.for_class(action.escalation_class)
    ctx.world.moves.append(
        MoveRecord(
            ctx.turn,
            actor,
            action.id,
            target,
            points,
            action.hostile,
            action.public,
            action.intent is not None,
        )
    )
    if action.hostile and points > 0:
        build = ctx.weights.hostility_per_point * points
        ctx.add_hostility(actor, build)
        host = ctx.index.host_state(target) if target else None
        if host and host != actor:
            ctx.add_hostility(host, build * ctx.weights.reaction)


def _public_attribution(ctx: TurnContext, actor: str, party: str) -> None:
    wrong = party != ctx.index.perpetrator
    w = ctx.weights
    ctx.world.attributions.append((ctx.turn, actor, party, True))
    if party not in ctx.index.order or party == actor:
        return
    cost = w.wrong_attribution_trust_cost if wrong else w.right_attribution_trust_cost
    ctx.move_trust(party, actor, -cost)
    note = "the accused is not the perpetrator" if wrong else "the accused is the perpetrator"
    ctx.log.add(
        "attribution",
        f"{ctx.index.name(party)} rejects the accusation: its trust in "
        f"{ctx.index.name(actor)} falls by {cost:.2f}",
        ("all",),
        (ctx.pair(actor, party),),
        note=note,
    )
    if wrong:
        ctx.cross("wrong-attribution", actor, party, w.wrong_attribution_step)


def _cut_relations(ctx: TurnContext, actor: str, other: str) -> None:
    key = ctx.pair(actor, other)
    if key not in ctx.world.broken:
        ctx.world.broken.append(key)
    closed = []
    for ch in ctx.world.channels.values():
        if ch.kind == "diplomatic" and set(ch.owners) == {actor, other} and ch.usable:
            ch.usable, ch.why_unusable = False, "closed when diplomatic relations were broken"
            closed.append(ch.id)
    ctx.router.invalidate()
    if closed:
        ctx.log.add("channel", f"diplomatic channels closed: {', '.join(closed)}", ("all",), (key,))
