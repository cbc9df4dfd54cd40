"""A plain record of what happened in a playthrough: what expectations are checked against.

The runner fills it from a `Session`; the checker reads only this record, so it can be tested
without the engine and cannot change the session it judges.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


def dyad_key(a: str, b: str, order: Sequence[str]) -> str:
    """The engine's key of a pair of states: 'a-b' with `a` declared first in the scenario."""
    if a in order and b in order and order.index(b) < order.index(a):
        a, b = b, a
    return f"{a}-{b}"


@dataclass(frozen=True)
class TurnOutcome:
    """Readings after one resolved turn."""

    turn: int
    risk: float
    """Overall escalation risk (0..1)."""
    dyads: Mapping[str, float]
    """Risk per pair of states, keyed 'a-b' in declaration order."""
    score: float
    """Escalation score of the turn (Rivera et al. points)."""
    fired: tuple[str, ...] = ()
    """Injects fired during this turn, including ones the facilitator released."""
    flags: tuple[str, ...] = ()
    """Flags set once the turn resolved."""


@dataclass(frozen=True)
class RefusalRecord:
    """A scripted decision the engine refused as illegal."""

    turn: int
    team: str
    action: str
    reason: str


@dataclass(frozen=True)
class RunOutcome:
    """Everything a playthrough's expectations may ask about."""

    turns: tuple[TurnOutcome, ...]
    """One per resolved turn, in order."""
    ending: str | None = None
    """Id of the end condition that ended the session, 'turns' when turns ran out,
    'facilitator' when the facilitator ended it, None when it is still running."""
    ended_at: int | None = None
    """Turn at which the session ended."""
    refusals: tuple[RefusalRecord, ...] = ()
    holds: Mapping[tuple[int, str], bool] = field(default_factory=dict)
    """Value of each `holds` condition asked for, keyed (turn after which it was read, text)."""
    report: str = ""
    """The after-action report at the end."""
    fired_before_play: tuple[str, ...] = ()
    """Injects fired before the first turn resolved (turn-1 injects are in turns[0].fired)."""

    @property
    def last_turn(self) -> int:
        return self.turns[-1].turn if self.turns else 0

    def at(self, turn: int) -> TurnOutcome | None:
        """The readings after `turn`, or None when that turn was never resolved."""
        for outcome in self.turns:
            if outcome.turn == turn:
                return outcome
        return None

    def fired_by(self, turn: int) -> list[str]:
        """Injects fired up to and including `turn`, in firing order."""
        fired = list(self.fired_before_play)
        for outcome in self.turns:
            if outcome.turn <= turn:
                fired.extend(outcome.fired)
        return fired
