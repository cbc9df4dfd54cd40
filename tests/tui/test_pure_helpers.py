"""The plain-Python parts of the TUI: library entries, journal names, the turn timer."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.tui.library import build_library, read_entry
from simulator.tui.sessions import new_journal_path, recent_sessions
from simulator.tui.timer import TurnTimer
from tests.tui.conftest import WORKSHOP


def test_a_valid_scenario_is_listed_with_its_teams_length_and_objectives() -> None:
    entry = read_entry(WORKSHOP, "tests")
    assert entry.valid
    assert entry.title == "Grid Outage in Borealia"
    assert entry.teams[0] == "Republic of Borealia"
    assert entry.turns == 4
    assert len(entry.objectives) == 2


def test_a_broken_scenario_becomes_an_entry_with_problems_instead_of_an_exception(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    entry = read_entry(broken, "tmp")
    assert not entry.valid
    assert entry.problems and "broken.yaml" in entry.problems[0]


def test_the_library_lists_bundled_files_before_the_extra_folders(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(WORKSHOP.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.playthroughs.yaml").write_text("playthroughs: []\n", encoding="utf-8")
    entries = build_library([WORKSHOP], [tmp_path])
    assert [e.origin for e in entries] == ["bundled", str(tmp_path)]


def test_a_new_journal_never_overwrites_an_existing_one(tmp_path: Path) -> None:
    first = new_journal_path(tmp_path, "demo", "20250101-000000")
    first.write_text("", encoding="utf-8")
    second = new_journal_path(tmp_path, "demo", "20250101-000000")
    assert second != first
    assert not second.exists()


def test_recent_sessions_read_journal_headers_and_skip_other_files(tmp_path: Path) -> None:
    header = {"type": "header", "format": 1, "scenario": "demo", "seed": 7}
    lines = [header, {"type": "submit"}, {"type": "resolve"}, {"type": "resolve"}]
    (tmp_path / "good.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + '\n{"type": "sub', encoding="utf-8"
    )
    (tmp_path / "junk.jsonl").write_text("not json\n", encoding="utf-8")
    found = recent_sessions(tmp_path)
    assert [(s.scenario, s.seed, s.turns_resolved, s.ended) for s in found] == [
        ("demo", 7, 2, False)
    ]


def test_pausing_the_timer_stops_the_countdown_without_drift() -> None:
    timer = TurnTimer(600)
    timer.restart(now=0)
    timer.pause(now=100)
    assert timer.remaining(now=5000) == 500
    timer.resume(now=5000)
    assert timer.remaining(now=5060) == 440
    assert timer.label(now=5060) == "07:20"


def test_a_paused_timer_says_so_and_a_finished_one_says_time_up() -> None:
    timer = TurnTimer(60)
    timer.restart(now=0)
    timer.toggle(now=30)
    assert timer.label(now=31).startswith("⏸")
    timer.toggle(now=31)
    assert timer.label(now=200) == "time up"


def test_no_timer_means_no_label() -> None:
    timer = TurnTimer(0)
    timer.restart(now=0)
    assert timer.label(now=10) == ""
    assert not timer.running
