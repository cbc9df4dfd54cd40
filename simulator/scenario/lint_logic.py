"""What can be known about a condition before play: true, false or unknown (None).

A small abstract interpretation: numbers become intervals (risk is within 0..1, the turn
within 1..turns), facts known from the file (a flag nothing sets, an inject that never fires,
the measures a state implemented) become true or false, and everything decided in play stays
unknown. Lint uses it to find injects that can never fire and endings that can never hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from simulator.scenario.condition_tree import NEVER, Binary, Call, Literal_, Name, Node, Unary

Truth = bool | None
Interval = tuple[float, float]
_ANY_NUMBER: Interval = (-math.inf, math.inf)
_FRACTION: Interval = (0.0, 1.0)
_FRACTIONS = ("risk", "peak_risk", "trust", "suspicion", "pressure", "hostility")


@dataclass(frozen=True)
class Facts:
    """What the file settles before play."""

    first_turn: int
    last_turn: int
    unset_flags: frozenset[str] = frozenset()
    """Flags no effect can ever set: flag() of them is false."""
    silent_injects: frozenset[str] = frozenset()
    """Injects that can never fire on their own."""
    implemented: dict[str, frozenset[str]] = field(default_factory=dict)
    """State id -> measures it implemented (fixed for the whole session)."""


def truth(node: Node, facts: Facts) -> Truth:
    """True or False when the file decides the condition, None when play decides it."""
    if isinstance(node, Literal_):
        return node.value if isinstance(node.value, bool) else None
    if isinstance(node, Call):
        return _call_truth(node, facts)
    if isinstance(node, Unary):
        inner = truth(node.operand, facts)
        return None if inner is None else not inner
    if isinstance(node, Binary):
        return _binary_truth(node, facts)
    return None


def _call_truth(node: Call, facts: Facts) -> Truth:
    args = [a.value for a in node.args if isinstance(a, Literal_)]
    if node.name == "flag" and args and args[0] in facts.unset_flags:
        return False
    if node.name == "fired" and args and args[0] in facts.silent_injects:
        return False
    if node.name == "implemented" and len(args) == 2 and str(args[0]) in facts.implemented:
        return str(args[1]) in facts.implemented[str(args[0])]
    return None


def _binary_truth(node: Binary, facts: Facts) -> Truth:
    if node.op in ("and", "or"):
        left, right = truth(node.left, facts), truth(node.right, facts)
        if node.op == "and":
            if left is False or right is False:
                return False
            return True if left and right else None
        if left is True or right is True:
            return True
        return False if left is False and right is False else None
    a, b = bounds(node.left, facts), bounds(node.right, facts)
    if a is None or b is None:
        return None
    return _compare(node.op, a, b)


def _compare(op: str, a: Interval, b: Interval) -> Truth:
    (a0, a1), (b0, b1) = a, b
    if op == "<":
        return True if a1 < b0 else False if a0 >= b1 else None
    if op == "<=":
        return True if a1 <= b0 else False if a0 > b1 else None
    if op == ">":
        return _compare("<", b, a)
    if op == ">=":
        return _compare("<=", b, a)
    equal: Truth = True if a0 == a1 == b0 == b1 else False if a1 < b0 or b1 < a0 else None
    if op == "==":
        return equal
    return None if equal is None else not equal


def bounds(node: Node, facts: Facts) -> Interval | None:
    """The interval a numeric expression stays in, or None for a non-number."""
    if isinstance(node, Literal_):
        if isinstance(node.value, (bool, str)):
            return None
        return (node.value, node.value)
    if isinstance(node, Name):
        if node.name == "turn":
            return (float(facts.first_turn), float(facts.last_turn))
        return _FRACTION if node.name == "severity" else None
    if isinstance(node, Call):
        return _call_bounds(node, facts)
    if isinstance(node, Binary) and node.op in ("+", "-"):
        a, b = bounds(node.left, facts), bounds(node.right, facts)
        if a is None or b is None:
            return None
        if node.op == "+":
            return (a[0] + b[0], a[1] + b[1])
        return (a[0] - b[1], a[1] - b[0])
    return None


def _call_bounds(node: Call, facts: Facts) -> Interval | None:
    if node.name in _FRACTIONS:
        return _FRACTION
    if node.name == "turns_since":
        args = [a.value for a in node.args if isinstance(a, Literal_)]
        if args and args[0] in facts.silent_injects:
            return (NEVER, NEVER)
        return (0.0, NEVER)
    if node.name == "count":
        return (0.0, math.inf)
    if node.name in ("score", "total_score"):
        return _ANY_NUMBER
    return None
