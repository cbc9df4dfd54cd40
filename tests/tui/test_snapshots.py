"""Every screen at 80x24 and 120x40, compared with the approved SVG under __snapshots__/.

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from simulator.tui.screens.console import ConsoleScreen
from tests.tui.conftest import AppFactory
from tests.tui.driving import library_ready, play_turn, press, start_from_setup

Steps = Callable[[Pilot[Any]], Awaitable[None]]
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
WORKSHOP = Path("library/workshop.yaml")


async def on_home(pilot: Pilot[Any]) -> None:
    await library_ready(pilot)


async def on_setup(pilot: Pilot[Any]) -> None:
    await pilot.pause()


async def on_help(pilot: Pilot[Any]) -> None:
    await library_ready(pilot)
    await press(pilot, "question_mark")


async def on_console(pilot: Pilot[Any]) -> None:
    await start_from_setup(pilot)
    await play_turn(pilot)


def after_console(*keys: str, played: bool = False) -> Steps:
    """Start the session (and play turn 1 if `played`), then press `keys` on the console."""

    async def steps(pilot: Pilot[Any]) -> None:
        await start_from_setup(pilot)
        if played:
            await play_turn(pilot)
        await press(pilot, *keys)

    return steps


async def on_review(pilot: Pilot[Any]) -> None:
    await start_from_setup(pilot)
    await play_turn(pilot)
    await play_turn(pilot)
    await press(pilot, "e", "enter")


async def on_error(pilot: Pilot[Any]) -> None:
    await start_from_setup(pilot)
    await press(pilot, "a", "tab", *"7", "tab", *"too much", "ctrl+s")


SCREENS: dict[str, tuple[Path | None, Steps]] = {
    "home": (None, on_home),
    "help": (None, on_help),
    "setup": (WORKSHOP, on_setup),
    "console": (WORKSHOP, on_console),
    "console-with-truth": (WORKSHOP, after_console("g")),
    "handover": (WORKSHOP, after_console("n")),
    "team-turn": (WORKSHOP, after_console("n", "enter")),
    "decision-dialog": (WORKSHOP, after_console("n", "enter", "down", "enter")),
    "explain": (WORKSHOP, after_console("x", played=True)),
    "network": (WORKSHOP, after_console("w")),
    "inject-editor": (WORKSHOP, after_console("i")),
    "adjust-dialog": (WORKSHOP, after_console("a")),
    "end-dialog": (WORKSHOP, after_console("e")),
    "undo-question": (WORKSHOP, after_console("u")),
    "quit-question": (WORKSHOP, after_console("ctrl+q")),
    "error-modal": (WORKSHOP, on_error),
    "after-action": (WORKSHOP, on_review),
}


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_screen_matches_its_approved_snapshot(
    snap_compare: Callable[..., bool], app_factory: AppFactory, screen: str, size: str
) -> None:
    scenario, steps = SCREENS[screen]
    app = app_factory(scenario=scenario) if scenario else app_factory()

    async def run_before(pilot: Pilot[Any]) -> None:
        await steps(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=run_before)


def fail_on_purpose(*_: object) -> None:
    raise RuntimeError("planted by the snapshot test")


@pytest.mark.parametrize("size", list(SIZES))
def test_the_unexpected_error_modal_matches_its_approved_snapshot(
    snap_compare: Callable[..., bool],
    app_factory: AppFactory,
    monkeypatch: pytest.MonkeyPatch,
    size: str,
) -> None:
    """A bug in the app's own code (here the network key) over the console, at both sizes."""
    monkeypatch.setattr(ConsoleScreen, "action_network", fail_on_purpose)
    app = app_factory(scenario=WORKSHOP)

    async def run_before(pilot: Pilot[Any]) -> None:
        await start_from_setup(pilot)
        await press(pilot, "w")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=run_before)
