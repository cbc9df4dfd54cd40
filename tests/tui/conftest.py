"""Fixtures of the TUI tests: a frozen app (clock, timestamps, cursor) in a scratch folder."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from simulator.bundled import default_scenario
from simulator.tui.app import TtxApp, make_app

DATA = Path(__file__).parent / "data"
WORKSHOP = DATA / "workshop.yaml"
"""A small four-state scenario owned by these tests."""

FROZEN_STAMP = "20250301-090000"

AppFactory = Callable[..., TtxApp]


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests (Pilot drives the app from a coroutine) on a fresh event loop.

    Ten lines here instead of another test dependency.
    """
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture(autouse=True)
def steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make snapshots flaky: keep it always on."""
    monkeypatch.setattr(Input, "cursor_blink", False)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run from a scratch folder so journal paths print the same in every run."""
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app_factory(workdir: Path, clock: FakeClock) -> AppFactory:
    """Build the app as `ttx` does, over the default and the test scenario, with frozen time."""

    def build(**kwargs: object) -> TtxApp:
        options: dict[str, object] = {
            "bundled_files": [default_scenario()],
            "library_dirs": [Path("library")],
            "sessions_dir": Path("sessions"),
            "clock": clock,
            "stamp": lambda: FROZEN_STAMP,
        }
        options.update(kwargs)
        return make_app(**options)  # type: ignore[arg-type]

    library = workdir / "library"
    library.mkdir()
    (library / "workshop.yaml").write_text(WORKSHOP.read_text(encoding="utf-8"), encoding="utf-8")
    return build
