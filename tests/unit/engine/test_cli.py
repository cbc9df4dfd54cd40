"""`ttx run`, `ttx replay` and `ttx explain` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from tests.unit.engine.conftest import DATA

SCENARIO = str(DATA / "three-states.yaml")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_run_prints_a_row_per_turn_and_the_ending(runner: CliRunner):
    result = runner.invoke(app, ["run", SCENARIO, "--seed", "3"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split() == ["turn", "actions", "risk", "score", "top", "contributions"]
    rows = [line for line in lines[2:] if line.strip()[:1].isdigit()]
    assert [int(r.split()[0]) for r in rows] == list(range(1, len(rows) + 1))
    assert lines[-1].startswith("end: ")


def test_run_as_json_prints_one_object_with_risk_as_a_fraction(runner: CliRunner):
    result = runner.invoke(app, ["run", SCENARIO, "--seed", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"scenario", "seed", "turns", "end"}
    assert data["scenario"] == "three-states" and data["seed"] == 2
    first = data["turns"][0]
    assert first["turn"] == 1
    assert 0.0 <= first["risk"] <= 1.0
    assert set(first["dyads"]) == {"alpha-beta", "alpha-gamma", "beta-gamma"}
    assert first["score"] == int(first["score"])  # whole points print as integers
    assert data["end"]["turn"] == data["turns"][-1]["turn"]


def test_bots_can_be_chosen_for_all_teams_and_then_per_team(runner: CliRunner):
    result = runner.invoke(
        app, ["run", SCENARIO, "--format", "json", "--bots", "all=dove", "--bots", "gamma=hawk"]
    )
    assert json.loads(result.output)["seats"] == {"alpha": "dove", "beta": "dove", "gamma": "hawk"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bots", "gamma=falcon"], "unknown policy"),
        (["--bots", "delta=dove"], "unknown state 'delta'"),
        (["--bots", "dove"], "expected TEAM=POLICY"),
    ],
)
def test_a_bad_bots_option_is_a_usage_error_without_a_traceback(
    runner: CliRunner, args: list[str], message: str
):
    result = runner.invoke(app, ["run", SCENARIO, *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_a_missing_scenario_file_is_a_usage_error(runner: CliRunner, tmp_path: Path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_two_runs_with_the_same_seed_write_byte_identical_journals(
    runner: CliRunner, tmp_path: Path
):
    for name in ("a", "b"):
        runner.invoke(app, ["run", SCENARIO, "--seed", "7", "--journal", str(tmp_path / name)])
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


def test_replay_confirms_a_journal_and_fails_on_a_tampered_one(runner: CliRunner, tmp_path: Path):
    journal = tmp_path / "j.jsonl"
    runner.invoke(app, ["run", SCENARIO, "--seed", "7", "--journal", str(journal)])
    ok = runner.invoke(app, ["replay", str(journal)])
    assert ok.exit_code == 0 and "every result matches" in ok.output
    records = [json.loads(x) for x in journal.read_text(encoding="utf-8").splitlines()]
    resolve = next(r for r in records if r["type"] == "resolve" and r["turn"] == 2)
    resolve["dyads"]["alpha-beta"] = 0.999
    journal.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    bad = runner.invoke(app, ["replay", str(journal)])
    assert bad.exit_code == 1
    assert "turn 2: risk of alpha-beta recorded 0.999" in bad.output


def test_explain_prints_the_contributions_of_a_dyad_and_what_moved_them(
    runner: CliRunner, tmp_path: Path
):
    journal = tmp_path / "j.jsonl"
    runner.invoke(app, ["run", SCENARIO, "--seed", "1", "--journal", str(journal)])
    result = runner.invoke(app, ["explain", str(journal), "--turn", "2", "--dyad", "alpha,beta"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("alpha-beta at turn 2: risk ")
    assert "base rate of any dyad" in result.output
    assert "suspicion between them" in result.output


def test_explain_needs_two_states(runner: CliRunner, tmp_path: Path):
    journal = tmp_path / "j.jsonl"
    runner.invoke(app, ["run", SCENARIO, "--journal", str(journal)])
    result = runner.invoke(app, ["explain", str(journal), "--dyad", "alpha"])
    assert result.exit_code == 2 and "A,B" in result.output


def test_a_journal_of_a_changed_scenario_is_refused_with_a_clear_message(
    runner: CliRunner, tmp_path: Path
):
    scenario = tmp_path / "s.yaml"
    scenario.write_text(Path(SCENARIO).read_text(encoding="utf-8"), encoding="utf-8")
    journal = tmp_path / "j.jsonl"
    runner.invoke(app, ["run", str(scenario), "--journal", str(journal)])
    text = scenario.read_text(encoding="utf-8").replace('version: "1.0.0"', 'version: "1.0.1"')
    scenario.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["replay", str(journal)])
    assert result.exit_code == 2
    assert "version 1.0.0" in result.output and "version 1.0.1" in result.output
    assert "Traceback" not in result.output
