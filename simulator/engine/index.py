"""Lookups over an immutable scenario, built once per session (order-preserving)."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.engine.state import Pair
from simulator.scenario.catalog_models import ActionDef
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.models import Candidate, Evidence, Inject, PointOfContact, State


@dataclass(frozen=True)
class ScenarioIndex:
    """Everything the rules look up by id, in declaration order."""

    states: tuple[str, ...]
    order: dict[str, int]
    by_id: dict[str, State]
    dyads: tuple[Pair, ...]
    dyads_of: dict[str, tuple[Pair, ...]]
    victims: frozenset[str]
    allies: dict[str, tuple[str, ...]]
    candidates: dict[str, Candidate]
    evidence: dict[str, Evidence]
    contacts: dict[str, PointOfContact]
    contacts_of: dict[str, tuple[str, ...]]
    channels_of: dict[str, tuple[str, ...]]
    hubs: tuple[str, ...]
    injects: dict[str, Inject]
    actions: dict[str, ActionDef]
    perpetrator: str

    def pair(self, a: str, b: str) -> Pair:
        """The dyad of two states in declaration order."""
        return (a, b) if self.order[a] < self.order[b] else (b, a)

    def dyad_key(self, a: str, b: str) -> str:
        x, y = self.pair(a, b)
        return f"{x}-{y}"

    def name(self, party: str) -> str:
        """Display name of a state, group or hub."""
        if party in self.by_id:
            return self.by_id[party].name
        cand = self.candidates.get(party)
        if cand is not None and cand.name:
            return cand.name
        return party

    def host_state(self, party: str) -> str | None:
        """The state a party stands for: itself if a state, else the state a group works from."""
        if party in self.order:
            return party
        cand = self.candidates.get(party)
        return cand.based_in if cand is not None and cand.based_in in self.order else None


def build_index(loaded: LoadedScenario) -> ScenarioIndex:
    sc = loaded.scenario
    states = tuple(s.id for s in sc.states)
    order = {s: i for i, s in enumerate(states)}
    dyads = tuple((a, b) for i, a in enumerate(states) for b in states[i + 1 :])
    dyads_of: dict[str, list[Pair]] = {s: [] for s in states}
    for pair in dyads:
        dyads_of[pair[0]].append(pair)
        dyads_of[pair[1]].append(pair)
    allies: dict[str, list[str]] = {s: [] for s in states}
    for alliance in sc.alliances:
        for member in alliance.members:
            for other in alliance.members:
                if other != member and member in allies and other not in allies[member]:
                    allies[member].append(other)
    contacts_of: dict[str, list[str]] = {}
    for contact in sc.contacts:
        contacts_of.setdefault(contact.owner, []).append(contact.id)
    owner = {c.id: c.owner for c in sc.contacts}
    channels_of: dict[str, list[str]] = {}
    for ch in sc.channels:
        for end in dict.fromkeys(owner.get(x, "") for x in ch.between):
            channels_of.setdefault(end, []).append(ch.id)
    return ScenarioIndex(
        states=states,
        order=order,
        by_id={s.id: s for s in sc.states},
        dyads=dyads,
        dyads_of={k: tuple(v) for k, v in dyads_of.items()},
        victims=frozenset(s.id for s in sc.states if s.victim),
        allies={s: tuple(sorted(v, key=order.__getitem__)) for s, v in allies.items()},
        candidates={c.id: c for c in sc.ground_truth.candidates},
        evidence={e.id: e for e in sc.evidence},
        contacts={c.id: c for c in sc.contacts},
        contacts_of={k: tuple(v) for k, v in contacts_of.items()},
        channels_of={k: tuple(v) for k, v in channels_of.items()},
        hubs=tuple(h.id for h in sc.hubs),
        injects={i.id: i for i in sc.injects},
        actions=dict(loaded.actions),
        perpetrator=sc.ground_truth.perpetrator,
    )
