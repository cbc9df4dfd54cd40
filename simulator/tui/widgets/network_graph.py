"""The contact network as text: who holds which points of contact, and the channels between.

Grouped by owner so relays read naturally: a hub's section lists every state it links.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from simulator.tui.guarded import GuardedHandlers, GuardedRender

if TYPE_CHECKING:
    from simulator.engine.views import ChannelView

LEGEND = "● usable   ○ not usable   ✓ tested   ? never tested"


def channel_status(channel: ChannelView) -> tuple[str, str]:
    if not channel.usable:
        return ("○", "$error")
    return ("●", "$success")


def channel_line(channel: ChannelView, owner: str, names: Mapping[str, str]) -> Content:
    mark, style = channel_status(channel)
    other = channel.owners[1] if channel.owners[0] == owner else channel.owners[0]
    tested = "✓ tested" if channel.tested else "? never tested"
    extras = [f"{channel.reliability * 100:.0f}% reliable"]
    if channel.latency:
        extras.append(f"{channel.latency} turn(s) latency")
    if channel.protected:
        extras.append("🔒")
    parts: list[str | tuple[str, str]] = [
        "  ",
        (mark, style),
        f" {channel.kind:<12} → ",
        (names.get(other, other), "bold"),
        f"  {tested}, {', '.join(extras)}",
    ]
    if not channel.usable and channel.why_unusable:
        parts.append((f"  ({channel.why_unusable})", "$error"))
    return Content.assemble(*parts)


def network_content(
    channels: Sequence[ChannelView],
    names: Mapping[str, str],
    owners: Sequence[str],
    hubs: Sequence[str] = (),
) -> Content:
    """One section per owner in `owners` order (states, then hubs), its channels beneath."""
    if not channels:
        return Content("No channels: every message must go through public statements.")
    lines: list[Content] = [Content.styled(LEGEND, "dim")]
    for owner in owners:
        mine = [c for c in channels if owner in c.owners]
        if not mine:
            continue
        lines.append(Content(""))
        lines.append(Content.styled(names.get(owner, owner), "bold $accent"))
        lines.extend(channel_line(c, owner, names) for c in mine)
        if owner in hubs:
            linked = [names.get(o, o) for c in mine for o in c.owners if o != owner]
            lines.append(Content.styled(f"  relays messages between {', '.join(linked)}", "italic"))
    return Content("\n").join(lines)


class NetworkGraph(Static, GuardedRender, GuardedHandlers):
    """Set `channels`, `names` and `owners` (the order of sections)."""

    channels: reactive[tuple[ChannelView, ...]] = reactive(())
    names: reactive[Mapping[str, str]] = reactive(dict)
    owners: reactive[tuple[str, ...]] = reactive(())
    hubs: reactive[tuple[str, ...]] = reactive(())

    def render(self) -> Content:
        return network_content(self.channels, self.names, self.owners, self.hubs)
