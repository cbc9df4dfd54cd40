"""The vocabulary and syntax tree of the condition language: functions, variables, nodes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ArgKind = Literal["state", "actor", "action", "inject", "flag", "channel", "party", "cbm"]
Value = bool | float | str

# name -> (argument kinds, number of optional trailing arguments, result type)
FUNCTIONS: dict[str, tuple[tuple[ArgKind, ...], int, Literal["bool", "number"]]] = {
    "flag": (("flag",), 0, "bool"),
    "fired": (("inject",), 0, "bool"),
    "turns_since": (("inject",), 0, "number"),
    "took": (("actor", "action", "party"), 1, "bool"),
    "count": (("actor", "action", "party"), 1, "number"),
    "risk": (("state", "state"), 2, "number"),
    "peak_risk": (("state", "state"), 2, "number"),
    "trust": (("state", "state"), 0, "number"),
    "suspicion": (("state", "party"), 0, "number"),
    "pressure": (("state",), 0, "number"),
    "hostility": (("state",), 0, "number"),
    "score": ((), 0, "number"),
    "total_score": ((), 0, "number"),
    "implemented": (("state", "cbm"), 0, "bool"),
    "channel_tested": (("channel",), 0, "bool"),
    "channel_alive": (("channel",), 0, "bool"),
    "attributed": (("state", "party"), 0, "bool"),
}
VARIABLES: dict[str, Literal["bool", "number"]] = {"turn": "number", "severity": "number"}
NEVER = 999.0
"""turns_since() of an inject that never fired."""


class ConditionError(Exception):
    """A condition that does not parse or type-check; offset is 0-based into the text."""

    def __init__(self, message: str, offset: int, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.hint = hint


@dataclass(frozen=True)
class Literal_:
    value: Value
    offset: int


@dataclass(frozen=True)
class Name:
    name: str
    offset: int


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]
    offset: int


@dataclass(frozen=True)
class Unary:
    op: str
    operand: Node
    offset: int


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node
    offset: int


Node = Literal_ | Name | Call | Unary | Binary


@dataclass(frozen=True)
class Reference:
    """A name a condition refers to, for lint: kind, the name and where it stands."""

    kind: ArgKind
    value: str
    offset: int
