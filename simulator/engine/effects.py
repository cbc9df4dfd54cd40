"""Effects of actions and injects on the world: flags and variable adjustments."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.engine.setup import clamp
from simulator.engine.turn import TurnContext
from simulator.scenario.catalog_models import Effect


def resolve_party(
    ref: str | None, ctx: TurnContext, actor: str | None, target: str | None
) -> list[str]:
    """The parties a reference stands for: 'actor', 'target', 'allies-of-target', 'all', an id."""
    if ref is None:
        return []
    if ref == "actor":
        return [actor] if actor else []
    if ref == "target":
        return [target] if target else []
    if ref == "allies-of-target":
        host = ctx.index.host_state(target) if target else None
        return list(ctx.index.allies.get(host, ())) if host else []
    if ref == "all":
        return list(ctx.index.states)
    return [ref]


def apply_effects(
    effects: Sequence[Effect],
    ctx: TurnContext,
    *,
    actor: str | None = None,
    target: str | None = None,
    cause: str = "",
) -> list[str]:
    """Apply effects in order; return plain-word lines describing each change."""
    lines: list[str] = []
    world = ctx.world
    for eff in effects:
        if eff.set_flag is not None:
            world.flags[eff.set_flag] = True
            lines.append(f"flag {eff.set_flag} raised")
            continue
        if eff.clear_flag is not None:
            world.flags[eff.clear_flag] = False
            lines.append(f"flag {eff.clear_flag} cleared")
            continue
        by = eff.by or 0.0
        if eff.adjust == "severity":
            world.severity = clamp(world.severity + by)
            lines.append(f"severity {by:+.2f}")
            continue
        holders = resolve_party(eff.of, ctx, actor, target) if eff.of else list(ctx.index.states)
        for who in [ctx.index.host_state(h) or h for h in holders]:
            if eff.adjust == "pressure":
                ctx.add_pressure(who, by)
                lines.append(f"pressure on {who} {by:+.2f}")
            elif eff.adjust == "hostility":
                ctx.add_hostility(who, by)
                lines.append(f"hostility of {who} {by:+.2f}")
            else:
                for other in resolve_party(eff.toward, ctx, actor, target):
                    if other == who:
                        continue
                    if eff.adjust == "trust":
                        ctx.move_trust(who, other, by)
                    else:
                        ctx.move_suspicion(who, other, by)
                    lines.append(f"{eff.adjust} of {who} toward {other} {by:+.2f}")
    if lines and cause:
        return [f"{cause}: {line}" for line in lines]
    return lines
