"""Lint: likely mistakes in scenarios that play, each with a severity and a location."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.bundled import bundled_scenarios
from simulator.errors import Problem
from simulator.scenario.lint import lint_file, lint_scenario
from simulator.scenario.loaded import resolve
from simulator.scenario.starter import starter_text
from simulator.scenario.weights import ScoringOverrides
from simulator.testing.synthetic import synthetic_scenario
from tests.unit.scenario.helpers import MINIMAL, replace

STARTER = starter_text("demo")


def lint_text(text: str, folder: Path) -> list[Problem]:
    path = folder / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return lint_file(path)


def by_code(problems: list[Problem], code: str) -> list[tuple[int, str, str, str]]:
    return [(p.line, p.path, p.severity, p.message) for p in problems if p.code == code]


def with_injects(base: str, *injects: str) -> str:
    """`base` with more injects appended after the last one (injects come last in MINIMAL)."""
    return base + "".join(injects)


def inject(inject_id: str, when: str, extra: str = "") -> str:
    return (
        f"  - id: {inject_id}\n    when: '{when}'\n    to: [all]\n"
        f"    title: {inject_id}\n    text: {inject_id}\n{extra}"
    )


@pytest.mark.parametrize("path", bundled_scenarios(), ids=lambda p: p.name)
def test_a_bundled_scenario_has_no_lint_error_or_warning(path: Path) -> None:
    assert [str(p) for p in lint_file(path) if p.severity != "info"] == []


def test_the_starter_scenario_lints_without_warnings(tmp_path: Path) -> None:
    assert [str(p) for p in lint_text(STARTER, tmp_path) if p.severity != "info"] == []


def test_validation_problems_come_first_and_stop_lint(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    to: [all]", "    to: [gamma]")
    (problem,) = lint_text(text, tmp_path)
    assert (problem.severity, problem.message) == ("error", "unknown audience 'gamma'")


def test_an_inject_set_after_the_last_turn_can_never_fire(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    turn: 1\n", "    turn: 4\n")
    assert by_code(lint_text(text, tmp_path), "never-fires") == [
        (
            22,
            "injects.0.turn",
            "warning",
            "this inject can never fire on its own: turn 4 comes after the last turn (3)",
        )
    ]


def test_an_inject_waiting_on_a_flag_nothing_sets_can_never_fire(tmp_path: Path) -> None:
    text = with_injects(MINIMAL + "", inject("later", 'flag("leak")'))
    text = replace(text, "injects:", "flags: [leak]\ninjects:")
    found = lint_text(text, tmp_path)
    assert [p.path for p in found if p.code == "never-fires"] == ["injects.1.when"]
    assert by_code(found, "flag-never-set") == [
        (20, "flags.0", "warning", "flag 'leak' is tested but nothing that can happen sets it")
    ]


def test_silence_spreads_along_fired_chains(tmp_path: Path) -> None:
    text = with_injects(
        MINIMAL,
        inject("first", "turn > 5"),
        inject("second", 'fired("first") and turn >= 2'),
        inject("third", 'fired("second") or turn == 3'),
    )
    found = lint_text(text, tmp_path)
    assert [p.path for p in found if p.code == "never-fires"] == [
        "injects.1.when",
        "injects.2.when",
    ]


def test_a_flag_set_by_a_live_inject_keeps_its_readers_alive(tmp_path: Path) -> None:
    setter = inject("setter", "turn == 2", "    effects:\n      - set_flag: leak\n")
    text = with_injects(MINIMAL, setter, inject("reader", 'flag("leak")'))
    text = replace(text, "injects:", "flags: [leak]\ninjects:")
    found = lint_text(text, tmp_path)
    assert by_code(found, "never-fires") == []
    assert by_code(found, "flag-never-set") == []


def test_a_variant_whose_condition_is_settled_false_is_reported(tmp_path: Path) -> None:
    variant = (
        '    variants:\n      - when: implemented("alpha", "oas:2")\n        text: Alpha calls.\n'
    )
    text = replace(
        MINIMAL, "    text: Networks are down.\n", f"    text: Networks are down.\n{variant}"
    )
    assert by_code(lint_text(text, tmp_path), "variant-never-chosen") == [
        (
            27,
            "injects.0.variants.0.when",
            "warning",
            "this variant can never be chosen: its condition can never hold",
        )
    ]


def test_end_conditions_that_never_hold_or_hold_at_once_are_reported(tmp_path: Path) -> None:
    endings = (
        "end_conditions:\n"
        "  - {id: never, when: turn > 10, outcome: Never}\n"
        "  - {id: at-once, when: turn >= 1 or risk() > 0.5, outcome: At once}\n"
        "  - {id: fine, when: risk() > 0.5, outcome: Fine}\n"
    )
    found = lint_text(MINIMAL + endings, tmp_path)
    assert by_code(found, "never-ends") == [
        (27, "end_conditions.0.when", "warning", "this end condition can never hold")
    ]
    assert by_code(found, "ends-at-once") == [
        (28, "end_conditions.1.when", "warning", "this end condition already holds after turn 1")
    ]


def test_injects_waiting_on_each_other_form_one_reported_cycle(tmp_path: Path) -> None:
    text = with_injects(
        MINIMAL,
        inject("ask", 'fired("answer") or risk() > 0.9'),
        inject("answer", 'fired("ask")'),
    )
    assert by_code(lint_text(text, tmp_path), "trigger-cycle") == [
        (27, "injects.1.when", "warning", "triggers form a cycle: ask -> answer -> ask")
    ]


def test_a_cycle_through_flags_is_found(tmp_path: Path) -> None:
    a = inject("a", 'flag("from-b")', "    effects:\n      - set_flag: from-a\n")
    b = inject("b", 'flag("from-a")', "    effects:\n      - set_flag: from-b\n")
    text = replace(with_injects(MINIMAL, a, b), "injects:", "flags: [from-a, from-b]\ninjects:")
    found = by_code(lint_text(text, tmp_path), "trigger-cycle")
    assert [message for *_, message in found] == ["triggers form a cycle: a -> b -> a"]


NETWORK = """hubs:
  - {id: hub, name: Hub}
  - {id: idle-hub, name: Idle hub}
