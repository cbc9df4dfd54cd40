"""What every screen shares: help, quit confirmation, the command palette and the theme."""

from __future__ import annotations

from textual.command import CommandPalette

from simulator.tui.commands import TtxCommands
from simulator.tui.screens.confirm import QuitQuestion
from simulator.tui.screens.help import HelpScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.theme import DEFAULT_THEME
from tests.tui.conftest import AppFactory
from tests.tui.driving import library_ready


async def test_quitting_asks_first_and_no_keeps_the_app_running(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, QuitQuestion)
        await pilot.press("n")
        assert isinstance(app.screen, HomeScreen)
        assert app.is_running


async def test_answering_yes_to_the_quit_question_exits(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
        assert not app.is_running


async def test_question_mark_opens_help_with_the_keys_of_the_screen_below(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Resume recent" in app.screen.keys_markdown
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_the_command_palette_offers_the_bindings_of_the_current_screen(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        provider = TtxCommands(app.screen)
        titles = {entry.title for entry in provider.entries()}
        assert {"Set up", "Resume recent", "Help"} <= titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_the_projector_theme_is_the_default(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test():
        assert app.theme == DEFAULT_THEME
