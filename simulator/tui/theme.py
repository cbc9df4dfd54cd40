"""Colour themes chosen to read from the back of a room on a washed-out projector.

Strong luminance contrast between text and background, saturated signal colours for risk
(green, amber, red) that stay distinct for the common red-green colour deficiency by also
differing in brightness, and no thin greys for text that matters.
"""

from __future__ import annotations

from textual.theme import Theme

PROJECTOR_DARK = Theme(
    name="ttx-projector",
    primary="#4da3ff",
    secondary="#9ecbff",
    accent="#ffd23f",
    warning="#ffb000",
    error="#ff5c5c",
    success="#3ddc84",
    foreground="#ffffff",
    background="#000000",
    surface="#0d0d0d",
    panel="#1a1a2e",
    dark=True,
    luminosity_spread=0.12,
    text_alpha=1.0,
)
"""Default: white on black, the most legible combination on most projectors."""

PROJECTOR_LIGHT = Theme(
    name="ttx-projector-light",
    primary="#0047ab",
    secondary="#003070",
    accent="#8a4b00",
    warning="#a05a00",
    error="#b00020",
    success="#006b2e",
    foreground="#000000",
    background="#ffffff",
    surface="#f2f2f2",
    panel="#e0e6f0",
    dark=False,
    luminosity_spread=0.12,
    text_alpha=1.0,
)
"""For bright rooms where a black background turns grey."""

THEMES = (PROJECTOR_DARK, PROJECTOR_LIGHT)
DEFAULT_THEME = PROJECTOR_DARK.name
