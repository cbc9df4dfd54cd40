"""The malformed corpus: each file is refused with its expected, located messages, fast.

Each `tests/data/malformed/X.yaml` is paired with `X.expected`, the lines `ttx validate X.yaml`
must print (file:line:col: path: message (hint)). To add a case, write both files; the
expected lines are checked by hand, never copied blindly from the output.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from tests.conftest import DATA

MALFORMED = DATA / "malformed"
CASES = sorted(MALFORMED.glob("*.yaml"))
LOCATED = re.compile(r"^(?P<file>[\w.-]+\.yaml)(:\d+:\d+: |: .*on line \d+)")


def expected_lines(case: Path) -> list[str]:
    return case.with_suffix(".expected").read_text(encoding="utf-8").splitlines()


def test_every_malformed_file_has_its_expected_messages() -> None:
    expected = sorted(p.with_suffix(".yaml") for p in MALFORMED.glob("*.expected"))
    assert CASES and expected == CASES


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_a_malformed_file_is_refused_with_located_messages_and_no_traceback(
    case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(MALFORMED)
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["validate", case.name])
    elapsed = time.perf_counter() - start
    printed = result.stderr.splitlines()
    assert result.exit_code in (1, 2)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert elapsed < 1.0
    for line in expected_lines(case):
        match = LOCATED.match(line)
        assert match and match["file"] == case.name, f"not located: {line}"
        assert line in printed
    assert len(printed) == len(expected_lines(case)) + 1  # and the count line, nothing else
