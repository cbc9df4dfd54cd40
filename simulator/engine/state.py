"""What changes during a session: the mutable world state and its parts.

Every mapping here is filled in scenario declaration order and only ever iterated in that
order, so nothing depends on set or hash ordering.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Pair = tuple[str, str]
"""An ordered pair of state ids in declaration order (a dyad), or (holder, other) for trust."""

MessageStatus = Literal["in-transit", "delivered", "failed"]
RequestStatus = Literal["open", "answered", "expired"]


@dataclass
class ChannelState:
    """A channel between two points of contact, as it really is."""

    id: str
    ends: Pair
    owners: Pair
    kind: str
    latency: int
    reliability: float
    protected: bool
    tested: bool
    alive: bool = True
    usable: bool = True
    why_unusable: str = ""

    def owners_states(self, states: Mapping[str, int]) -> tuple[str, ...]:
        """The owners of the two ends that are states (not hubs)."""
        return tuple(dict.fromkeys(o for o in self.owners if o in states))


@dataclass
class Message:
    """A message between states (or to a hub), with its route and fate."""

    id: str
    sender: str
    recipient: str
    action: str
    intent: str
    text: str
    evidence: list[str]
    tlp: str | None
    answers: str | None
    sent_turn: int
    subject: str | None = None
    arrive_turn: int = 0
    route: list[str] = field(default_factory=list)
    hops: int = 0
    fidelity: float = 1.0
    status: MessageStatus = "in-transit"
    reason: str = ""


@dataclass
class Request:
    """A consultation or request for assistance waiting for an answer."""

    id: str
    kind: str
    sender: str
    recipient: str
    opened_turn: int
    deadline: int
    status: RequestStatus = "open"


@dataclass(frozen=True)
class Holding:
    """How a state came to hold an evidence item: its own, from an inject, or shared by a state."""

    source: str
    tlp: str


@dataclass(frozen=True)
class MoveRecord:
    """One decision that was taken (legal and resolved), for conditions and bots."""

    turn: int
    actor: str
    action: str
    target: str | None
    points: float
    hostile: bool
    public: bool
    message: bool


@dataclass(frozen=True)
class Notice:
    """An inject as released: who got it and which text."""

    turn: int
    inject: str | None
    title: str
    text: str
    to: tuple[str, ...]
    media: bool
    public: bool
    questions: tuple[str, ...] = ()
    notes: str = ""
    reason: str = ""


@dataclass
class WorldState:
    """The whole mutable state of a session."""

    turn: int
    severity: float
    pressure: dict[str, float]
    base_pressure: dict[str, float]
    hostility: dict[str, float]
    base_hostility: dict[str, float]
    trust: dict[Pair, float]
    suspicion: dict[str, dict[str, float]]
    credit: dict[Pair, float]
    steps: dict[Pair, dict[str, float]]
    crossed: dict[Pair, list[str]]
    implemented: dict[str, list[str]]
    contacts: dict[str, bool]
    channels: dict[str, ChannelState]
    holdings: dict[str, dict[str, Holding]]
    broken: list[Pair] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)
    fired: dict[str, int] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    moves: list[MoveRecord] = field(default_factory=list)
    attributions: list[tuple[int, str, str, bool]] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    sent_by: dict[str, list[Message]] = field(default_factory=dict)
    sent_to: dict[str, list[Message]] = field(default_factory=dict)

    def flag(self, name: str) -> bool:
        return self.flags.get(name, False)

    def add_message(self, msg: Message) -> None:
        """Keep a message, indexed by sender and recipient so views need not scan them all."""
        self.messages.append(msg)
        self.sent_by.setdefault(msg.sender, []).append(msg)
        self.sent_to.setdefault(msg.recipient, []).append(msg)
