"""Playthrough format: scripted runs of a scenario with expectations (runner in issue 5)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from simulator.scenario.base import (
    BotPolicy,
    ConditionText,
    Fraction,
    Intent,
    Slug,
    StrictModel,
    Tlp,
)


class Decision(StrictModel):
    """One move of a team in one turn."""

    action: Slug
    """Id of the action."""
    target: Slug | None = None
    """State (or suspect, for attribution) the move is aimed at."""
    intent: Intent | None = None
    """For messages: override of the action's intent."""
    text: str = ""
    """Free text of a message or statement."""
    evidence: list[Slug] = []
    """Evidence items to share."""
    tlp: Tlp | None = None
    """Handling marking of shared evidence."""
    answers: str | None = None
    """For an answer: id of the request or consultation being answered."""


class ScriptedTeam(StrictModel):
    """A team whose decisions are written out turn by turn."""

    script: dict[int, list[Decision]] = {}
    """Decisions per turn number; turns not listed fall back to `bot`."""
    bot: BotPolicy | Literal["wait"] = "wait"
    """Policy for turns the script does not cover."""


class FacilitatorStep(StrictModel):
    """A facilitator intervention at a turn."""

    turn: int = Field(ge=1)
    """Turn at which it happens (before the teams decide)."""
    release: Slug | None = None
    """Release this inject ad hoc."""
    set_variable: str | None = None
    """Variable to adjust, e.g. 'severity', 'pressure.borealia', 'trust.borealia.austral'."""
    value: float | None = None
    """New value of the variable."""
    reason: str = ""
    """Why, recorded in the journal."""
    end: bool = False
    """End the session here."""


class RiskBound(StrictModel):
    """Bounds on a risk reading (0..1)."""

    dyad: tuple[Slug, Slug] | None = None
    """The pair of states; overall risk when omitted."""
    min: Fraction | None = None
    """Lowest acceptable value."""
    max: Fraction | None = None
    """Highest acceptable value."""
    peak: bool = False
    """Check the highest value reached up to `at` instead of the value at `at`."""


class ScoreBound(StrictModel):
    """Bounds on the escalation score of the turn (or the total with `total`)."""

    min: float | None = None
    """Lowest acceptable value."""
    max: float | None = None
    """Highest acceptable value."""
    total: bool = False
    """Check the sum over all turns up to `at`."""


class Refusal(StrictModel):
    """An action the engine must refuse as illegal."""

    turn: int = Field(ge=1)
    """Turn of the scripted decision."""
    team: Slug
    """Team that tried it."""
    action: Slug
    """The refused action."""


class Expectation(StrictModel):
    """What must be true at a turn or at the end of a playthrough."""

    at: int | Literal["end"] = "end"
    """Turn number after which to check, or 'end'."""
    risk: RiskBound | None = None
    """Risk bounds."""
    score: ScoreBound | None = None
    """Escalation-score bounds."""
    fired: list[Slug] = []
    """Injects that must have fired by then."""
    not_fired: list[Slug] = []
    """Injects that must not have fired by then."""
    ended_by: Slug | Literal["turns", "facilitator"] | None = None
    """End condition that must have ended the session ('turns' for running out of turns)."""
    ended_at: int | None = None
    """Turn at which the session must have ended."""
    flags: list[Slug] = []
    """Flags that must be set."""
    flags_clear: list[Slug] = []
    """Flags that must not be set."""
    holds: ConditionText | None = None
    """A condition that must hold."""
    refused: Refusal | None = None
    """A scripted decision that must have been refused."""
    report_contains: list[str] = []
    """Lines that must appear in the after-action report."""

    @model_validator(mode="after")
    def _checks_something(self) -> Expectation:
        if not (
            self.risk
            or self.score
            or self.fired
            or self.not_fired
            or self.ended_by
            or self.ended_at
            or self.flags
            or self.flags_clear
            or self.holds
            or self.refused
            or self.report_contains
        ):
            raise ValueError("an expectation must check something (risk, score, fired, ...)")
        return self


class Playthrough(StrictModel):
    """A reproducible run of the scenario with expectations."""

    name: Slug
    """Name used by `ttx test -k` and in reports."""
    description: str = ""
    """What this run demonstrates."""
    seed: int = Field(0, ge=0)
    """Seed of the session RNG."""
    teams: dict[Slug, BotPolicy | ScriptedTeam] = {}
    """Who plays each state; states not listed use their default bot."""
    facilitator: list[FacilitatorStep] = []
    """Facilitator interventions."""
    expect: list[Expectation] = Field(min_length=1)
    """What must hold."""


class PlaythroughFile(StrictModel):
    """A sibling `<scenario>.playthroughs.yaml` file: playthroughs kept out of the scenario."""

    format: Literal[1] = 1
    """Playthrough file format version."""
    scenario: str | None = None
    """Path of the scenario, relative to this file; default: `<name>.yaml` beside it."""
    playthroughs: list[Playthrough] = Field(min_length=1)
    """The playthroughs, written as under a scenario's `playthroughs:`."""
