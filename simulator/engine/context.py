"""The condition context: every function and variable of the condition language, read from a
session's world and its score sheets (see simulator/scenario/conditions.py, FUNCTIONS).
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.engine.index import ScenarioIndex
from simulator.engine.scoring import ScoreSheet
from simulator.engine.state import WorldState
from simulator.scenario.conditions import NEVER, Value

ANY = "any"
"""Actor wildcard of took() and count()."""


class WorldContext:
    """Answers `variable(name)` and `call(name, args)` for conditions."""

    def __init__(
        self, index: ScenarioIndex, world: WorldState, sheets: Sequence[ScoreSheet]
    ) -> None:
        self.index = index
        self.world = world
        self.sheets = sheets

    def variable(self, name: str) -> Value:
        if name == "turn":
            return float(self.world.turn)
        if name == "severity":
            return self.world.severity
        return 0.0

    def call(self, name: str, args: tuple[str, ...]) -> Value:
        method = getattr(self, f"_fn_{name}", None)
        if method is None:
            return False
        result: Value = method(*args)
        return result

    def _fn_flag(self, name: str) -> bool:
        return self.world.flag(name)

    def _fn_fired(self, inject: str) -> bool:
        return inject in self.world.fired

    def _fn_turns_since(self, inject: str) -> float:
        fired = self.world.fired.get(inject)
        return NEVER if fired is None else float(self.world.turn - fired)

    def _fn_took(self, actor: str, action: str, party: str | None = None) -> bool:
        return self._fn_count(actor, action, party) > 0

    def _fn_count(self, actor: str, action: str, party: str | None = None) -> float:
        return float(
            sum(
                1
                for m in self.world.moves
                if (actor == ANY or m.actor == actor)
                and m.action == action
                and (party is None or party == ANY or m.target == party)
            )
        )

    def _reading(self, sheet: ScoreSheet, a: str | None, b: str | None) -> float:
        if a is None:
            return sheet.overall
        if b is None:
            return max((r.risk for p, r in sheet.dyads.items() if a in p), default=0.0)
        if a == b or a not in self.index.order or b not in self.index.order:
            return 0.0
        return sheet.dyads[self.index.pair(a, b)].risk

    def _fn_risk(self, a: str | None = None, b: str | None = None) -> float:
        return self._reading(self.sheets[-1], a, b) if self.sheets else 0.0

    def _fn_peak_risk(self, a: str | None = None, b: str | None = None) -> float:
        return max((self._reading(s, a, b) for s in self.sheets), default=0.0)

    def _fn_trust(self, a: str, b: str) -> float:
        return self.world.trust.get((a, b), 0.0)

    def _fn_suspicion(self, state: str, party: str) -> float:
        return self.world.suspicion.get(state, {}).get(party, 0.0)

    def _fn_pressure(self, state: str) -> float:
        return self.world.pressure.get(state, 0.0)

    def _fn_hostility(self, state: str) -> float:
        return self.world.hostility.get(state, 0.0)

    def _fn_score(self) -> float:
        return self.sheets[-1].score if self.sheets and self.sheets[-1].turn > 0 else 0.0

    def _fn_total_score(self) -> float:
        return sum(s.score for s in self.sheets if s.turn > 0)

    def _fn_implemented(self, state: str, cbm: str) -> bool:
        return cbm in self.world.implemented.get(state, [])

    def _fn_channel_tested(self, channel: str) -> bool:
        ch = self.world.channels.get(channel)
        return ch is not None and ch.tested

    def _fn_channel_alive(self, channel: str) -> bool:
        ch = self.world.channels.get(channel)
        return ch is not None and ch.alive and ch.usable

    def _fn_attributed(self, state: str, party: str) -> bool:
        """Public attribution only: private warnings are a different, quieter act."""
        return any(
            a == state and p == party and public for _, a, p, public in self.world.attributions
        )
