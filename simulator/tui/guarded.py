"""Mixins that route a failure in our screens' and widgets' code to the app's crash guard.

Kept apart from `crash_guard.py` so that every screen (the error modal included) can use them
without an import cycle. Outside a `CrashGuard` app (e.g. a widget tried alone) they re-raise.

List a mixin after the Textual base, `class ActionList(OptionList, GuardedHandlers)`: Textual
takes a widget's CSS type names, default CSS and component classes from its first base only.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textual.content import Content
from textual.dom import DOMNode
from textual.message import Message
from textual.visual import Visual, visualize
from textual.widget import Widget

from simulator.tui import crash_report as report


@runtime_checkable
class ReportsUnexpected(Protocol):
    """What `CrashGuard` offers to screens and widgets."""

    def report_unexpected(self, error: Exception, doing: str, source: object) -> None: ...


def reporter_of(node: DOMNode) -> ReportsUnexpected | None:
    try:
        app = node.app
    except Exception:  # no active app (e.g. a widget built outside one)
        return None
    return app if isinstance(app, ReportsUnexpected) else None


class GuardedHandlers(Widget):
    """Mixin for our screens and widgets: a failing handler reports instead of stopping."""

    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)
        except Exception as error:
            reporter = reporter_of(self)
            if reporter is None:
                raise
            reporter.report_unexpected(error, report.doing_message(message.handler_name), self)


class GuardedRender(Widget):
    """Mixin for widgets that draw themselves: a failing render shows a placeholder.

    Reported once per widget: a panel that fails on every repaint must not reopen the modal
    each time the session moves on.
    """

    render_failed = False

    def _render(self) -> Visual:
        try:
            return super()._render()
        except Exception as error:
            reporter = reporter_of(self)
            if reporter is None:
                raise
            if not self.render_failed:
                self.render_failed = True
                reporter.report_unexpected(error, report.doing_render(type(self).__name__), self)
            note = f"(this panel could not be drawn: {type(error).__name__})"
            return visualize(self, Content(note))
