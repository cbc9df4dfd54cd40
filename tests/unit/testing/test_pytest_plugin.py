"""`pytest scenarios/`: playthroughs are pytest items with the usual selection and output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .helpers import copy_fixtures


def pytest_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_each_playthrough_is_an_item_and_unrelated_yaml_is_left_alone(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    (tmp_path / "settings.yaml").write_text("colour: blue\n")
    (tmp_path / "broken.yaml").write_text("playthrough: [unclosed\n")
    done = pytest_in(tmp_path, "--collect-only", "-q")
    items = [line for line in done.stdout.splitlines() if "::" in line]
    assert items == [
        "broken-expectation.playthroughs.yaml::expects-the-impossible",
        "harbour.playthroughs.yaml::bots-run",
        "harbour.yaml::quiet-run",
    ]


def test_k_selects_playthroughs_and_passing_ones_pass(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    done = pytest_in(tmp_path, "-q", "-k", "harbour")
    assert done.returncode == 0, done.stdout
    assert "2 passed, 1 deselected" in done.stdout


def test_a_failing_playthrough_shows_the_runner_report_not_a_traceback(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    done = pytest_in(tmp_path, "-q", "broken-expectation.playthroughs.yaml")
    assert done.returncode == 1
    assert "after turn 2: risk arden-cova" in done.stdout
    assert "replay: ttx test broken-expectation.playthroughs.yaml::expects-the-impossible" in (
        done.stdout
    )
    assert "Traceback" not in done.stdout and "raise PlaythroughFailed" not in done.stdout


def test_an_invalid_file_is_a_collection_error_with_located_problems(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    (tmp_path / "bad.playthroughs.yaml").write_text(
        "scenario: harbour.yaml\nplaythroughs:\n  - name: x\n    expect: [{fired: [nope]}]\n"
    )
    done = pytest_in(tmp_path, "-q")
    assert done.returncode == 2
    assert "bad.playthroughs.yaml:4:" in done.stdout and "unknown inject 'nope'" in done.stdout
