"""The condition language: grammar, type checks, located errors, references and evaluation."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from simulator.scenario.conditions import (
    FUNCTIONS,
    ConditionError,
    Reference,
    Value,
    evaluate,
    parse_condition,
)


@dataclass
class World:
    """A condition context with fixed answers, recording the calls it gets."""

    variables: dict[str, Value] = field(default_factory=dict)
    answers: dict[tuple[str, tuple[str, ...]], Value] = field(default_factory=dict)
    calls: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def variable(self, name: str) -> Value:
        return self.variables[name]

    def call(self, name: str, args: tuple[str, ...]) -> Value:
        self.calls.append((name, args))
        return self.answers[(name, args)]


def holds(text: str, world: World) -> bool:
    return evaluate(parse_condition(text), world)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turn >= 3", True),
        ("turn > 3", False),
        ("turn == 3 and severity < 0.5", True),
        ("turn == 4 or severity < 0.5", True),
        ("not turn == 4", True),
        ("not not true", True),
        ("turn - 1 == 2", True),
        ("turn + 0.5 > 3", True),
        ("(turn == 4 or true) and false", False),
        ("turn == 4 or true and false", False),
    ],
)
def test_conditions_evaluate_with_the_usual_precedence(text: str, expected: bool) -> None:
    assert holds(text, World(variables={"turn": 3.0, "severity": 0.4})) is expected


def test_functions_are_answered_by_the_context_with_their_quoted_arguments() -> None:
    world = World(answers={("took", ("any", "ping", "beta")): True, ("risk", ()): 0.2})
    assert holds("took('any', \"ping\", 'beta') and risk() < 0.3", world)
    assert world.calls == [("took", ("any", "ping", "beta")), ("risk", ())]


def test_and_stops_at_the_first_false_part() -> None:
    world = World(variables={"turn": 1.0})
    assert not holds('turn > 2 and flag("never-asked")', world)
    assert world.calls == []


def test_references_list_every_quoted_name_with_its_kind_and_offset() -> None:
    condition = parse_condition('fired("leak") and suspicion("alpha", "gang") > 0.5')
    assert condition.references == (
        Reference("inject", "leak", 6),
        Reference("state", "alpha", 28),
        Reference("party", "gang", 37),
    )


@pytest.mark.parametrize(
    ("text", "message", "offset", "hint"),
    [
        ("turn >= 2 && fired('a')", "unexpected character '&'", 10, "use 'and', 'or', 'not'"),
        ("flag('leak", "unclosed string", 5, "close it with the same quote"),
        ("turn >=", "expected a value but found the end", 7, ""),
        ("(turn > 1", "expected ')' but found the end", 9, ""),
        ("turn > 1 turn", "unexpected 'turn'", 9, "join parts with and/or"),
        ("turnn > 1", "unknown name 'turnn'", 0, "did you mean 'turn'?"),
        ("risk > 0.5", "unknown name 'risk'", 0, "'risk' is a function: write risk(...)"),
        ("fird('a')", "unknown function 'fird'", 0, "did you mean 'fired'?"),
        ("flag()", "flag() takes 1 arguments, got 0", 0, "e.g. flag('flag')"),
        ("took('a')", "took() takes 2 to 3 arguments, got 1", 0, ""),
        ("flag(leak)", "argument of flag() must be a quoted flag id", 5, ""),
        ("flag(1)", "argument of flag() must be a quoted flag id", 5, ""),
        ("turn", "a condition must be true or false", 0, "compare it, e.g. '... > 0.5'"),
        ("turn and true", "'and' joins true/false values", 5, ""),
        ("flag('a') > 1", "'>' compares numbers", 10, ""),
        ("turn == 'three'", "'==' compares a number with a string", 5, ""),
        ("not turn", "'not' needs a true/false value", 0, ""),
    ],
)
def test_a_bad_condition_is_refused_with_the_offset_of_the_problem(
    text: str, message: str, offset: int, hint: str
) -> None:
    with pytest.raises(ConditionError) as caught:
        parse_condition(text)
    assert (caught.value.message, caught.value.offset) == (message, offset)
    if hint:
        assert caught.value.hint == hint


@pytest.mark.parametrize(
    "text",
    ['__import__("os").system("echo hi")', "turn.__class__ == 1", "[x for x in ()]", "lambda: 1"],
)
def test_python_is_never_evaluated(text: str) -> None:
    with pytest.raises(ConditionError):
        parse_condition(text)


def test_every_function_parses_with_its_full_arity() -> None:
    for name, (kinds, _optional, result) in FUNCTIONS.items():
        call = f"{name}({', '.join(repr(k) for k in kinds)})"
        text = call if result == "bool" else f"{call} >= 0"
        assert parse_condition(text).text == text
