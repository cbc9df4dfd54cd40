"""The loader: located errors in the author's words, every problem in one run, plain refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.errors import InputError, ScenarioError
from simulator.scenario.load import (
    collect_problems,
    load_scenario,
    load_scenario_bytes,
)
from simulator.scenario.yaml_guard import MAX_BYTES
from tests.conftest import DATA
from tests.unit.scenario.helpers import MINIMAL, lines_of, problems_in, replace

VALID = sorted((DATA / "valid").glob("*.yaml"))


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_every_file_of_the_valid_corpus_loads_without_problems(path: Path) -> None:
    assert collect_problems(path) == []
    loaded = load_scenario(path)
    assert loaded.scenario.id
    assert loaded.source == str(path)


def test_the_loaded_scenario_carries_resolved_cbms_actions_and_conditions(
    tmp_path: Path,
) -> None:
    text = replace(MINIMAL, "    turn: 1\n", '    when: turn >= 2 and not fired("opening")\n')
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_scenario(path)
    assert "oas:2" in loaded.cbms and "osce:13" in loaded.cbms
    assert "ping" in loaded.actions
    assert list(loaded.conditions) == ['turn >= 2 and not fired("opening")']


def test_the_content_hash_changes_with_any_byte_of_the_file() -> None:
    first = load_scenario_bytes(MINIMAL.encode(), "a.yaml")
    second = load_scenario_bytes((MINIMAL + "# a comment\n").encode(), "a.yaml")
    assert first.content_hash != second.content_hash


def test_an_unknown_field_is_located_at_its_key_with_a_suggestion(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    name: Beta\n", "    name: Beta\n    postur: cautious\n")
    assert lines_of(problems_in(text, tmp_path)) == [
        "case.yaml:15:5: states.1.postur: unknown field 'postur' (did you mean 'posture'?)"
    ]


def test_a_number_where_text_is_expected_gets_a_quoting_hint(tmp_path: Path) -> None:
    text = replace(MINIMAL, 'version: "1.0"', "version: 1.0")
    assert lines_of(problems_in(text, tmp_path)) == [
        "case.yaml:5:10: version: expected text, got the number 1.0 "
        "(put it in quotes so YAML reads it as text)"
    ]


def test_a_missing_required_field_points_at_its_parent_and_says_what_it_is(
    tmp_path: Path,
) -> None:
    text = replace(MINIMAL, "    name: Alpha\n", "")
    (problem,) = problems_in(text, tmp_path)
    assert (problem.line, problem.path) == (11, "states.0.name")
    assert problem.message == "required field 'name' is missing"
    assert "Display name" in problem.hint


def test_a_misspelt_choice_is_refused_with_the_closest_option(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    name: Alpha\n", "    name: Alpha\n    bot: hawkk\n")
    (problem,) = problems_in(text, tmp_path)
    assert problem.message.startswith("'hawkk' is not allowed: expected 'dove', 'hawk'")
    assert problem.hint == "did you mean 'hawk'?"


def test_schema_errors_do_not_hide_cross_reference_errors(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    name: Alpha\n", "    name: Alpha\n    postur: cautious\n")
    text = replace(text, "  perpetrator: beta", "  perpetrator: betta")
    assert lines_of(problems_in(text, tmp_path)) == [
        "case.yaml:13:5: states.0.postur: unknown field 'postur' (did you mean 'posture'?)",
        "case.yaml:17:16: ground_truth.perpetrator: unknown candidate 'betta' "
        "(did you mean 'beta'?)",
    ]


def test_references_to_a_dropped_broken_item_are_not_reported_twice(tmp_path: Path) -> None:
    text = replace(MINIMAL, "  - id: beta\n    name: Beta\n", "  - id: beta\n    name: ''\n")
    messages = [p.message for p in problems_in(text, tmp_path)]
    assert messages == ["must not be empty"]


def test_a_condition_error_points_at_the_offending_character(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    turn: 1\n", "    when: turn >= 2 && fired('opening')\n")
    (problem,) = problems_in(text, tmp_path)
    assert (problem.line, problem.column) == (22, 21)
    assert problem.message == "unexpected character '&'"


def test_an_unknown_name_in_a_condition_points_at_the_name(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    turn: 1\n", "    when: 'fired(\"openin\")'\n")
    (problem,) = problems_in(text, tmp_path)
    assert (problem.line, problem.column) == (22, 19)
    assert (problem.message, problem.hint) == (
        "unknown inject 'openin'",
        "did you mean 'opening'?",
    )


def test_a_condition_error_inside_a_literal_block_is_located_on_its_line(
    tmp_path: Path,
) -> None:
    block = "    when: |\n      turn >= 2\n      and fired('opening') and\n"
    text = replace(MINIMAL, "    turn: 1\n", block)
    (problem,) = problems_in(text, tmp_path)
    assert (problem.line, problem.column) == (24, 31)
    assert problem.message == "expected a value but found the end"


def test_every_problem_of_a_file_is_reported_in_file_order(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    to: [all]", "    to: [alpha, gamma]")
    text = replace(text, "  kind: state", "  kind: state\n  framed: alpha")
    text = replace(text, "    name: Alpha\n", "    name: Alpha\n    cbms: ['oas:9']\n")
    lines = [(p.line, p.message) for p in problems_in(text, tmp_path)]
    assert lines == [
        (13, "unknown measure 'oas:9'"),
        (19, "'framed' is only for kind: false-flag"),
        (25, "unknown audience 'gamma'"),
    ]


def test_load_scenario_raises_with_every_problem(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    to: [all]", "    to: [gamma, delta]")
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert len(caught.value.problems) == 2
    assert "(and 1 more)" in str(caught.value)


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_scenario(tmp_path / "nowhere.yaml")


def test_collect_problems_never_raises_for_unreadable_input(tmp_path: Path) -> None:
    (problem,) = collect_problems(tmp_path / "nowhere.yaml")
    assert (problem.code, problem.line) == ("unreadable", 0)
    assert "no such file" in problem.message


def test_a_folder_is_not_a_scenario(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a file"):
        load_scenario(tmp_path)


def test_a_file_over_the_size_limit_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(InputError, match="KiB limit"):
        load_scenario(path)


def test_binary_content_is_refused() -> None:
    with pytest.raises(InputError, match=r"binary file \(NUL byte on line 1\)"):
        load_scenario_bytes(b"id: x\0\0\0", "b.yaml")


def test_non_utf8_content_names_the_byte_and_line() -> None:
    with pytest.raises(InputError, match=r"not UTF-8 text \(byte 0xe9 on line 2\)"):
        load_scenario_bytes("a: 1\ntitle: Caf\xe9\n".encode("latin-1"), "l.yaml")


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert load_scenario_bytes(b"\xef\xbb\xbf" + MINIMAL.encode(), "bom.yaml").scenario.id


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("# only a comment\n", "a scenario is a mapping of fields, got nothing but comments"),
        ("- a\n- b\n", "a scenario is a mapping of fields, got a single value or a list"),
    ],
    ids=["empty", "comments", "list"],
)
def test_content_that_is_not_a_mapping_is_one_plain_problem(
    tmp_path: Path, text: str, message: str
) -> None:
    (problem,) = problems_in(text, tmp_path)
    assert (problem.line, problem.message) == (1, message)


def test_an_inject_may_give_both_a_first_turn_and_a_condition(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    turn: 1\n", "    turn: 2\n    when: severity > 0.5\n")
    assert problems_in(text, tmp_path) == []


def test_any_stands_for_the_actor_or_the_target_but_not_for_a_state(tmp_path: Path) -> None:
    good = replace(MINIMAL, "    turn: 1\n", "    when: took('any', 'sanctions', 'any')\n")
    assert problems_in(good, tmp_path) == []
    bad = replace(MINIMAL, "    turn: 1\n", "    when: trust('any', 'alpha') > 0.5\n")
    (problem,) = problems_in(bad, tmp_path)
    assert problem.message == "unknown state 'any'"
