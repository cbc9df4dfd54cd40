"""Facilitator powers (release an inject, adjust a variable, end) and replaying journal records.

Each power checks first and journals after, so a refused step leaves no trace.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from simulator.engine.injects import fire, release_adhoc
from simulator.engine.journal import Record
from simulator.engine.variables import set_variable
from simulator.engine.views import Ending, TurnRecord
from simulator.errors import RuleError
from simulator.scenario.playthrough_models import Decision

if TYPE_CHECKING:
    from simulator.engine.session import Session


def release_inject(
    s: Session,
    inject_id: str | None,
    *,
    title: str,
    text: str,
    to: Sequence[str],
    reason: str,
) -> None:
    if s.over:
        raise RuleError("the session is over")
    ctx = s.context()
    if inject_id is not None:
        inj = s.index.injects.get(inject_id)
        if inj is None:
            raise RuleError(f"unknown inject '{inject_id}'", hint=", ".join(s.index.injects))
        if inject_id in s.world.fired:
            raise RuleError(
                f"inject '{inject_id}' already fired in turn {s.world.fired[inject_id]}"
            )
        fire(ctx, s.loaded, inj, s.condition_context(), reason)
    else:
        if not title.strip() or not text.strip():
            raise RuleError("an ad-hoc inject needs a title and a text")
        release_adhoc(ctx, title, text, to, reason)
    s.keep_events(ctx)
    s.record(
        {
            "type": "release",
            "turn": s.turn,
            "inject": inject_id,
            "title": title,
            "text": text,
            "to": list(to),
            "reason": reason,
        }
    )


def adjust(s: Session, variable: str, value: float, reason: str) -> None:
    if s.over:
        raise RuleError("the session is over")
    if not reason.strip():
        raise RuleError("say why you adjust it: the reason goes into the journal")
    ctx = s.context()
    set_variable(ctx, variable, value, reason)
    s.keep_events(ctx)
    s.record(
        {"type": "adjust", "turn": s.turn, "variable": variable, "value": value, "reason": reason}
    )


def end(s: Session, reason: str) -> None:
    if s.over:
        raise RuleError("the session is already over")
    s.ending = Ending("facilitator", reason or "Ended by the facilitator.", "neutral", s.turn)
    s.record({"type": "end", "turn": s.turn, "reason": reason})


def apply_record(s: Session, rec: Record) -> TurnRecord | None:
    """Apply one journal record by calling the method that wrote it."""
    kind = rec["type"]
    if kind == "submit":
        s.submit(rec["team"], [Decision.model_validate(d) for d in rec["decisions"]])
    elif kind == "resolve":
        return s.resolve_turn()
    elif kind == "release":
        s.release_inject(
            rec.get("inject"),
            title=rec.get("title", ""),
            text=rec.get("text", ""),
            to=rec.get("to", ["all"]),
            reason=rec.get("reason", ""),
        )
    elif kind == "adjust":
        s.adjust(rec["variable"], float(rec["value"]), rec["reason"])
    elif kind == "end":
        s.end(rec.get("reason", ""))
    elif kind == "undo":
        s.undo()
    else:
        raise RuleError(f"unknown journal record type '{kind}'")
    return None
