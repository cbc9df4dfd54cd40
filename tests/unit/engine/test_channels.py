"""CBM mechanics of contacts and channels: existence, staleness, reliability, latency, relays,
pings, protection and broken relations."""

from __future__ import annotations

from typing import Any

from simulator.scenario.loaded import LoadedScenario
from tests.unit.engine.helpers import channel, d, humans, play_turn, variant, weights


def without_policy_contacts_for_gamma(data: dict[str, Any]) -> None:
    gamma = next(s for s in data["states"] if s["id"] == "gamma")
    gamma["cbms"] = []


def test_a_message_to_a_state_that_never_nominated_a_contact_fails_with_a_reason(
    three: LoadedScenario,
):
    session = humans(variant(three, without_policy_contacts_for_gamma))
    play_turn(session, {"alpha": [d("consult", "gamma")]})
    (sent,) = session.team_view("alpha").outbox
    assert sent.status == "failed"
    assert "never nominated" in sent.reason and "oas:3" in sent.reason
    assert session.team_view("gamma").inbox == ()


def test_an_untested_channel_can_turn_out_stale_on_first_use(three: LoadedScenario):
    session = humans(weights(three, stale_chance=1.0))
    play_turn(session, {"alpha": [d("clarify-intent", "beta")]})
    (sent,) = session.team_view("alpha").outbox
    assert sent.status == "failed" and "ab-mfa turned out stale" in sent.reason
    assert not session.condition_context().call("channel_alive", ("ab-mfa",))
    assert session.condition_context().call("channel_tested", ("ab-mfa",))


def test_a_channel_that_works_once_is_tested_from_then_on(three: LoadedScenario):
    session = humans(weights(three, stale_chance=0.0))
    assert not session.condition_context().call("channel_tested", ("ab-mfa",))
    play_turn(session, {"alpha": [d("clarify-intent", "beta")]})
    assert session.condition_context().call("channel_tested", ("ab-mfa",))


def test_an_unreliable_channel_can_lose_a_message(three: LoadedScenario):
    def never_delivers(data: dict[str, Any]) -> None:
        channel(data, "ag-mfa")["reliability"] = 0.0

    session = humans(variant(three, never_delivers))
    play_turn(session, {"alpha": [d("clarify-intent", "gamma")]})
    (sent,) = session.team_view("alpha").outbox
    assert sent.status == "failed" and sent.reason.startswith("lost on channel ag-mfa")


def test_a_message_over_a_slow_channel_arrives_turns_later(three: LoadedScenario):
    session = humans(weights(three, stale_chance=0.0))
    play_turn(session, {"alpha": [d("clarify-intent", "beta")]})
    (sent,) = session.team_view("alpha").outbox
    assert (sent.status, sent.arrive_turn, sent.route) == ("in-transit", 2, ("ab-mfa",))
    assert session.team_view("beta").inbox == ()
    play_turn(session)
    assert [m.id for m in session.team_view("beta").inbox] == [sent.id]


def test_without_a_direct_channel_a_message_is_relayed_by_the_hub_at_a_cost(
    three: LoadedScenario,
):
    def no_direct_diplomatic_line(data: dict[str, Any]) -> None:
        data["channels"] = [c for c in data["channels"] if c["id"] != "ab-mfa"]

    session = humans(variant(three, no_direct_diplomatic_line))
    play_turn(session, {"beta": [d("clarify-intent", "alpha")]})
    (sent,) = session.team_view("beta").outbox
    assert sent.route == ("b-hub", "a-hub")
    assert sent.arrive_turn == 2  # one turn per relay hop
    loss = three.weights.relay_fidelity_loss
    assert session.world.messages[0].fidelity == 1.0 - loss


def test_a_ping_tests_a_channel_and_makes_it_faster_and_more_reliable(three: LoadedScenario):
    def answers_always(data: dict[str, Any]) -> None:
        channel(data, "ab-mfa")["reliability"] = 0.8
        for contact in data["contacts"]:
            contact["responsive"] = 1.0

    session = humans(
        weights(variant(three, answers_always), stale_chance=0.0, ping_reliability_gain=0.1)
    )
    before = session.world.channels["ab-mfa"]
    reliability, latency = before.reliability, before.latency
    play_turn(session, {"alpha": [d("ping", "beta")]})
    after = session.world.channels["ab-mfa"]
    assert after.tested
    assert after.reliability == reliability + 0.1
    assert after.latency == latency - 1


def test_a_ping_can_reveal_a_dead_line_before_it_is_needed(three: LoadedScenario):
    session = humans(weights(three, stale_chance=1.0))
    play_turn(session, {"alpha": [d("ping", "beta")]})
    assert not session.world.channels["ab-mfa"].alive
    texts = [e.text for e in session.team_view("alpha").events]
    assert "channel ab-mfa turned out stale on first use" in texts


def test_tlp_red_travels_only_over_protected_channels(three: LoadedScenario):
    session = humans(three)
    play_turn(
        session,
        {
            "alpha": [
                d("share-information", "beta", evidence=["secret"], tlp="red"),
                d("share-information", "gamma", evidence=["secret"], tlp="red"),
            ]
        },
    )
    to_beta, to_gamma = session.team_view("alpha").outbox
    assert to_beta.status == "failed" and "protected" in to_beta.reason
    assert to_gamma.status == "delivered" and to_gamma.route == ("ag-mfa",)


def test_breaking_relations_closes_the_diplomatic_channels_between_the_two(
    three: LoadedScenario,
):
    session = humans(three)
    play_turn(session, {"alpha": [d("cut-relations", "beta")]})
    assert not session.world.channels["ab-mfa"].usable
    assert session.world.channels["b-hub"].usable  # the hub still relays between them
    assert session.world.channels["ag-mfa"].usable
    cut = {o.id: o for o in session.options("alpha")}["cut-relations"]
    assert "beta" not in cut.targets


def test_regional_consultations_go_to_the_hub_the_convener_is_linked_to(three: LoadedScenario):
    def second_hub_first(data: dict[str, Any]) -> None:
        data["hubs"].insert(0, {"id": "far-hub", "name": "A hub nobody uses"})

    session = humans(variant(three, second_hub_first))
    play_turn(session, {"alpha": [d("convene-regional")]})
    (sent,) = session.team_view("alpha").outbox
    assert (sent.recipient, sent.status) == ("hub", "delivered")
    assert session.world.credit[("alpha", "beta")] > 0
