"""The optional per-turn timer of the facilitator console.

Pure arithmetic over a clock passed in by the caller (monotonic seconds in the app, a fake in
tests). Remaining time is computed from the time actually spent running, so pausing and
resuming never lets the timer drift.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TurnTimer:
    """Counts down `duration` seconds of running time."""

    duration: float
    _spent: float = 0.0
    _running_since: float | None = None

    @property
    def enabled(self) -> bool:
        return self.duration > 0

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def restart(self, now: float) -> None:
        """Start a fresh countdown (a new turn)."""
        self._spent = 0.0
        self._running_since = now if self.enabled else None

    def pause(self, now: float) -> None:
        if self._running_since is not None:
            self._spent += now - self._running_since
            self._running_since = None

    def resume(self, now: float) -> None:
        if self._running_since is None and self.enabled:
            self._running_since = now

    def toggle(self, now: float) -> None:
        if self.running:
            self.pause(now)
        else:
            self.resume(now)

    def remaining(self, now: float) -> float:
        spent = self._spent
        if self._running_since is not None:
            spent += now - self._running_since
        return max(self.duration - spent, 0.0)

    def label(self, now: float) -> str:
        """'12:00', '⏸ 04:10', 'time up' or '' when no timer is set."""
        if not self.enabled:
            return ""
        left = self.remaining(now)
        if left <= 0:
            return "time up"
        minutes, seconds = divmod(int(left + 0.999), 60)
        text = f"{minutes:02d}:{seconds:02d}"
        return text if self.running else f"⏸ {text}"
