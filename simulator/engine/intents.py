"""What a delivered message does, by intent (consult, share, request, answer, clarify, ...)."""

from __future__ import annotations

from simulator.engine.state import Holding, Message, Request
from simulator.engine.turn import TurnContext

RESTRICTED_TLP = ("amber", "amber+strict", "red")
"""Markings under which a receiver may not pass an item on to another state (TLP 2.0)."""


def on_delivery(ctx: TurnContext, msg: Message) -> None:
    handler = _HANDLERS.get(msg.intent)
    if msg.recipient in ctx.index.hubs:
        _convene(ctx, msg)
    elif handler is not None:
        handler(ctx, msg)


def _both(msg: Message) -> tuple[str, str]:
    return (msg.sender, msg.recipient)


def _credit(ctx: TurnContext, msg: Message, why: str) -> None:
    amount = ctx.weights.cbm_credit_per_use * msg.fidelity
    ctx.add_credit(msg.sender, msg.recipient, amount)
    ctx.log.add(
        "cbm",
        f"{why} ({ctx.index.name(msg.sender)} to {ctx.index.name(msg.recipient)})",
        _both(msg),
        (ctx.pair(msg.sender, msg.recipient),),
    )


def _open_request(ctx: TurnContext, msg: Message) -> None:
    kind = "consultation" if msg.intent == "consult" else "request for assistance"
    deadline = ctx.turn + ctx.weights.response_deadline
    ctx.world.requests.append(
        Request(f"r-{msg.id}", msg.intent, msg.sender, msg.recipient, ctx.turn, deadline)
    )
    _credit(ctx, msg, f"{kind} received; answer by turn {deadline}")


def _share(ctx: TurnContext, msg: Message) -> None:
    held = ctx.world.holdings[msg.sender]
    received = ctx.world.holdings[msg.recipient]
    moved = []
    for ev_id in msg.evidence:
        own = held.get(ev_id)
        item = ctx.index.evidence.get(ev_id)
        if own is None or item is None:
            continue
        _check_breach(ctx, msg, ev_id, own)
        if ev_id not in received:
            received[ev_id] = Holding(msg.sender, msg.tlp or own.tlp)
        step = ctx.weights.evidence_weight * item.strength * msg.fidelity
        move_belief(ctx, msg.recipient, item.points_to, step)
        moved.append(ev_id)
    if moved:
        _credit(ctx, msg, f"information shared: {', '.join(moved)}")


def _check_breach(ctx: TurnContext, msg: Message, ev_id: str, own: Holding) -> None:
    """Passing on an item received under a restrictive marking breaches it: trust is lost."""
    source = own.source
    if source not in ctx.index.order or own.tlp not in RESTRICTED_TLP or source == msg.recipient:
        return
    cost = ctx.weights.tlp_breach_trust_cost
    ctx.move_trust(source, msg.sender, -cost)
    ctx.log.add(
        "breach",
        f"{ctx.index.name(msg.sender)} passed {ev_id} (TLP:{own.tlp.upper()} from "
        f"{ctx.index.name(source)}) on to {ctx.index.name(msg.recipient)}: trust -{cost:.2f}",
        (msg.sender, source),
        (ctx.pair(source, msg.sender),),
    )


def move_belief(ctx: TurnContext, holder: str, points_to: str, step: float) -> None:
    """Move a state's belief over candidates toward the one an item points to.

    A convex step: every suspicion shrinks by `step` and the implicated party gains `step`
    of the way to certainty, so values stay in 0..1 and ranking follows the evidence. A state
    never suspects itself, so an item pointing at the holder only lowers its other suspicions.
    """
    row = ctx.world.suspicion[holder]
    for party in row:
        target = 1.0 if party == points_to else 0.0
        row[party] = row[party] + step * (target - row[party])


