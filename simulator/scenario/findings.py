"""Findings (problems known by their data path) and the locator that places them in the file."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.errors import Problem, Severity
from simulator.scenario.yaml_reader import DataPath, Spot, YamlDocument, value_at


@dataclass(frozen=True)
class Finding:
    """A problem found in the data, before we know where in the file it stands."""

    path: DataPath
    message: str
    hint: str = ""
    severity: Severity = "error"
    code: str = ""
    at_key: bool = False
    """Point at the key rather than the value (unknown keys, duplicate ids)."""
    offset: int | None = None
    """Character offset inside a text value (a condition), to point at the offending character."""
    subject: str = ""
    """The name a reference finding is about (lets the loader drop echoes of other problems)."""


def dotted(path: DataPath) -> str:
    """`('states', 0, 'cbms')` -> 'states.0.cbms'."""
    return ".".join(str(part) for part in path)


class Locator:
    """Turns findings into located Problems using the positions recorded while reading."""

    def __init__(self, source: str, doc: YamlDocument | None, text: str = "") -> None:
        self.source = source
        self.doc = doc
        self.lines = text.splitlines()

    def problem(self, finding: Finding) -> Problem:
        line, column = self.position(finding.path, at_key=finding.at_key, offset=finding.offset)
        return Problem(
            file=self.source,
            line=line,
            column=column,
            path=dotted(finding.path),
            message=finding.message,
            hint=finding.hint,
            severity=finding.severity,
            code=finding.code,
        )

    def problems(self, findings: list[Finding]) -> list[Problem]:
        return [self.problem(f) for f in findings]

    def position(
        self, path: DataPath, *, at_key: bool = False, offset: int | None = None
    ) -> tuple[int, int]:
        """Line and column of the value at `path`, or of its nearest recorded ancestor."""
        if self.doc is None:
            return 1, 1
        if at_key and path in self.doc.keys:
            key = self.doc.keys[path]
            return key.line, key.column
        for depth in range(len(path), -1, -1):
            spot = self.doc.values.get(path[:depth])
            if spot is not None:
                if offset is not None and depth == len(path):
                    return self._inside(spot, path, offset)
                return spot.line, spot.column
        return 1, 1

    def _inside(self, spot: Spot, path: DataPath, offset: int) -> tuple[int, int]:
        """Position of character `offset` of a text value, where the way it is written allows."""
        if spot.style in ("", "'", '"') and spot.end_line == spot.line:
            quote = 1 if spot.style else 0
            return spot.line, spot.column + quote + offset
        if spot.style == "|":
            return self._inside_literal_block(spot, path, offset)
        return spot.line, spot.column

    def _inside_literal_block(self, spot: Spot, path: DataPath, offset: int) -> tuple[int, int]:
        # A literal block keeps its line breaks, and its text starts on the line after the
        # '|' indicator, every line indented alike: so an offset maps to a line and column.
        first = spot.line + 1
        text = value_at(self.doc.data if self.doc else None, path)
        if first > len(self.lines) or not isinstance(text, str):
            return spot.line, spot.column
        indent = len(self.lines[first - 1]) - len(self.lines[first - 1].lstrip(" "))
        before = text[: min(offset, len(text.rstrip()))]  # the end of the text, not past it
        line_start = before.rfind("\n") + 1
        return first + before.count("\n"), indent + 1 + len(before) - line_start
