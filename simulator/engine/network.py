"""The contact network: who can reach whom, over which channels, at what cost.

Points of contact are nodes and channels are edges of a networkx graph. A message travels from
one of the sender's contacts to one of the recipient's; only hub contacts (a regional
secretariat, a CSIRT network) relay between states. Each relay hop costs a turn and some
fidelity. Channels known to be dead, closed, or resting on a measure nobody implemented are left
out of the graph; a channel never tested stays in it, since nobody knows yet that it is stale.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from simulator.engine.index import ScenarioIndex
from simulator.engine.state import ChannelState, WorldState

KIND_MISMATCH_COST = 0.5
"""Extra routing cost of a channel of another kind than the message prefers."""
UNTESTED_COST = 0.25
"""Extra routing cost of an untested channel: senders prefer lines known to work."""


@dataclass(frozen=True)
class Route:
    """A path for a message: channels crossed in order, hops, delay in turns, fidelity."""

    channels: tuple[str, ...]
    delay: int
    fidelity: float

    @property
    def hops(self) -> int:
        return len(self.channels)


class Router:
    """Finds routes over the current network; call `invalidate` when a channel changes."""

    def __init__(self, index: ScenarioIndex, world: WorldState, fidelity_loss: float) -> None:
        self.index = index
        self.world = world
        self.fidelity_loss = fidelity_loss
        self._graph: nx.Graph | None = None

    def invalidate(self) -> None:
        self._graph = None

    def graph(self) -> nx.Graph:
        if self._graph is None:
            self._graph = self._build()
        return self._graph

    def _build(self) -> nx.Graph:
        graph = nx.Graph()
        for contact_id, exists in self.world.contacts.items():
            if exists:
                graph.add_node(contact_id, owner=self.index.contacts[contact_id].owner)
        for ch in self.world.channels.values():
            if not (ch.usable and ch.alive):
                continue
            a, b = ch.ends
            if graph.has_edge(a, b):
                continue  # first declared channel between two contacts wins
            graph.add_edge(a, b, channel=ch.id)
        return graph

    def reachable_contacts(self, owner: str) -> list[str]:
        """The owner's contacts that exist, in declaration order."""
        return [c for c in self.index.contacts_of.get(owner, ()) if self.world.contacts[c]]

    def why_unreachable(self, recipient: str) -> str:
        """Why a state or hub has no contact to send to, in the team's words ('' if it has)."""
        if self.reachable_contacts(recipient):
            return ""
        owned = [self.index.contacts[c] for c in self.index.contacts_of.get(recipient, ())]
        if not owned:
            return f"{self.index.name(recipient)} has no point of contact at all"
        missing = ", ".join(sorted({c.cbm or "" for c in owned}))
        return (
            f"{self.index.name(recipient)} never nominated a point of contact "
            f"(its contacts need {missing}, which it has not implemented)"
        )

    def find(
        self, sender: str, recipient: str, kind: str | None, protected_only: bool = False
    ) -> Route | str:
        """The cheapest route from sender to recipient, or the reason there is none."""
        if not self.reachable_contacts(sender):
            return "you have no point of contact to send from"
        why = self.why_unreachable(recipient)
        if why:
            return why
        graph = self.graph()
        channels = self.world.channels

        def allowed(node: str) -> bool:
            owner = graph.nodes[node]["owner"]
            return bool(owner in (sender, recipient) or owner in self.index.hubs)

        def usable(a: str, b: str) -> bool:
            return not protected_only or channels[graph[a][b]["channel"]].protected

        view = nx.subgraph_view(graph, filter_node=allowed, filter_edge=usable)

        def cost(a: str, b: str, data: dict[str, str]) -> float:
            ch = channels[data["channel"]]
            extra = KIND_MISMATCH_COST if kind is not None and ch.kind != kind else 0.0
            return 1.0 + ch.latency + extra + (0.0 if ch.tested else UNTESTED_COST)

        sources = self.reachable_contacts(sender)  # a list: set order would vary by run
        best: tuple[float, list[str]] | None = None
        dist, paths = nx.multi_source_dijkstra(view, sources, weight=cost)
        for target in self.reachable_contacts(recipient):
            if target in dist and (best is None or dist[target] < best[0]):
                best = (dist[target], paths[target])
        if best is None:
            if protected_only:
                return "TLP:RED may only travel over protected channels, and none reaches them"
            return f"no working channel or relay reaches {self.index.name(recipient)}"
        return self._route(best[1])

    def _route(self, path: list[str]) -> Route:
        graph = self.graph()
        ids = tuple(graph[a][b]["channel"] for a, b in zip(path, path[1:], strict=False))
        latency = sum(self.world.channels[c].latency for c in ids)
        relays = max(len(ids) - 1, 0)
        return Route(ids, latency + relays, (1.0 - self.fidelity_loss) ** relays)

    def direct_channels(self, a: str, b: str) -> list[ChannelState]:
        """Usable channels joining a contact of `a` to a contact of `b`, declaration order."""
        out = []
        for ch in self.world.channels.values():
            if ch.usable and set(ch.owners) == {a, b} and a != b:
                out.append(ch)
        return out
