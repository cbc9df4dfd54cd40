"""Information sharing, handling markings, requests with deadlines, clarification of intent."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import d, humans, play_turn, variant, weights


def test_shared_evidence_moves_the_receivers_belief_toward_what_it_points_at(
    three: LoadedScenario,
):
    session = humans(three)
    before = dict(session.world.suspicion["gamma"])
    play_turn(session, {"alpha": [d("share-information", "gamma", evidence=["note"])]})
    after = session.world.suspicion["gamma"]
    step = three.weights.evidence_weight * 0.5  # note: strength 0.5, direct channel
    assert after["crew"] == pytest.approx(before["crew"] + step * (1 - before["crew"]))
    assert after["beta"] == pytest.approx(before["beta"] * (1 - step))
    assert "note" in {e.id for e in session.team_view("gamma").evidence}


def test_forged_evidence_moves_belief_just_like_genuine_evidence(three: LoadedScenario):
    def forge_servers(data: dict[str, Any]) -> None:
        for item in data["evidence"]:
            if item["id"] == "servers":
                item["forged"] = True

    genuine, forged = humans(three), humans(variant(three, forge_servers))
    for session in (genuine, forged):
        play_turn(session, {"alpha": [d("share-information", "gamma", evidence=["servers"])]})
    assert forged.world.suspicion["gamma"]["beta"] == genuine.world.suspicion["gamma"]["beta"]
    assert forged.world.suspicion["gamma"]["beta"] > humans(three).world.suspicion["gamma"]["beta"]
    assert "forged" not in repr(forged.team_view("gamma").evidence)


def can_share(data: dict[str, Any]) -> None:
    for state in data["states"]:
        state["cbms"] = sorted({*state["cbms"], "osce:2"})


def with_beta_file(data: dict[str, Any]) -> None:
    can_share(data)
    data["evidence"].append(
        {
            "id": "file",
            "summary": "Police file.",
            "points_to": "crew",
            "strength": 0.7,
            "held_by": ["beta"],
            "tlp": "amber",
        }
    )
    data["channels"].append(
        {
            "id": "bg",
            "between": ["b-mfa", "g-mfa"],
            "kind": "diplomatic",
            "tested": True,
            "reliability": 1.0,
        }
    )


def test_passing_on_an_item_received_under_amber_breaches_it_and_costs_trust(
    three: LoadedScenario,
):
    session = humans(weights(variant(three, with_beta_file), stale_chance=0.0))
    play_turn(session, {"beta": [d("share-information", "gamma", evidence=["file"])]})
    trust_before = session.world.trust[("beta", "gamma")]
    play_turn(session, {"gamma": [d("share-information", "alpha", evidence=["file"])]})
    cost = three.weights.tlp_breach_trust_cost
    assert session.world.trust[("beta", "gamma")] == pytest.approx(trust_before - cost)
    assert any(e.kind == "breach" for e in session.events[2])


def test_passing_on_an_item_received_under_clear_is_no_breach(three: LoadedScenario):
    session = humans(variant(three, can_share))
    play_turn(session, {"alpha": [d("share-information", "gamma", evidence=["note"])]})
    trust_before = session.world.trust[("alpha", "gamma")]
    play_turn(session, {"gamma": [d("share-information", "alpha", evidence=["note"])]})
    assert session.world.trust[("alpha", "gamma")] == trust_before


def test_a_consultation_answered_in_time_earns_cbm_credit(three: LoadedScenario):
    session = humans(weights(three, stale_chance=0.0))
    play_turn(session, {"alpha": [d("consult", "gamma")]})
    (req,) = session.team_view("gamma").open_requests
    assert req.deadline == 1 + three.weights.response_deadline
    credit_before = session.world.credit[("alpha", "gamma")]
    play_turn(session, {"gamma": [d("answer-request", "alpha", answers=req.id)]})
    assert session.world.requests[0].status == "answered"
    assert session.world.credit[("alpha", "gamma")] > credit_before * (
        1 - three.weights.cbm_credit_decay
    )


def test_a_request_left_unanswered_past_its_deadline_costs_the_askers_trust(
    three: LoadedScenario,
):
    session = humans(three)
    play_turn(session, {"alpha": [d("request-assistance", "gamma")]})
    trust_before = session.world.trust[("alpha", "gamma")]
    play_turn(session)
    assert session.world.requests[0].status == "open"
    play_turn(session)
    assert session.world.requests[0].status == "expired"
    cost = three.weights.ignored_request_trust_cost
    assert session.world.trust[("alpha", "gamma")] == pytest.approx(trust_before - cost)


def test_answering_a_request_for_assistance_in_time_lowers_severity(three: LoadedScenario):
    session = humans(three)
    play_turn(session, {"alpha": [d("request-assistance", "gamma")]})
    severity = session.world.severity
    play_turn(session, {"gamma": [d("answer-request", "alpha")]})
    assert session.world.severity == pytest.approx(
        severity - three.weights.assistance_severity_drop
    )


def test_clarifying_intent_lowers_suspicion_only_when_the_sender_is_not_the_culprit(
    three: LoadedScenario,
):
    def beta_did_it(data: dict[str, Any]) -> None:
        data["ground_truth"]["perpetrator"] = "beta"
        data["ground_truth"]["kind"] = "state"

    innocent = humans(weights(three, stale_chance=0.0))
    guilty = humans(weights(variant(three, beta_did_it), stale_chance=0.0))
    start = 0.6
    for session in (innocent, guilty):
        session.adjust("suspicion.alpha.beta", start, "the test starts from a clear suspicion")
        play_turn(session, {"beta": [d("clarify-intent", "alpha")]})
        play_turn(session)  # the diplomatic line takes a turn
    drop = three.weights.clarify_suspicion_drop
    assert innocent.world.suspicion["alpha"]["beta"] == pytest.approx(start - drop)
    assert guilty.world.suspicion["alpha"]["beta"] == start
