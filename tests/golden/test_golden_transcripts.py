"""Every bundled playthrough's transcript matches its reviewed golden file in tests/golden/.

A change in the engine, the weights or a scenario shows here as a line-by-line diff. Review it,
then rewrite the files with the command in the failure message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.bundled import bundled_dir
from simulator.testing.discovery import find_sources
from simulator.testing.golden import golden_difference, golden_path
from simulator.testing.runner import run_playthrough
from simulator.testing.suite import Suite, load_suite

GOLDEN = Path(__file__).resolve().parent
UPDATE = "ttx test scenarios/ --golden tests/golden --update-golden"


def bundled_suites() -> list[Suite]:
    return [load_suite(source) for source in find_sources([bundled_dir()])]


CASES = [(suite, i) for suite in bundled_suites() for i in range(len(suite.playthroughs))]


@pytest.mark.parametrize(
    ("suite", "index"),
    CASES,
    ids=[f"{s.loaded.scenario.id}::{s.playthroughs[i].name}" for s, i in CASES],
)
def test_the_transcript_matches_its_golden_file(suite: Suite, index: int) -> None:
    result = run_playthrough(suite, index)
    assert not result.error, result.error
    path = golden_path(GOLDEN, suite.loaded.scenario.id, result.name)
    difference = golden_difference(path, result.transcript)
    assert not difference, f"{difference}\nIf the change is intended, review it, then run: {UPDATE}"


def test_every_golden_file_belongs_to_a_bundled_playthrough() -> None:
    expected = {golden_path(GOLDEN, s.loaded.scenario.id, s.playthroughs[i].name) for s, i in CASES}
    stale = sorted(p for p in GOLDEN.glob("*/*.txt") if p not in expected)
    assert not stale, f"golden files of playthroughs that no longer exist: {stale}; delete them"
