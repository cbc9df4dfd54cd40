"""Shared building blocks of the scenario models: strict base class and constrained names."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, StringConstraints
from pydantic_core import CoreSchema


class StrictModel(BaseModel):
    """Frozen, refuses unknown keys, and turns field docstrings into schema descriptions."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=True,
        populate_by_name=True,
    )


class Described:
    """Describes a constrained type in the JSON Schema without hiding field docstrings.

    A `Field(description=...)` inside an Annotated alias would become the description of every
    field of that type, replacing the field's own docstring; this only describes the type (what
    list items and unions show), and a field's docstring still wins.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        schema = dict(handler(core_schema))
        schema["description"] = self.text
        return schema


Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,63}$"),
    Described("A lowercase identifier: letters, digits, '-' and '_', starting with a letter."),
]
"""Identifier of states, injects, channels, actions and the like."""

CbmRef = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$"),
    Described("A measure as 'catalog:item', e.g. 'oas:2', 'osce:13', 'un-norms:h'."),
]
"""Reference to one measure of a CBM catalog."""

ConditionText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    Described("An expression in the condition language, e.g. 'turn >= 3 and flag(\"leak\")'."),
]
"""A condition, parsed at load time (see docs/scenario-format.md, 'Conditions')."""

Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
"""A number from 0 to 1."""

SignedFraction = Annotated[float, Field(ge=-1.0, le=1.0)]
"""A number from -1 to 1."""

EscalationClass = Literal[
    "de-escalation", "status-quo", "posturing", "non-violent", "violent", "nuclear"
]
"""Rivera et al. (2024) action classes, worth -2, 0, 4, 12, 28 and 60 points."""

BotPolicy = Literal["dove", "hawk", "tit-for-tat", "cbm-playbook", "random"]
"""Built-in bot policies for teams nobody plays."""

Posture = Literal["conciliatory", "cautious", "balanced", "assertive", "aggressive"]
"""A state's starting stance; bots and hostility read it."""

ChannelKind = Literal["policy", "diplomatic", "technical", "regional-hub"]
"""What a channel or point of contact is for: CBM-2 policy, CBM-3 diplomatic, CSIRT, hub."""

Intent = Literal[
    "ping",
    "consult",
    "share-information",
    "request-assistance",
    "answer",
    "clarify-intent",
    "warn",
    "demand",
]
"""The structured intent of a message between points of contact."""

Tlp = Literal["clear", "green", "amber", "amber+strict", "red"]
"""Traffic Light Protocol 2.0 handling marking of shared information."""
