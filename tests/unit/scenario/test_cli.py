"""The authoring commands: output, exit codes, help, and no traceback on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from simulator.catalogs import builtin_catalog
from simulator.cli import app
from simulator.scenario.schema import committed_schema_text
from tests.conftest import DATA, SCENARIOS
from tests.unit.scenario.helpers import MINIMAL, replace

runner = CliRunner()
MINIMAL_FILE = DATA / "valid" / "minimal.yaml"


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def broken_file(folder: Path) -> Path:
    path = folder / "broken.yaml"
    path.write_text(replace(MINIMAL, "    to: [all]", "    to: [gamma]"), encoding="utf-8")
    return path


def test_validate_says_ok_and_exits_0_for_a_valid_file() -> None:
    result = invoke("validate", str(MINIMAL_FILE))
    assert (result.exit_code, result.stdout) == (0, f"{MINIMAL_FILE}: ok\n")


def test_validate_prints_located_problems_on_stderr_and_exits_1(tmp_path: Path) -> None:
    path = broken_file(tmp_path)
    result = invoke("validate", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:23:10: injects.0.to.0: unknown audience 'gamma' "
        "(expected one of: alpha, beta, all, public, facilitator)",
        "1 problem(s) in 1 file(s)",
    ]


def test_validate_checks_every_path_and_reports_each(tmp_path: Path) -> None:
    path = broken_file(tmp_path)
    result = invoke("validate", str(MINIMAL_FILE), str(path))
    assert result.exit_code == 1
    assert f"{MINIMAL_FILE}: ok" in result.stdout
    assert str(path) in result.stderr


def test_an_unreadable_file_exits_2_even_beside_invalid_ones(tmp_path: Path) -> None:
    result = invoke("validate", str(broken_file(tmp_path)), str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'missing.yaml'}: no such file (check the path)" in result.stderr


def test_a_folder_expands_to_its_scenarios_without_playthrough_side_files(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "a.playthroughs.yaml").write_text("not: a scenario\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    result = invoke("validate", str(tmp_path))
    assert (result.exit_code, result.stdout) == (0, f"{tmp_path / 'a.yaml'}: ok\n")


def test_a_folder_without_scenarios_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path))
    assert result.exit_code == 2
    assert "no .yaml files" in result.stderr


def test_validate_without_a_path_is_a_usage_error() -> None:
    assert invoke("validate").exit_code == 2


def test_json_output_lists_every_file_and_problem(tmp_path: Path) -> None:
    path = broken_file(tmp_path)
    result = invoke("validate", "--format", "json", str(MINIMAL_FILE), str(path))
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert report["problems"] == 1
    assert [f["ok"] for f in report["files"]] == [True, False]
    (problem,) = report["files"][1]["problems"]
    assert (problem["line"], problem["column"], problem["code"]) == (23, 10, "unknown-reference")


def test_the_bundled_scenarios_validate() -> None:
    result = invoke("validate", str(SCENARIOS))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count(": ok") == len(list(SCENARIOS.glob("*.yaml")))


def test_lint_fails_on_warnings_but_not_on_notes(tmp_path: Path) -> None:
    assert invoke("lint", str(MINIMAL_FILE)).exit_code == 0
    assert invoke("lint", "--strict", str(MINIMAL_FILE)).exit_code == 1
    path = tmp_path / "late.yaml"
    path.write_text(replace(MINIMAL, "    turn: 1\n", "    turn: 9\n"), encoding="utf-8")
    result = invoke("lint", str(path))
    assert result.exit_code == 1
    assert "warning: injects.0.turn: this inject can never fire on its own" in result.stderr


def test_lint_reports_validation_errors_too(tmp_path: Path) -> None:
    result = invoke("lint", str(broken_file(tmp_path)))
    assert result.exit_code == 1
    assert "unknown audience 'gamma'" in result.stderr


def test_schema_prints_the_committed_schema() -> None:
    result = invoke("schema")
    assert (result.exit_code, result.stdout) == (0, committed_schema_text())


def test_schema_check_passes_on_a_fresh_checkout() -> None:
    assert invoke("schema", "--check").exit_code == 0


def test_new_prints_a_starter_that_validates_and_lints(tmp_path: Path) -> None:
    result = invoke("new", "harbour-crisis", "--title", 'Harbour: "crisis"')
    path = tmp_path / "x.yaml"
    path.write_text(result.stdout, encoding="utf-8")
    assert invoke("validate", str(path)).exit_code == 0
    assert invoke("lint", str(path)).exit_code == 0
    assert "id: harbour-crisis\n" in result.stdout
    assert 'title: "Harbour: \\"crisis\\""\n' in result.stdout


@pytest.mark.parametrize("bad", ["Demo", "1st", "with space", "x" * 65, ""])
def test_new_refuses_an_id_that_is_not_a_slug(bad: str) -> None:
    result = invoke("new", bad)
    assert result.exit_code == 2
    assert "is not a valid id" in result.stderr


def test_cbms_lists_each_measure_with_its_source() -> None:
    result = invoke("cbms", "oas")
    assert result.exit_code == 0
    catalog = builtin_catalog("oas")
    for measure in catalog.measures:
        assert f"oas:{measure.id}  {measure.name}" in result.stdout
        assert f"source: {measure.source}" in result.stdout


def test_cbms_without_a_catalog_lists_all_three() -> None:
    result = invoke("cbms", "--format", "json")
    assert [c["id"] for c in json.loads(result.stdout)] == ["oas", "osce", "un-norms"]


def test_cbms_suggests_the_closest_catalog_for_a_typo() -> None:
    result = invoke("cbms", "osc")
    assert result.exit_code == 2
    assert "unknown catalog 'osc' (did you mean 'osce'?)" in result.stderr


@pytest.mark.parametrize("command", ["validate", "lint", "schema", "new", "cbms"])
def test_every_authoring_command_explains_itself_and_its_exit_codes(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Exit codes: 0 ok; 1 problems found; 2 usage error or unreadable input." in (
        " ".join(result.stdout.split())
    )


def test_new_then_validate_works_from_a_shell(tmp_path: Path) -> None:
    ttx = [sys.executable, "-m", "simulator"]
    made = subprocess.run([*ttx, "new", "demo"], capture_output=True, text=True, check=True)
    (tmp_path / "x.yaml").write_text(made.stdout, encoding="utf-8")
    checked = subprocess.run(
        [*ttx, "validate", "x.yaml"], capture_output=True, text=True, cwd=tmp_path
    )
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "x.yaml: ok\n", "")
