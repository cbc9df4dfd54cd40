"""Building views, turn records and journal records from a session's internals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from simulator.engine.rules import check_decisions
from simulator.engine.scoring import ScoreSheet
from simulator.engine.state import ChannelState, Message, Notice, Request
from simulator.engine.views import (
    ActionOption,
    ChannelView,
    Contribution,
    EventView,
    EvidenceView,
    FacilitatorView,
    InjectNotice,
    MessageView,
    MoveView,
    RequestView,
    TeamView,
    TurnRecord,
)
from simulator.errors import RuleError
from simulator.scenario.playthrough_models import Decision

if TYPE_CHECKING:
    from simulator.engine.session import Session


def team_view(s: Session, team: str, history: bool = True) -> TeamView:
    """What one team may see; without `history` the event log is left out (bots never read it,
    and building it for every bot every turn is most of a large game's time)."""
    idx, world = s.index, s.world
    sheet = s.sheets[-1]
    mine = {p: sheet.dyads[p] for p in idx.dyads_of[team]}
    my_contacts = idx.contacts_of.get(team, ())
    return TeamView(
        team=team,
        name=idx.name(team),
        turn=s.turn,
        clock=s.clock_label(),
        over=s.over,
        briefing=idx.by_id[team].briefing,
        max_actions=s.loaded.scenario.max_actions,
        states=idx.states,
        names={p: idx.name(p) for p in (*idx.states, *idx.candidates, *idx.hubs)},
        candidates=tuple(idx.candidates),
        hosts={c.id: c.based_in for c in idx.candidates.values() if c.based_in},
        victims=tuple(sorted(idx.victims, key=idx.order.__getitem__)),
        implemented=tuple(world.implemented[team]),
        beliefs=dict(world.suspicion[team]),
        trust={o: world.trust[(team, o)] for o in idx.states if o != team},
        trusted_by={o: world.trust[(o, team)] for o in idx.states if o != team},
        pressure=world.pressure[team],
        hostility=world.hostility[team],
        severity=world.severity,
        risk=sheet.overall,
        dyad_risk={(p[1] if p[0] == team else p[0]): r.risk for p, r in mine.items()},
        injects=tuple(_notice(n, facilitator=False) for n in world.notices if team in n.to),
        inbox=tuple(_message(m) for m in world.sent_to.get(team, []) if m.status == "delivered"),
        outbox=tuple(_message(m) for m in world.sent_by.get(team, [])),
        open_requests=tuple(
            _request(r) for r in world.requests if r.recipient == team and r.status == "open"
        ),
        my_requests=tuple(_request(r) for r in world.requests if r.sender == team),
        evidence=tuple(
            EvidenceView(
                e,
                idx.evidence[e].summary,
                idx.evidence[e].points_to,
                idx.evidence[e].strength,
                h.tlp,
                h.source,
            )
            for e, h in world.holdings[team].items()
        ),
        contacts={c: world.contacts[c] for c in my_contacts},
        channels=tuple(_channel(world.channels[c]) for c in idx.channels_of.get(team, ())),
        observed=_observed(s, team, since=1 if history else s.turn - BOT_MEMORY),
        events=_team_events(s, team) if history else (),
        submitted=tuple(s.pending[team]) if team in s.pending else None,
        options=tuple(s.options(team)),
        broken=tuple(idx.dyad_key(*p) for p in world.broken),
    )


BOT_MEMORY = 3
"""Turns of past moves a view built for a bot carries (bots look back no further)."""


def _observed(s: Session, team: str, since: int) -> tuple[MoveView, ...]:
    """Moves this team saw from turn `since` on: its own, public ones, those aimed at it."""
    seen: list[MoveView] = []
    for m in reversed(s.world.moves):
        if m.turn < since:
            break
        aimed = m.target is not None and s.index.host_state(m.target) == team
        if m.actor == team or m.public or aimed:
            seen.append(
                MoveView(m.turn, m.actor, m.action, m.target, m.points, m.hostile, m.public)
            )
    return tuple(reversed(seen))


def _team_events(s: Session, team: str) -> tuple[EventView, ...]:
    return tuple(
        _event(s, e, facilitator=False)
        for t in sorted(s.events)
        for e in s.events[t]
        if e.seen_by(team)
    )


def facilitator_view(s: Session) -> FacilitatorView:
    idx, world, sc = s.index, s.world, s.loaded.scenario
    sheet = s.sheets[-1]
    truth: dict[str, object] = {
        "perpetrator": sc.ground_truth.perpetrator,
        "kind": sc.ground_truth.kind,
        "framed": sc.ground_truth.framed,
        "summary": sc.ground_truth.summary,
        "forged": [e.id for e in sc.evidence if e.forged],
    }
    return FacilitatorView(
        turn=s.turn,
        clock=s.clock_label(),
        over=s.over,
        ending=s.ending,
        seats=dict(s.seats),
        pending=tuple(s.humans_pending()),
        truth=truth,
        severity=world.severity,
        pressure=dict(world.pressure),
        hostility=dict(world.hostility),
        trust={f"{a}.{b}": v for (a, b), v in world.trust.items()},
        suspicion={h: dict(row) for h, row in world.suspicion.items()},
        risk=sheet.overall,
        dyads=dyad_risks(s, sheet),
        score=sheet.score,
        total_score=sum(x.score for x in s.sheets[1:]),
        flags=tuple(f for f, on in world.flags.items() if on),
        fired=dict(world.fired),
        injects=tuple(_notice(n, facilitator=True) for n in world.notices),
        messages=tuple(_message(m) for m in world.messages),
        requests=tuple(_request(r) for r in world.requests),
        channels=tuple(_channel(c) for c in world.channels.values()),
        events=tuple(_event(s, e, facilitator=True) for t in sorted(s.events) for e in s.events[t]),
        history=tuple(s.history),
        broken=tuple(idx.dyad_key(*p) for p in world.broken),
    )


def dyad_risks(s: Session, sheet: ScoreSheet) -> dict[str, float]:
    return {s.index.dyad_key(*p): r.risk for p, r in sheet.dyads.items()}


def turn_record(
    s: Session,
    turn: int,
    decisions: Mapping[str, Sequence[Decision]],
    sheet: ScoreSheet,
    top: tuple[Contribution, ...],
) -> TurnRecord:
    return TurnRecord(
        turn=turn,
        clock=s.clock_label(turn),
        decisions={k: tuple(v) for k, v in decisions.items()},
        actions=sum(1 for v in decisions.values() for d in v if d.action != "wait"),
        risk=sheet.overall,
        dyads=dyad_risks(s, sheet),
        score=sheet.score,
        total_score=sum(x.score for x in s.sheets[1:]),
        top=top,
        events=tuple(_event(s, e, facilitator=True) for e in s.events.get(turn, [])),
        injects=tuple(n.inject or n.title for n in s.world.notices if n.turn == turn),
        ending=s.ending,
    )


def resolve_json(
    s: Session, record: TurnRecord, bots: Mapping[str, list[Decision]]
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "resolve",
        "turn": record.turn,
        "bots": {k: [decision_json(d) for d in v] for k, v in bots.items()},
        "risk": record.risk,
        "score": record.score,
        "dyads": dict(record.dyads),
    }
    if record.ending is not None:
        out["ending"] = record.ending.id
    return out


def decision_json(d: Decision) -> dict[str, Any]:
    """A decision as the journal stores it: only the fields that were set."""
    return d.model_dump(mode="json", exclude_defaults=True)


def legal_subset(
    s: Session,
    team: str,
    chosen: Sequence[Decision],
    known: Sequence[ActionOption] | None = None,
) -> list[Decision]:
    """Keep a bot's decisions that pass the rules, in order (a bot bug must not stop a workshop)."""
    kept: list[Decision] = []
    known = known if known is not None else s.options(team)
    for dec in chosen:
        try:
            check_decisions(s.loaded, s.index, s.world, team, [*kept, dec], s.over, known)
        except RuleError:
            continue
        kept.append(dec)
    return kept


def _notice(n: Notice, facilitator: bool) -> InjectNotice:
    return InjectNotice(
        n.turn,
        n.inject,
        n.title,
        n.text,
        n.media,
        n.questions,
        n.notes if facilitator else "",
        n.to,
    )


def _message(m: Message) -> MessageView:
    return MessageView(
        m.id,
        m.sent_turn,
        m.sender,
        m.recipient,
        m.action,
        m.intent,
        m.text,
        tuple(m.evidence),
        m.tlp,
        m.status,
        m.reason,
        m.arrive_turn,
        tuple(m.route),
        m.subject,
        m.answers,
    )


def _request(r: Request) -> RequestView:
    return RequestView(r.id, r.kind, r.sender, r.recipient, r.opened_turn, r.deadline, r.status)


def _channel(c: ChannelState) -> ChannelView:
    return ChannelView(
        c.id,
        c.ends,
        c.owners,
        c.kind,
        c.latency,
        c.reliability,
        c.protected,
        c.tested,
        c.alive,
        c.usable,
        c.why_unusable,
    )


def _event(s: Session, e: Any, facilitator: bool) -> EventView:
    dyads = tuple(s.index.dyad_key(*d) for d in e.dyads)
    return EventView(e.turn, e.kind, e.text, dyads, e.note if facilitator else "")
