"""Facilitator adjustments: 'severity', 'pressure.<state>', 'hostility.<state>',
'trust.<a>.<b>' (a's trust in b) and 'suspicion.<a>.<party>' (a's suspicion of party)."""

from __future__ import annotations

from simulator.engine.turn import TurnContext
from simulator.errors import RuleError

FORMS = "severity, pressure.<state>, hostility.<state>, trust.<a>.<b>, suspicion.<a>.<party>"


def set_variable(ctx: TurnContext, variable: str, value: float, reason: str) -> None:
    """Set a world variable to `value` (0..1) and log it with the facilitator's reason."""
    if not 0.0 <= value <= 1.0:
        raise RuleError(f"{variable}: {value} is outside 0..1")
    parts = variable.split(".")
    world, index = ctx.world, ctx.index
    old: float
    if parts == ["severity"]:
        old, world.severity = world.severity, value
    elif len(parts) == 2 and parts[0] in ("pressure", "hostility"):
        table = world.pressure if parts[0] == "pressure" else world.hostility
        _need_state(ctx, parts[1], variable)
        old, table[parts[1]] = table[parts[1]], value
    elif len(parts) == 3 and parts[0] == "trust":
        _need_state(ctx, parts[1], variable)
        _need_state(ctx, parts[2], variable)
        if parts[1] == parts[2]:
            raise RuleError(f"{variable}: a state has no trust value toward itself")
        key = (parts[1], parts[2])
        old, world.trust[key] = world.trust[key], value
    elif len(parts) == 3 and parts[0] == "suspicion":
        _need_state(ctx, parts[1], variable)
        row = world.suspicion[parts[1]]
        if parts[2] not in row:
            raise RuleError(f"{variable}: '{parts[2]}' is not a party {parts[1]} can suspect")
        old, row[parts[2]] = row[parts[2]], value
    else:
        raise RuleError(f"cannot adjust '{variable}'", hint=f"use one of: {FORMS}")
    dyads = []
    if len(parts) == 3 and parts[2] in index.order and parts[1] != parts[2]:
        dyads.append(index.pair(parts[1], parts[2]))
    ctx.log.add(
        "adjust",
        f"facilitator set {variable} from {old:.2f} to {value:.2f}: {reason}",
        ("facilitator",),
        dyads,
    )


def _need_state(ctx: TurnContext, state: str, variable: str) -> None:
    if state not in ctx.index.order:
        raise RuleError(
            f"{variable}: unknown state '{state}'", hint=f"one of: {', '.join(ctx.index.states)}"
        )
