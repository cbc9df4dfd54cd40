"""`ttx test -k` selects playthroughs the way pytest's -k selects tests."""

from __future__ import annotations

import pytest

from simulator.testing.selection import SelectionError, compile_selection

NAMES = ["ransomware-ministry", "cbm-path"]


@pytest.mark.parametrize(
    ("expression", "selected"),
    [
        ("cbm", True),
        ("CBM", True),
        ("hawk", False),
        ("ransomware and cbm", True),
        ("ransomware and hawk", False),
        ("hawk or cbm", True),
        ("not hawk", True),
        ("not (cbm or hawk)", False),
        ("ministry and not (hawk or mixed)", True),
    ],
)
def test_a_word_matches_any_name_as_a_substring_and_words_combine(
    expression: str, selected: bool
) -> None:
    assert compile_selection(expression).matches(NAMES) is selected


@pytest.mark.parametrize("expression", ["", "cbm and", "(cbm", "cbm)", "and cbm", "not"])
def test_a_malformed_expression_is_refused_with_a_selection_error(expression: str) -> None:
    with pytest.raises(SelectionError):
        compile_selection(expression)
