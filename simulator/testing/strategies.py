"""Hypothesis strategies for scenario authors and for our own property tests.

    from hypothesis import given
    from simulator.testing import strategies as ts

    @given(ts.scenarios(max_states=4), ts.scoring_overrides())
    def test_my_weights_keep_risk_in_bounds(loaded, overrides): ...

`scenario_data` draws plain data (what a YAML file holds); `scenarios` sends it through the real
loader, so every example is a scenario `ttx validate` accepts. Sizes are parameters: a scenario
may have from 2 to `max_states` states, 1 to `max_turns` turns, 1 to `max_injects` injects;
`large_scenarios` reaches hundreds of states through the synthetic builder.

Legal decision sequences: `legal_decisions(session, team)` draws what a team may submit now;
`played_games()` plays a drawn scenario to its end with drawn legal decisions for every team,
and `replay_decisions` plays the same decisions again.
"""

from __future__ import annotations

from simulator.testing.decision_strategies import (
    PlayedGame,
    legal_decisions,
    played_games,
    replay_decisions,
)
from simulator.testing.scenario_strategies import (
    SCALAR_WEIGHTS,
    cbm_refs,
    fractions,
    large_scenarios,
    load_data,
    scenario_data,
    scenarios,
    scoring_overrides,
    weight_range,
)

__all__ = [
    "SCALAR_WEIGHTS",
    "PlayedGame",
    "cbm_refs",
    "fractions",
    "large_scenarios",
    "legal_decisions",
    "load_data",
    "played_games",
    "replay_decisions",
    "scenario_data",
    "scenarios",
    "scoring_overrides",
    "weight_range",
]
