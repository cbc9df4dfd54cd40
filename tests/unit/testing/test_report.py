"""The after-action report reads a session and says what happened and what to improve."""

from __future__ import annotations

from simulator.engine import Session
from simulator.report import build_report
from simulator.scenario.load import load_scenario
from simulator.scenario.playthrough_models import Decision

from .helpers import FIXTURES


def played(*, blame: bool) -> Session:
    loaded = load_scenario(FIXTURES / "harbour.yaml")
    session = Session.start(loaded, seed=2, seats={s: "human" for s in loaded.state_ids})
    while not session.over:
        arden = [Decision(action="ping", target="brill")]
        if blame and session.turn == 2:
            arden.append(Decision(action="public-attribution", target="cova"))
        session.submit("arden", arden)
        session.submit("brill", [])
        session.submit("cova", [])
        session.resolve_turn()
    return session


def section(report: str, title: str) -> list[str]:
    lines = report.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in lines.splitlines() if line.strip()]


def test_objectives_are_judged_by_their_condition_at_the_end() -> None:
    assert section(build_report(played(blame=True)), "Learning objectives") == [
        "- Objective hold-fire: not met. Do not blame Cova in public before the evidence is in.",
        "- Objective call-brill: met. Use the tested policy line to Brill early.",
        "- Objective debrief: for the facilitator to judge. Discuss what the port operator "
        "should have prepared.",
    ]


def test_a_wrong_public_attribution_becomes_an_improvement_item() -> None:
    items = section(build_report(played(blame=True)), "Improvement items")
    assert (
        "1. Practise objective hold-fire, not met in this session: Do not blame Cova" in (items[0])
    )
    assert any(
        "Arden publicly blamed Cova at turn 2, but Gulls crew was responsible" in i for i in items
    )
    calm = section(build_report(played(blame=False)), "Improvement items")
    assert not any("blamed" in i for i in calm)


def test_cbm_use_is_set_against_what_each_state_implemented() -> None:
    rows = section(build_report(played(blame=False)), "CBM use versus what each state implemented")
    assert rows[2] == "| arden | oas:2, oas:3, un-norms:h | oas:2, oas:3 | un-norms:h |"
    assert rows[3] == "| brill | oas:2, oas:3, un-norms:h | - | oas:2, oas:3, un-norms:h |"


def test_risk_table_has_a_row_per_turn_and_a_column_per_pair() -> None:
    session = played(blame=False)
    rows = section(build_report(session), "Risk per turn")
    assert rows[0] == "| Turn | Overall | arden-brill | arden-cova | brill-cova | Score | Total |"
    assert len([r for r in rows if r.startswith("| ") and r[2].isdigit()]) == len(session.history)


def test_timeline_lists_injects_decisions_and_message_fates_per_turn() -> None:
    turn_one = build_report(played(blame=False)).split(
        "### Turn 1: Friday 1 March 2030, 08:00\n", 1
    )[1]
    turn_one = turn_one.split("### Turn 2", 1)[0]
    assert "- Inject: Port systems dark (port-dark)" in turn_one
    assert "- arden: ping → brill" in turn_one
    assert "- brill: waited" in turn_one
    assert "- Message arden → brill (ping): " in turn_one


def test_the_same_session_gives_the_same_report_and_an_unplayed_one_still_reads() -> None:
    assert build_report(played(blame=True)) == build_report(played(blame=True))
    fresh = Session.start(load_scenario(FIXTURES / "harbour.yaml"))
    report = build_report(fresh)
    assert "The session has not ended yet." in report
    assert "No turn was played." in report
