"""Hotseat privacy and the team's choices: each team sees its own view and nothing more."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList
from textual.widgets import Static

from simulator.tui.screens.console import ConsoleScreen
from simulator.tui.screens.handover import HandoverScreen
from simulator.tui.screens.network import NetworkScreen
from simulator.tui.screens.setup import SetupScreen
from simulator.tui.screens.team_turn import TeamTurnScreen
from simulator.tui.widgets.action_list import ActionList
from tests.tui.conftest import AppFactory
from tests.tui.driving import app_of, console_session, play_turn, press, take_turn

WORKSHOP = Path("library/workshop.yaml")


def screen_text(screen: object) -> str:
    assert isinstance(screen, TeamTurnScreen | HandoverScreen)
    return "\n".join(str(widget.render()) for widget in screen.query(Static))


async def test_the_handover_screen_shows_only_the_next_teams_name(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "n")
        text = screen_text(app.screen)
        assert "Republic of Borealia" in text
        assert "Blackout" not in text and "Austral" not in text


async def test_a_private_inject_reaches_only_its_team(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await play_turn(pilot)
        await press(pilot, "n", "enter")
        assert "A ransom note" in screen_text(app.screen)  # Borealia's inbox
        await press(pilot, "ctrl+s", "y", "enter")
        assert isinstance(app.screen, TeamTurnScreen) and app.screen.model.view.team == "austral"
        assert "A ransom note" not in screen_text(app.screen)


async def test_illegal_actions_are_listed_disabled_with_the_engines_reason(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "n")
        await take_turn(pilot, ())
        await press(pilot, "enter")
        actions = app.screen.query_one(ActionList)
        share = next(o for o in actions.actions if o.id == "share-information")
        assert not share.legal and share.reason
        option = actions.get_option_at_index(actions.actions.index(share))
        assert option.disabled and share.reason in str(option.prompt)


async def test_the_contacts_tab_lists_the_teams_points_of_contact(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "n", "enter")
        assert "in place  Deputy Minister for Digital Affairs (policy)" in screen_text(app.screen)


async def test_handing_back_without_deciding_leaves_the_team_pending(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "n", "enter", "escape", "y")
        assert isinstance(app.screen, ConsoleScreen)
        session = app_of(pilot).session
        assert session is not None and "borealia" in session.humans_pending()


async def test_a_palette_command_runs_the_same_action_as_its_key(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "ctrl+p", *"Network")
        for _ in range(50):  # the palette searches in the background
            found = app.screen.query(CommandList)
            if found and found.first().option_count:
                break
            await pilot.pause(0.1)
        await press(pilot, "enter")
        assert isinstance(app.screen, NetworkScreen)


async def test_the_mouse_works_too(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.click("#start")
        await pilot.pause()
        assert isinstance(app.screen, ConsoleScreen)
