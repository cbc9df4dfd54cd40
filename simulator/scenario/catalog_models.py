"""Models of the data files a scenario builds on: CBM catalogs, actions and scoring weights."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from simulator.scenario.base import (
    CbmRef,
    ChannelKind,
    EscalationClass,
    Intent,
    Slug,
    StrictModel,
)


class Cbm(StrictModel):
    """One confidence-building measure or norm of a catalog."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    """Item number or letter inside its catalog, e.g. '2' or 'h'."""
    name: str = Field(min_length=1)
    """Short name shown in menus."""
    text: str = Field(min_length=1)
    """What states commit to, paraphrased."""
    year: int | None = None
    """Year the measure was adopted, when known."""
    enables: list[ChannelKind] = []
    """Kinds of point of contact or channel that exist only where a state implemented this."""
    source: str = Field(min_length=1)
    """Where the text comes from (document and where to find it)."""
    verified: bool = True
    """False when the source could not be read and the entry is general knowledge."""


class CbmCatalog(StrictModel):
    """A named set of measures: built-in `oas`, `osce`, `un-norms`, or a scenario's own."""

    id: Slug
    """Catalog id used as the prefix of references, e.g. 'oas' in 'oas:2'."""
    name: str
    """Full name, e.g. 'OAS/CICTE regional cyber CBMs'."""
    source: str = ""
    """Where the catalog as a whole comes from."""
    measures: list[Cbm] = Field(min_length=1)
    """The measures, in their official order."""


EffectVariable = Literal["severity", "pressure", "trust", "suspicion", "hostility"]
"""World variables an effect may adjust."""

PartyRef = str
"""'actor', 'target', 'allies-of-target', 'all', or a state id."""


class Effect(StrictModel):
    """A change to the world: set or clear a flag, or adjust a variable by an amount."""

    set_flag: Slug | None = None
    """Name of a flag to raise (conditions test it with flag("name"))."""
    clear_flag: Slug | None = None
    """Name of a flag to lower."""
    adjust: EffectVariable | None = None
    """Which variable to move; needs `by`."""
    by: float | None = Field(default=None, ge=-1.0, le=1.0)
    """How much to move it (variables live in 0..1 and are clamped)."""
    of: PartyRef | None = None
    """Whose variable (pressure, hostility, and the holder of trust or suspicion)."""
    toward: PartyRef | None = None
    """The other side for trust and suspicion."""

    @model_validator(mode="after")
    def _exactly_one_change(self) -> Effect:
        chosen = [x for x in (self.set_flag, self.clear_flag, self.adjust) if x is not None]
        if len(chosen) != 1:
            raise ValueError("an effect needs exactly one of set_flag, clear_flag or adjust")
        if self.adjust is not None and self.by is None:
            raise ValueError("'adjust' needs 'by', the amount to move the variable")
        if self.adjust in ("trust", "suspicion") and (self.of is None or self.toward is None):
            raise ValueError(f"adjusting {self.adjust} needs both 'of' and 'toward'")
        return self


Threshold = Literal["public-attribution", "ci-disruption", "broken-relations", "use-of-force"]
"""Kahn-style thresholds: crossing one for the first time adds a one-off step to risk."""

TargetKind = Literal["none", "state", "party", "states"]
"""What an action is aimed at: nobody, one state, any suspect (state or group), several states."""


class ActionDef(StrictModel):
    """One move a team can make in a turn."""

    id: Slug
    """Identifier used in decisions, conditions and playthroughs."""
    name: str = Field(min_length=1)
    """Label shown to teams."""
    description: str = ""
    """What the move means in the real world."""
    escalation_class: EscalationClass
    """Rivera et al. (2024) class; sets the escalation-score points."""
    cbm: list[CbmRef] = []
    """The move needs at least one of these measures implemented by the actor."""
    intent: Intent | None = None
    """If set, the move is a message delivered over the contact network with this intent."""
    channel_kind: ChannelKind | None = None
    """Preferred kind of channel for the message (routing may relay through others)."""
    target: TargetKind = "none"
    """Whom the move is aimed at."""
    public: bool = False
    """Public moves are seen by every state and the media, and raise public pressure."""
    hostile: bool = False
    """Counts toward the target's grievance (tit-for-tat bots and Richardson reaction)."""
    threshold: Threshold | None = None
    """Threshold crossed the first time anyone takes this move."""
    effects: list[Effect] = []
    """Changes applied when the move resolves."""
    source: str = ""
    """Where the move and its class come from."""


class ActionLibrary(StrictModel):
    """The default action library file."""

    actions: list[ActionDef] = Field(min_length=1)
    """Every move available unless a scenario disables it."""


class ClassPoints(StrictModel):
    """Escalation-score points per action class (Rivera et al. 2024)."""

    de_escalation: float = Field(-2, alias="de-escalation")
    """Points for a de-escalatory move."""
    status_quo: float = Field(0, alias="status-quo")
    """Points for waiting or status-quo moves."""
    posturing: float = 4
    """Points for posturing."""
    non_violent: float = Field(12, alias="non-violent")
    """Points for non-violent escalation."""
    violent: float = 28
    """Points for violent escalation."""
    nuclear: float = 60
    """Points for nuclear moves."""

    def for_class(self, cls: EscalationClass) -> float:
        return float(getattr(self, cls.replace("-", "_")))
