"""Messages between points of contact: routing, delivery draws, and what each intent does.

Delivery is decided when the message is sent (a bounce or loss is reported to the sender at
once); what the message does to the recipient happens when it arrives, `delay` turns later.
"""

from __future__ import annotations

from simulator.engine.intents import on_delivery
from simulator.engine.network import Route
from simulator.engine.state import ChannelState, Message
from simulator.engine.turn import TurnContext


def send(ctx: TurnContext, msg: Message, kind: str | None) -> None:
    """Route a message, draw its fate, and deliver it now if it takes no time."""
    protected_only = msg.tlp == "red"
    found = ctx.router.find(msg.sender, msg.recipient, kind, protected_only)
    if isinstance(found, str):
        _fail(ctx, msg, found)
        return
    msg.route = list(found.channels)
    msg.hops = found.hops
    msg.fidelity = found.fidelity
    msg.arrive_turn = ctx.turn + found.delay
    reason = _cross(ctx, msg, found)
    if reason:
        _fail(ctx, msg, reason)
        return
    via = _via(ctx, found)
    if found.delay == 0:
        ctx.log.add("message", f"{_what(ctx, msg)} sent{via}", (msg.sender,))
        arrive(ctx, msg)
    else:
        ctx.log.add(
            "message",
            f"{_what(ctx, msg)} sent{via}; it will arrive in turn {msg.arrive_turn}",
            (msg.sender,),
        )


def arrive(ctx: TurnContext, msg: Message) -> None:
    """The message reaches its recipient: apply what its intent does."""
    msg.status = "delivered"
    on_delivery(ctx, msg)


def deliver_arrivals(ctx: TurnContext) -> None:
    """Deliver messages in transit that arrive this turn, in the order they were sent."""
    for msg in ctx.world.messages:
        if msg.status == "in-transit" and msg.arrive_turn == ctx.turn and msg.route:
            arrive(ctx, msg)


def _cross(ctx: TurnContext, msg: Message, route: Route) -> str:
    """Cross each channel of the route; return why the message failed, or ''.

    A cooperative exchange that gets through confirms the line works (it is tested from then
    on); a protest or a warning is delivered, not acknowledged, so it tests nothing.
    """
    confirms = not ctx.index.actions[msg.action].hostile
    for ch_id in route.channels:
        ch = ctx.world.channels[ch_id]
        if _turns_out_stale(ctx, ch):
            return f"channel {ch.id} turned out stale: the contact details no longer work"
        if not ctx.rng.chance(ch.reliability, "deliver", msg.id, ch.id):
            return f"lost on channel {ch.id} (it gets through {ch.reliability:.0%} of the time)"
        if confirms:
            ch.tested = True
    return ""


def _turns_out_stale(ctx: TurnContext, ch: ChannelState) -> bool:
    """On first use an untested channel may be dead; the draw is fixed per channel and seed."""
    if ch.tested or not ctx.rng.chance(ctx.weights.stale_chance, "stale", ch.id):
        return False
    if ch.alive:
        ch.alive, ch.tested = False, True
        ctx.router.invalidate()
        ctx.log.add(
            "channel",
            f"channel {ch.id} turned out stale on first use",
            ch.owners_states(ctx.index.order),
            note="untested channels can be dead (stale_chance)",
        )
        return True
    return False


def ping(ctx: TurnContext, msg: Message) -> None:
    """Test every direct channel to the target state: reveals dead lines, improves live ones."""
    channels = [c for c in ctx.router.direct_channels(msg.sender, msg.recipient) if c.alive]
    if not channels:
        _fail(ctx, msg, f"no working direct channel to {ctx.index.name(msg.recipient)} to test")
        return
    answered = 0
    gain = ctx.weights.ping_reliability_gain
    for ch in channels:
        if _turns_out_stale(ctx, ch):
            continue
        if not ctx.rng.chance(ch.reliability, "deliver", msg.id, ch.id):
            ctx.log.add("ping", f"ping over {ch.id} got no reply this time", (msg.sender,))
            continue
        far = ch.ends[1] if ch.owners[0] == msg.sender else ch.ends[0]
        responsive = ctx.index.contacts[far].responsive
        if not ctx.rng.chance(responsive, "answer", msg.id, ch.id):
            ctx.log.add(
                "ping", f"ping over {ch.id} arrived but {far} did not answer", (msg.sender,)
            )
            continue
        ch.tested = True
        ch.reliability = max(ch.reliability, min(0.99, ch.reliability + gain))
        ch.latency = max(0, ch.latency - 1)
        answered += 1
        ctx.log.add(
            "ping",
            f"{far} answered a ping over {ch.id}: the line works "
            f"(reliability now {ch.reliability:.0%}, latency {ch.latency})",
            (msg.sender, msg.recipient),
            (ctx.pair(msg.sender, msg.recipient),),
        )
    msg.route = [c.id for c in channels]
    msg.arrive_turn = ctx.turn
    if answered:
        msg.status = "delivered"
    else:
        msg.status, msg.reason = "failed", "no channel answered the ping"


def _fail(ctx: TurnContext, msg: Message, reason: str) -> None:
    msg.status, msg.reason = "failed", reason
    ctx.log.add("message", f"{_what(ctx, msg)} failed: {reason}", (msg.sender,))


def _what(ctx: TurnContext, msg: Message) -> str:
    return f"{msg.intent} from {ctx.index.name(msg.sender)} to {ctx.index.name(msg.recipient)}"


def _via(ctx: TurnContext, route: Route) -> str:
    if route.hops <= 1:
        return f" over {route.channels[0]}" if route.channels else ""
    return f" relayed over {' > '.join(route.channels)} (fidelity {route.fidelity:.0%})"
