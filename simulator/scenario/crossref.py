"""Cross-reference checks of the cast: states, network, catalogs, actions, truth and evidence.

Every finding here is an error: a file that validates must play, so a reference the engine
could not resolve is refused at load time.
"""

from __future__ import annotations

from simulator.catalogs import default_actions
from simulator.scenario.findings import Finding
from simulator.scenario.known import Known, duplicates, unknown
from simulator.scenario.models import BUILTIN_CATALOGS, Scenario


def check_cast(scenario: Scenario, known: Known) -> list[Finding]:
    """Ids, states, relations, alliances, hubs, contacts and channels."""
    s = scenario
    found = duplicates((x.id for x in s.states), ("states",), "state")
    found += duplicates((x.id for x in s.hubs), ("hubs",), "hub")
    found += duplicates((x.id for x in s.contacts), ("contacts",), "contact")
    found += duplicates((x.id for x in s.channels), ("channels",), "channel")
    found += duplicates((x.id for x in s.alliances), ("alliances",), "alliance")
    found += duplicates(
        (x.id for x in s.learning_objectives), ("learning_objectives",), "objective"
    )
    found += duplicates(s.flags, ("flags",), "flag", field="")
    found += duplicates(s.catalogs, ("catalogs",), "catalog", field="")
    for i, hub in enumerate(s.hubs):
        if hub.id in known.states:
            found.append(_clash(("hubs", i, "id"), hub.id, "a state"))
    for i, state in enumerate(s.states):
        found += _cbm_list(("states", i, "cbms"), state.cbms, known)
    for i, objective in enumerate(s.learning_objectives):
        found += _cbm_list(("learning_objectives", i, "cbms"), objective.cbms, known)
    return found + _relations(s, known) + _alliances(s, known) + _network(s, known)


def _clash(path: tuple[str | int, ...], value: str, other: str) -> Finding:
    return Finding(path, f"id '{value}' is already used by {other}", "pick another id", code="id")


def _cbm_list(path: tuple[str | int, ...], refs: list[str], known: Known) -> list[Finding]:
    found = duplicates(refs, path, "measure", field="")
    for j, ref in enumerate(refs):
        found += unknown((*path, j), ref, known.cbms, "measure")
    return found


def _relations(s: Scenario, known: Known) -> list[Finding]:
    found: list[Finding] = []
    seen: dict[frozenset[str], int] = {}
    for i, relation in enumerate(s.relations):
        path = ("relations", i, "between")
        a, b = relation.between
        found += unknown((*path, 0), a, known.states, "state")
        found += unknown((*path, 1), b, known.states, "state")
        pair = frozenset(relation.between)
        if a == b:
            found.append(Finding(path, f"a relation needs two different states, got '{a}' twice"))
        elif pair in seen:
            found.append(
                Finding(path, f"relation {a}-{b} is given twice (also relations.{seen[pair]})")
            )
        seen.setdefault(pair, i)
    return found


def _alliances(s: Scenario, known: Known) -> list[Finding]:
    found: list[Finding] = []
    for i, alliance in enumerate(s.alliances):
        path = ("alliances", i, "members")
        found += duplicates(alliance.members, path, "member", field="")
        for j, member in enumerate(alliance.members):
            found += unknown((*path, j), member, known.states, "state")
    return found


def _network(s: Scenario, known: Known) -> list[Finding]:
    found: list[Finding] = []
    owners = known.states + known.hubs
    for i, contact in enumerate(s.contacts):
        found += unknown(("contacts", i, "owner"), contact.owner, owners, "state or hub")
        if contact.cbm is not None:
            found += unknown(("contacts", i, "cbm"), contact.cbm, known.cbms, "measure")
    for i, channel in enumerate(s.channels):
        path = ("channels", i, "between")
        for j, end in enumerate(channel.between):
            found += unknown((*path, j), end, known.contacts, "contact")
        if channel.between[0] == channel.between[1]:
            found.append(Finding(path, "a channel needs two different contacts"))
        if channel.cbm is not None:
            found += unknown(("channels", i, "cbm"), channel.cbm, known.cbms, "measure")
    return found


