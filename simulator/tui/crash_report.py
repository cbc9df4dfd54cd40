"""Words and records for an unexpected error in the workshop app's own code (no Textual here).

The facilitator reads a plain sentence; the traceback goes to an error log beside the journal,
where a developer can find it later.
"""

from __future__ import annotations

import traceback
from pathlib import Path

ERROR_LOG_SUFFIX = ".errors.log"
"""An open session logs to `<journal>.errors.log`; before any session, to `ttx-errors.log`."""
LOG_WITHOUT_SESSION = "ttx-errors.log"


def error_text(error: BaseException) -> str:
    """'KeyError: 'x'' style: the kind of error and its message, on one line."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def words(name: str) -> str:
    """'next_phase' -> 'next phase'."""
    return name.strip("_").replace("_", " ")


def doing_action(action: str) -> str:
    return f"running the '{words(action)}' command"


def doing_message(handler_name: str) -> str:
    """What the app was doing when a handler failed, from the handler's name."""
    name = handler_name.removeprefix("on_")
    if name == "mount":
        return "opening a screen"
    if name == "key":
        return "handling a key"
    return f"handling '{words(name)}'"


def doing_render(widget: str) -> str:
    return f"drawing the {widget} panel"


def error_log_path(journal: Path | None, sessions_dir: Path) -> Path:
    if journal is not None:
        return journal.with_name(journal.name + ERROR_LOG_SUFFIX)
    return sessions_dir / LOG_WITHOUT_SESSION


def append_error_log(path: Path, doing: str, error: BaseException) -> bool:
    """Append the full traceback to `path`; False if it cannot be written (never raises)."""
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    entry = f"--- unexpected error while {doing}\n{''.join(lines)}\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(entry)
    except OSError:
        return False
    return True


def session_note(journal: str | None) -> str:
    """What happened to the session, for the error modal."""
    if journal is None:
        return "No session is open, so nothing was lost."
    return (
        f"The session is still open. Everything the engine accepted is saved in {journal}; "
        f"if a screen looks wrong, quit (ctrl+q) and continue with: ttx play --resume {journal}"
    )


def log_note(log: str | None) -> str:
    if log is None:
        return "Please report it."
    return f"Details for a bug report are in {log}."


def fatal_message(error: BaseException, journal: str | None, log: str | None) -> str:
    """The plain lines printed when the app cannot go on (no traceback)."""
    lines = [f"cbm-ttx stopped after an unexpected error: {error_text(error)}"]
    if journal is not None:
        lines.append(f"Everything played so far is saved in {journal}.")
        lines.append(f"Continue with: ttx play --resume {journal}")
    if log is not None:
        lines.append(f"Details for a bug report: {log}")
    return "\n".join(lines)
