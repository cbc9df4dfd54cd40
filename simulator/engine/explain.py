"""Turning score sheets into named contributions in plain words, and what changed them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.engine.index import ScenarioIndex
from simulator.engine.scoring import TERMS, DyadReading, base_rate, secant_slope
from simulator.engine.state import Pair
from simulator.engine.views import Contribution, EventView, Explanation
from simulator.errors import RuleError
from simulator.scenario.weights import ScoringWeights

if TYPE_CHECKING:
    from simulator.engine.session import Session

LABELS = {
    "severity": "incident severity {v:.2f} weighs on a victim state's relations",
    "suspicion": "suspicion between them {v:.2f} (the higher of the two)",
    "hostility": "hostility of the two {v:.2f} (sum)",
    "pressure": "public pressure {v:.2f} (the higher of the two)",
    "trust": "mutual trust {v:.2f}",
    "channel": "known-working channel quality {v:.2f}",
    "cbm_credit": "recent CBM exchanges (credit {v:.2f})",
}
STEP_LABELS = {
    "public-attribution": "threshold: first public attribution between them",
    "ci-disruption": "threshold: first disruption of critical infrastructure",
    "broken-relations": "threshold: diplomatic relations broken",
    "use-of-force": "threshold: first use of force",
    "wrong-attribution": "public attribution of the wrong party",
}


def contributions(reading: DyadReading, w: ScoringWeights, dyad: str = "") -> list[Contribution]:
    """The dyad's risk as base rate + one line per term + steps + contagion (sums exactly)."""
    slope = secant_slope(w, reading.logit)
    out = [Contribution("base", "base rate of any dyad", base_rate(w), dyad=dyad)]
    for (name, sign), raw in zip(TERMS, reading.raws, strict=True):
        logit = sign * float(getattr(w, name)) * raw
        out.append(Contribution(name, LABELS[name].format(v=raw), slope * logit, dyad=dyad))
    for name, step in reading.steps:
        label = STEP_LABELS.get(name, f"threshold: {name}")
        out.append(Contribution(f"step:{name}", label, slope * step, dyad=dyad))
    if reading.contagion > 0:
        label = f"spill-over from the allied dyad {reading.source}"
        out.append(Contribution("contagion", label, reading.contagion, dyad=dyad))
    return out


def with_deltas(now: list[Contribution], before: list[Contribution]) -> list[Contribution]:
    """Each contribution with its change since the previous reading."""
    prev = {c.key: c.value for c in before}
    keys = {c.key for c in now}
    out = [
        Contribution(c.key, c.label, c.value, c.value - prev.get(c.key, 0.0), c.dyad) for c in now
    ]
    for c in before:
        if c.key not in keys:
            out.append(Contribution(c.key, c.label + " (gone)", 0.0, -c.value, c.dyad))
    return out


def top_contributions(
    index: ScenarioIndex, dyads: dict[Pair, DyadReading], w: ScoringWeights, n: int = 3
) -> tuple[Contribution, ...]:
    """The largest terms (by size, base rate aside) of the riskiest dyad."""
    if not dyads:
        return ()
    pair = max(dyads, key=lambda p: (dyads[p].risk, -index.order[p[0]], -index.order[p[1]]))
    terms = [c for c in contributions(dyads[pair], w, index.dyad_key(*pair)) if c.key != "base"]
    terms.sort(key=lambda c: -abs(c.value))
    return tuple(terms[:n])


def describe(c: Contribution) -> str:
    """'+0.08 public attribution of the wrong party' style line."""
    return f"{c.value:+.2f} {c.label}"


def explain_dyad(s: Session, a: str, b: str, turn: int | None) -> Explanation:
    """A dyad's contributions at a turn, their change since the turn before, and the events
    of that turn that touched the dyad."""
    for state in (a, b):
        if state not in s.index.order:
            raise RuleError(f"unknown state '{state}'", hint=f"one of: {', '.join(s.index.states)}")
    if a == b:
        raise RuleError("a dyad needs two different states")
    last = len(s.sheets) - 1
    turn = last if turn is None else turn
    if not 0 <= turn <= last:
        raise RuleError(f"turn {turn} has not been resolved", hint=f"choose 0 to {last}")
    pair = s.index.pair(a, b)
    key = s.index.dyad_key(a, b)
    w = s.loaded.weights
    now = s.sheets[turn].dyads[pair]
    before = s.sheets[max(turn - 1, 0)].dyads[pair]
    contribs = with_deltas(contributions(now, w, key), contributions(before, w, key))
    events = tuple(
        EventView(e.turn, e.kind, e.text, tuple(s.index.dyad_key(*d) for d in e.dyads), e.note)
        for e in s.events.get(turn, [])
        if pair in e.dyads
    )
    return Explanation(
        key,
        pair[0],
        pair[1],
        turn,
        now.risk,
        before.risk,
        contribs[0].value,
        tuple(contribs),
        events,
    )
