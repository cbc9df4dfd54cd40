"""Lint checks of the network, the actions and unused declarations."""

from __future__ import annotations

from simulator.scenario.findings import Finding
from simulator.scenario.lint_logic import Facts
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.models import Scenario


def check_network_and_actions(loaded: LoadedScenario) -> list[Finding]:
    """Contacts that will not exist, channels resting on absent measures, unusable actions."""
    scenario = loaded.scenario
    implemented = {s.id: set(s.cbms) for s in scenario.states}
    absent = _absent_contacts(scenario, implemented)
    found = [
        Finding(
            ("contacts", i, "cbm"),
            f"contact '{c.id}' will not exist in play: {c.owner} has not implemented {c.cbm}",
            "intended if the exercise is about a missing point of contact",
            severity="info",
            code="contact-absent",
        )
        for i, c in enumerate(scenario.contacts)
        if c.id in absent
    ]
    owner = {c.id: c.owner for c in scenario.contacts}
    for i, channel in enumerate(scenario.channels):
        owners = [owner.get(end, "") for end in channel.between]
        if channel.cbm is not None:
            found += _channel_measure(i, channel.id, channel.cbm, owners, implemented)
        dead = [end for end in channel.between if end in absent]
        if dead:
            found.append(
                Finding(
                    ("channels", i, "between"),
                    f"channel '{channel.id}' can carry nothing: contact '{dead[0]}' will not exist",
                    severity="info",
                    code="dead-channel",
                )
            )
    return found + _unusable_actions(loaded, implemented) + _unreachable_states(scenario, absent)


def _channel_measure(
    index: int, channel: str, cbm: str, owners: list[str], implemented: dict[str, set[str]]
) -> list[Finding]:
    """The engine opens a channel only if every state at its ends implemented its measure."""
    states = [o for o in owners if o in implemented]
    lacking = [o for o in states if cbm not in implemented[o]]
    if not lacking:
        return []
    if len(lacking) == len(states):
        who = (
            f"neither {' nor '.join(lacking)} has" if len(lacking) > 1 else f"{lacking[0]} has not"
        )
        message = f"channel '{channel}' rests on {cbm}, which {who} implemented"
        return [
            Finding(
                ("channels", index, "cbm"),
                message,
                "it will not work in play",
                severity="warning",
                code="channel-cbm-missing",
            )
        ]
    return [
        Finding(
            ("channels", index, "cbm"),
            f"channel '{channel}' will not work in play: {lacking[0]} has not implemented {cbm}",
            "intended if the exercise is about a missing measure",
            severity="info",
            code="channel-cbm-missing",
        )
    ]


def _absent_contacts(scenario: Scenario, implemented: dict[str, set[str]]) -> set[str]:
    return {
        c.id
        for c in scenario.contacts
        if c.cbm is not None and c.owner in implemented and c.cbm not in implemented[c.owner]
    }


def _unusable_actions(loaded: LoadedScenario, implemented: dict[str, set[str]]) -> list[Finding]:
    everyone = set().union(*implemented.values())
    own = {a.id: i for i, a in enumerate(loaded.scenario.actions)}
    found: list[Finding] = []
    defaults: list[str] = []
    for action in loaded.actions.values():
        if not action.cbm or everyone & set(action.cbm):
            continue
        if action.id not in own:
            defaults.append(action.id)
            continue
        found.append(
            Finding(
                ("actions", own[action.id], "cbm"),
                f"no state has implemented {' or '.join(action.cbm)}: "
                f"nobody can take '{action.id}'",
                severity="warning",
                code="action-unusable",
            )
        )
    if defaults:
        found.append(
            Finding(
                ("states",),
                f"default actions no state can take for want of a measure: {', '.join(defaults)}",
                severity="info",
                code="action-unusable",
            )
        )
    return found


def _unreachable_states(scenario: Scenario, absent: set[str]) -> list[Finding]:
    present = {c.owner for c in scenario.contacts if c.id not in absent}
    return [
        Finding(
            ("states", i),
            f"{state.id} has no point of contact in play: it can only act publicly",
            severity="info",
            code="no-contact",
        )
        for i, state in enumerate(scenario.states)
        if state.id not in present
    ]


def check_unused(loaded: LoadedScenario, facts: Facts) -> list[Finding]:
    """Flags, evidence, hubs, contacts and objectives declared but never put to use."""
    scenario = loaded.scenario
    return (
        _flags(loaded, facts)
        + _evidence(scenario)
        + _hubs_and_contacts(scenario)
        + [
            Finding(
                ("learning_objectives", i),
                f"objective '{o.id}' has no met_when: reports cannot mark it met",
                severity="info",
                code="objective-unmeasured",
            )
            for i, o in enumerate(scenario.learning_objectives)
            if o.met_when is None
        ]
    )


def _tested_flags(loaded: LoadedScenario) -> set[str]:
    tested = {r.value for c in loaded.conditions.values() for r in c.references if r.kind == "flag"}
    for play in loaded.scenario.playthroughs:
        for expectation in play.expect:
            tested.update(expectation.flags, expectation.flags_clear)
    return tested


def _flags(loaded: LoadedScenario, facts: Facts) -> list[Finding]:
    tested = _tested_flags(loaded)
    found: list[Finding] = []
    for i, flag in enumerate(loaded.scenario.flags):
        path = ("flags", i)
        if flag in facts.unset_flags and flag in tested:
            message = f"flag '{flag}' is tested but nothing that can happen sets it"
            found.append(Finding(path, message, severity="warning", code="flag-never-set"))
        elif flag in facts.unset_flags:
            message = f"flag '{flag}' is declared but never used"
            found.append(Finding(path, message, severity="warning", code="unused"))
        elif flag not in tested:
            message = f"flag '{flag}' is set but no condition tests it"
            found.append(Finding(path, message, severity="info", code="flag-never-tested"))
    return found


def _evidence(scenario: Scenario) -> list[Finding]:
    handed = {item for inject in scenario.injects for item in inject.evidence}
    return [
        Finding(
            ("evidence", i),
            f"evidence '{item.id}' never reaches any state",
            "list it under held_by, or hand it out in an inject's evidence",
            severity="warning",
            code="unused",
        )
        for i, item in enumerate(scenario.evidence)
        if not item.held_by and item.id not in handed
    ]


def _hubs_and_contacts(scenario: Scenario) -> list[Finding]:
    owners = {c.owner for c in scenario.contacts}
    on_channels = {end for channel in scenario.channels for end in channel.between}
    found = [
        Finding(
            ("hubs", i),
            f"hub '{hub.id}' has no point of contact, so it cannot relay",
            severity="warning",
            code="unused",
        )
        for i, hub in enumerate(scenario.hubs)
        if hub.id not in owners
    ]
    found += [
        Finding(
            ("contacts", i),
            f"contact '{contact.id}' is on no channel",
            severity="warning",
            code="unused",
        )
        for i, contact in enumerate(scenario.contacts)
        if contact.id not in on_channels
    ]
    return found
