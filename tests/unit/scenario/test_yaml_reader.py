"""The safe YAML reader: plain values, positions, refused tags, and limits."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from simulator.scenario.yaml_guard import MAX_ALIAS_VALUES, MAX_DEPTH, YamlFailure
from simulator.scenario.yaml_reader import Spot, parse_yaml


def billion_laughs(levels: int = 9) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def test_values_follow_the_yaml_1_2_core_schema() -> None:
    doc = parse_yaml("a: yes\nb: 0o17\nc: 1_000\nd: ~\ne: .inf\nf: 'true'\ng: true\nh: 1.5\n")
    assert doc.data == {
        "a": "yes",
        "b": 15,
        "c": 1000,
        "d": None,
        "e": float("inf"),
        "f": "true",
        "g": True,
        "h": 1.5,
    }


def test_folded_and_literal_blocks_read_as_the_author_means_them() -> None:
    doc = parse_yaml("a: >\n  one\n  two\n\n  three\nb: |\n  one\n  two\n")
    assert doc.data == {"a": "one two\nthree\n", "b": "one\ntwo\n"}


def test_dates_are_kept_as_the_text_written() -> None:
    doc = parse_yaml("start: 2025-03-01\nwhen: 2025-03-01 08:00:00\n")
    assert doc.data == {"start": "2025-03-01", "when": "2025-03-01 08:00:00"}


def test_every_key_and_value_has_its_line_and_column() -> None:
    doc = parse_yaml("states:\n  - id: alpha\n    name: 'Alpha'\n")
    assert doc.keys[("states", 0, "name")] == Spot(3, 5, "", 3)
    assert doc.values[("states", 0, "name")] == Spot(3, 11, "'", 3)
    assert doc.values[("states", 0)].line == 2


def test_python_tags_are_refused_and_never_constructed() -> None:
    doc = parse_yaml("a: !!python/object/apply:os.system ['echo hacked']\n")
    assert [p.message for p in doc.problems] == [
        "tag '!!python/object/apply:os.system' is not allowed"
    ]
    assert doc.data == {"a": ["echo hacked"]}


def test_local_tags_are_refused_with_their_position() -> None:
    doc = parse_yaml("a: 1\nb: !secret x\n")
    assert [(p.message, p.spot.line, p.spot.column) for p in doc.problems] == [
        ("tag '!secret' is not allowed", 2, 4)
    ]


def test_standard_tags_are_accepted() -> None:
    doc = parse_yaml("a: !!str 12\nb: !!int '7'\nc: !!map {k: v}\n")
    assert doc.problems == []
    assert doc.data == {"a": "12", "b": 7, "c": {"k": "v"}}


def test_a_standard_tag_that_does_not_fit_its_text_is_a_problem() -> None:
    doc = parse_yaml("a: !!int seven\n")
    assert [p.message for p in doc.problems] == ["'seven' is not a whole number"]


def test_a_billion_laughs_file_is_refused_quickly() -> None:
    start = time.perf_counter()
    with pytest.raises(YamlFailure, match=f"more than {MAX_ALIAS_VALUES} values"):
        parse_yaml(billion_laughs())
    assert time.perf_counter() - start < 1.0


def test_a_billion_laughs_file_is_refused_in_bounded_memory() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(YamlFailure):
            parse_yaml(billion_laughs())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # about 30 KB in practice


def test_a_few_aliases_are_fine_and_expand_to_equal_values() -> None:
    doc = parse_yaml("base: &b {kind: policy, latency: 1}\ncopy: *b\n")
    assert doc.data == {"base": {"kind": "policy", "latency": 1}, "copy": doc.data["base"]}


def test_merge_keys_fill_in_what_the_mapping_does_not_say() -> None:
    doc = parse_yaml("base: &b {kind: policy, latency: 1}\nc: {<<: *b, latency: 2}\n")
    assert doc.data["c"] == {"kind": "policy", "latency": 2}
    assert doc.values[("c", "kind")].line == 2


def test_a_recursive_alias_is_refused() -> None:
    with pytest.raises(YamlFailure, match="refers to a node that contains it"):
        parse_yaml("a: &x [1, *x]\n")


def test_an_unknown_alias_is_refused() -> None:
    with pytest.raises(YamlFailure, match=r"unknown alias '\*nope'"):
        parse_yaml("a: *nope\n")


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "a:\n" + "".join(" " * (i + 2) + f"k{i}:\n" for i in range(MAX_DEPTH + 5))],
    ids=["flow", "block"],
)
def test_nesting_deeper_than_the_limit_is_refused_quickly(text: str) -> None:
    start = time.perf_counter()
    with pytest.raises(YamlFailure, match=f"nesting deeper than {MAX_DEPTH} levels"):
        parse_yaml(text)
    assert time.perf_counter() - start < 1.0


def test_brackets_inside_quotes_and_comments_do_not_count_as_nesting() -> None:
    text = "a: '" + "[" * 100 + "'\nb: \"" + "{" * 100 + '"  # ' + "[" * 100 + "\n"
    assert parse_yaml(text).data == {"a": "[" * 100, "b": "{" * 100}


def test_a_duplicate_key_is_a_problem_that_names_the_first_line() -> None:
    doc = parse_yaml("a: 1\nb: 2\na: 3\n")
    assert [(p.message, p.spot.line) for p in doc.problems] == [
        ("duplicate key 'a' (first given on line 1)", 3)
    ]
    assert doc.data == {"a": 1, "b": 2}


def test_a_second_document_is_refused() -> None:
    with pytest.raises(YamlFailure, match="one YAML document"):
        parse_yaml("a: 1\n---\nb: 2\n")


def test_a_syntax_error_is_located_and_hinted() -> None:
    with pytest.raises(YamlFailure) as caught:
        parse_yaml("a: 1\n\tb: 2\n")
    assert (caught.value.spot.line, caught.value.hint) == (2, "indent with spaces, not tabs")