def check_catalogs_and_actions(scenario: Scenario, known: Known) -> list[Finding]:
    """Custom catalogs, scenario actions and disabled actions."""
    s = scenario
    found = duplicates((c.id for c in s.custom_catalogs), ("custom_catalogs",), "catalog")
    for i, catalog in enumerate(s.custom_catalogs):
        if catalog.id in BUILTIN_CATALOGS:
            found.append(_clash(("custom_catalogs", i, "id"), catalog.id, "a built-in catalog"))
        found += duplicates(
            (m.id for m in catalog.measures), ("custom_catalogs", i, "measures"), "measure"
        )
    found += duplicates((a.id for a in s.actions), ("actions",), "action")
    for i, action in enumerate(s.actions):
        for j, ref in enumerate(action.cbm):
            found += unknown(("actions", i, "cbm", j), ref, known.cbms, "measure")
    defaults = [a.id for a in default_actions().actions]
    redefined = {a.id for a in s.actions}
    for i, action_id in enumerate(s.disabled_actions):
        path = ("disabled_actions", i)
        found += unknown(path, action_id, defaults, "default action")
        if action_id in redefined:
            found.append(
                Finding(
                    path,
                    f"action '{action_id}' is both disabled and redefined under actions",
                    "to replace a default action, only redefine it",
                )
            )
    return found


def check_truth_and_evidence(scenario: Scenario, known: Known) -> list[Finding]:
    """Ground truth candidates, perpetrator, framing and evidence items."""
    truth = scenario.ground_truth
    found = duplicates(known.candidates, ("ground_truth", "candidates"), "candidate")
    for i, candidate in enumerate(truth.candidates):
        path = ("ground_truth", "candidates", i)
        if candidate.kind == "state":
            found += unknown((*path, "id"), candidate.id, known.states, "state")
            if candidate.based_in is not None:
                found.append(Finding((*path, "based_in"), "based_in is for non-state groups"))
        else:
            if candidate.id in known.states:
                found.append(_clash((*path, "id"), candidate.id, "a state"))
            if candidate.based_in is not None:
                found += unknown((*path, "based_in"), candidate.based_in, known.states, "state")
    found += unknown(
        ("ground_truth", "perpetrator"), truth.perpetrator, known.candidates, "candidate"
    )
    found += _framing(scenario, known)
    found += duplicates(known.evidence, ("evidence",), "evidence item")
    for i, item in enumerate(scenario.evidence):
        found += unknown(
            ("evidence", i, "points_to"), item.points_to, known.candidates, "candidate"
        )
        found += duplicates(item.held_by, ("evidence", i, "held_by"), "holder", field="")
        for j, holder in enumerate(item.held_by):
            found += unknown(("evidence", i, "held_by", j), holder, known.states, "state")
    return found


def _framing(scenario: Scenario, known: Known) -> list[Finding]:
    truth = scenario.ground_truth
    kinds = {c.id: c.kind for c in truth.candidates}
    path = ("ground_truth",)
    if truth.kind == "false-flag":
        if truth.framed is None:
            return [
                Finding(
                    (*path, "framed"),
                    "a false flag needs 'framed': who it is made to look like",
                    "name one of the candidates",
                )
            ]
        found = unknown((*path, "framed"), truth.framed, known.candidates, "candidate")
        if truth.framed == truth.perpetrator:
            found.append(Finding((*path, "framed"), "the framed party is the perpetrator itself"))
        return found
    if truth.framed is not None:
        return [Finding((*path, "framed"), "'framed' is only for kind: false-flag")]
    actual = kinds.get(truth.perpetrator)
    if actual is not None and actual != truth.kind:
        return [
            Finding(
                (*path, "kind"),
                f"kind is '{truth.kind}' but the perpetrator '{truth.perpetrator}' is a {actual}"
                " candidate",
                "make the two agree",
            )
        ]
    return []
