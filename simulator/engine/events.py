"""Events: what happened during a turn, in plain words, with who may see it."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.engine.state import Pair

EVERYONE = "all"
"""Audience marker of an event every team sees."""


@dataclass(frozen=True)
class Event:
    """One thing that happened; `note` is extra detail only the facilitator sees."""

    turn: int
    kind: str
    text: str
    visible_to: tuple[str, ...]
    dyads: tuple[Pair, ...] = ()
    note: str = ""

    def seen_by(self, team: str) -> bool:
        return EVERYONE in self.visible_to or team in self.visible_to


class EventLog:
    """Collects the events of one turn in the order they happen."""

    def __init__(self, turn: int) -> None:
        self.turn = turn
        self.events: list[Event] = []

    def add(
        self,
        kind: str,
        text: str,
        visible_to: tuple[str, ...] | list[str],
        dyads: tuple[Pair, ...] | list[Pair] = (),
        note: str = "",
    ) -> None:
        self.events.append(Event(self.turn, kind, text, tuple(visible_to), tuple(dyads), note))
