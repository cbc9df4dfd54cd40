"""What `ttx test` does, apart from argument parsing: find, select, run, report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from simulator.errors import InputError, ScenarioError
from simulator.testing.discovery import PlaythroughSource, find_sources
from simulator.testing.results import PlaythroughResult
from simulator.testing.runner import compare_golden, run_playthrough, update_golden
from simulator.testing.selection import Selection
from simulator.testing.suite import Suite, load_suite


@dataclass(frozen=True)
class Target:
    """A path given on the command line, optionally narrowed to one playthrough by `::name`."""

    path: Path
    name: str | None = None

    @classmethod
    def parse(cls, text: str) -> Target:
        path, sep, name = text.partition("::")
        return cls(Path(path), name if sep else None)


@dataclass
class TestRun:
    results: list[PlaythroughResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Files that could not be loaded, as located problem lines."""
    golden_written: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.problems) or any(not r.passed for r in self.results)


def _sources(targets: Sequence[Target]) -> list[tuple[PlaythroughSource, set[str] | None]]:
    """Each source once, with the names a `::name` target narrows it to (None: all)."""
    chosen: dict[PlaythroughSource, set[str] | None] = {}
    for target in targets:
        for source in find_sources([target.path]):
            names = chosen.get(source, set())
            if target.name is None or names is None:
                chosen[source] = None
            else:
                chosen[source] = names | {target.name}
    return list(chosen.items())


def _selected(suite: Suite, index: int, names: set[str] | None, k: Selection | None) -> bool:
    play = suite.playthroughs[index]
    if names is not None and play.name not in names:
        return False
    keywords = [str(suite.declared_in), suite.loaded.scenario.id, play.name]
    return k is None or k.matches(keywords)


def run_tests(
    targets: Sequence[Target],
    k: Selection | None = None,
    golden: Path | None = None,
    rewrite_golden: bool = False,
    report: Callable[[PlaythroughResult], None] | None = None,
) -> TestRun:
    """Run every selected playthrough; unreadable paths raise InputError."""
    run = TestRun()
    for source, names in _sources(targets):
        try:
            suite = load_suite(source)
        except ScenarioError as error:
            run.problems += [str(p) for p in error.problems]
            run.results.append(_load_error(source, "\n".join(str(p) for p in error.problems)))
            if report is not None:
                report(run.results[-1])
            continue
        except InputError as error:
            run.problems.append(str(error))
            run.results.append(_load_error(source, str(error)))
            if report is not None:
                report(run.results[-1])
            continue
        for index in range(len(suite.playthroughs)):
            if not _selected(suite, index, names, k):
                continue
            result = run_playthrough(suite, index)
            scenario_id = suite.loaded.scenario.id
            if golden is not None and rewrite_golden:
                run.golden_written += update_golden(result, scenario_id, golden)
            elif golden is not None:
                result = compare_golden(result, scenario_id, golden)
            run.results.append(result)
            if report is not None:
                report(result)
    return run


def _load_error(source: PlaythroughSource, text: str) -> PlaythroughResult:
    return PlaythroughResult(str(source.declared_in), "(loading)", 0, error=text, invalid=True)
