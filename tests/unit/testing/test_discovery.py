"""Finding and loading playthroughs: scenario files, sibling files, and nothing else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.errors import InputError, ScenarioError
from simulator.testing.discovery import find_sources
from simulator.testing.suite import load_suite

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "testing"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("harbour.yaml", "harbour.playthroughs.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def names(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def test_a_folder_yields_scenarios_with_playthroughs_and_sibling_files(folder: Path) -> None:
    (folder / "unrelated.yaml").write_text("just: [some, config]\n")
    (folder / "broken.yaml").write_text("playthrough: [unclosed\n")
    (folder / "no-plays.yaml").write_text("id: x\nstates: []\n")
    sources = find_sources([folder])
    assert names([s.declared_in for s in sources]) == [
        "harbour.playthroughs.yaml",
        "harbour.yaml",
    ]


def test_naming_a_scenario_brings_its_sibling_file_along(folder: Path) -> None:
    sources = find_sources([folder / "harbour.yaml"])
    assert names([s.declared_in for s in sources]) == [
        "harbour.yaml",
        "harbour.playthroughs.yaml",
    ]


def test_a_file_named_twice_is_run_once(folder: Path) -> None:
    sources = find_sources([folder, folder / "harbour.yaml"])
    assert len(sources) == 2


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        find_sources([tmp_path / "nope.yaml"])


def test_a_sibling_file_runs_against_the_scenario_beside_it(folder: Path) -> None:
    (suite,) = [load_suite(s) for s in find_sources([folder / "harbour.playthroughs.yaml"])]
    assert suite.loaded.scenario.id == "harbour"
    assert [p.name for p in suite.playthroughs] == ["bots-run"]
    assert suite.location(0, "expect", 0) == (
        f"{folder / 'harbour.playthroughs.yaml'}:7:9: playthroughs.0.expect.0"
    )


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        for source in find_sources([path]):
            load_suite(source)
    return [str(p) for p in caught.value.problems]


def test_a_sibling_file_with_a_bad_field_gets_a_located_problem(folder: Path) -> None:
    bad = folder / "bad.playthroughs.yaml"
    bad.write_text(
        "scenario: harbour.yaml\nplaythroughs:\n  - name: x\n    expect:\n      - at: soon\n"
        "        fired: [port-dark]\n"
    )
    (problem,) = problems_of(bad)
    assert problem.startswith(f"{bad}:5:") and "playthroughs.0.expect.0.at" in problem


def test_a_sibling_file_without_its_scenario_says_which_file_is_missing(tmp_path: Path) -> None:
    lonely = tmp_path / "lonely.playthroughs.yaml"
    lonely.write_text("playthroughs:\n  - name: x\n    expect: [{fired: [a]}]\n")
    (problem,) = problems_of(lonely)
    assert "lonely.yaml not found" in problem


def test_names_the_scenario_does_not_declare_are_located_problems(folder: Path) -> None:
    bad = folder / "typos.playthroughs.yaml"
    bad.write_text(
        "scenario: harbour.yaml\n"
        "playthroughs:\n"
        "  - name: typos\n"
        "    teams: {ardenn: dove}\n"
        "    facilitator: [{turn: 1, release: port-drak}]\n"
        "    expect:\n"
        "      - fired: [press-ask]\n"
        "        ended_by: calm\n"
        "        flags: [port-close]\n"
        "      - at: 9\n"
        "        holds: 'turn >'\n"
    )
    problems = problems_of(bad)
    assert [p.split(": ", 2)[1] for p in problems] == [
        "playthroughs.0.teams.ardenn",
        "playthroughs.0.facilitator.0.release",
        "playthroughs.0.expect.0.fired.0",
        "playthroughs.0.expect.0.ended_by",
        "playthroughs.0.expect.0.flags.0",
        "playthroughs.0.expect.1.at",
        "playthroughs.0.expect.1.holds",
    ]
    assert problems[2] == (
        f"{bad}:7:17: playthroughs.0.expect.0.fired.0: unknown inject 'press-ask' "
        "(did you mean 'press-asks'?)"
    )
