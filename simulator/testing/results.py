"""The result of running one playthrough, and how a result reads on a terminal."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, replace

from simulator.testing.failures import Failure, format_failure


def playthrough_id(declared_in: str, name: str) -> str:
    """'scenarios/x.yaml::cbm-path': what `ttx test` and pytest both accept to select it."""
    return f"{declared_in}::{name}"


def replay_command(declared_in: str, name: str) -> str:
    """The shell command that runs exactly this playthrough again."""
    return f"ttx test {shlex.quote(playthrough_id(declared_in, name))}"


@dataclass(frozen=True)
class PlaythroughResult:
    """What happened when a playthrough ran."""

    declared_in: str
    """File the playthrough is written in."""
    name: str
    seed: int
    failures: tuple[Failure, ...] = ()
    error: str = ""
    """Set when the run could not finish (an exception in the engine, or an unreadable file)."""
    seconds: float = 0.0
    transcript: str = ""
    invalid: bool = False
    """The file did not load, so none of its playthroughs ran; `error` holds its problems."""

    @property
    def passed(self) -> bool:
        return not self.failures and not self.error

    @property
    def id(self) -> str:
        return playthrough_id(self.declared_in, self.name)

    @property
    def replay(self) -> str:
        return replay_command(self.declared_in, self.name)


def format_result(result: PlaythroughResult) -> str:
    """Every failure of a result, headed by the playthrough and closed by the replay command."""
    if result.passed:
        return f"PASSED {result.id}"
    if result.invalid:
        problems = [f"  {line}" for line in result.error.splitlines()]
        return "\n".join([f"INVALID {result.declared_in}: not run, fix these first", *problems])
    lines = [f"FAILED {result.id} (seed {result.seed})"]
    if result.error:
        lines.append("  the run stopped with an error:")
        lines.extend(f"    {line}" for line in result.error.splitlines())
    shown: list[str] = []
    for failure in result.failures:
        if failure.explanation in shown:
            # The same turn and pair as a failure above: say so instead of repeating it.
            failure = replace(failure, explanation="(the same as above)")
        else:
            shown.append(failure.explanation)
        lines.extend(f"  {line}" for line in format_failure(failure).splitlines())
    lines.append(f"  replay: {result.replay}")
    return "\n".join(lines)


def summary_line(results: list[PlaythroughResult], seconds: float) -> str:
    """'3 passed, 1 failed in 0.42s'."""
    passed = sum(r.passed for r in results)
    failed = sum(bool(r.failures) and not r.error for r in results)
    errors = sum(bool(r.error) for r in results)
    counts = (
        (passed, "passed"),
        (failed, "failed"),
        (errors, "error" if errors == 1 else "errors"),
    )
    parts = [f"{n} {word}" for n, word in counts if n] or ["nothing ran"]
    return f"{', '.join(parts)} in {seconds:.2f}s"
