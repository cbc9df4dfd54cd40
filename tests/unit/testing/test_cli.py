"""`ttx test` and `ttx explore`: exit codes, JUnit, golden files, exploration findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

from simulator.cli import app

from .helpers import copy_fixtures

runner = CliRunner()


def ttx(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_passing_playthroughs_exit_zero_with_one_line_each(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml", "harbour.playthroughs.yaml")
    code, out, _ = ttx("test", str(tmp_path))
    assert code == 0
    assert out.splitlines()[0].startswith(f"PASSED {tmp_path}/harbour.playthroughs.yaml::bots-run")
    assert out.splitlines()[-1].startswith("2 passed in ")


def test_a_broken_expectation_exits_one_and_the_junit_file_holds_the_failure(
    tmp_path: Path,
) -> None:
    copy_fixtures(tmp_path)
    junit = tmp_path / "reports" / "junit.xml"
    code, out, _ = ttx("test", str(tmp_path), "--junit", str(junit))
    assert code == 1
    assert f"FAILED {tmp_path}/broken-expectation.playthroughs.yaml::expects-the-impossible" in out
    assert "after turn 2: risk arden-cova" in out
    assert "expected: at least 0.990" in out
    assert "replay: ttx test " in out
    root = ET.parse(junit).getroot()
    assert (root.get("tests"), root.get("failures")) == ("3", "1")
    failure = root.find(".//testcase[@name='expects-the-impossible']/failure")
    assert failure is not None and "at least 0.990" in (failure.get("message") or "")


def test_the_replay_command_runs_exactly_that_playthrough(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    _, out, _ = ttx("test", str(tmp_path))
    replay = next(line for line in out.splitlines() if "replay: ttx test " in line)
    code, again, _ = ttx(*replay.split("replay: ttx ", 1)[1].split())
    assert code == 1
    assert again.splitlines()[0].startswith("FAILED ") and "expects-the-impossible" in again
    assert again.splitlines()[-1].startswith("1 failed in ")


def test_k_selects_by_name_and_an_empty_selection_is_a_usage_error(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    code, out, _ = ttx("test", str(tmp_path), "-k", "run and not bots")
    assert (
        code == 0
        and out.splitlines()[0].endswith("harbour.yaml::quiet-run (0.00s)")
        or ("harbour.yaml::quiet-run" in out.splitlines()[0])
    )
    assert out.splitlines()[-1].startswith("1 passed")
    code, _, err = ttx("test", str(tmp_path), "-k", "nothing-like-this")
    assert code == 2 and "no playthroughs selected" in err


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    assert ttx("test", str(tmp_path / "missing.yaml"))[0] == 2
    assert ttx("test", str(tmp_path), "-k", "a and")[0] == 2
    assert ttx("test", str(tmp_path), "--update-golden")[0] == 2
    assert ttx("test", str(tmp_path))[0] == 2  # an empty folder has no playthroughs


def test_an_invalid_playthrough_file_is_reported_located_and_exits_one(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    bad = tmp_path / "bad.playthroughs.yaml"
    bad.write_text(
        "scenario: harbour.yaml\nplaythroughs:\n  - name: x\n    expect: [{fired: [nope]}]\n"
    )
    code, out, _ = ttx("test", str(bad))
    assert code == 1
    assert f"{bad}:4:" in out and "unknown inject 'nope'" in out


def test_golden_files_are_written_on_request_then_compared(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    golden = tmp_path / "golden"
    code, out, _ = ttx("test", str(tmp_path), "--golden", str(golden), "--update-golden")
    assert code == 0 and "golden transcripts: 1 written" in out
    transcript = golden / "harbour" / "quiet-run.txt"
    assert transcript.read_text().startswith("playthrough quiet-run of harbour 1.0.0, seed 3\n")
    assert ttx("test", str(tmp_path), "--golden", str(golden))[0] == 0
    transcript.write_text(transcript.read_text().replace("inject port-dark", "inject other"))
    code, out, _ = ttx("test", str(tmp_path), "--golden", str(golden))
    assert code == 1
    assert "golden transcript" in out and "-  inject other" in out and "+  inject port-dark" in out


def test_explore_reports_the_planted_unreachable_inject_and_exits_zero(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    code, out, _ = ttx("explore", str(tmp_path / "harbour.yaml"), "--runs", "10", "--seed", "4")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("ttx explore: 10 games over 1 scenario(s), seed 4")
    never = lines.index("  injects never fired: 1")
    assert lines[never + 1] == "    lost-letter"
    assert "  invariant violations: none" in lines
    assert lines[-1] == "OK: 0 invariant violations, 0 crashes"


def test_explore_gives_the_same_findings_for_the_same_seed(tmp_path: Path) -> None:
    copy_fixtures(tmp_path, "harbour.yaml")
    args = ("explore", str(tmp_path / "harbour.yaml"), "--runs", "12", "--workers", "1")
    first, second = ttx(*args)[1], ttx(*args)[1]
    assert first.splitlines()[3:] == second.splitlines()[3:]
    assert ttx("explore", str(tmp_path / "nope.yaml"))[0] == 2
