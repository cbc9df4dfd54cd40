"""Acceptance: a whole game of the default scenario from the library to the exported report."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.bundled import default_scenario
from simulator.report import build_report
from simulator.tui.screens.after_action import AfterActionScreen
from simulator.tui.screens.console import ConsoleScreen
from simulator.tui.screens.error_modal import ErrorModal
from simulator.tui.screens.handover import HandoverScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.setup import SetupScreen
from simulator.tui.screens.team_turn import TeamTurnScreen
from tests.tui.conftest import AppFactory
from tests.tui.driving import (
    app_of,
    console_session,
    highlight_action,
    library_ready,
    play_to_the_end,
    press,
    start_from_setup,
    take_turn,
)


async def test_two_human_teams_and_two_bots_play_the_default_scenario_to_the_exported_report(
    app_factory: AppFactory, workdir: Path
) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        await press(pilot, "enter")
        assert isinstance(app.screen, SetupScreen)
        await start_from_setup(pilot)
        session = app_of(pilot).session
        assert session is not None
        assert session.loaded.source == str(default_scenario())
        humans = [s for s, seat in session.seats.items() if seat == "human"]
        assert len(humans) == 2 and len(session.seats) - len(humans) >= 2

        # Turn 1 by hand, checking each hand-over and submission against the engine.
        await press(pilot, "n")
        for team in humans:
            assert isinstance(app.screen, HandoverScreen) and app.screen.team == team
            await take_turn(pilot, ("ping",))
            assert team not in session.humans_pending()
        assert isinstance(app.screen, ConsoleScreen)
        await press(pilot, "n")
        assert session.turn == 2 and len(session.history) == 1
        assert {d.action for d in session.history[0].decisions[humans[0]]} == {"ping"}

        await play_to_the_end(pilot)
        assert session.over and isinstance(app.screen, AfterActionScreen)
        played = len(session.history)
        await press(pilot, "e")

    journal = session.journal_path
    assert journal is not None and journal.resolve().parent == workdir.resolve() / "sessions"
    records = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert sum(r["type"] == "resolve" for r in records) == played
    report = journal.with_suffix(".md")
    assert report.read_text(encoding="utf-8") == build_report(session)


async def test_a_team_that_breaks_a_rule_sees_why_and_keeps_its_turn(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=Path("library/workshop.yaml"))
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "n", "enter")
        assert isinstance(app.screen, TeamTurnScreen)
        # Three posturing moves where the scenario allows two: the engine refuses.
        for _ in range(3):
            await highlight_action(pilot, "raise-defences")
            await press(pilot, "enter")
        await press(pilot, "ctrl+s", "y")
        assert isinstance(app.screen, ErrorModal)
        assert "at most 2" in app.screen.message
        await press(pilot, "enter")
        assert isinstance(app.screen, TeamTurnScreen)
        session = app_of(pilot).session
        assert session is not None and "borealia" in session.humans_pending()
