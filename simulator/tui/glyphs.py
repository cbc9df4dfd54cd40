"""Text drawing helpers shared by the widgets: bars, sparklines, percentages, risk colours.

Presentation only: the numbers come from the engine's views, these just draw them.
"""

from __future__ import annotations

from collections.abc import Sequence

SPARK = "▁▂▃▄▅▆▇█"
EIGHTHS = " ▏▎▍▌▋▊▉"

RISK_BANDS = ((0.25, "$success"), (0.5, "$warning"), (1.01, "$error"))
"""Colour of a risk reading: green below 25 %, amber below 50 %, red above. Display only."""


def percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def signed_points(value: float) -> str:
    """A risk change in percentage points, e.g. '+8.0' or '-3.5' ('0.0' rather than '-0.0')."""
    points = round(value * 100, 1)
    return "0.0" if points == 0 else f"{points:+.1f}"


def risk_style(value: float) -> str:
    for limit, style in RISK_BANDS:
        if value < limit:
            return style
    return RISK_BANDS[-1][1]


def bar(value: float, width: int) -> tuple[str, str]:
    """A bar of `width` cells filled to `value` (0..1) in eighths: (filled part, empty part)."""
    value = min(max(value, 0.0), 1.0)
    eighths = round(value * width * 8)
    full, part = divmod(eighths, 8)
    filled = ("█" * full + (EIGHTHS[part] if part else ""))[:width]
    return filled, "·" * (width - len(filled))


def sparkline(values: Sequence[float], width: int, min_span: float = 0.05) -> str:
    """The last `width` readings as block heights, scaled to their own range.

    The range is at least `min_span` (5 points of risk) so that noise does not look like a
    trend, and a flat series sits on the baseline.
    """
    shown = list(values)[-width:]
    if not shown:
        return " " * width
    low = min(shown)
    span = max(max(shown) - low, min_span)
    top = len(SPARK) - 1
    cells = [SPARK[min(int((v - low) / span * top + 0.5), top)] for v in shown]
    return "".join(cells).rjust(width)


def short_name(state_id: str, width: int = 10) -> str:
    """A compact label for tight columns, from the id ('north-pact' -> 'North Pact')."""
    return state_id.replace("-", " ").replace("_", " ").title()[:width]
