"""What the rules of one turn work with: the world, the weights, the dice and the event log."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.engine.events import EventLog
from simulator.engine.index import ScenarioIndex
from simulator.engine.network import Router
from simulator.engine.rng import SessionRng
from simulator.engine.setup import clamp
from simulator.engine.state import Pair, WorldState
from simulator.scenario.weights import ScoringWeights


@dataclass
class TurnContext:
    """Bundles what every rule needs; rules mutate `world` and append to `log`."""

    index: ScenarioIndex
    world: WorldState
    weights: ScoringWeights
    rng: SessionRng
    router: Router
    log: EventLog

    @property
    def turn(self) -> int:
        return self.world.turn

    def pair(self, a: str, b: str) -> Pair:
        return self.index.pair(a, b)

    def add_credit(self, a: str, b: str, amount: float) -> None:
        """Credit a dyad for a successful CBM exchange."""
        if a == b or a not in self.index.order or b not in self.index.order:
            return
        key = self.pair(a, b)
        self.world.credit[key] = clamp(self.world.credit[key] + amount)

    def move_trust(self, holder: str, toward: str, by: float) -> None:
        key = (holder, toward)
        if key in self.world.trust:
            self.world.trust[key] = clamp(self.world.trust[key] + by)

    def move_suspicion(self, holder: str, party: str, by: float) -> None:
        row = self.world.suspicion.get(holder)
        if row is not None and party in row:
            row[party] = clamp(row[party] + by)

    def add_hostility(self, state: str, by: float) -> None:
        if state in self.world.hostility:
            self.world.hostility[state] = clamp(self.world.hostility[state] + by)

    def add_pressure(self, state: str, by: float) -> None:
        if state in self.world.pressure:
            self.world.pressure[state] = clamp(self.world.pressure[state] + by)

    def cross(self, threshold: str, a: str, b: str, step: float) -> bool:
        """Add a one-off step the first time a threshold is crossed in a dyad; True if new."""
        if a == b:
            return False
        key = self.pair(a, b)
        crossed = self.world.crossed.setdefault(key, [])
        if threshold in crossed:
            return False
        crossed.append(threshold)
        steps = self.world.steps.setdefault(key, {})
        steps[threshold] = steps.get(threshold, 0.0) + step
        return True
