"""The world at the start of a session, built from the scenario's declared baselines."""

from __future__ import annotations

from simulator.engine.index import ScenarioIndex
from simulator.engine.state import ChannelState, Holding, Pair, WorldState
from simulator.scenario.loaded import LoadedScenario


def clamp(value: float) -> float:
    """Keep a world variable inside 0..1."""
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


def initial_world(loaded: LoadedScenario, index: ScenarioIndex) -> WorldState:
    sc = loaded.scenario
    weights = loaded.weights
    relations: dict[Pair, tuple[float, float, float]] = {}
    top_rivalry = {s: 0.0 for s in index.states}
    for rel in sc.relations:
        a, b = rel.between
        if a in index.order and b in index.order and a != b:
            relations[index.pair(a, b)] = (rel.trust, rel.rivalry, rel.suspicion)
            top_rivalry[a] = max(top_rivalry[a], rel.rivalry)
            top_rivalry[b] = max(top_rivalry[b], rel.rivalry)
    base_hostility = {
        s.id: clamp(
            weights.posture_hostility.get(s.posture, 0.0)
            + weights.rivalry_hostility * top_rivalry[s.id]
        )
        for s in sc.states
    }
    trust: dict[Pair, float] = {}
    suspicion: dict[str, dict[str, float]] = {}
    parties = [c.id for c in sc.ground_truth.candidates]
    parties += [s for s in index.states if s not in index.candidates]
    for holder in index.states:
        row: dict[str, float] = {}
        for party in parties:
            if party == holder:
                continue
            start = 0.0
            if party in index.order:
                _, rivalry, sus = relations.get(index.pair(holder, party), (0.5, 0.0, 0.0))
                start = clamp(sus + weights.rivalry_suspicion * rivalry)
            row[party] = start
        suspicion[holder] = row
        for other in index.states:
            if other != holder:
                trust[(holder, other)] = relations.get(index.pair(holder, other), (0.5, 0, 0))[0]
    implemented = {s.id: list(s.cbms) for s in sc.states}
    contacts = {c.id: contact_exists(c.owner, c.cbm, implemented) for c in sc.contacts}
    channels: dict[str, ChannelState] = {}
    for ch in sc.channels:
        owners = (index.contacts[ch.between[0]].owner, index.contacts[ch.between[1]].owner)
        state = ChannelState(
            id=ch.id,
            ends=ch.between,
            owners=owners,
            kind=ch.kind,
            latency=ch.latency,
            reliability=ch.reliability,
            protected=ch.protected,
            tested=ch.tested,
        )
        why = _why_unusable(ch.between, owners, ch.cbm, contacts, implemented, index)
        state.usable, state.why_unusable = why == "", why
        channels[ch.id] = state
    holdings: dict[str, dict[str, Holding]] = {s: {} for s in index.states}
    for ev in sc.evidence:
        for holder in ev.held_by:
            if holder in holdings:
                holdings[holder][ev.id] = Holding("own", ev.tlp)
    return WorldState(
        turn=1,
        severity=sc.ground_truth.severity,
        pressure={s.id: s.pressure for s in sc.states},
        base_pressure={s.id: s.pressure for s in sc.states},
        hostility=dict(base_hostility),
        base_hostility=base_hostility,
        trust=trust,
        suspicion=suspicion,
        credit={d: 0.0 for d in index.dyads},
        steps={},
        crossed={},
        implemented=implemented,
        contacts=contacts,
        channels=channels,
        holdings=holdings,
        flags={},
    )


def contact_exists(owner: str, cbm: str | None, implemented: dict[str, list[str]]) -> bool:
    """A contact exists if its owner is a hub, needs no measure, or implemented the measure."""
    if owner not in implemented or cbm is None:
        return True
    return cbm in implemented[owner]


def _why_unusable(
    ends: Pair,
    owners: Pair,
    cbm: str | None,
    contacts: dict[str, bool],
    implemented: dict[str, list[str]],
    index: ScenarioIndex,
) -> str:
    for contact in ends:
        if not contacts.get(contact, False):
            need = index.contacts[contact].cbm
            return f"{index.name(index.contacts[contact].owner)} never nominated {contact} ({need})"
    if cbm is not None:
        for owner in owners:
            if owner in implemented and cbm not in implemented[owner]:
                return f"{index.name(owner)} has not implemented {cbm}, which this channel rests on"
    return ""
