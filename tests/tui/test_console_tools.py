"""The facilitator's tools on the console, each checked against the engine's state."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.tui.screens.after_action import AfterActionScreen
from simulator.tui.screens.console import ConsoleScreen
from simulator.tui.screens.error_modal import ErrorModal
from simulator.tui.screens.explain import ExplainScreen
from simulator.tui.screens.network import NetworkScreen
from simulator.tui.widgets.ground_truth import GroundTruth
from simulator.tui.widgets.network_graph import NetworkGraph
from simulator.tui.widgets.session_header import SessionHeader
from tests.tui.conftest import AppFactory, FakeClock
from tests.tui.driving import app_of, console_session, play_turn, press, start_from_setup

WORKSHOP = Path("library/workshop.yaml")


async def test_undo_returns_to_the_start_of_the_turn_just_played(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await play_turn(pilot)
        session = app_of(pilot).session
        assert session is not None and session.turn == 2
        await press(pilot, "u", "y")
        assert session.turn == 1 and session.history == []
        assert sorted(session.humans_pending()) == ["austral", "borealia"]


async def test_releasing_a_scenario_inject_early_fires_it_now(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "i")
        await press(pilot, "ctrl+s")
        session = app_of(pilot).session
        assert session is not None
        assert session.facilitator_view().fired.get("ransom-note") == 1
        assert isinstance(app.screen, ConsoleScreen)


async def test_adjusting_a_variable_needs_a_reason_and_then_sets_it(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "a", "tab")
        await press(pilot, *"0.3")
        await press(pilot, "ctrl+s")
        session = app_of(pilot).session
        assert session is not None and session.facilitator_view().severity == 0.6
        await press(pilot, "tab", *"new intelligence", "ctrl+s")
        assert session.facilitator_view().severity == pytest.approx(0.3)


async def test_an_unexpected_engine_failure_shows_a_modal_and_the_session_goes_on(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        session = app_of(pilot).session
        assert session is not None

        def broken() -> list[str]:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(session, "humans_pending", broken)
        await press(pilot, "n")
        assert isinstance(app.screen, ErrorModal)
        assert "disk on fire" in app.screen.message
        monkeypatch.undo()
        await press(pilot, "enter", "n")
        assert app.screen.id == "handover"


async def test_the_timer_pauses_without_drift(app_factory: AppFactory, clock: FakeClock) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        timer_field = app.screen.query_one("#timer")
        timer_field.value = "10"  # type: ignore[attr-defined]
        await start_from_setup(pilot)
        header = app.screen.query_one(SessionHeader)
        clock.advance(60)
        app_of(pilot).tick()
        assert header.timer == "09:00"
        await press(pilot, "p")
        clock.advance(600)
        app_of(pilot).tick()
        assert header.timer == "⏸ 09:00"
        await press(pilot, "p")
        clock.advance(30)
        app_of(pilot).tick()
        assert header.timer == "08:30"


async def test_the_ground_truth_stays_hidden_until_asked_for(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        truth = app.screen.query_one(GroundTruth)
        assert not truth.display
        await press(pilot, "g")
        assert truth.display
        assert "grid-gang" in str(truth.render())


async def test_explain_shows_the_engines_explanation_of_the_highlighted_pair(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await play_turn(pilot)
        await press(pilot, "x")
        assert isinstance(app.screen, ExplainScreen)
        session = app_of(pilot).session
        assert session is not None
        assert app.screen.explanation == session.explain("borealia", "austral")
        await press(pilot, "down")
        assert app.screen.explanation == session.explain("borealia", "cendra")
        await press(pilot, "escape")
        assert isinstance(app.screen, ConsoleScreen)


async def test_the_network_view_lists_every_channel_under_both_ends(
    app_factory: AppFactory,
) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "w")
        assert isinstance(app.screen, NetworkScreen)
        text = str(app.screen.query_one(NetworkGraph).render())
        assert text.count("Regional Secretariat") >= 3  # its own section and two spokes
        assert "never tested" in text


async def test_ending_the_session_asks_why_and_opens_the_review(app_factory: AppFactory) -> None:
    app = app_factory(scenario=WORKSHOP)
    async with console_session(app, size=(120, 40)) as pilot:
        await press(pilot, "e", "enter")
        session = app_of(pilot).session
        assert session is not None and session.over
        assert session.ending is not None and session.ending.outcome == "ended by the facilitator"
        assert isinstance(app.screen, AfterActionScreen)
