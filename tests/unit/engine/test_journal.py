"""The journal: written as play goes, byte-identical for the same inputs, resumable, verifiable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.engine import Session, verify_journal
from simulator.errors import JournalError
from simulator.scenario.load import load_scenario_bytes
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Decision


def play(loaded: LoadedScenario, journal: Path, seed: int = 5) -> Session:
    session = Session.start(loaded, seed=seed, seats={"alpha": "human"}, journal=journal)
    while not session.over:
        session.submit("alpha", [Decision(action="ping", target="beta")])
        session.resolve_turn()
    return session


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_the_journal_starts_with_a_header_naming_scenario_hash_seed_and_engine(
    three: LoadedScenario, tmp_path: Path
):
    session = Session.start(three, seed=9, journal=tmp_path / "j.jsonl")
    header = lines(tmp_path / "j.jsonl")[0]
    assert header["type"] == "header"
    assert header["scenario"] == "three-states" and header["version"] == "1.0.0"
    assert header["content_hash"] == three.content_hash
    assert header["seed"] == 9 and header["seats"] == session.seats
    assert header["source"] == str(Path(three.source).resolve())


def test_a_journal_resumes_from_another_folder_without_naming_the_scenario(
    three: LoadedScenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "j.jsonl"
    played = play(three, path)
    monkeypatch.chdir(tmp_path)
    assert Session.resume(path).history == played.history


def test_each_record_is_on_disk_as_soon_as_it_happens(three: LoadedScenario, tmp_path: Path):
    path = tmp_path / "j.jsonl"
    session = Session.start(three, seats={"alpha": "human"}, journal=path)
    session.submit("alpha", [Decision(action="ping", target="beta")])
    assert [r["type"] for r in lines(path)] == ["header", "submit"]
    session.resolve_turn()
    assert [r["type"] for r in lines(path)] == ["header", "submit", "resolve"]


def test_two_runs_with_the_same_seed_and_decisions_write_identical_bytes(
    three: LoadedScenario, tmp_path: Path
):
    play(three, tmp_path / "a.jsonl")
    play(three, tmp_path / "b.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_replaying_a_journal_reproduces_every_recorded_risk(three: LoadedScenario, tmp_path: Path):
    original = play(three, tmp_path / "j.jsonl")
    replayed, mismatches, warnings = verify_journal(tmp_path / "j.jsonl", three)
    assert mismatches == [] and warnings == []
    assert [r.risk for r in replayed.history] == [r.risk for r in original.history]


def test_a_tampered_result_is_reported_as_a_mismatch_naming_the_turn(
    three: LoadedScenario, tmp_path: Path
):
    path = tmp_path / "j.jsonl"
    play(three, path)
    records = lines(path)
    second = next(r for r in records if r["type"] == "resolve" and r["turn"] == 2)
    second["risk"] = 0.5
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    _, mismatches, _ = verify_journal(path, three)
    assert [(m.turn, m.what, m.recorded) for m in mismatches] == [(2, "overall risk", 0.5)]


def test_resume_continues_where_the_journal_stops(three: LoadedScenario, tmp_path: Path):
    path = tmp_path / "j.jsonl"
    session = Session.start(three, seed=4, seats={"alpha": "human"}, journal=path)
    session.submit("alpha", [Decision(action="consult", target="beta")])
    session.resolve_turn()
    session.submit("alpha", [Decision(action="ping", target="beta")])
    resumed = Session.resume(path, three)
    assert resumed.turn == 2
    assert resumed.team_view("alpha").submitted == (Decision(action="ping", target="beta"),)
    assert resumed.history == session.history
    resumed.resolve_turn()
    session.resolve_turn()
    assert resumed.history == session.history


def test_a_line_cut_off_mid_write_is_dropped_with_a_warning_and_play_goes_on(
    three: LoadedScenario, tmp_path: Path
):
    path = tmp_path / "j.jsonl"
    session = Session.start(three, seed=4, seats={"alpha": "human"}, journal=path)
    session.submit("alpha", [Decision(action="consult", target="beta")])
    session.resolve_turn()
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"type": "submit", "turn": 2, "te')
    resumed = Session.resume(path, three)
    assert resumed.warnings == ["journal line 4 was cut off mid-write; resumed from line 3"]
    assert path.read_bytes() == whole
    resumed.submit("alpha", [])
    assert lines(path)[-1]["type"] == "submit"


def test_a_journal_of_another_scenario_version_is_refused_with_both_versions_named(
    three: LoadedScenario, tmp_path: Path
):
    path = tmp_path / "j.jsonl"
    Session.start(three, journal=path)
    changed_text = Path(three.source).read_text(encoding="utf-8").replace('"1.0.0"', '"1.1.0"')
    changed = load_scenario_bytes(changed_text.encode("utf-8"), three.source)
    with pytest.raises(JournalError, match=r"version 1\.0\.0.*version 1\.1\.0"):
        Session.resume(path, changed)
