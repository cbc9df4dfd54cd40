"""pytest plugin (entry point `ttx_scenarios`): scenario playthroughs as test items.

`pytest scenarios/` collects every scenario YAML file with a top-level `playthroughs:` key and
every `*.playthroughs.yaml` file; each playthrough becomes one item named after it, so `-k`,
`-v`, `--junitxml` and xdist work as for any test. Other YAML files are left alone, and folders
can opt out with the usual `collect_ignore_glob` in a conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from simulator.errors import InputError, ScenarioError
from simulator.testing.discovery import PlaythroughSource, declares_playthroughs
from simulator.testing.results import PlaythroughResult, format_result
from simulator.testing.runner import run_playthrough
from simulator.testing.suite import Suite, load_suite


class PlaythroughFailed(Exception):
    """Raised by an item whose playthrough did not pass; carries the result to report."""

    def __init__(self, result: PlaythroughResult) -> None:
        super().__init__(result.id)
        self.result = result


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if declares_playthroughs(file_path):
        node: PlaythroughFile = PlaythroughFile.from_parent(parent, path=file_path)
        return node
    return None


def _relative(path: Path) -> Path:
    """The path as typed from the current folder, so replay commands can be pasted."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


class PlaythroughFile(pytest.File):
    """A file that declares playthroughs."""

    def collect(self) -> Iterator[PlaythroughItem]:
        try:
            suite = load_suite(PlaythroughSource(_relative(self.path)))
        except (ScenarioError, InputError) as error:
            problems = getattr(error, "problems", None)
            text = "\n".join(str(p) for p in problems) if problems else str(error)
            raise self.CollectError(text) from None
        for index, play in enumerate(suite.playthroughs):
            yield PlaythroughItem.from_parent(self, name=play.name, suite=suite, index=index)


class PlaythroughItem(pytest.Item):
    """One playthrough run as a test."""

    def __init__(self, *, suite: Suite, index: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.suite = suite
        self.index = index

    def runtest(self) -> None:
        result = run_playthrough(self.suite, self.index)
        if not result.passed:
            raise PlaythroughFailed(result)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        if isinstance(excinfo.value, PlaythroughFailed):
            return format_result(excinfo.value.result)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line, _ = self.suite.line_of(self.index)
        return self.path, max(line - 1, 0), f"playthrough {self.name}"
