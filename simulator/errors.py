"""One error hierarchy, the Problem record and the exit codes every front end shares."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]


class ExitCode(enum.IntEnum):
    """Process exit codes of `ttx`, documented in the README and `--help`."""

    OK = 0
    PROBLEMS = 1
    USAGE = 2


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    file: str
    line: int = 0
    column: int = 0
    path: str = ""
    message: str = ""
    hint: str = ""
    severity: Severity = "error"
    code: str = field(default="", compare=False)

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: "
        if self.severity != "error":
            text += f"{self.severity}: "
        if self.path:
            text += f"{self.path}: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return text

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
            "hint": self.hint,
            "severity": self.severity,
            "code": self.code,
        }


class SimulatorError(Exception):
    """Base of every error we expect and report in the user's words."""

    title = "Error"

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ScenarioError(SimulatorError):
    """A scenario file could not be read or is invalid; carries every problem found."""

    title = "Invalid scenario"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "invalid scenario"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more)


class InputError(SimulatorError):
    """A file is unreadable: missing, binary, not UTF-8, too large."""

    title = "Unreadable input"


class RuleError(SimulatorError):
    """A decision breaks the rules (illegal action, unknown target)."""

    title = "Not allowed"


class JournalError(SimulatorError):
    """A journal is unreadable, truncated beyond repair, or belongs to another scenario."""

    title = "Journal problem"
