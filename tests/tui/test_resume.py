"""Nothing is lost: the journal is written as play goes, and a session resumes where it was."""

from __future__ import annotations

from pathlib import Path

from simulator.tui.screens.after_action import AfterActionScreen
from simulator.tui.screens.confirm import QuitQuestion
from simulator.tui.screens.console import ConsoleScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.recent_list import RecentList
from tests.tui.conftest import AppFactory
from tests.tui.driving import (
    app_of,
    console_session,
    library_ready,
    play_turn,
    press,
    start_from_setup,
    take_turn,
)

WORKSHOP = Path("library/workshop.yaml")


async def play_a_turn_and_a_half(app_factory: AppFactory) -> tuple[Path, list[float]]:
    """Resolve turn 1, let Borealia decide in turn 2, then stop as if the power failed."""
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await play_turn(pilot)
        await press(pilot, "n")
        await take_turn(pilot, ("ping",))
        session = app_of(pilot).session
        assert session is not None and session.journal_path is not None
        risks = [record.risk for record in session.history]
        return session.journal_path, risks


async def test_resuming_a_journal_restores_the_turn_and_the_decisions_already_in(
    app_factory: AppFactory,
) -> None:
    journal, risks = await play_a_turn_and_a_half(app_factory)
    app = app_factory(resume=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConsoleScreen)
        session = app_of(pilot).session
        assert session is not None
        assert session.turn == 2
        assert [record.risk for record in session.history] == risks
        assert session.humans_pending() == ["austral"]


async def test_the_library_offers_recent_journals_and_r_resumes_one(
    app_factory: AppFactory,
) -> None:
    journal, _ = await play_a_turn_and_a_half(app_factory)
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        recent = app.screen.query_one(RecentList)
        assert recent.sessions[0].path.name == journal.name
        assert recent.sessions[0].turns_resolved == 1
        await press(pilot, "r")
        assert isinstance(app.screen, ConsoleScreen)
        assert app_of(pilot).session is not None


async def test_the_quit_question_says_where_the_journal_is_and_how_to_resume(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "ctrl+q")
        assert isinstance(app.screen, QuitQuestion)
        detail = app.screen.detail
        assert "sessions/tui-workshop-20250301-090000.jsonl" in detail
        assert "ttx play --resume sessions/tui-workshop-20250301-090000.jsonl" in detail
        await press(pilot, "ctrl+q")
        assert not app.is_running


async def test_after_the_review_h_returns_to_the_library_which_lists_the_session(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "e", "enter", "h")
        await library_ready(pilot)
        assert [type(s) for s in app.screen_stack] == [HomeScreen]
        assert app_of(pilot).session is None
        recent = app.screen.query_one(RecentList)
        assert recent.sessions[0].ended


async def test_a_new_session_never_overwrites_a_journal_that_appeared_meanwhile(
    app_factory: AppFactory, workdir: Path
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        taken = workdir / "sessions" / "tui-workshop-20250301-090000.jsonl"
        taken.parent.mkdir()
        taken.write_text("someone else's session\n", encoding="utf-8")
        await start_from_setup(pilot)
        session = app_of(pilot).session
        assert session is not None and session.journal_path is not None
        assert session.journal_path.name == "tui-workshop-20250301-090000-2.jsonl"
        assert taken.read_text(encoding="utf-8") == "someone else's session\n"


async def test_resuming_a_finished_session_opens_its_review(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(80, 24)) as pilot:
        await press(pilot, "e", "enter", "h")
        await library_ready(pilot)
        await press(pilot, "r")
        assert [type(s) for s in app.screen_stack] == [HomeScreen, AfterActionScreen]
        session = app_of(pilot).session
        assert session is not None and session.over
