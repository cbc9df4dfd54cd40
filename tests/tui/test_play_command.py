"""`ttx` and `ttx play`: what opens, and how bad input is reported before any screen opens."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import pytest
from typer.testing import CliRunner

from simulator.bundled import default_scenario
from simulator.cli import app, play_commands
from tests.tui.conftest import WORKSHOP

Launches = list[dict[str, object]]


@pytest.fixture
def launches(monkeypatch: pytest.MonkeyPatch) -> Launches:
    """Record what the command would open instead of taking over the terminal."""
    seen: Launches = []
    monkeypatch.setattr(play_commands, "run_app", lambda **kwargs: seen.append(kwargs))
    return seen


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ttx_alone_opens_the_library(launches: Launches) -> None:
    code, _, _ = run()
    assert code == 0
    assert launches == [{"library_dirs": []}]


def test_ttx_help_still_lists_the_commands(launches: Launches) -> None:
    code, out, _ = run("--help")
    assert code == 0 and "play" in out
    assert launches == []


def test_ttx_play_without_a_scenario_opens_the_bundled_default(launches: Launches) -> None:
    code, _, _ = run("play", "--seed", "7")
    assert code == 0
    assert launches[0]["scenario"] == default_scenario()
    assert launches[0]["seed"] == 7


def test_ttx_play_resume_continues_a_journal(launches: Launches, tmp_path: Path) -> None:
    journal = tmp_path / "s.jsonl"
    journal.write_text("{}\n", encoding="utf-8")
    code, _, _ = run("play", "--resume", str(journal))
    assert code == 0
    assert launches[0]["resume"] == journal


def test_a_missing_scenario_is_a_usage_error_without_a_traceback(launches: Launches) -> None:
    code, _, err = run("play", "nowhere.yaml")
    assert code == 2
    assert "nowhere.yaml: no such scenario file" in err
    assert "Traceback" not in err and launches == []


def test_an_invalid_scenario_prints_its_problems_and_exits_1(
    launches: Launches, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(WORKSHOP.read_text(encoding="utf-8").replace("turns: 4", "turns: 0"))
    code, _, err = run("play", str(broken))
    assert code == 1
    assert "broken.yaml" in err and "turns" in err
    assert "Traceback" not in err and launches == []


def test_resuming_a_journal_that_is_not_there_is_a_usage_error(launches: Launches) -> None:
    code, _, err = run("play", "--resume", "gone.jsonl")
    assert code == 2 and "gone.jsonl: no such journal" in err


def test_a_journal_that_exists_is_never_overwritten_by_a_new_session(
    launches: Launches, tmp_path: Path
) -> None:
    journal = tmp_path / "kept.jsonl"
    journal.write_text("{}\n", encoding="utf-8")
    code, _, err = run("play", "--journal", str(journal))
    assert code == 2 and "--resume" in err
    assert journal.read_text(encoding="utf-8") == "{}\n"


def test_dir_must_be_a_folder(launches: Launches, tmp_path: Path) -> None:
    code, _, err = run("--dir", str(tmp_path / "nope"))
    assert code == 2 and "not a folder" in err


def test_other_subcommands_run_without_opening_the_workshop(launches: Launches) -> None:
    code, out, _ = run("validate", str(WORKSHOP))
    assert code == 0 and "ok" in out
    assert launches == []


class StoppedApp:
    """Stands in for the app: it 'ran' and stopped on an error, as the crash guard does."""

    return_code = 1

    def run(self) -> None:
        """The real app prints its own plain message before it returns."""


def test_an_app_that_stopped_on_an_error_makes_ttx_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("simulator.tui.app.make_app", lambda **_: StoppedApp())
    code, _, _ = run()
    assert code == 1


def test_an_app_that_cannot_start_is_one_plain_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def cannot_start(**_: object) -> NoReturn:
        raise OSError("not a terminal")

    monkeypatch.setattr("simulator.tui.app.make_app", cannot_start)
    code, _, err = run()
    assert code == 1
    assert err.strip() == "ttx: the workshop screen could not start: OSError: not a terminal"
