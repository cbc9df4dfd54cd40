"""A bug in the workshop app's own code shows an error modal; the session carries on.

Textual ends the app on any exception that escapes our code: the message loop that ran the
handler stops, then `App._handle_exception` prints a traceback and exits. Overriding
`_handle_exception` alone is not enough, because by then that loop has already stopped and
the app hangs (textual issue #2818). So errors are caught where Textual hands control to our
code, before they reach a loop:

- actions (every key binding and palette command): `App._dispatch_action`;
- messages and events on the app, our screens and widgets: `_dispatch_message`
  (`guarded.GuardedHandlers`);
- widget renders: `Widget._render` (`guarded.GuardedRender`), which draws a placeholder.

`_handle_exception` stays the last line for the paths that do not stop a loop (a screen's
compose, timers, workers). An error before the first screen is up, or while the error modal
itself is being built, is fatal: the app exits with a plain message, never a traceback.
These are private Textual 8.x hooks; tests/tui/test_crash_guard.py pins their behaviour.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from rich.text import Text
from textual._context import active_message_pump
from textual.app import App
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget

from simulator.tui import crash_report as report
from simulator.tui.screens.error_modal import ErrorModal

UNEXPECTED_TITLE = "Unexpected error in the workshop app"
REPEATS_SHOWN = 3
"""A repeating error (say, in a timer) opens the modal once, then toasts, then stays quiet;
only these first occurrences go to the error log, so it cannot grow every second."""
KEPT_ERRORS = 20


class UnexpectedErrorModal(ErrorModal):
    """The error modal for a bug in the app (not a refusal by the engine)."""


def owning_screen(source: object) -> Screen[Any] | None:
    """The screen a failing pump belongs to (itself if it is one), if it is still attached."""
    if isinstance(source, Screen):
        return source
    if isinstance(source, Widget):
        try:
            return source.screen
        except Exception:  # detached widget: no screen to blame
            return None
    return None


class CrashGuard(App[None]):
    """Base of `TtxApp`: turns unexpected errors into a modal (see the module docstring)."""

    def init_crash_guard(self) -> None:
        self.unexpected_errors: list[Exception] = []
        """The last unexpected errors reported (tests assert on it)."""
        self.error_counts: dict[str, int] = {}
        """How often each distinct error (what was being done, and the error) was seen."""

    # -- hooks the session layer overrides ----------------------------------------------

    def journal_shown(self) -> str | None:
        """The open session's journal as the facilitator should read it, if any."""
        return None

    def error_log(self) -> Path | None:
        """Where tracebacks go; None to keep none."""
        return None

    def path_shown(self, path: Path) -> str:
        """A path as the facilitator should read it."""
        return str(path)

    def resync_after_error(self) -> None:
        """Redraw from the engine's state, in case the failed step left a screen stale."""

    # -- where Textual hands control to our code ----------------------------------------

    async def _dispatch_action(self, namespace: DOMNode, action_name: str, params: Any) -> bool:
        try:
            return await super()._dispatch_action(namespace, action_name, params)
        except Exception as error:
            self.report_unexpected(error, report.doing_action(action_name), namespace)
            return True

    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)
        except Exception as error:
            self.report_unexpected(error, report.doing_message(message.handler_name), self)

    def _handle_exception(self, error: Exception) -> None:
        if self._thread_id != threading.get_ident():
            self.call_from_thread(self._handle_exception, error)
            return
        try:
            source: object = active_message_pump.get()
        except LookupError:
            source = self
        self.report_unexpected(error, "updating the screen", source)

    # -- reporting -----------------------------------------------------------------------

    def report_unexpected(self, error: Exception, doing: str, source: object) -> None:
        """Log the error, then show it, or stop the app if it cannot go on."""
        try:
            self.handle_unexpected(error, doing, source)
        except Exception:  # reporting itself failed: nothing left to trust but a plain exit
            self.stop_after(error, None)

    def handle_unexpected(self, error: Exception, doing: str, source: object) -> None:
        self.unexpected_errors = [*self.unexpected_errors[-KEPT_ERRORS + 1 :], error]
        key = f"{doing}: {report.error_text(error)}"
        seen = self.error_counts[key] = self.error_counts.get(key, 0) + 1
        log = self.write_error_log(doing, error) if seen <= REPEATS_SHOWN else None
        screen = owning_screen(source)
        building = screen if source is screen and screen is not None else None
        if building is not None and building.is_mounted:
            building = None
        if self.cannot_go_on(building):
            self.stop_after(error, log)
            return
        if building is not None:
            # The screen's own compose or mount failed: drop it, back to where the user was.
            self.call_later(self.drop_screen, building)
        if seen == 1:
            self.call_later(self.show_unexpected, error, doing, log)
        elif seen <= REPEATS_SHOWN:
            # The same bug again (a key pressed twice, a timer): a toast, not another modal.
            self.notify(report.error_text(error), title="The same error again", severity="error")

    def cannot_go_on(self, building: Screen[Any] | None) -> bool:
        """True with no screen to fall back on: before the first one, or if it (or the error
        modal itself) is the screen that failed to build."""
        stack = self.screen_stack if self.is_running else []
        if not stack:
            return True
        return building is not None and (building is stack[0] or isinstance(building, ErrorModal))

    def show_unexpected(self, error: Exception, doing: str, log: str | None) -> None:
        self.resync_after_error()
        if isinstance(self.screen, UnexpectedErrorModal):
            # One modal at a time: a burst of errors must not bury the session in dialogs.
            self.notify(report.error_text(error), title="Another error", severity="error")
            return
        modal = UnexpectedErrorModal(
            UNEXPECTED_TITLE,
            report.error_text(error),
            doing=doing,
            hint=report.log_note(log),
            outcome=report.session_note(self.journal_shown()),
        )
        self.push_screen(modal)

    async def drop_screen(self, screen: Screen[Any]) -> None:
        if screen is self.screen and len(self.screen_stack) > 1:
            await self.pop_screen()

    def write_error_log(self, doing: str, error: Exception) -> str | None:
        path = self.error_log()
        if path is None or not report.append_error_log(path, doing, error):
            return None
        return self.path_shown(path)

    def stop_after(self, error: Exception, log: str | None) -> None:
        """Exit with a plain message and code 1 (what `ttx` prints after the screen closes)."""
        self._return_code = 1
        if self._exception is None:  # lets `run_test` re-raise it, as Textual would
            self._exception = error
            self._exception_event.set()
        self.panic(Text(report.fatal_message(error, self.journal_shown(), log)))
