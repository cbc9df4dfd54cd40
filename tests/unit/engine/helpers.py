"""Helpers of the engine tests: scenario variants and short scripted sessions."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from simulator.engine import Session
from simulator.scenario.loaded import LoadedScenario, resolve
from simulator.scenario.models import Scenario
from simulator.scenario.playthrough_models import Decision

HUMANS = {"alpha": "human", "beta": "human", "gamma": "human"}


def variant(loaded: LoadedScenario, change: Callable[[dict[str, Any]], None]) -> LoadedScenario:
    """The scenario with `change` applied to its data, validated and resolved again."""
    data = loaded.scenario.model_dump(mode="json", by_alias=True, exclude_none=True)
    change(data)
    scenario = Scenario.model_validate(data)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()
    return resolve(scenario, loaded.source, digest)


def weights(loaded: LoadedScenario, **overrides: Any) -> LoadedScenario:
    """The scenario with scoring overrides."""

    def change(data: dict[str, Any]) -> None:
        data["scoring"] = {**data.get("scoring", {}), **overrides}

    return variant(loaded, change)


def channel(data: dict[str, Any], channel_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in data["channels"] if c["id"] == channel_id)
    return found


def humans(loaded: LoadedScenario, seed: int = 0) -> Session:
    """A session where every state is played by a human (nobody moves unless told)."""
    return Session.start(loaded, seed=seed, seats={s: "human" for s in loaded.state_ids})


def play_turn(session: Session, moves: Mapping[str, Sequence[Decision]] | None = None) -> None:
    """Submit the given decisions (everyone else waits) and resolve the turn."""
    moves = moves or {}
    for team in session.humans_pending():
        session.submit(team, list(moves.get(team, [])))
    session.resolve_turn()


def d(action: str, target: str | None = None, **extra: Any) -> Decision:
    return Decision.model_validate({"action": action, "target": target, **extra})
