"""Pydantic models of a scenario file (format version 1)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from simulator.scenario.base import (
    BotPolicy,
    CbmRef,
    ChannelKind,
    ConditionText,
    Fraction,
    Posture,
    Slug,
    StrictModel,
    Tlp,
)
from simulator.scenario.catalog_models import ActionDef, CbmCatalog, Effect
from simulator.scenario.playthrough_models import Playthrough
from simulator.scenario.weights import ScoringOverrides

BUILTIN_CATALOGS = ("oas", "osce", "un-norms")


class LearningObjective(StrictModel):
    """What participants should be able to do after the exercise."""

    id: Slug
    """Identifier, referenced by reports."""
    text: str = Field(min_length=1)
    """The objective in one sentence."""
    cbms: list[CbmRef] = []
    """Measures this objective practises."""
    met_when: ConditionText | None = None
    """Condition that, true at the end, marks the objective as met in the report."""


class Clock(StrictModel):
    """The in-story clock: what time each turn stands for."""

    start: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
    """In-story date and time of turn 1, as YYYY-MM-DDTHH:MM."""
    step_hours: int = Field(6, ge=1, le=24 * 31)
    """In-story hours between turns."""
    labels: dict[int, str] = {}
    """Optional label per turn number that replaces the computed time, e.g. 'Day 3, evening'."""


class State(StrictModel):
    """A state played by a team or a bot."""

    id: Slug
    """Identifier used everywhere else in the file."""
    name: str = Field(min_length=1)
    """Display name, e.g. 'Republic of Borealia'."""
    cbms: list[CbmRef] = []
    """Measures this state has implemented before the crisis (e.g. 'oas:2' policy POC)."""
    posture: Posture = "balanced"
    """Starting stance."""
    bot: BotPolicy = "cbm-playbook"
    """Policy used when no human plays this state."""
    pressure: Fraction = 0.2
    """Starting public pressure on the government (0..1)."""
    victim: bool = False
    """True for states hit by the incident: severity weighs on their dyads."""
    briefing: str = ""
    """Private briefing shown only to this state's team."""
    critical_infrastructure: list[str] = []
    """Named critical infrastructure of the state, used in injects and reports."""


class Relation(StrictModel):
    """Baseline relation between two states (symmetric)."""

    between: tuple[Slug, Slug]
    """The two states."""
    trust: Fraction = 0.5
    """Baseline mutual trust (0..1)."""
    rivalry: Fraction = 0.0
    """Historic rivalry (0..1); raises baseline hostility and suspicion."""
    suspicion: Fraction = 0.0
    """Starting suspicion each has of the other (0..1)."""


class Alliance(StrictModel):
    """A group of states that stand together: risk spills over between members."""

    id: Slug
    """Identifier."""
    name: str = ""
    """Display name."""
    members: list[Slug] = Field(min_length=2)
    """Member states."""


class Hub(StrictModel):
    """A non-state relay such as a regional secretariat or CSIRT network."""

    id: Slug
    """Identifier (must not clash with a state)."""
    name: str = Field(min_length=1)
    """Display name, e.g. 'Regional Secretariat (CICTE role)'."""


class PointOfContact(StrictModel):
    """A person or office that can send and receive messages for a state or hub."""

    id: Slug
    """Identifier used by channels."""
    owner: Slug
    """The state or hub this contact belongs to."""
    kind: ChannelKind
    """Policy (OAS CBM 2), diplomatic (OAS CBM 3), technical (CSIRT) or regional hub."""
    cbm: CbmRef | None = None
    """Measure under which it was nominated; the contact exists only if the owner implemented it."""
    name: str = ""
    """Title of the office, e.g. 'Deputy Minister for Digital Affairs'."""
    responsive: Fraction = 0.9
    """Chance the contact answers within a turn when reached."""


class Channel(StrictModel):
    """A link between two points of contact."""

    id: Slug
    """Identifier used in conditions, injects and reports."""
    between: tuple[Slug, Slug]
    """The two points of contact."""
    kind: ChannelKind
    """What the channel is for."""
    cbm: CbmRef | None = None
    """Measure the channel rests on (e.g. 'osce:13' protected channels)."""
    latency: int = Field(0, ge=0, le=10)
    """Turns a message takes to cross."""
    reliability: Fraction = 0.9
    """Chance a message is delivered."""
    protected: bool = False
    """Authorised, protected channel (OSCE CBM 13): may carry TLP:RED."""
    tested: bool = False
    """Tested before the crisis; an untested channel may turn out stale."""


class Candidate(StrictModel):
    """A possible perpetrator: a state or a non-state group."""

    id: Slug
    """A state id, or the id of a group declared here."""
    name: str = ""
    """Display name for groups."""
    kind: Literal["state", "non-state"] = "state"
    """Whether it is a state or a group."""
    based_in: Slug | None = None
    """For a group: the state whose territory it operates from (UN norm c)."""


class Evidence(StrictModel):
    """An evidence item a state may hold or receive."""

    id: Slug
    """Identifier used by shares and injects."""
    summary: str = Field(min_length=1)
    """What it shows, as the holder reads it."""
    points_to: Slug
    """The candidate it implicates."""
    strength: Fraction = 0.5
    """How strongly it moves belief (0..1)."""
    forged: bool = False
    """Planted evidence (false flag); only the facilitator sees this."""
    held_by: list[Slug] = []
    """States that hold it at the start."""
    tlp: Tlp = "amber"
    """Handling marking when shared."""


