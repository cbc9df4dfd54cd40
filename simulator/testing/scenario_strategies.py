"""Hypothesis strategies for valid scenarios and scoring overrides (see strategies.py)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from simulator.catalogs import builtin_catalog
from simulator.scenario.base import BotPolicy, Posture
from simulator.scenario.load import load_scenario_bytes
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.models import BUILTIN_CATALOGS
from simulator.scenario.weights import ScoringWeights

KINDS = ["policy", "diplomatic", "technical"]
BOTS: list[BotPolicy] = ["dove", "hawk", "tit-for-tat", "cbm-playbook", "random"]
POSTURES: list[Posture] = ["conciliatory", "cautious", "balanced", "assertive", "aggressive"]
fractions = st.floats(0.0, 1.0, allow_nan=False).map(lambda x: round(x, 3))


def cbm_refs() -> list[str]:
    """Every measure of the built-in catalogs, as 'catalog:item'."""
    return [f"{c}:{m.id}" for c in BUILTIN_CATALOGS for m in builtin_catalog(c).measures]


@st.composite
def _state(draw: st.DrawFn, index: int) -> dict[str, Any]:
    return {
        "id": f"s{index}",
        "name": f"State {index}",
        "cbms": draw(st.lists(st.sampled_from(cbm_refs()), unique=True, max_size=8)),
        "posture": draw(st.sampled_from(POSTURES)),
        "bot": draw(st.sampled_from(BOTS)),
        "pressure": draw(fractions),
        "victim": index == 0 or draw(st.booleans()),
    }


def _pairs(items: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1 :]]


@st.composite
def _network(draw: st.DrawFn, states: list[str]) -> dict[str, Any]:
    """Contacts per state and channels between contacts of different states."""
    contacts = []
    for state in states:
        for kind in draw(st.lists(st.sampled_from(KINDS), unique=True, max_size=3)):
            contact: dict[str, Any] = {"id": f"{state}-{kind}", "owner": state, "kind": kind}
            contact["responsive"] = draw(fractions)
            contacts.append(contact)
    links = [
        (a, b) for a, b in _pairs([c["id"] for c in contacts]) if a.split("-")[0] != b.split("-")[0]
    ]
    chosen = draw(st.lists(st.sampled_from(links), unique=True, max_size=8)) if links else []
    channels = [
        {
            "id": f"ch{i}",
            "between": [a, b],
            "kind": a.split("-", 1)[1],
            "latency": draw(st.integers(0, 2)),
            "reliability": draw(fractions),
            "protected": draw(st.booleans()),
            "tested": draw(st.booleans()),
        }
        for i, (a, b) in enumerate(sorted(chosen))
    ]
    return {"contacts": contacts, "channels": channels}


@st.composite
def _ground_truth(draw: st.DrawFn, states: list[str]) -> dict[str, Any]:
    groups = [
        {
            "id": f"g{i}",
            "name": f"Group {i}",
            "kind": "non-state",
            "based_in": draw(st.sampled_from(states)),
        }
        for i in range(draw(st.integers(0, 2)))
    ]
    accused = draw(st.lists(st.sampled_from(states), unique=True, min_size=1))
    candidates = [{"id": s} for s in accused] + groups
    perpetrator = draw(st.sampled_from(candidates))
    truth: dict[str, Any] = {
        "perpetrator": perpetrator["id"],
        "candidates": candidates,
        "severity": draw(fractions),
        "target_class": draw(
            st.sampled_from(["critical-infrastructure", "government", "private", "mixed"])
        ),
    }
    others = [c["id"] for c in candidates if c["id"] != perpetrator["id"]]
    false_flag: bool = draw(st.booleans())
    if others and false_flag:
        truth.update(kind="false-flag", framed=draw(st.sampled_from(others)))
    else:
        truth["kind"] = "non-state" if perpetrator.get("kind") == "non-state" else "state"
    return truth


def _conditions(turns: int, flags: list[str], earlier: list[str]) -> st.SearchStrategy[str]:
    options = [
        st.integers(1, turns).map(lambda t: f"turn >= {t}"),
        fractions.map(lambda x: f"risk() > {x}"),
        fractions.map(lambda x: f"severity < {x}"),
    ]
    if flags:
        options.append(st.sampled_from(flags).map(lambda f: f'flag("{f}")'))
    if earlier:
        options.append(st.sampled_from(earlier).map(lambda i: f'fired("{i}")'))
    return st.one_of(options)


@st.composite
def _effect(draw: st.DrawFn, flags: list[str]) -> dict[str, Any]:
    by = draw(st.floats(-0.3, 0.3, allow_nan=False).map(lambda x: round(x, 3)))
    options: list[dict[str, Any]] = [{"adjust": "severity", "by": by}]
    if flags:
        options.append({"set_flag": draw(st.sampled_from(flags))})
    return draw(st.sampled_from(options))


@st.composite
def _injects(
    draw: st.DrawFn, states: list[str], turns: int, flags: list[str], most: int
) -> list[dict[str, Any]]:
    injects: list[dict[str, Any]] = []
    for i in range(draw(st.integers(1, most))):
        inject: dict[str, Any] = {
            "id": f"i{i}",
            "to": draw(st.sampled_from([["all"], ["public"], *[[s] for s in states]])),
            "title": f"Inject {i}",
            "text": f"Something happens ({i}).",
            "media": draw(st.booleans()),
            "effects": draw(st.lists(_effect(flags), max_size=2)),
        }
        if i == 0 or draw(st.booleans()):
            inject["turn"] = draw(st.integers(1, turns))
        else:
            inject["when"] = draw(_conditions(turns, flags, [j["id"] for j in injects]))
        injects.append(inject)
    return injects


@st.composite
def scenario_data(
    draw: st.DrawFn, *, max_states: int = 5, max_turns: int = 8, max_injects: int = 6
) -> dict[str, Any]:
    """A valid scenario document as plain data (dicts, lists, strings, numbers)."""
    count = draw(st.integers(2, max(2, max_states)))
    turns = draw(st.integers(1, max(1, max_turns)))
    states = [draw(_state(i)) for i in range(count)]
    ids = [s["id"] for s in states]
    flags = [f"f{i}" for i in range(draw(st.integers(0, 3)))]
    relations = [
        {"between": list(pair), "trust": draw(fractions), "rivalry": draw(fractions)}
        for pair in draw(st.lists(st.sampled_from(_pairs(ids)), unique=True, max_size=4))
    ]
    ending_conditions = draw(st.lists(_conditions(turns, flags, []), max_size=2))
    return {
        "format": 1,
        "id": "generated",
        "title": "Generated scenario",
        "version": "1.0.0",
        "summary": "Drawn by simulator.testing.strategies.",
        "turns": turns,
        "max_actions": draw(st.integers(1, 3)),
        "clock": {"start": "2030-01-01T08:00", "step_hours": 12},
        "states": states,
        "relations": relations,
        **draw(_network(ids)),
        "ground_truth": draw(_ground_truth(ids)),
        "flags": flags,
        "injects": draw(_injects(ids, turns, flags, max(1, max_injects))),
        "end_conditions": [
            {"id": f"end{i}", "when": text, "outcome": f"Ending {i}"}
            for i, text in enumerate(ending_conditions)
        ],
    }


def weight_range(name: str) -> tuple[float, float]:
    """The (low, high) range a scoring weight's model declares."""
    low, high = -10.0, 10.0
    for meta in ScoringWeights.model_fields[name].metadata:
        low = float(getattr(meta, "ge", getattr(meta, "gt", low)))
        high = float(getattr(meta, "le", high))
    return low, high


