"""Who plays each state: 'human' or a bot policy."""

from __future__ import annotations

from collections.abc import Mapping

from simulator.engine.policies import POLICIES
from simulator.errors import RuleError
from simulator.scenario.loaded import LoadedScenario

HUMAN = "human"


def resolve_seats(loaded: LoadedScenario, seats: Mapping[str, str] | None) -> dict[str, str]:
    """Every state's seat in declaration order; unlisted states play their scenario bot."""
    states = [s.id for s in loaded.scenario.states]
    given = dict(seats or {})
    for state, seat in given.items():
        if state not in states:
            raise RuleError(
                f"unknown state '{state}' in seats", hint=f"one of: {', '.join(states)}"
            )
        if seat != HUMAN and seat not in POLICIES:
            raise RuleError(
                f"unknown seat '{seat}' for {state}",
                hint=f"'human' or a bot: {', '.join(POLICIES)}",
            )
    return {s.id: given.get(s.id, s.bot) for s in loaded.scenario.states}
