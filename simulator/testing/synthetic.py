"""A deterministic builder of valid scenarios with any number of states.

For benchmarks (5, 35 and 193 states) and property tests: the same arguments always give the
same scenario, so timings and results are comparable from run to run.

    loaded = synthetic_scenario(35, seed=1)
"""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

from simulator.scenario.loaded import LoadedScenario, resolve
from simulator.scenario.models import Scenario

POSTURES = ("conciliatory", "cautious", "balanced", "assertive", "aggressive")
BOTS = ("cbm-playbook", "dove", "tit-for-tat", "hawk", "random")
STATES_PER_HUB = 35
"""One regional hub per this many states, like one regional organisation's membership."""


def synthetic_data(
    n_states: int, *, seed: int = 0, turns: int = 12, early_end: bool = True
) -> dict[str, Any]:
    """The plain data of a synthetic scenario (what its YAML file would hold); without
    `early_end` it always runs its full number of turns."""
    if n_states < 2:
        raise ValueError("a scenario needs at least two states")
    rng = random.Random(seed)
    ids = [f"s{i:03d}" for i in range(n_states)]
    hubs = [f"hub{h}" for h in range((n_states + STATES_PER_HUB - 1) // STATES_PER_HUB)]
    data: dict[str, Any] = {
        "format": 1,
        "id": f"synthetic-{n_states}",
        "title": f"Synthetic scenario with {n_states} states",
        "version": "1.0.0",
        "summary": "Generated for benchmarks and property tests.",
        "turns": turns,
        "max_actions": 3,
        "clock": {"start": "2030-01-01T08:00", "step_hours": 12},
        "states": [_state(i, sid, rng) for i, sid in enumerate(ids)],
        "relations": _relations(ids, rng),
        "alliances": [
            {"id": f"bloc{k}", "members": ids[k : k + 5]}
            for k in range(0, n_states - 1, 5)
            if len(ids[k : k + 5]) >= 2
        ],
        "hubs": [{"id": h, "name": f"Regional hub {h[3:]}"} for h in hubs],
        "ground_truth": {
            "perpetrator": "crew",
            "kind": "non-state",
            "candidates": [
                {"id": "crew", "name": "The crew", "kind": "non-state", "based_in": ids[1]},
                {"id": ids[1], "kind": "state"},
                {"id": ids[-1], "kind": "state"},
            ],
            "severity": 0.5,
        },
        "evidence": _evidence(ids),
        "flags": ["raided"],
        "injects": _injects(ids, turns),
        "end_conditions": (
            [
                {
                    "id": "calm",
                    "when": 'flag("raided") and turn >= 4',
                    "outcome": "Calm.",
                    "kind": "de-escalated",
                }
            ]
            if early_end
            else []
        ),
    }
    data["contacts"], data["channels"] = _network(ids, hubs, rng)
    return data


def synthetic_scenario(
    n_states: int, *, seed: int = 0, turns: int = 12, early_end: bool = True
) -> LoadedScenario:
    """A validated, resolved synthetic scenario."""
    data = synthetic_data(n_states, seed=seed, turns=turns, early_end=early_end)
    text = json.dumps(data, sort_keys=True)
    scenario = Scenario.model_validate(data)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return resolve(scenario, f"<synthetic {n_states} states, seed {seed}>", digest)


def _state(i: int, sid: str, rng: random.Random) -> dict[str, Any]:
    cbms = ["oas:3", "oas:6", "osce:2", "osce:3"]
    if i % 3 != 2:
        cbms.append("oas:2")
    if i % 4 == 1:
        cbms += ["un-norms:c", "un-norms:h"]
    return {
        "id": sid,
        "name": f"State {i}",
        "cbms": cbms,
        "posture": POSTURES[i % len(POSTURES)],
        "bot": BOTS[i % len(BOTS)],
        "pressure": round(rng.uniform(0.05, 0.4), 3),
        "victim": i == 0 or i % 17 == 5,
    }


def _relations(ids: list[str], rng: random.Random) -> list[dict[str, Any]]:
    out = []
    n = len(ids)
    for i in range(n):
        for j in (i + 1, i + n // 2):
            if i < j < n:
                out.append(
                    {
                        "between": [ids[i], ids[j]],
                        "trust": round(rng.uniform(0.2, 0.8), 3),
                        "rivalry": round(rng.uniform(0.0, 0.6), 3) if j != i + 1 else 0.0,
                        "suspicion": round(rng.uniform(0.0, 0.3), 3),
                    }
                )
    return out


def _network(
    ids: list[str], hubs: list[str], rng: random.Random
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    contacts: list[dict[str, Any]] = [
        {"id": f"{h}-desk", "owner": h, "kind": "regional-hub"} for h in hubs
    ]
    channels: list[dict[str, Any]] = []
    for i, sid in enumerate(ids):
        contacts += [
            {"id": f"{sid}-pol", "owner": sid, "kind": "policy", "cbm": "oas:2"},
            {"id": f"{sid}-mfa", "owner": sid, "kind": "diplomatic", "cbm": "oas:3"},
            {"id": f"{sid}-cert", "owner": sid, "kind": "technical", "responsive": 0.8},
        ]
        hub = hubs[i // STATES_PER_HUB]
        channels.append(_channel(f"{sid}-hub", f"{sid}-mfa", f"{hub}-desk", "regional-hub", rng))
        for step in (1, 2):
            if i + step < len(ids):
                other = ids[i + step]
                channels.append(
                    _channel(f"{sid}-{other}-mfa", f"{sid}-mfa", f"{other}-mfa", "diplomatic", rng)
                )
        if i + 1 < len(ids):
            other = ids[i + 1]
            channels.append(
                _channel(f"{sid}-{other}-cert", f"{sid}-cert", f"{other}-cert", "technical", rng)
            )
    return contacts, channels


def _channel(cid: str, a: str, b: str, kind: str, rng: random.Random) -> dict[str, Any]:
    return {
        "id": cid,
        "between": [a, b],
        "kind": kind,
        "latency": rng.choice((0, 0, 0, 1)),
        "reliability": round(rng.uniform(0.6, 1.0), 3),
        "tested": rng.random() < 0.5,
        "protected": kind == "diplomatic" and rng.random() < 0.3,
    }


def _evidence(ids: list[str]) -> list[dict[str, Any]]:
    return [
        {
            "id": "note",
            "summary": "Ransom note.",
            "points_to": "crew",
            "strength": 0.5,
            "held_by": [ids[0]],
            "tlp": "clear",
        },
        {
            "id": "servers",
            "summary": "Servers abroad.",
            "points_to": ids[1],
            "strength": 0.4,
            "held_by": [ids[0]],
            "tlp": "amber",
        },
        {
            "id": "boast",
            "summary": "A boast.",
            "points_to": ids[-1],
            "strength": 0.3,
            "held_by": [ids[-2]],
            "tlp": "green",
        },
    ]


def _injects(ids: list[str], turns: int) -> list[dict[str, Any]]:
    return [
        {"id": "hit", "turn": 1, "to": [ids[0]], "title": "Hit", "text": "Systems encrypted."},
        {
            "id": "news",
            "turn": min(2, turns),
            "to": ["public"],
            "media": True,
            "title": "News",
            "text": "Queues at the border.",
        },
        {
            "id": "raid",
            "when": f'took("{ids[1]}", "mitigate-from-territory")',
            "to": ["all"],
            "title": "Raid",
            "text": "The crew is raided.",
            "effects": [{"set_flag": "raided"}, {"adjust": "severity", "by": -0.2}],
        },
    ]