def _answer(ctx: TurnContext, msg: Message) -> None:
    req = find_request(ctx, msg.recipient, msg.sender, msg.answers)
    if req is None:
        ctx.log.add("answer", "answer arrived with no open request to close", _both(msg))
        return
    if req.status != "open":
        ctx.log.add("answer", f"answer to {req.id} arrived after the deadline", _both(msg))
        return
    req.status = "answered"
    _credit(ctx, msg, f"answered {req.id} within the deadline")
    if req.kind == "request-assistance":
        drop = ctx.weights.assistance_severity_drop * msg.fidelity
        ctx.world.severity = max(0.0, ctx.world.severity - drop)
        ctx.log.add("assistance", f"assistance given: severity -{drop:.2f}", _both(msg))


def find_request(ctx: TurnContext, asker: str, answerer: str, rid: str | None) -> Request | None:
    """The request `rid`, or the oldest open one from asker to answerer."""
    for req in ctx.world.requests:
        if req.sender != asker or req.recipient != answerer:
            continue
        if req.id == rid or (rid is None and req.status == "open"):
            return req
    return None


def _clarify(ctx: TurnContext, msg: Message) -> None:
    if msg.sender == ctx.index.perpetrator:
        ctx.log.add(
            "clarify",
            f"{ctx.index.name(msg.sender)} explained its intent; {ctx.index.name(msg.recipient)}"
            " is not convinced",
            _both(msg),
            note="inconsistent with the ground truth: the sender is the perpetrator",
        )
        return
    drop = ctx.weights.clarify_suspicion_drop * msg.fidelity
    ctx.move_suspicion(msg.recipient, msg.sender, -drop)
    _credit(ctx, msg, f"intent clarified: suspicion -{drop:.2f}")


def _warn(ctx: TurnContext, msg: Message) -> None:
    party = msg.subject or msg.recipient
    wrong = party != ctx.index.perpetrator
    w = ctx.weights
    cost = (w.wrong_attribution_trust_cost if wrong else w.right_attribution_trust_cost) * (
        w.private_attribution_share
    )
    if party in ctx.index.order:
        ctx.move_trust(msg.recipient, msg.sender, -cost)
    ctx.world.attributions.append((ctx.turn, msg.sender, party, False))
    ctx.log.add(
        "attribution",
        f"{ctx.index.name(msg.sender)} privately told {ctx.index.name(msg.recipient)} it holds "
        f"{ctx.index.name(party)} responsible",
        _both(msg),
        (ctx.pair(msg.sender, msg.recipient),),
        note="wrong party" if wrong else "right party",
    )


def _convene(ctx: TurnContext, msg: Message) -> None:
    """A hub convenes every state it can reach: credit between the convener and each of them."""
    hub = msg.recipient
    reached: list[str] = []
    for ch in ctx.world.channels.values():
        if ch.usable and ch.alive and hub in ch.owners:
            other = ch.owners[1] if ch.owners[0] == hub else ch.owners[0]
            if other in ctx.index.order and other != msg.sender and other not in reached:
                reached.append(other)
    for other in reached:
        ctx.add_credit(msg.sender, other, ctx.weights.cbm_credit_per_use * msg.fidelity)
    names = ", ".join(ctx.index.name(s) for s in reached) or "nobody"
    ctx.log.add(
        "cbm",
        f"{ctx.index.name(hub)} convened consultations for {ctx.index.name(msg.sender)} "
        f"with {names}",
        ("all",),
        tuple(ctx.pair(msg.sender, s) for s in reached),
    )


def _demand(ctx: TurnContext, msg: Message) -> None:
    ctx.log.add(
        "demarche",
        f"{ctx.index.name(msg.sender)} delivered a formal démarche to "
        f"{ctx.index.name(msg.recipient)}",
        _both(msg),
        (ctx.pair(msg.sender, msg.recipient),),
    )


_HANDLERS = {
    "consult": _open_request,
    "request-assistance": _open_request,
    "share-information": _share,
    "answer": _answer,
    "clarify-intent": _clarify,
    "warn": _warn,
    "demand": _demand,
}
