"""Setup: who sits for each state, a human team at this keyboard or a bot policy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import get_args

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from simulator.tui.guarded import GuardedHandlers


@cache
def seat_choices() -> tuple[str, ...]:
    """A human team, or one of the engine's bot policies (from the scenario model).

    Read on first use: the scenario model (pydantic) is not needed to paint the home screen.
    """
    from simulator.scenario.base import BotPolicy

    return ("human", *get_args(BotPolicy))


@dataclass(frozen=True)
class Seat:
    """A state and who plays it."""

    state: str
    name: str
    briefing: str
    player: str


def seat_prompt(seat: Seat) -> Content:
    style = "bold $success" if seat.player == "human" else "$secondary"
    who = "human team" if seat.player == "human" else f"bot: {seat.player}"
    # 24 + 17 columns fit the left pane of the setup screen at 80 columns
    return Content.assemble(
        f"{seat.name:<24.24} ", ("‹", "dim"), (f"{who:^17}", style), ("›", "dim")
    )


class SeatList(OptionList, GuardedHandlers):
    """←/→ (or Enter, or a click) cycle the highlighted state's seat."""

    BINDINGS = [
        Binding("right,space", "cycle(1)", "Next seat", show=False),
        Binding("left", "cycle(-1)", "Previous seat", show=False),
    ]

    class SeatHighlighted(Message):
        """The highlight moved to another state (the briefing panel follows)."""

        def __init__(self, seat: Seat) -> None:
            super().__init__()
            self.seat = seat

    def __init__(self, seats: Sequence[Seat]) -> None:
        self.seats = list(seats)
        super().__init__(*[Option(seat_prompt(s), id=s.state) for s in self.seats])

    def chosen(self) -> dict[str, str]:
        """State id -> 'human' or a bot policy, in declaration order."""
        return {seat.state: seat.player for seat in self.seats}

    def action_cycle(self, step: int) -> None:
        index = self.highlighted
        if index is None:
            return
        seat = self.seats[index]
        choices = seat_choices()
        position = choices.index(seat.player) if seat.player in choices else 0
        player = choices[(position + step) % len(choices)]
        self.seats[index] = Seat(seat.state, seat.name, seat.briefing, player)
        self.replace_option_prompt_at_index(index, seat_prompt(self.seats[index]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_cycle(1)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.SeatHighlighted(self.seats[event.option_index]))
