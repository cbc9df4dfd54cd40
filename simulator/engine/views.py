"""Read-only projections of a session for its audiences: frozen dataclasses of plain values.

Team views never carry the ground truth (perpetrator, forged evidence, facilitator notes);
the facilitator view carries everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from simulator.scenario.playthrough_models import Decision

EndingKind = Literal["de-escalated", "escalated", "neutral"]


@dataclass(frozen=True)
class Ending:
    """How a session ended: an end condition's id, 'turns' (ran out) or 'facilitator'."""

    id: str
    outcome: str
    kind: EndingKind
    turn: int


@dataclass(frozen=True)
class ActionOption:
    """One action as a team may (or may not) take it now."""

    id: str
    name: str
    description: str
    escalation_class: str
    points: float
    message: bool
    intent: str | None
    target_kind: str
    targets: tuple[str, ...]
    public: bool
    hostile: bool
    legal: bool
    reason: str
    cbm: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contribution:
    """One named term of a dyad's risk, in probability units (0.08 = 8 points of risk)."""

    key: str
    label: str
    value: float
    delta: float = 0.0
    dyad: str = ""


@dataclass(frozen=True)
class EventView:
    """An event as its audience reads it."""

    turn: int
    kind: str
    text: str
    dyads: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class InjectNotice:
    """A released inject as a recipient reads it."""

    turn: int
    id: str | None
    title: str
    text: str
    media: bool
    questions: tuple[str, ...] = ()
    notes: str = ""
    to: tuple[str, ...] = ()


@dataclass(frozen=True)
class MessageView:
    """A message as sender or recipient sees it."""

    id: str
    turn: int
    sender: str
    recipient: str
    action: str
    intent: str
    text: str
    evidence: tuple[str, ...]
    tlp: str | None
    status: str
    reason: str
    arrive_turn: int
    route: tuple[str, ...]
    subject: str | None = None
    answers: str | None = None


@dataclass(frozen=True)
class RequestView:
    """A consultation or request for assistance."""

    id: str
    kind: str
    sender: str
    recipient: str
    opened_turn: int
    deadline: int
    status: str


@dataclass(frozen=True)
class EvidenceView:
    """An evidence item as its holder reads it (never says whether it is forged)."""

    id: str
    summary: str
    points_to: str
    strength: float
    tlp: str
    source: str


@dataclass(frozen=True)
class ChannelView:
    """A channel as one side knows it (a stale line shows as alive until someone uses it)."""

    id: str
    ends: tuple[str, str]
    owners: tuple[str, str]
    kind: str
    latency: int
    reliability: float
    protected: bool
    tested: bool
    alive: bool
    usable: bool
    why_unusable: str


@dataclass(frozen=True)
class MoveView:
    """A move a team saw another state make."""

    turn: int
    actor: str
    action: str
    target: str | None
    points: float
    hostile: bool
    public: bool


@dataclass(frozen=True)
class TeamView:
    """Everything one team may see, and nothing more."""

    team: str
    name: str
    turn: int
    clock: str
    over: bool
    briefing: str
    max_actions: int
    states: tuple[str, ...]
    names: Mapping[str, str]
    candidates: tuple[str, ...]
    hosts: Mapping[str, str]
    victims: tuple[str, ...]
    implemented: tuple[str, ...]
    beliefs: Mapping[str, float]  # party -> this team's suspicion of it
    trust: Mapping[str, float]  # other state -> this team's trust in it
    trusted_by: Mapping[str, float]  # other state -> its trust in this team
    pressure: float
    hostility: float
    severity: float
    risk: float
    dyad_risk: Mapping[str, float]
    injects: tuple[InjectNotice, ...]
    inbox: tuple[MessageView, ...]
    outbox: tuple[MessageView, ...]
    open_requests: tuple[RequestView, ...]
    my_requests: tuple[RequestView, ...]
    evidence: tuple[EvidenceView, ...]
    contacts: Mapping[str, bool]
    channels: tuple[ChannelView, ...]
    observed: tuple[MoveView, ...]
    events: tuple[EventView, ...]
    submitted: tuple[Decision, ...] | None
    options: tuple[ActionOption, ...] = ()
    broken: tuple[str, ...] = ()


@dataclass(frozen=True)
class TurnRecord:
    """The results of one resolved turn."""

    turn: int
    clock: str
    decisions: Mapping[str, tuple[Decision, ...]]
    actions: int
    risk: float
    dyads: Mapping[str, float]
    score: float
    total_score: float
    top: tuple[Contribution, ...]
    events: tuple[EventView, ...]
    injects: tuple[str, ...]
    ending: Ending | None = None


@dataclass(frozen=True)
class Explanation:
    """Why a dyad's risk stands where it does at a turn, and what moved it since the last."""

    dyad: str
    a: str
    b: str
    turn: int
    risk: float
    previous: float
    base: float
    contributions: tuple[Contribution, ...]
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class FacilitatorView:
    """Everything, including the hidden ground truth."""

    turn: int
    clock: str
    over: bool
    ending: Ending | None
    seats: Mapping[str, str]
    pending: tuple[str, ...]
    truth: Mapping[str, object]
    severity: float
    pressure: Mapping[str, float]
    hostility: Mapping[str, float]
    trust: Mapping[str, float]  # "a.b": a's trust in b
    suspicion: Mapping[str, Mapping[str, float]]  # holder -> party -> suspicion
    risk: float
    dyads: Mapping[str, float]
    score: float
    total_score: float
    flags: tuple[str, ...]
    fired: Mapping[str, int]
    injects: tuple[InjectNotice, ...]
    messages: tuple[MessageView, ...]
    requests: tuple[RequestView, ...]
    channels: tuple[ChannelView, ...]
    events: tuple[EventView, ...]
    history: tuple[TurnRecord, ...] = field(default_factory=tuple)
    broken: tuple[str, ...] = ()
