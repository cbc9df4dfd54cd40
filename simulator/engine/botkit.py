"""Small helpers bots share: reading a team view and building decisions that stay legal."""

from __future__ import annotations

from simulator.engine.intents import RESTRICTED_TLP
from simulator.engine.views import ActionOption, TeamView
from simulator.scenario.playthrough_models import Decision


class Plan:
    """Decisions a bot is building, kept within the action limit and free of duplicates."""

    def __init__(self, view: TeamView) -> None:
        self.view = view
        self.options = {o.id: o for o in view.options}
        self.decisions: list[Decision] = []
        self.non_messages = 0

    def can(self, action: str, target: str | None = None) -> bool:
        opt = self.options.get(action)
        if opt is None or not opt.legal:
            return False
        if opt.target_kind != "none" and (target is None or target not in opt.targets):
            return False
        if not opt.message and self.non_messages >= self.view.max_actions:
            return False
        return not any(d.action == action and d.target == target for d in self.decisions)

    def add(self, action: str, target: str | None = None, **extra: object) -> bool:
        """Add a decision if it is legal and fits; True if added."""
        if not self.can(action, target):
            return False
        opt = self.options[action]
        self.decisions.append(
            Decision.model_validate({"action": action, "target": target, **extra})
        )
        if not opt.message:
            self.non_messages += 1
        return True

    def option(self, action: str) -> ActionOption | None:
        return self.options.get(action)


def most_suspected(view: TeamView, states_only: bool = False) -> str | None:
    """The party this team suspects most (declaration order breaks ties); None if nobody."""
    best: tuple[float, str] | None = None
    for party, value in view.beliefs.items():
        if states_only and party not in view.states:
            continue
        if value > 0 and (best is None or value > best[0]):
            best = (value, party)
    return best[1] if best else None


def host_of(view: TeamView, party: str) -> str | None:
    """The state a party stands for, as far as this team knows (a group's host state)."""
    if party in view.states:
        return party
    return view.hosts.get(party)


def adversary(view: TeamView) -> str | None:
    """The state this team holds most against: suspicion of it or of groups it hosts, less trust."""
    hosted: dict[str, float] = {}
    for party, host in view.hosts.items():
        hosted[host] = max(hosted.get(host, 0.0), 0.5 * view.beliefs.get(party, 0.0))
    best: tuple[float, str] | None = None
    for state in view.states:
        if state == view.team:
            continue
        weight = max(view.beliefs.get(state, 0.0), hosted.get(state, 0.0))
        weight += 0.5 * (1.0 - view.trust.get(state, 0.5))
        if best is None or weight > best[0]:
            best = (weight, state)
    return best[1] if best else None


def sent(view: TeamView, action: str, recipient: str, within: int = 99) -> bool:
    """Whether this team already sent this action to this state in the last `within` turns."""
    return any(
        m.action == action and m.recipient == recipient and view.turn - m.turn <= within
        for m in view.outbox
    )


def shareable(view: TeamView, recipient: str) -> list[str]:
    """Evidence this team may pass to a state without breaching a marking, not yet sent to it."""
    already = {e for m in view.outbox if m.recipient == recipient for e in m.evidence}
    out = []
    for item in view.evidence:
        # TLP:RED needs a protected channel all the way; bots leave it to humans.
        restricted = item.tlp == "red" or (
            item.source in view.states and item.tlp in RESTRICTED_TLP
        )
        if not restricted and item.source != recipient and item.id not in already:
            out.append(item.id)
    return out


def hostile_from(view: TeamView, turn: int) -> list[tuple[str, str]]:
    """(actor, action) of hostile moves aimed at this team in a given turn."""
    out = []
    for move in view.observed:
        if move.turn != turn or not move.hostile or move.actor == view.team:
            continue
        if move.target is not None and host_of(view, move.target) == view.team:
            out.append((move.actor, move.action))
    return out


def untested_neighbours(view: TeamView) -> list[str]:
    """States joined to this team by a direct channel nobody has tested yet."""
    out: list[str] = []
    for ch in view.channels:
        if ch.tested or not (ch.alive and ch.usable):
            continue
        for owner in ch.owners:
            if owner != view.team and owner in view.states and owner not in out:
                out.append(owner)
    return out