contacts:
  - {id: a-pol, owner: alpha, kind: policy, cbm: "oas:2"}
  - {id: b-pol, owner: beta, kind: policy}
  - {id: h-desk, owner: hub, kind: regional-hub}
  - {id: b-lonely, owner: beta, kind: technical}
channels:
  - {id: ab, between: [a-pol, b-pol], kind: policy, cbm: "osce:13"}
  - {id: bh, between: [b-pol, h-desk], kind: regional-hub}
"""


def test_network_findings_name_the_missing_measures_and_unused_parts(tmp_path: Path) -> None:
    text = replace(MINIMAL, "ground_truth:", NETWORK + "ground_truth:")
    found = lint_text(text, tmp_path)
    assert by_code(found, "contact-absent") == [
        (
            19,
            "contacts.0.cbm",
            "info",
            "contact 'a-pol' will not exist in play: alpha has not implemented oas:2",
        )
    ]
    assert by_code(found, "channel-cbm-missing") == [
        (
            24,
            "channels.0.cbm",
            "warning",
            "channel 'ab' rests on osce:13, which neither alpha nor beta has implemented",
        )
    ]
    assert by_code(found, "dead-channel") == [
        (
            24,
            "channels.0.between",
            "info",
            "channel 'ab' can carry nothing: contact 'a-pol' will not exist",
        )
    ]
    assert by_code(found, "unused") == [
        (17, "hubs.1", "warning", "hub 'idle-hub' has no point of contact, so it cannot relay"),
        (22, "contacts.3", "warning", "contact 'b-lonely' is on no channel"),
    ]
    assert by_code(found, "no-contact") == [
        (11, "states.0", "info", "alpha has no point of contact in play: it can only act publicly")
    ]


def test_a_scenario_action_no_state_can_take_is_a_warning(tmp_path: Path) -> None:
    action = (
        "actions:\n  - id: hotline-call\n    name: Hotline call\n"
        "    escalation_class: de-escalation\n    cbm: ['osce:13']\n"
    )
    text = replace(MINIMAL, "ground_truth:", action + "ground_truth:")
    found = sorted(by_code(lint_text(text, tmp_path), "action-unusable"), key=lambda f: f[2])
    assert found[1] == (
        19,
        "actions.0.cbm",
        "warning",
        "no state has implemented osce:13: nobody can take 'hotline-call'",
    )
    assert found[0][2] == "info" and "ping" in found[0][3]


def test_evidence_nobody_holds_or_receives_is_unused(tmp_path: Path) -> None:
    evidence = "evidence:\n  - {id: note, summary: A note, points_to: beta}\n"
    text = replace(MINIMAL, "injects:", evidence + "injects:")
    assert by_code(lint_text(text, tmp_path), "unused") == [
        (21, "evidence.0", "warning", "evidence 'note' never reaches any state")
    ]
    handed = replace(text, "    to: [all]\n", "    to: [all]\n    evidence: [note]\n")
    assert by_code(lint_text(handed, tmp_path), "unused") == []


def test_a_declared_flag_nothing_uses_is_unused(tmp_path: Path) -> None:
    text = replace(MINIMAL, "injects:", "flags: [spare]\ninjects:")
    assert by_code(lint_text(text, tmp_path), "unused") == [
        (20, "flags.0", "warning", "flag 'spare' is declared but never used")
    ]


def test_a_clock_label_outside_the_turns_is_a_warning(tmp_path: Path) -> None:
    text = replace(
        MINIMAL,
        '  start: "2025-01-01T08:00"\n',
        '  start: "2025-01-01T08:00"\n  labels: {7: Day 4}\n',
    )
    assert by_code(lint_text(text, tmp_path), "label-out-of-range") == [
        (10, "clock.labels.7", "warning", "label for turn 7, but turns run 1..3")
    ]


def test_an_inject_with_a_first_turn_is_judged_from_that_turn_on(tmp_path: Path) -> None:
    text = replace(MINIMAL, "    turn: 1\n", "    turn: 2\n    when: turn < 2\n")
    assert [p.path for p in lint_text(text, tmp_path) if p.code == "never-fires"] == [
        "injects.0.when"
    ]
    alone = replace(MINIMAL, "    turn: 1\n", "    when: turn < 2\n")
    assert [p for p in lint_text(alone, tmp_path) if p.code == "never-fires"] == []


def test_a_channel_one_end_cannot_use_is_a_note(tmp_path: Path) -> None:
    network = NETWORK.replace('cbm: "osce:13"', 'cbm: "osce:8"')
    text = replace(MINIMAL, "ground_truth:", network + "ground_truth:")
    text = replace(text, "    name: Beta\n", "    name: Beta\n    cbms: ['osce:8']\n")
    assert by_code(lint_text(text, tmp_path), "channel-cbm-missing") == [
        (
            25,
            "channels.0.cbm",
            "info",
            "channel 'ab' will not work in play: alpha has not implemented osce:8",
        )
    ]


def test_a_noisy_or_overall_over_many_states_is_flagged_with_the_max_reading_as_the_fix() -> None:
    large = synthetic_scenario(12)
    (finding,) = [f for f in lint_scenario(large) if f.code == "saturating-overall"]
    assert finding.severity == "warning"
    assert "66 pairs of states" in finding.message and "overall: max" in finding.hint
    assert not [f for f in lint_scenario(synthetic_scenario(5)) if f.code == "saturating-overall"]


def test_a_large_scenario_that_reads_the_riskiest_pair_is_not_flagged() -> None:
    large = synthetic_scenario(12)
    as_max = resolve(
        large.scenario.model_copy(update={"scoring": ScoringOverrides(overall="max")}),
        large.source,
        large.content_hash,
    )
    assert not [f for f in lint_scenario(as_max) if f.code == "saturating-overall"]