class GroundTruth(StrictModel):
    """What really happened; hidden from every team."""

    perpetrator: Slug
    """Id of the true perpetrator among the candidates."""
    kind: Literal["state", "non-state", "false-flag"]
    """State operation, non-state group, or a false flag made to look like someone else."""
    framed: Slug | None = None
    """For a false flag: the candidate the forged evidence points at."""
    candidates: list[Candidate] = Field(min_length=1)
    """Every party the states may suspect."""
    severity: Fraction = 0.5
    """Starting severity of the incident (0..1)."""
    target_class: Literal["critical-infrastructure", "government", "private", "mixed"] = "mixed"
    """What was hit; critical infrastructure weighs more (UN norm f)."""
    summary: str = ""
    """The facilitator's one-paragraph account of the truth."""


AudienceRef = str
"""A state id, 'all' (every state), 'public' (media) or 'facilitator'."""


class InjectVariant(StrictModel):
    """Alternative text (and effects) chosen when its condition holds."""

    when: ConditionText
    """Condition checked when the inject fires; the first variant that holds wins."""
    text: str = Field(min_length=1)
    """Replacement text."""
    effects: list[Effect] | None = None
    """Replacement effects; the inject's own when omitted."""


class Inject(StrictModel):
    """A piece of scenario news released to some audience."""

    id: Slug
    """Identifier used by conditions and playthroughs."""
    turn: int | None = Field(None, ge=1)
    """Turn the inject fires on (give this or `when`)."""
    when: ConditionText | None = None
    """Condition that fires the inject (checked at the start of each turn)."""
    to: list[AudienceRef] = Field(min_length=1)
    """Who receives it."""
    title: str = Field(min_length=1)
    """Headline."""
    text: str = Field(min_length=1)
    """Full text as the audience reads it."""
    questions: list[str] = []
    """Discussion questions for the facilitator to ask."""
    facilitator_notes: str = ""
    """What the facilitator should know or watch for."""
    effects: list[Effect] = []
    """Changes to the world when it fires."""
    evidence: list[Slug] = []
    """Evidence items handed to the recipient states."""
    variants: list[InjectVariant] = []
    """Alternative versions chosen by condition."""
    media: bool = False
    """Media pressure: raises public pressure on the recipient states."""


class EndCondition(StrictModel):
    """A way the session ends before the last turn."""

    id: Slug
    """Identifier used by playthroughs and reports."""
    when: ConditionText
    """Condition checked after each turn."""
    outcome: str = Field(min_length=1)
    """What the ending means, shown on the after-action screen."""
    kind: Literal["de-escalated", "escalated", "neutral"] = "neutral"
    """How the ending reads."""


class Scenario(StrictModel):
    """A complete tabletop exercise."""

    format: Literal[1] = 1
    """Scenario format version."""
    id: Slug
    """Identifier of the scenario."""
    title: str = Field(min_length=1)
    """Title shown in the library."""
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    """Version of this scenario, e.g. '1.0.0'; journals record it."""
    summary: str = Field(min_length=1)
    """One paragraph for the library screen."""
    author: str = ""
    """Who wrote it."""
    languages: list[str] = ["en"]
    """Language codes the texts are written in."""
    learning_objectives: list[LearningObjective] = []
    """What the exercise teaches."""
    turns: int = Field(ge=1, le=100)
    """Number of turns unless an end condition stops the session earlier."""
    max_actions: int = Field(3, ge=1, le=10)
    """Most non-message actions a team may take per turn (Rivera et al. allow 3)."""
    clock: Clock
    """The in-story clock."""
    catalogs: list[str] = list(BUILTIN_CATALOGS)
    """Built-in CBM catalogs used: 'oas', 'osce', 'un-norms'."""
    custom_catalogs: list[CbmCatalog] = []
    """The scenario's own catalogs."""
    states: list[State] = Field(min_length=2)
    """The states (teams)."""
    relations: list[Relation] = []
    """Baseline relations; pairs not listed get trust 0.5 and no rivalry."""
    alliances: list[Alliance] = []
    """Alliances."""
    hubs: list[Hub] = []
    """Regional hubs that can relay messages."""
    contacts: list[PointOfContact] = []
    """Points of contact."""
    channels: list[Channel] = []
    """Channels between points of contact."""
    actions: list[ActionDef] = []
    """Actions added to, or replacing by id, the default action library."""
    disabled_actions: list[Slug] = []
    """Default actions this scenario removes."""
    ground_truth: GroundTruth
    """The hidden truth of the incident."""
    evidence: list[Evidence] = []
    """Evidence items."""
    flags: list[Slug] = []
    """Flags the scenario uses, declared so typos are caught."""
    injects: list[Inject] = Field(min_length=1)
    """The injects."""
    end_conditions: list[EndCondition] = []
    """Early endings."""
    scoring: ScoringOverrides | None = None
    """Overrides of the default scoring weights."""
    facilitator_notes: str = ""
    """Notes for the facilitator: timing, roles, what to watch for, debrief."""
    playthroughs: list[Playthrough] = []
    """Scripted runs with expectations (run by `ttx test`)."""

    @field_validator("catalogs")
    @classmethod
    def _known_catalogs(cls, value: list[str]) -> list[str]:
        for name in value:
            if name not in BUILTIN_CATALOGS:
                raise ValueError(
                    f"unknown built-in catalog '{name}' (choose from {', '.join(BUILTIN_CATALOGS)};"
                    " declare your own under custom_catalogs)"
                )
        return value
