"""The escalation model: overall risk, contagion, decay, channel quality, the Rivera score."""

from __future__ import annotations

import math
from typing import Any

import pytest

from simulator.engine import Session
from simulator.engine.scoring import channel_quality
from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import d, humans, play_turn, variant, weights


def test_overall_risk_is_the_noisy_or_of_the_dyads_by_default(three: LoadedScenario):
    session = humans(three)
    play_turn(session, {"gamma": [d("mobilise", "beta")]})
    record = session.history[-1]
    assert record.risk == pytest.approx(1 - math.prod(1 - r for r in record.dyads.values()))


def test_overall_risk_can_be_the_worst_dyad_instead(three: LoadedScenario):
    session = humans(weights(three, overall="max"))
    play_turn(session, {"gamma": [d("mobilise", "beta")]})
    record = session.history[-1]
    assert record.risk == max(record.dyads.values())


def test_risk_spills_over_to_an_ally_but_never_beyond_the_source_dyad(three: LoadedScenario):
    session = humans(three)
    session.adjust("suspicion.alpha.beta", 1.0, "alpha is sure")
    session.adjust("hostility.alpha", 1.0, "alpha is furious")
    play_turn(session)
    sheet = session.sheets[-1]
    source = sheet.dyads[("alpha", "beta")]
    ally = sheet.dyads[("beta", "gamma")]
    assert ally.source == "alpha-beta" and ally.contagion > 0
    assert ally.risk <= source.risk
    assert ally.contagion <= three.weights.contagion * source.risk


def test_without_an_alliance_nothing_spills_over(three: LoadedScenario):
    session = humans(three)
    session.adjust("suspicion.alpha.beta", 1.0, "alpha is sure")
    play_turn(session)
    assert session.sheets[-1].dyads[("alpha", "beta")].contagion == 0


def test_with_no_new_events_risk_relaxes_toward_the_baseline_and_never_past_it(
    three: LoadedScenario,
):
    session = humans(three)
    baseline = humans(three)
    play_turn(baseline)
    play_turn(session, {"gamma": [d("sanctions", "beta"), d("mobilise", "beta")]})
    gaps = []
    for _ in range(5):
        gaps.append(
            session.history[-1].dyads["beta-gamma"] - baseline.history[-1].dyads["beta-gamma"]
        )
        play_turn(session)
        play_turn(baseline)
    assert all(gap >= 0 for gap in gaps)
    assert gaps == sorted(gaps, reverse=True) and gaps[-1] < gaps[0] / 2


def test_only_channels_known_to_work_count_toward_channel_quality(three: LoadedScenario):
    def no_hub(data: dict[str, Any]) -> None:
        data["channels"] = [c for c in data["channels"] if "hub" not in c["id"]]

    session = humans(weights(variant(three, no_hub), stale_chance=0.0))
    loss = three.weights.relay_fidelity_loss
    before = channel_quality(session.index, session.world, loss)
    assert before[("alpha", "gamma")] == 1.0
    assert ("alpha", "beta") not in before  # ab-mfa was never tested
    play_turn(session, {"alpha": [d("clarify-intent", "beta")]})
    after = channel_quality(session.index, session.world, loss)
    assert after[("alpha", "beta")] == session.world.channels["ab-mfa"].reliability


def test_the_escalation_score_sums_class_points_of_every_move_of_the_turn(
    three: LoadedScenario,
):
    session = humans(three)
    moves = {
        "alpha": [d("consult", "beta"), d("raise-defences")],
        "gamma": [d("sanctions", "beta")],
    }
    play_turn(session, moves)
    points = three.weights.class_points
    assert session.history[-1].score == points.de_escalation + points.posturing + points.non_violent


def test_a_session_is_deterministic_for_a_seed(three: LoadedScenario):
    runs = []
    for _ in range(2):
        session = Session.start(three, seed=11, seats={"alpha": "random", "beta": "random"})
        while not session.over:
            session.resolve_turn()
        runs.append(session.history)
    assert runs[0] == runs[1]
