"""Limits on what we agree to read, checked before and while YAML is parsed, and failures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruamel.yaml.error import MarkedYAMLError

if TYPE_CHECKING:
    from simulator.scenario.yaml_reader import Spot  # late: yaml_reader imports this module

MAX_BYTES = 1024 * 1024
"""Largest scenario file read (1 MiB). Real scenarios are 10-100 KB; pure-Python YAML parsing
runs at roughly 200 KB/s, so the cap also bounds how long a hostile file can keep us busy."""

MAX_DEPTH = 64
"""Deepest nesting of lists and mappings; a scenario needs about ten levels."""

MAX_ALIAS_VALUES = 100_000
"""Most values that aliases may add by expansion, summed over the file."""


class YamlFailure(Exception):
    """A YAML-level problem at a position; fatal when raised, recorded when collected."""

    def __init__(self, message: str, spot: Spot, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.spot = spot
        self.hint = hint


_OPENERS = "[{"
_CLOSERS = "]}"
_SCALAR_STARTS = "[{,:-?"


def deepest_flow_nesting(text: str) -> tuple[int, int] | None:
    """Line and column where flow brackets first nest deeper than MAX_DEPTH, else None.

    ruamel.yaml's scanner does work proportional to the flow depth for every token, so a
    file of a million '[' takes minutes before the first event arrives. This rough scan
    (quotes and comments skipped, nothing else understood) refuses such files up front.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    line, column = 1, 0
    last = "\n"  # last non-blank character, to tell a quote that opens a scalar
    quote = ""
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        column += 1
        if char == "\n":
            line, column, last = line + 1, 0, "\n"
            if quote == "#":
                quote = ""
        elif quote == "#":
            pass
        elif quote:
            if char == "\\" and quote == '"':
                i += 1
                column += 1
            elif char == quote:
                quote = ""
                last = char
        elif char == "#" and (last == "\n" or text[i - 1] in " \t"):
            quote = "#"
        elif char in "\"'" and (last == "\n" or last in _SCALAR_STARTS):
            quote = char
        elif char in _OPENERS:
            depth += 1
            if depth > MAX_DEPTH:
                return line, column
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        if char not in " \t\n" and not quote:
            last = char
        i += 1
    return None


def syntax_failure(exc: MarkedYAMLError) -> YamlFailure:
    """A parser or scanner error as a located failure with a hint for the usual causes."""
    mark = exc.problem_mark or exc.context_mark
    from simulator.scenario.yaml_reader import Spot  # late: yaml_reader imports this module

    spot = Spot(mark.line + 1, mark.column + 1) if mark is not None else Spot(1, 1)
    problem = str(exc.problem or exc.context or "not valid YAML")
    context = f" {exc.context}" if exc.context and exc.problem else ""
    return YamlFailure(f"not valid YAML:{context}: {problem}", spot, _syntax_hint(problem))


def _syntax_hint(problem: str) -> str:
    if "'\\t'" in problem:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "put text that contains ': ' in quotes"
    if "expected <block end>" in problem or "could not find expected ':'" in problem:
        return "check the indentation of this line and the one above"
    if "end of stream" in problem or "<stream end>" in problem:
        return "a quote or bracket is never closed"
    return ""
