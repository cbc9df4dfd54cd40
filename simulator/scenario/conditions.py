"""The condition language of `when:` fields: tokenizer, parser, checker and evaluator.

Grammar (see docs/scenario-format.md):

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum)?
    sum     := atom (("+" | "-") atom)*
    atom    := NUMBER | STRING | "true" | "false" | NAME | NAME "(" [expr ("," expr)*] ")"
             | "(" expr ")"

Nothing is ever passed to Python's eval: the tree below is walked by `evaluate`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from simulator.scenario.condition_tree import (
    FUNCTIONS,
    NEVER,
    VARIABLES,
    ArgKind,
    Binary,
    Call,
    ConditionError,
    Literal_,
    Name,
    Node,
    Reference,
    Unary,
    Value,
)

__all__ = [
    "FUNCTIONS",
    "NEVER",
    "VARIABLES",
    "ArgKind",
    "Condition",
    "ConditionContext",
    "ConditionError",
    "Node",
    "Reference",
    "Value",
    "evaluate",
    "parse_condition",
]


_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<str>\"[^\"]*\"|'[^']*')|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op><=|>=|==|!=|[<>()+,-]))"
)


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    offset: int


def _tokens(text: str) -> Iterator[_Tok]:
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            bad = pos + len(text[pos:]) - len(text[pos:].lstrip())
            if text[bad] in "\"'":
                raise ConditionError("unclosed string", bad, "close it with the same quote")
            hint = "use 'and', 'or', 'not'" if text[bad] in "&|!=" else ""
            raise ConditionError(f"unexpected character {text[bad]!r}", bad, hint)
        kind = m.lastgroup or ""
        yield _Tok(kind, m.group(kind), m.start(kind))
        pos = m.end()
    yield _Tok("end", "", len(text))


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = list(_tokens(text))
        self.i = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, text: str) -> _Tok:
        tok = self.take()
        if tok.text != text:
            found = repr(tok.text) if tok.kind != "end" else "the end"
            raise ConditionError(f"expected '{text}' but found {found}", tok.offset)
        return tok

    def parse(self) -> Node:
        node = self.or_()
        tok = self.peek()
        if tok.kind != "end":
            raise ConditionError(f"unexpected {tok.text!r}", tok.offset, "join parts with and/or")
        return node

    def or_(self) -> Node:
        node = self.and_()
        while self.peek().text == "or":
            tok = self.take()
            node = Binary("or", node, self.and_(), tok.offset)
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.peek().text == "and":
            tok = self.take()
            node = Binary("and", node, self.not_(), tok.offset)
        return node

    def not_(self) -> Node:
        if self.peek().text == "not":
            tok = self.take()
            return Unary("not", self.not_(), tok.offset)
        return self.compare()

    def compare(self) -> Node:
        node = self.sum_()
        if self.peek().text in ("<", "<=", ">", ">=", "==", "!="):
            tok = self.take()
            node = Binary(tok.text, node, self.sum_(), tok.offset)
        return node

    def sum_(self) -> Node:
        node = self.atom()
        while self.peek().text in ("+", "-"):
            tok = self.take()
            node = Binary(tok.text, node, self.atom(), tok.offset)
        return node

    def atom(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Literal_(float(tok.text), tok.offset)
        if tok.kind == "str":
            return Literal_(tok.text[1:-1], tok.offset)
        if tok.text == "(":
            node = self.or_()
            self.expect(")")
            return node
        if tok.kind == "name":
            if tok.text in ("true", "false"):
                return Literal_(tok.text == "true", tok.offset)
            if self.peek().text == "(":
                return self.call(tok)
            return Name(tok.text, tok.offset)
        found = repr(tok.text) if tok.kind != "end" else "the end"
        raise ConditionError(f"expected a value but found {found}", tok.offset)

    def call(self, name: _Tok) -> Node:
        self.expect("(")
        args: list[Node] = []
        if self.peek().text != ")":
            args.append(self.or_())
            while self.peek().text == ",":
                self.take()
                args.append(self.or_())
        self.expect(")")
        return Call(name.text, tuple(args), name.offset)


def _suggest(name: str, options: list[str]) -> str:
    close = difflib.get_close_matches(name, options, n=1)
    return f"did you mean '{close[0]}'?" if close else f"known: {', '.join(sorted(options))}"


def _check(node: Node, refs: list[Reference]) -> Literal["bool", "number", "string"]:
    if isinstance(node, Literal_):
        if isinstance(node.value, bool):
            return "bool"
        return "string" if isinstance(node.value, str) else "number"
    if isinstance(node, Name):
        if node.name not in VARIABLES:
            hint = _suggest(node.name, [*VARIABLES, *FUNCTIONS])
            if node.name in FUNCTIONS:
                hint = f"'{node.name}' is a function: write {node.name}(...)"
            raise ConditionError(f"unknown name '{node.name}'", node.offset, hint)
        return VARIABLES[node.name]
    if isinstance(node, Call):
        return _check_call(node, refs)
    if isinstance(node, Unary):
        if _check(node.operand, refs) != "bool":
            raise ConditionError("'not' needs a true/false value", node.offset)
        return "bool"
    left, right = _check(node.left, refs), _check(node.right, refs)
    if node.op in ("and", "or"):
        if left != "bool" or right != "bool":
            raise ConditionError(f"'{node.op}' joins true/false values", node.offset)
        return "bool"
    if node.op in ("+", "-", "<", "<=", ">", ">="):
        if left != "number" or right != "number":
            raise ConditionError(f"'{node.op}' compares numbers", node.offset)
        return "number" if node.op in ("+", "-") else "bool"
    if left != right:
        raise ConditionError(f"'{node.op}' compares a {left} with a {right}", node.offset)
    return "bool"


def _check_call(node: Call, refs: list[Reference]) -> Literal["bool", "number"]:
    if node.name not in FUNCTIONS:
        raise ConditionError(
            f"unknown function '{node.name}'", node.offset, _suggest(node.name, list(FUNCTIONS))
        )
    kinds, optional, result = FUNCTIONS[node.name]
    low, high = len(kinds) - optional, len(kinds)
    if not low <= len(node.args) <= high:
        want = str(high) if low == high else f"{low} to {high}"
        raise ConditionError(
            f"{node.name}() takes {want} arguments, got {len(node.args)}",
            node.offset,
            f"e.g. {node.name}({', '.join(repr(k) for k in kinds)})",
        )
    for kind, arg in zip(kinds, node.args, strict=False):
        if not (isinstance(arg, Literal_) and isinstance(arg.value, str)):
            raise ConditionError(
                f"argument of {node.name}() must be a quoted {kind} id", _offset(arg)
            )
        refs.append(Reference(kind, arg.value, arg.offset))
    return result


def _offset(node: Node) -> int:
    return node.offset


@dataclass(frozen=True)
class Condition:
    """A parsed, type-checked condition."""

    text: str
    tree: Node
    references: tuple[Reference, ...]


def parse_condition(text: str) -> Condition:
    """Parse and type-check `text`; raise ConditionError with an offset on any problem."""
    tree = _Parser(text).parse()
    refs: list[Reference] = []
    if _check(tree, refs) != "bool":
        raise ConditionError("a condition must be true or false", 0, "compare it, e.g. '... > 0.5'")
    return Condition(text, tree, tuple(refs))


class ConditionContext(Protocol):
    """What the engine provides to evaluate conditions against a session state."""

    def variable(self, name: str) -> Value: ...

    def call(self, name: str, args: tuple[str, ...]) -> Value: ...


def evaluate(cond: Condition, ctx: ConditionContext) -> bool:
    """Evaluate a parsed condition against a context."""
    return bool(_eval(cond.tree, ctx))


def _eval(node: Node, ctx: ConditionContext) -> Value:
    if isinstance(node, Literal_):
        return node.value
    if isinstance(node, Name):
        return ctx.variable(node.name)
    if isinstance(node, Call):
        return ctx.call(node.name, tuple(str(_eval(a, ctx)) for a in node.args))
    if isinstance(node, Unary):
        return not _eval(node.operand, ctx)
    if node.op == "and":
        return bool(_eval(node.left, ctx)) and bool(_eval(node.right, ctx))
    if node.op == "or":
        return bool(_eval(node.left, ctx)) or bool(_eval(node.right, ctx))
    a, b = _eval(node.left, ctx), _eval(node.right, ctx)
    if node.op == "==":
        return a == b
    if node.op == "!=":
        return a != b
    x, y = float(a), float(b)
    if node.op == "+":
        return x + y
    if node.op == "-":
        return x - y
    if node.op == "<":
        return x < y
    if node.op == "<=":
        return x <= y
    if node.op == ">":
        return x > y
    return x >= y
