"""Properties of the escalation engine that must hold for any history (hypothesis).

Histories are drawn as seeds: every team plays the seeded `random` bot for a few turns, which
walks through a wide range of legal moves; the property is then checked at the point reached.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from simulator.bundled import default_scenario
from simulator.engine import Session, verify_journal
from simulator.engine.intents import RESTRICTED_TLP
from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Decision
from simulator.testing import strategies as ts
from simulator.testing.synthetic import synthetic_scenario

DATA = Path(__file__).resolve().parents[1] / "data" / "engine"
THREE = load_scenario(DATA / "three-states.yaml")
BUNDLED = load_scenario(default_scenario())
ALLIED = synthetic_scenario(10, seed=3)
"""Ten states in two blocs of five: plenty of allies for contagion."""
worlds = st.sampled_from([THREE, BUNDLED])
COOPERATIVE = ("ping", "consult", "clarify-intent", "request-assistance", "answer-request")
EPS = 1e-12

seeds = st.integers(0, 10_000)
history_lengths = st.integers(0, 3)


def after_random_history(loaded: LoadedScenario, seed: int, turns: int) -> Session:
    """A session where every seat is human, after `turns` turns of seeded random play."""
    session = Session.start(loaded, seed=seed, seats={s: "human" for s in loaded.state_ids})
    for _ in range(turns):
        if session.over:
            break
        for team in loaded.state_ids:
            session.submit(team, session.suggest(team, "random"))
        session.resolve_turn()
    return session


def resolve_with(session: Session, team: str, decisions: list[Decision]) -> dict[str, float]:
    """Fork the session, let `team` play `decisions` while everyone else waits; dyad risks."""
    fork = session.fork()
    for other in fork.index.states:
        fork.submit(other, decisions if other == team else [])
    return dict(fork.resolve_turn().dyads)


def all_risks_in_bounds(session: Session) -> bool:
    return all(
        0.0 <= sheet.overall <= 1.0 and all(0.0 <= r.risk <= 1.0 for r in sheet.dyads.values())
        for sheet in session.sheets
    )


@settings(max_examples=25)
@given(ts.scenarios(max_states=4), seeds)
def test_risk_stays_between_zero_and_one_in_any_scenario(loaded: LoadedScenario, seed: int):
    session = Session.start(loaded, seed=seed, seats={s: "random" for s in loaded.state_ids})
    for _ in range(3):
        if session.over:
            break
        session.resolve_turn()
    assert all_risks_in_bounds(session)


@settings(max_examples=15)
@given(ts.scenarios(max_states=3), ts.scoring_overrides(), seeds)
def test_risk_stays_between_zero_and_one_under_any_valid_weights(
    loaded: LoadedScenario, overrides: dict[str, object], seed: int
):
    from tests.unit.engine.helpers import weights

    session = Session.start(
        weights(loaded, **overrides), seed=seed, seats={s: "hawk" for s in loaded.state_ids}
    )
    for _ in range(3):
        if session.over:
            break
        session.resolve_turn()
    assert all_risks_in_bounds(session)


@given(seeds, history_lengths)
def test_the_same_seed_and_decisions_give_the_same_session(seed: int, turns: int):
    first = after_random_history(THREE, seed, turns)
    second = after_random_history(THREE, seed, turns)
    assert first.history == second.history
    assert first.world == second.world


@settings(max_examples=15)
@given(seeds, history_lengths)
def test_replaying_a_journal_rebuilds_the_same_state(tmp_path_factory, seed: int, turns: int):
    path = tmp_path_factory.mktemp("journal") / "j.jsonl"
    session = Session.start(
        THREE, seed=seed, seats={s: "random" for s in THREE.state_ids}, journal=path
    )
    for _ in range(turns + 1):
        if not session.over:
            session.resolve_turn()
    replayed, mismatches, _ = verify_journal(path, THREE)
    assert mismatches == []
    assert replayed.world == session.world
    assert Session.resume(path, THREE).world == session.world


def cooperative_moves(session: Session, team: str) -> list[Decision]:
    moves = []
    for option in session.options(team):
        if not option.legal or option.id not in COOPERATIVE:
            continue
        for target in option.targets:
            moves.append(Decision(action=option.id, target=target))
    return moves


@settings(max_examples=30)
@given(worlds, seeds, history_lengths, st.data())
def test_a_cooperative_cbm_never_raises_any_risk_compared_with_waiting(
    loaded: LoadedScenario, seed: int, turns: int, data: st.DataObject
):
    session = after_random_history(loaded, seed, turns)
    team = data.draw(st.sampled_from(loaded.state_ids))
    moves = cooperative_moves(session, team)
    assume(not session.over and moves)
    move = data.draw(st.sampled_from(moves))
    acting, waiting = resolve_with(session, team, [move]), resolve_with(session, team, [])
    for dyad, risk in acting.items():
        assert risk <= waiting[dyad] + EPS, f"{move.action} raised {dyad}"


@settings(max_examples=30)
@given(worlds, seeds, history_lengths, st.data())
def test_sharing_never_raises_the_risk_between_the_two_parties(
    loaded: LoadedScenario, seed: int, turns: int, data: st.DataObject
):
    session = after_random_history(loaded, seed, turns)
    team = data.draw(st.sampled_from(loaded.state_ids))
    share = next(o for o in session.options(team) if o.id == "share-information")
    held = [
        e
        for e in session.team_view(team).evidence
        if e.points_to != team
        and not (e.source in loaded.state_ids and e.tlp in RESTRICTED_TLP)
        and e.tlp != "red"
    ]
    assume(not session.over and share.legal and held)
    target = data.draw(st.sampled_from(share.targets))
    item = data.draw(st.sampled_from(held))
    move = Decision(action="share-information", target=target, evidence=[item.id])
    acting, waiting = resolve_with(session, team, [move]), resolve_with(session, team, [])
    dyad = session.index.dyad_key(team, target)
    assert acting[dyad] <= waiting[dyad] + EPS


@settings(max_examples=30)
@given(worlds, seeds, history_lengths, st.data())
def test_an_escalatory_move_never_lowers_any_risk_compared_with_waiting(
    loaded: LoadedScenario, seed: int, turns: int, data: st.DataObject
):
    session = after_random_history(loaded, seed, turns)
    team = data.draw(st.sampled_from(loaded.state_ids))
    hostile = [
        Decision(action=o.id, target=t)
        for o in session.options(team)
        if o.legal and o.hostile
        for t in o.targets
    ]
    assume(not session.over and hostile)
    move = data.draw(st.sampled_from(hostile))
    acting, waiting = resolve_with(session, team, [move]), resolve_with(session, team, [])
    for dyad, risk in acting.items():
        assert risk >= waiting[dyad] - EPS, f"{move.action} lowered {dyad}"


@given(seeds, history_lengths)
def test_with_nobody_acting_every_decaying_variable_moves_toward_its_baseline(
    seed: int, turns: int
):
    session = after_random_history(THREE, seed, turns)
    # a message still travelling would act when it lands
    assume(not session.over and all(m.status != "in-transit" for m in session.world.messages))
    world = session.world
    before_h, before_p = dict(world.hostility), dict(world.pressure)
    before_c = dict(world.credit)
    session.fork()  # the what-if copy must not disturb the original
    for team in THREE.state_ids:
        session.submit(team, [])
    session.resolve_turn()
    for state, base in world.base_hostility.items():
        gap_before, gap_after = before_h[state] - base, world.hostility[state] - base
        assert abs(gap_after) <= abs(gap_before) + EPS and gap_after * gap_before >= -EPS
    media = session.loaded.weights.media_pressure
    for state, base in world.base_pressure.items():
        # a media inject at the start of the next turn may add pressure on top of the decay
        assert abs(world.pressure[state] - base) <= abs(before_p[state] - base) + media + EPS
    for pair, credit in world.credit.items():
        assert credit <= before_c[pair] + EPS


@settings(max_examples=30)
@given(
    st.permutations(THREE.state_ids).map(lambda states: states[:2]),
    st.floats(0.0, 1.0),
    st.floats(0.0, 1.0),
)
def test_a_wrong_public_attribution_costs_more_than_a_right_one(
    pair: list[str], trust: float, suspicion: float
):
    from tests.unit.engine.helpers import variant

    accuser, accused = pair

    def guilty(data: dict[str, object]) -> None:
        truth = data["ground_truth"]
        assert isinstance(truth, dict)
        truth["perpetrator"], truth["kind"] = accused, "state"
        truth["candidates"] = [*truth["candidates"], {"id": accused, "kind": "state"}]
        truth["candidates"] = list({c["id"]: c for c in truth["candidates"]}.values())

    def innocent(data: dict[str, object]) -> None:
        guilty(data)
        truth = data["ground_truth"]
        assert isinstance(truth, dict)
        truth["perpetrator"], truth["kind"] = "crew", "non-state"

    results = []
    for change in (guilty, innocent):
        loaded = variant(THREE, change)
        session = Session.start(loaded, seats={s: "human" for s in loaded.state_ids})
        session.adjust(f"trust.{accused}.{accuser}", trust, "drawn")
        session.adjust(f"suspicion.{accuser}.{accused}", suspicion, "drawn")
        for team in loaded.state_ids:
            moves = (
                [Decision(action="public-attribution", target=accused)] if team == accuser else []
            )
            session.submit(team, moves)
        record = session.resolve_turn()
        results.append(
            (
                session.world.trust[(accused, accuser)],
                record.dyads[session.index.dyad_key(accuser, accused)],
            )
        )
    (right_trust, right_risk), (wrong_trust, wrong_risk) = results
    assert wrong_trust <= right_trust
    assert wrong_risk > right_risk


@settings(max_examples=20)
@given(st.sampled_from([THREE, ALLIED]), seeds, st.sampled_from(["hawk", "random"]))
def test_contagion_never_lifts_a_dyad_above_the_dyad_it_spills_from(
    loaded: LoadedScenario, seed: int, policy: str
):
    session = Session.start(loaded, seed=seed, seats={s: policy for s in loaded.state_ids})
    for _ in range(3):
        if not session.over:
            session.resolve_turn()
    keys = {session.index.dyad_key(*p): p for p in session.index.dyads}
    share = loaded.weights.contagion
    for sheet in session.sheets:
        for reading in sheet.dyads.values():
            if reading.contagion > 0:
                event("contagion seen")
                source = sheet.dyads[keys[reading.source]].own
                assert reading.risk <= max(reading.own, source) + EPS
                assert reading.contagion <= share * source + EPS
