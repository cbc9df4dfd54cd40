"""The in-story clock: what date and time each turn stands for."""

from __future__ import annotations

from datetime import datetime, timedelta

from simulator.scenario.models import Clock

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Spelt out here rather than with strftime's %A/%B, which follow the process locale: the
same session must read the same on every machine."""


def clock_label(clock: Clock, turn: int) -> str:
    """The scenario's own label for the turn, else its computed date, e.g.
    'Tuesday 22 April 2031, 07:00'."""
    if turn in clock.labels:
        return clock.labels[turn]
    start = datetime.strptime(clock.start, "%Y-%m-%dT%H:%M")
    when = start + timedelta(hours=clock.step_hours * (turn - 1))
    return f"{DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year}, {when:%H:%M}"
