"""The bundled scenario library meets the bar a workshop needs (issue 6), checked on the files."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from simulator.bundled import bundled_scenarios
from simulator.engine import Session
from simulator.scenario.lint import lint_file
from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario
from simulator.testing.playing import play_through

LIBRARY = bundled_scenarios()
IDS = [p.stem for p in LIBRARY]
REQUIRED_MEASURES = {
    "oas:1", "oas:2", "oas:3", "oas:4", "oas:5", "oas:6",
    "osce:3", "osce:8", "osce:13",
    "un-norms:b", "un-norms:c", "un-norms:h",
}  # fmt: skip
"""Measures the learning objectives of the library must cover between them (issue 6)."""


@cache
def loaded(path: Path) -> LoadedScenario:
    return load_scenario(path)


def played(path: Path, name: str) -> Session:
    scenario = loaded(path)
    (play,) = [p for p in scenario.scenario.playthroughs if p.name == name]
    return play_through(scenario, play).session


def test_the_library_has_the_five_incident_archetypes():
    assert IDS == [
        "ddos-dispute",
        "false-flag-games",
        "ransomware-ministry",
        "subsea-cable",
        "supply-chain-update",
    ]


@pytest.mark.parametrize("path", LIBRARY, ids=IDS)
def test_a_bundled_scenario_lints_without_a_single_finding(path: Path):
    assert [str(p) for p in lint_file(path)] == []


@pytest.mark.parametrize("path", LIBRARY, ids=IDS)
def test_a_bundled_scenario_has_the_shape_of_a_workshop(path: Path):
    sc = loaded(path).scenario
    assert 3 <= len(sc.states) <= 6
    assert 8 <= sc.turns <= 14
    assert all(state.briefing.strip() for state in sc.states)
    assert all(inj.questions and inj.facilitator_notes.strip() for inj in sc.injects)
    assert any(inj.media for inj in sc.injects)
    assert sum(1 for inj in sc.injects if inj.when) >= 2
    assert any(obj.cbms for obj in sc.learning_objectives)
    assert len(sc.playthroughs) >= 3


@pytest.mark.parametrize("path", LIBRARY, ids=IDS)
def test_states_differ_in_cbm_adoption_and_some_lines_are_untested(path: Path):
    sc = loaded(path).scenario
    adopted = {frozenset(state.cbms) for state in sc.states}
    assert len(adopted) > 1
    assert any(not channel.tested for channel in sc.channels)
    kinds = {s.id: {c.kind for c in sc.contacts if c.owner == s.id} for s in sc.states}
    assert any(not {"policy", "diplomatic"} <= have for have in kinds.values()), (
        "some state should lack a policy-level or foreign-ministry point of contact"
    )


def test_the_learning_objectives_cover_the_named_measures_across_the_library():
    covered = {
        ref
        for path in LIBRARY
        for obj in loaded(path).scenario.learning_objectives
        for ref in obj.cbms
    }
    assert covered >= REQUIRED_MEASURES


@pytest.mark.parametrize("path", LIBRARY, ids=IDS)
def test_the_cbm_path_peaks_lower_than_the_hawkish_path_and_cbms_explain_the_gap(path: Path):
    cbm, hawk = played(path, "cbm-path"), played(path, "hawk-path")
    assert max(r.risk for r in cbm.history) < max(r.risk for r in hawk.history)
    assert _cbm_credit_relief(cbm) < _cbm_credit_relief(hawk) <= 0.0


def _cbm_credit_relief(session: Session) -> float:
    """Risk taken off every dyad over the run by recent CBM exchanges (negative = relief)."""
    states = session.loaded.state_ids
    return sum(
        c.value
        for record in session.history
        for i, a in enumerate(states)
        for b in states[i + 1 :]
        for c in session.explain(a, b, record.turn).contributions
        if c.key == "cbm_credit"
    )
