"""`-k` selection like pytest's: words matched as substrings, combined with and/or/not.

    expr := or;  or := and ("or" and)*;  and := not ("and" not)*;  not := "not" not | atom
    atom := WORD | "(" expr ")"

Parsed into nested tuples and walked; nothing is evaluated as Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")
_KEYWORDS = ("and", "or", "not")


class SelectionError(ValueError):
    """A `-k` expression that does not parse."""


@dataclass(frozen=True)
class Selection:
    """A compiled `-k` expression."""

    text: str
    tree: object

    def matches(self, names: Sequence[str]) -> bool:
        """True when the expression holds for an item known by `names`."""
        lowered = [n.lower() for n in names]
        return _holds(self.tree, lowered)


def compile_selection(text: str) -> Selection:
    """Parse `text`; raise SelectionError naming the problem."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        raise SelectionError("empty -k expression")
    parser = _Parser(tokens)
    tree = parser.or_()
    if parser.position != len(tokens):
        raise SelectionError(f"unexpected '{tokens[parser.position]}' in -k '{text}'")
    return Selection(text, tree)


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str:
        return self.tokens[self.position] if self.position < len(self.tokens) else ""

    def take(self) -> str:
        token = self.peek()
        if not token:
            raise SelectionError("the -k expression ends too early")
        self.position += 1
        return token

    def or_(self) -> object:
        node = self.and_()
        while self.peek() == "or":
            self.take()
            node = ("or", node, self.and_())
        return node

    def and_(self) -> object:
        node = self.not_()
        while self.peek() == "and":
            self.take()
            node = ("and", node, self.not_())
        return node

    def not_(self) -> object:
        if self.peek() == "not":
            self.take()
            return ("not", self.not_())
        return self.atom()

    def atom(self) -> object:
        token = self.take()
        if token == "(":
            node = self.or_()
            if self.take() != ")":
                raise SelectionError("missing ')' in the -k expression")
            return node
        if token == ")" or token in _KEYWORDS:
            raise SelectionError(f"expected a word, found '{token}' in the -k expression")
        return ("word", token.lower())


def _holds(node: object, names: list[str]) -> bool:
    assert isinstance(node, tuple)
    kind = node[0]
    if kind == "word":
        return any(node[1] in name for name in names)
    if kind == "not":
        return not _holds(node[1], names)
    if kind == "and":
        return _holds(node[1], names) and _holds(node[2], names)
    return _holds(node[1], names) or _holds(node[2], names)
