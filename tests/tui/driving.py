"""Keyboard-only helpers that drive the app the way a facilitator and teams would."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from textual.pilot import Pilot

from simulator.tui.app import TtxApp
from simulator.tui.screens.after_action import AfterActionScreen
from simulator.tui.screens.console import ConsoleScreen
from simulator.tui.screens.handover import HandoverScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.team_turn import TeamTurnScreen
from simulator.tui.widgets.action_list import ActionList
from simulator.tui.widgets.scenario_list import ScenarioList


def app_of(pilot: Pilot[None]) -> TtxApp:
    app = pilot.app
    assert isinstance(app, TtxApp)
    return app


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press keys one by one, letting the app settle after each (screens mount in between)."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def start_from_setup(pilot: Pilot[None]) -> None:
    """On the setup screen: accept the defaults and start."""
    await press(pilot, "ctrl+s")
    assert isinstance(pilot.app.screen, ConsoleScreen)


@asynccontextmanager
async def console_session(app: TtxApp, **run_test: Any) -> AsyncIterator[Pilot[None]]:
    """Run `app` headless, accept the setup screen's defaults and yield on the console."""
    async with app.run_test(**run_test) as pilot:
        await pilot.pause()
        await start_from_setup(pilot)
        yield pilot


async def highlight_action(pilot: Pilot[None], action_id: str) -> bool:
    """Move the action list's highlight to `action_id` with the arrow keys; False if illegal."""
    actions = pilot.app.screen.query_one(ActionList)
    target = next(i for i, o in enumerate(actions.actions) if o.id == action_id)
    if not actions.actions[target].legal:
        return False
    await press(pilot, "home")
    for _ in range(target):
        await pilot.press("down")
    await pilot.pause()
    return actions.highlighted == target


async def take_turn(pilot: Pilot[None], wanted: tuple[str, ...]) -> list[str]:
    """At a handover: take the team's turn with each wanted action that is legal; confirm."""
    await press(pilot, "enter")
    assert isinstance(pilot.app.screen, TeamTurnScreen)
    taken = []
    for action_id in wanted:
        if await highlight_action(pilot, action_id):
            await press(pilot, "enter")
            if not isinstance(pilot.app.screen, TeamTurnScreen):
                await press(pilot, "ctrl+s")  # the decision dialog: accept its defaults
            taken.append(action_id)
    await press(pilot, "ctrl+s", "y")
    return taken


async def play_turn(
    pilot: Pilot[None], wanted: tuple[str, ...] = ("ping", "raise-defences")
) -> None:
    """From the console: every human team takes its turn, then the turn resolves."""
    await press(pilot, "n")
    while isinstance(pilot.app.screen, HandoverScreen):
        await take_turn(pilot, wanted)
    assert isinstance(pilot.app.screen, ConsoleScreen)
    await press(pilot, "n")


async def play_to_the_end(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    assert app.session is not None
    for _ in range(app.session.loaded.scenario.turns):
        if isinstance(app.screen, AfterActionScreen):
            break
        await play_turn(pilot)
    assert isinstance(app.screen, AfterActionScreen)


async def library_ready(pilot: Pilot[None]) -> None:
    """Wait until the home screen has read the scenario library (a background worker)."""
    await pilot.app.workers.wait_for_complete()
    home = pilot.app.screen_stack[0]
    assert isinstance(home, HomeScreen)
    for _ in range(100):
        await pilot.pause()
        if home.loaded and home.query(ScenarioList):
            return
    raise AssertionError("the library never arrived on the home screen")