SCALAR_WEIGHTS = [
    name for name, info in ScoringWeights.model_fields.items() if info.annotation is float
]


@st.composite
def scoring_overrides(draw: st.DrawFn) -> dict[str, Any]:
    """A valid `scoring:` block: some scalar weights moved anywhere within their allowed range."""
    chosen = draw(st.lists(st.sampled_from(SCALAR_WEIGHTS), unique=True, max_size=5))
    overrides: dict[str, Any] = {}
    for name in sorted(chosen):
        low, high = weight_range(name)
        # `gt` bounds exclude the low end; stay a hair above it.
        value = draw(st.floats(low, high, allow_nan=False, exclude_min=True))
        overrides[name] = round(value, 4) if round(value, 4) > low else value
    return overrides


def load_data(data: dict[str, Any], source: str = "<hypothesis>") -> LoadedScenario:
    """Send a drawn document through the real loader (JSON is YAML too)."""
    return load_scenario_bytes(json.dumps(data).encode("utf-8"), source)


@st.composite
def scenarios(
    draw: st.DrawFn,
    *,
    max_states: int = 5,
    max_turns: int = 8,
    max_injects: int = 6,
    with_overrides: bool = False,
) -> LoadedScenario:
    """A loaded, valid scenario; with `with_overrides`, some scoring weights are moved too."""
    data = draw(scenario_data(max_states=max_states, max_turns=max_turns, max_injects=max_injects))
    if with_overrides:
        data["scoring"] = draw(scoring_overrides())
    return load_data(data)


@st.composite
def large_scenarios(
    draw: st.DrawFn, *, min_states: int = 2, max_states: int = 200
) -> LoadedScenario:
    """A synthetic scenario (simulator.testing.synthetic) with up to hundreds of states."""
    from simulator.testing.synthetic import synthetic_scenario

    states = draw(st.integers(min_states, max_states))
    return synthetic_scenario(
        states, seed=draw(st.integers(0, 2**16)), turns=draw(st.integers(1, 6))
    )
