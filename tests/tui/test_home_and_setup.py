"""Home screen and session setup, driven with the keyboard through Textual's Pilot."""

from __future__ import annotations

from pathlib import Path

from simulator.bundled import default_scenario
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.setup import SetupScreen
from simulator.tui.widgets.scenario_details import ScenarioDetails
from simulator.tui.widgets.scenario_list import ScenarioList
from simulator.tui.widgets.seat_list import SeatList
from tests.tui.conftest import AppFactory
from tests.tui.driving import library_ready


async def test_the_home_screen_lists_bundled_and_folder_scenarios_with_the_default_highlighted(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        scenarios = app.screen.query_one(ScenarioList)
        titles = [entry.title for entry in scenarios.entries]
        assert titles[-1] == "Grid Outage in Borealia"
        highlighted = scenarios.entry_at(scenarios.highlighted)
        assert highlighted is not None and highlighted.path == default_scenario()
        assert app.screen.query_one(ScenarioDetails).entry == highlighted


async def test_an_invalid_scenario_shows_its_problems_and_cannot_be_opened(
    app_factory: AppFactory, workdir: Path
) -> None:
    (workdir / "library" / "zz-broken.yaml").write_text("id: Bad Id\n", encoding="utf-8")
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        scenarios = app.screen.query_one(ScenarioList)
        scenarios.highlighted = len(scenarios.entries) - 1
        await pilot.pause()
        details = app.screen.query_one(ScenarioDetails)
        assert details.entry is not None and not details.entry.valid
        assert "cannot be played" in str(details.render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_enter_on_a_scenario_opens_its_setup_with_two_human_teams(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        await library_ready(pilot)
        scenarios = app.screen.query_one(ScenarioList)
        scenarios.highlighted = len(scenarios.entries) - 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        seats = app.screen.query_one(SeatList).chosen()
        assert seats == {
            "borealia": "human",
            "austral": "human",
            "cendra": "dove",
            "dunmark": "hawk",
        }
        assert "sessions/tui-workshop-20250301-090000.jsonl" in str(
            app.screen.query_one("#journal-path").render()
        )


async def test_arrow_keys_cycle_a_seat_through_human_and_every_bot_policy(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=Path("library/workshop.yaml"))
    async with app.run_test() as pilot:
        await pilot.pause()
        seats = app.screen.query_one(SeatList)
        await pilot.press("right")
        assert seats.chosen()["borealia"] == "dove"
        await pilot.press("left", "left")
        assert seats.chosen()["borealia"] == "random"
        await pilot.press("down", "left")
        assert seats.chosen()["austral"] == "random"


async def test_escape_on_setup_goes_back_to_the_library(app_factory: AppFactory) -> None:
    app = app_factory(scenario=Path("library/workshop.yaml"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press("escape")
        assert [type(s) for s in app.screen_stack] == [HomeScreen]


async def test_a_seed_that_is_not_a_whole_number_is_refused_on_the_setup_screen(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=Path("library/workshop.yaml"))
    async with app.run_test() as pilot:
        await pilot.pause()
        app.screen.query_one("#seed").value = "-3"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert app.session is None
