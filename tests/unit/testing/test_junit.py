"""JUnit output is well-formed XML that CI systems can count and show."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from simulator.testing.failures import Failure
from simulator.testing.junit import junit_xml, write_junit
from simulator.testing.results import PlaythroughResult

BROKEN = Failure("risk (overall)", "at most 0.300", "0.420", turn=4)


def results() -> list[PlaythroughResult]:
    return [
        PlaythroughResult("scenarios/a.yaml", "calm", 1, seconds=0.5),
        PlaythroughResult("scenarios/a.yaml", "tense", 2, failures=(BROKEN,)),
        PlaythroughResult("scenarios/b.playthroughs.yaml", "crash", 3, error="KeyError: 'x'"),
        PlaythroughResult("scenarios/a.yaml", "late", 4),
    ]


def test_counts_add_up_per_file_and_overall() -> None:
    root = ET.fromstring(junit_xml(results()))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "1", "1")
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert list(suites) == ["scenarios/a.yaml", "scenarios/b.playthroughs.yaml"]
    assert [c.get("name") for c in suites["scenarios/a.yaml"]] == ["calm", "tense", "late"]
    assert suites["scenarios/a.yaml"].get("failures") == "1"


def test_a_failure_carries_expected_actual_and_the_replay_command() -> None:
    root = ET.fromstring(junit_xml(results()))
    failure = root.find(".//testcase[@name='tense']/failure")
    assert failure is not None
    assert failure.get("message") == "risk (overall): expected at most 0.300, actual 0.420"
    assert "after turn 4" in (failure.text or "")
    assert "replay: ttx test scenarios/a.yaml::tense" in (failure.text or "")


def test_an_engine_error_is_an_error_element_not_a_failure() -> None:
    root = ET.fromstring(junit_xml(results()))
    case = root.find(".//testcase[@name='crash']")
    assert case is not None and case.find("failure") is None
    error = case.find("error")
    assert error is not None and error.get("message") == "KeyError: 'x'"


def test_control_characters_from_engine_text_do_not_break_the_xml(tmp_path: Path) -> None:
    odd = PlaythroughResult("a.yaml", "odd", 0, error="bad byte \x01 <here> & there")
    target = tmp_path / "out" / "junit.xml"
    write_junit([odd], target)
    error = ET.parse(target).getroot().find(".//error")
    assert error is not None and error.get("message") == "bad byte ? <here> & there"
