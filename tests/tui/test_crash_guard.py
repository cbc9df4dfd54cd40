"""A bug in the app's own code shows the error modal and the session carries on.

Each test injects a failure into one kind of code Textual runs for us (an action, a message
handler on the app or on a screen, a widget's render, a screen's compose, start-up) and checks
that the app is still running, the session and its journal are untouched, and the keyboard
still works afterwards.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any, NoReturn

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from simulator.tui.app import TtxApp
from simulator.tui.crash_guard import REPEATS_SHOWN, UNEXPECTED_TITLE, UnexpectedErrorModal
from simulator.tui.crash_report import fatal_message
from simulator.tui.guarded import GuardedHandlers, GuardedRender
from simulator.tui.screens.console import ConsoleScreen
from simulator.tui.screens.handover import HandoverScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.network import NetworkScreen
from simulator.tui.screens.team_turn import TeamTurnScreen
from simulator.tui.turn_flow import TurnFlow
from simulator.tui.widgets.risk_gauge import RiskGauge
from tests.tui.conftest import AppFactory
from tests.tui.driving import (
    app_of,
    console_session,
    library_ready,
    play_turn,
    press,
)

WORKSHOP = Path("library/workshop.yaml")


class InjectedBug(RuntimeError):
    """The failure the tests plant; nothing in the app raises it on its own."""


def fail(*_: Any, **__: Any) -> NoReturn:
    raise InjectedBug("planted by the test")


def modal_text(app: TtxApp) -> str:
    """Everything the error modal says, line by line."""
    modal = app.screen
    assert isinstance(modal, UnexpectedErrorModal)
    return "\n".join(str(static.render()) for static in modal.query(Static))


def journal_of(app: TtxApp) -> Path:
    assert app.session is not None and app.session.journal_path is not None
    return app.session.journal_path


async def close_modal(pilot: Pilot[None]) -> None:
    await press(pilot, "escape")
    assert not isinstance(pilot.app.screen, UnexpectedErrorModal)


def take_reported(app: TtxApp) -> list[Exception]:
    """The errors the app reported, cleared so each test checks exactly what it planted."""
    reported = list(app.unexpected_errors)
    app.unexpected_errors.clear()
    return reported


async def test_a_failing_console_key_shows_the_error_and_leaves_the_turn_alone(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app) as pilot:
        assert app.session is not None
        turn, journal = app.session.turn, journal_of(app).read_text(encoding="utf-8")
        monkeypatch.setattr(ConsoleScreen, "action_next_phase", fail)

        await press(pilot, "n")

        assert app.is_running
        text = modal_text(app)
        assert UNEXPECTED_TITLE in text and "InjectedBug: planted by the test" in text
        assert "next phase" in text
        assert "sessions/tui-workshop-20250301-090000.jsonl" in text and "--resume" in text
        assert app.session.turn == turn
        assert journal_of(app).read_text(encoding="utf-8") == journal
        assert [type(e) for e in take_reported(app)] == [InjectedBug]

        await close_modal(pilot)
        assert isinstance(app.screen, ConsoleScreen)
        monkeypatch.undo()
        await press(pilot, "n")
        assert isinstance(app.screen, HandoverScreen)


async def test_the_traceback_goes_to_an_error_log_beside_the_journal(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app) as pilot:
        monkeypatch.setattr(ConsoleScreen, "action_undo", fail)
        await press(pilot, "u")
        log = journal_of(app).with_name(journal_of(app).name + ".errors.log")
        assert "sessions/tui-workshop-20250301-090000.jsonl.errors.log" in modal_text(app)
        take_reported(app)
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "InjectedBug: planted by the test" in written
    assert "running the 'undo' command" in written


async def test_a_repeating_error_opens_the_modal_once_and_logs_a_bounded_number_of_times(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app) as pilot:
        monkeypatch.setattr(ConsoleScreen, "action_explain", fail)
        await press(pilot, "x")
        await close_modal(pilot)
        await press(pilot, *"xxxxx")
        assert isinstance(app.screen, ConsoleScreen)
        assert len(take_reported(app)) == 6
        log = journal_of(app).with_name(journal_of(app).name + ".errors.log")
        assert log.read_text(encoding="utf-8").count("InjectedBug: planted") == REPEATS_SHOWN


async def test_a_failing_app_handler_shows_the_error_and_the_console_stays(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app) as pilot:
        monkeypatch.setattr(TurnFlow, "on_show_network", fail)
        await press(pilot, "w")
        assert "show network" in modal_text(app)
        assert [type(e) for e in take_reported(app)] == [InjectedBug]
        await close_modal(pilot)
        assert isinstance(app.screen, ConsoleScreen)
        monkeypatch.undo()
        await press(pilot, "w")
        assert isinstance(app.screen, NetworkScreen)


async def test_a_failing_handler_on_a_team_screen_leaves_the_team_able_to_confirm(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app) as pilot:
        assert app.session is not None
        pending = app.session.humans_pending()
        monkeypatch.setattr(TeamTurnScreen, "on_option_list_option_selected", fail)
        await press(pilot, "n", "enter")
        assert isinstance(app.screen, TeamTurnScreen)

        await press(pilot, "enter")  # add the highlighted action: the planted bug fires

        assert "option list option selected" in modal_text(app)
        assert [type(e) for e in take_reported(app)] == [InjectedBug]
        await close_modal(pilot)
        assert isinstance(app.screen, TeamTurnScreen)
        await press(pilot, "ctrl+s", "y")
        assert app.session.humans_pending() == pending[1:]


async def test_a_panel_that_fails_to_draw_shows_a_placeholder_and_reports_once(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RiskGauge, "render", fail)
    app = app_factory(scenario=WORKSHOP)
    async with app.run_test() as pilot:
        await press(pilot, "ctrl+s")  # start: the console draws, the gauge fails
        assert "drawing the RiskGauge panel" in modal_text(app)
        await close_modal(pilot)
        gauge = app.screen.query_one(RiskGauge)
        assert "could not be drawn" in str(gauge._render())

        await play_turn(pilot)  # the gauge fails again on every redraw

        assert app.is_running and isinstance(app.screen, ConsoleScreen)
        assert app.session is not None and len(app.session.history) == 1
        assert [type(e) for e in take_reported(app)] == [InjectedBug]


async def test_a_screen_that_fails_to_build_is_dropped_back_to_the_console(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app) as pilot:
        monkeypatch.setattr(NetworkScreen, "compose", fail)
        await press(pilot, "w")
        await pilot.pause()
        assert isinstance(app.screen, UnexpectedErrorModal)
        assert not any(isinstance(s, NetworkScreen) for s in app.screen_stack)
        assert take_reported(app)  # the compose failure (and any fallout) was reported
        await close_modal(pilot)
        assert isinstance(app.screen, ConsoleScreen)


async def test_a_failing_library_read_shows_the_error_instead_of_waiting_forever(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("simulator.tui.app.build_library", fail)
    app = app_factory()
    async with app.run_test() as pilot:
        await library_ready(pilot)
        assert "reading the scenario library" in modal_text(app)
        assert "No session is open" in modal_text(app)
        assert [type(e) for e in take_reported(app)] == [InjectedBug]


async def test_a_failure_before_the_first_screen_exits_with_a_plain_message(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(HomeScreen, "compose", fail)
    app = app_factory()
    with pytest.raises(InjectedBug):
        async with app.run_test() as pilot:
            await pilot.pause()
    assert app.return_code == 1
    err = capsys.readouterr().err
    assert "cbm-ttx stopped after an unexpected error: InjectedBug: planted by the test" in err
    assert "ttx-errors.log" in err
    assert "Traceback" not in err


async def test_a_clean_game_reports_no_unexpected_error(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app) as pilot:
        await play_turn(pilot)
        await press(pilot, "x", "escape", "w", "escape")
        assert app_of(pilot).unexpected_errors == []


def tui_classes() -> list[type[Widget]]:
    """Every screen and widget class defined in simulator.tui."""
    import simulator.tui

    found: list[type[Widget]] = []
    for info in pkgutil.walk_packages(simulator.tui.__path__, "simulator.tui."):
        module = importlib.import_module(info.name)
        found += [
            cls
            for cls in vars(module).values()
            if inspect.isclass(cls)
            and issubclass(cls, Widget)
            and cls.__module__ == module.__name__
            and cls not in (GuardedHandlers, GuardedRender)
        ]
    return found


def test_every_screen_and_widget_of_the_app_routes_its_failures_to_the_guard() -> None:
    classes = tui_classes()
    assert len(classes) > 20
    assert [c.__name__ for c in classes if not issubclass(c, GuardedHandlers)] == []
    drawn = [c for c in classes if "render" in vars(c)]
    assert drawn and [c.__name__ for c in drawn if not issubclass(c, GuardedRender)] == []


def test_the_fatal_message_tells_how_to_resume_only_when_a_session_is_open() -> None:
    error = KeyError("turn")
    with_session = fatal_message(error, "sessions/x.jsonl", "sessions/x.jsonl.errors.log")
    assert "KeyError: 'turn'" in with_session
    assert "ttx play --resume sessions/x.jsonl" in with_session
    assert "sessions/x.jsonl.errors.log" in with_session
    without = fatal_message(error, None, None)
    assert "resume" not in without and "Traceback" not in without
