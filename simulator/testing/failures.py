"""What a failed playthrough says: one record per broken expectation, and its text."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Failure:
    """One expectation that did not hold (or a run that could not finish)."""

    check: str
    """What was checked, e.g. 'risk borealia-austral' or 'fired'."""
    expected: str
    actual: str
    turn: int | None = None
    """Turn after which it was checked; None when the run did not get that far."""
    expectation: int | None = None
    """Index of the expectation in the playthrough's `expect` list."""
    dyad: tuple[str, str] | None = None
    """Pair whose risk explains the failure; the riskiest pair at that turn when None."""
    location: str = ""
    """Where the expectation is written, e.g. 'scenarios/x.yaml:88: playthroughs.0.expect.2'."""
    explanation: str = ""
    """The engine's explanation of the risk at that turn, one contribution per line."""

    def located(self, location: str) -> Failure:
        return replace(self, location=location)

    def explained(self, explanation: str) -> Failure:
        return replace(self, explanation=explanation)


def format_failure(failure: Failure) -> str:
    """A failure as a few indented lines a scenario author can act on."""
    when = f"after turn {failure.turn}" if failure.turn is not None else "before play ended"
    lines = [f"{when}: {failure.check}"]
    if failure.location:
        lines.append(f"  written at {failure.location}")
    lines.append(f"  expected: {_indented(failure.expected)}")
    lines.append(f"  actual:   {_indented(failure.actual)}")
    if failure.explanation:
        lines.append("  why the risk stood where it did:")
        lines.extend(f"    {line}" for line in failure.explanation.splitlines())
    return "\n".join(lines)


def _indented(text: str) -> str:
    """Continuation lines of a multi-line value (a diff) line up under its first line."""
    return text.replace("\n", "\n" + " " * 12)


def format_number(value: float, *others: float) -> str:
    """Three decimals, or more when that is needed to tell `value` apart from `others`."""
    for digits in (3, 6, 12):
        text = f"{value:.{digits}f}"
        if all(text != f"{other:.{digits}f}" for other in others):
            return text
    return repr(value)
