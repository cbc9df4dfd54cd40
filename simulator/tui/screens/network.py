"""The contact network: points of contact and channels between states and hubs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers
from simulator.tui.widgets.footer import KeyFooter
from simulator.tui.widgets.network_graph import NetworkGraph

if TYPE_CHECKING:
    from simulator.engine.views import ChannelView


class NetworkScreen(Screen[None], GuardedHandlers):
    """Read-only; escape goes back to the console."""

    BINDINGS = [Binding("escape,w", "back", "Back")]

    def __init__(
        self,
        channels: Sequence[ChannelView],
        names: Mapping[str, str],
        owners: Sequence[str],
        hubs: Sequence[str],
    ) -> None:
        super().__init__(id="network")
        self.channels = tuple(channels)
        self.names = dict(names)
        self.owners = tuple(owners)
        self.hubs = tuple(hubs)

    def compose(self) -> ComposeResult:
        yield Static(
            "Contact network: who can reach whom (facilitator's view)", classes="panel-title"
        )
        with VerticalScroll():
            yield NetworkGraph()
        yield KeyFooter()

    def on_mount(self) -> None:
        graph = self.query_one(NetworkGraph)
        graph.names = self.names
        graph.owners = self.owners
        graph.hubs = self.hubs
        graph.channels = self.channels

    def action_back(self) -> None:
        self.dismiss(None)
