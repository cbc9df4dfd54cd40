"""The escalation model: per-dyad risk from named contributions, contagion, overall risk, and
the Rivera et al. (2024) escalation score. Formula and parameters: docs/escalation-model.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from simulator.engine.index import ScenarioIndex
from simulator.engine.state import Pair, WorldState
from simulator.scenario.weights import ScoringWeights

TERMS: tuple[tuple[str, int], ...] = (
    ("severity", 1),
    ("suspicion", 1),
    ("hostility", 1),
    ("pressure", 1),
    ("trust", -1),
    ("channel", -1),
    ("cbm_credit", -1),
)
"""The linear terms of the dyad logit: weight name (in ScoringWeights) and sign."""


@dataclass(frozen=True, slots=True)
class DyadReading:
    """One dyad at one moment: the raw inputs of each term, the steps, and the risks."""

    raws: tuple[float, ...]
    steps: tuple[tuple[str, float], ...]
    logit: float
    own: float
    contagion: float
    source: str
    risk: float


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """Every dyad's reading after a turn (turn 0: the baseline), overall risk and the score."""

    turn: int
    dyads: dict[Pair, DyadReading]
    overall: float
    score: float


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def channel_quality(index: ScenarioIndex, world: WorldState, loss: float) -> dict[Pair, float]:
    """Best known-working link per dyad: a tested direct channel, or a tested line via a hub.

    Only tested channels count: a line nobody has used is not one anyone can rely on, so a
    ping can only raise this figure, never lower it.
    """
    direct: dict[Pair, float] = {}
    via: dict[str, dict[str, float]] = {}
    for ch in world.channels.values():
        if not (ch.usable and ch.alive and ch.tested):
            continue
        a, b = ch.owners
        a_state, b_state = a in index.order, b in index.order
        if a_state and b_state and a != b:
            key = index.pair(a, b)
            direct[key] = max(direct.get(key, 0.0), ch.reliability)
        elif a_state != b_state:
            state, hub = (a, b) if a_state else (b, a)
            row = via.setdefault(state, {})
            row[hub] = max(row.get(hub, 0.0), ch.reliability)
    if via:
        relay = 1.0 - loss
        for a, b in index.dyads:
            va, vb = via.get(a), via.get(b)
            if not va or not vb:
                continue
            best = max((q * vb[h] * relay for h, q in va.items() if h in vb), default=0.0)
            if best > direct.get((a, b), 0.0):
                direct[(a, b)] = best
    return direct


def coefficients(w: ScoringWeights) -> tuple[float, ...]:
    """Signed weight of each term of TERMS, in order."""
    return tuple(sign * float(getattr(w, name)) for name, sign in TERMS)


def read_dyad(
    index: ScenarioIndex, world: WorldState, pair: Pair, quality: float, w: ScoringWeights
) -> tuple[tuple[float, ...], tuple[tuple[str, float], ...], float]:
    """Raw term inputs, threshold steps and the dyad's logit (own risk before contagion)."""
    return _read(index, world, pair, quality, coefficients(w), w.bias)


def _read(
    index: ScenarioIndex,
    world: WorldState,
    pair: Pair,
    quality: float,
    coef: tuple[float, ...],
    bias: float,
) -> tuple[tuple[float, ...], tuple[tuple[str, float], ...], float]:
    a, b = pair
    sus_a, sus_b = world.suspicion[a], world.suspicion[b]
    trust = world.trust
    pressure_a, pressure_b = world.pressure[a], world.pressure[b]
    raws = (
        world.severity if (a in index.victims or b in index.victims) else 0.0,
        max(sus_a.get(b, 0.0), sus_b.get(a, 0.0)),
        world.hostility[a] + world.hostility[b],
        pressure_a if pressure_a > pressure_b else pressure_b,
        (trust[(a, b)] + trust[(b, a)]) / 2.0,
        quality,
        world.credit[pair],
    )
    steps = tuple(world.steps[pair].items()) if pair in world.steps else ()
    z = bias
    for _, step in steps:
        z += step
    for c, raw in zip(coef, raws, strict=True):
        z += c * raw
    return raws, steps, z


def score_world(
    index: ScenarioIndex, world: WorldState, w: ScoringWeights, turn: int, score: float
) -> ScoreSheet:
    """Read every dyad, spread contagion to allies, combine into overall risk."""
    quality = channel_quality(index, world, w.relay_fidelity_loss)
    coef, bias = coefficients(w), w.bias
    read = {p: _read(index, world, p, quality.get(p, 0.0), coef, bias) for p in index.dyads}
    own: dict[Pair, float] = {}
    for (a, b), (_, _, z) in read.items():
        own[(a, b)] = own[(b, a)] = sigmoid(z)
    dyads: dict[Pair, DyadReading] = {}
    for pair, (raws, steps, z) in read.items():
        risk = own[pair]
        spill, source = _contagion(index, own, pair, risk, w.contagion)
        dyads[pair] = DyadReading(raws, steps, z, risk, spill, source, risk + spill)
    return ScoreSheet(turn, dyads, combine([d.risk for d in dyads.values()], w), score)


def _contagion(
    index: ScenarioIndex,
    own: dict[Pair, float],
    pair: Pair,
    risk: float,
    share: float,
) -> tuple[float, str]:
    """Spill-over from an ally's dyad with the same partner, never beyond the source's risk.

    `own` holds every dyad's own risk under both orders of its pair.
    """
    best, source = 0.0, None
    for me, partner in (pair, (pair[1], pair[0])):
        for ally in index.allies.get(me, ()):
            if ally == partner:
                continue
            src = own[(ally, partner)]
            if src <= risk:
                continue  # a calmer ally has nothing to spill
            spill = min(share * src * (1.0 - risk), src - risk)
            if spill > best:
                best, source = spill, (ally, partner)
    return best, index.dyad_key(*source) if source else ""


def combine(risks: list[float], w: ScoringWeights) -> float:
    """Overall risk: noisy-or (chance that at least one dyad escalates) or the maximum."""
    if not risks:
        return 0.0
    if w.overall == "max":
        return max(risks)
    calm = 1.0
    for r in risks:
        calm *= 1.0 - r
    return 1.0 - calm


def base_rate(w: ScoringWeights) -> float:
    return sigmoid(w.bias)


def secant_slope(w: ScoringWeights, z: float) -> float:
    """Probability per logit unit between the base rate and the dyad's own risk.

    Scaling every logit term by this one slope turns them into probability contributions
    that keep their signs and add up exactly to (own risk - base rate).
    """
    z0 = w.bias
    if abs(z - z0) < 1e-12:
        p = sigmoid(z0)
        return p * (1.0 - p)
    return (sigmoid(z) - sigmoid(z0)) / (z - z0)
