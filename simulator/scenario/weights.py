"""Scoring weights of the escalation model; defaults live in catalogs/weights.yaml with sources."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

from pydantic import Field, create_model

from simulator.scenario.base import StrictModel
from simulator.scenario.catalog_models import ClassPoints

Weight = float


class ScoringWeights(StrictModel):
    """Every parameter of the escalation model (see docs/escalation-model.md)."""

    bias: float = Field(ge=-10, le=10)
    """Logit of a dyad's risk when every contribution is zero."""
    severity: float = Field(ge=0, le=10)
    """Weight of incident severity (0..1) on dyads touching a victim state."""
    suspicion: float = Field(ge=0, le=10)
    """Weight of the larger of the two mutual suspicions (0..1)."""
    hostility: float = Field(ge=0, le=10)
    """Weight of the two states' summed hostility (each 0..1)."""
    pressure: float = Field(ge=0, le=10)
    """Weight of the larger public pressure of the two states (0..1)."""
    trust: float = Field(ge=0, le=10)
    """Weight of mutual trust (0..1); lowers risk."""
    channel: float = Field(ge=0, le=10)
    """Weight of the quality of the best working channel between the two (0..1); lowers risk."""
    cbm_credit: float = Field(ge=0, le=10)
    """Weight of recent CBM use between the two (0..1); lowers risk."""
    hostility_per_point: float = Field(gt=0, le=1)
    """Hostility added per escalation-score point of a move (Richardson build-up)."""
    hostility_decay: float = Field(ge=0, le=1)
    """Share of hostility that fades each turn (Richardson fatigue)."""
    pressure_decay: float = Field(ge=0, le=1)
    """Share of public pressure that fades each turn."""
    cbm_credit_per_use: float = Field(ge=0, le=1)
    """Credit added to a dyad by one successful CBM exchange."""
    cbm_credit_decay: float = Field(ge=0, le=1)
    """Share of CBM credit that fades each turn."""
    step_decay: float = Field(ge=0, le=1)
    """Share of a threshold step that fades each turn."""
    thresholds: dict[
        Literal["public-attribution", "ci-disruption", "broken-relations", "use-of-force"],
        float,
    ]
    """One-off logit step added when a Kahn threshold is first crossed in a dyad."""
    contagion: float = Field(ge=0, le=1)
    """Share of an ally's dyad risk that spills onto its partners' dyads (bounded by the source)."""
    wrong_attribution_trust_cost: float = Field(ge=0, le=1)
    """Trust lost by the accused when a public attribution names the wrong party."""
    right_attribution_trust_cost: float = Field(ge=0, le=1)
    """Trust lost by the accused when a public attribution is correct."""
    tlp_breach_trust_cost: float = Field(ge=0, le=1)
    """Trust lost with the sharer when a handling marking is breached."""
    evidence_weight: float = Field(ge=0, le=1)
    """How far a shared evidence item moves the receiver's belief toward what it points at."""
    clarify_suspicion_drop: float = Field(ge=0, le=1)
    """Suspicion removed by a clarification of intent consistent with the ground truth."""
    relay_fidelity_loss: float = Field(ge=0, le=1)
    """Fidelity lost per relay hop of a message."""
    ping_reliability_gain: float = Field(ge=0, le=1)
    """Reliability a successful ping adds to a channel."""
    stale_chance: float = Field(ge=0, le=1)
    """Chance that a channel never tested turns out dead the first time it is used."""
    reaction: float = Field(0.5, ge=0, le=1)
    """Share of a hostile move's hostility the target takes on too (Richardson reaction)."""
    wrong_attribution_step: float = Field(0.8, ge=0, le=10)
    """Extra one-off logit step on the accuser-accused dyad when a public attribution is wrong."""
    private_attribution_share: float = Field(0.3, ge=0, le=1)
    """Share of a public attribution's trust cost that a private attribution carries."""
    ignored_request_trust_cost: float = Field(0.1, ge=0, le=1)
    """Trust the asker loses in a state that lets a request or consultation expire unanswered."""
    response_deadline: int = Field(2, ge=1, le=10)
    """Turns after delivery within which a request or consultation must be answered."""
    assistance_severity_drop: float = Field(0.05, ge=0, le=1)
    """Severity removed when a request for assistance is answered in time."""
    media_pressure: float = Field(0.1, ge=0, le=1)
    """Public pressure a media inject adds to each state that receives it."""
    posture_hostility: dict[
        Literal["conciliatory", "cautious", "balanced", "assertive", "aggressive"], float
    ] = {
        "conciliatory": 0.0,
        "cautious": 0.05,
        "balanced": 0.1,
        "assertive": 0.2,
        "aggressive": 0.3,
    }
    """Baseline hostility of a state by its starting posture."""
    rivalry_hostility: float = Field(0.2, ge=0, le=1)
    """Baseline hostility added per unit of a state's highest historic rivalry."""
    rivalry_suspicion: float = Field(0.3, ge=0, le=1)
    """Starting suspicion added per unit of historic rivalry between two states."""
    overall: Literal["noisy-or", "max"]
    """How dyad risks combine into overall risk."""
    class_points: ClassPoints
    """Escalation-score points per action class."""
    sources: dict[str, str] = {}
    """Source of each default, keyed by parameter name."""


def _optional_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, info in ScoringWeights.model_fields.items():
        if name == "sources":
            continue
        # Keep the field's bounds (ge/le...) so overrides are checked, and shown in the schema.
        kind = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
        fields[name] = (Optional[kind], Field(None, description=info.description))  # noqa: UP045
    return fields


ScoringOverrides: type[StrictModel] = create_model(
    "ScoringOverrides",
    __base__=StrictModel,
    __doc__="Scenario overrides of the default scoring weights: give only what you change.",
    **_optional_fields(),
)


def apply_overrides(base: ScoringWeights, overrides: StrictModel | None) -> ScoringWeights:
    """Return `base` with every field the scenario set replaced, validated again."""
    if overrides is None:
        return base
    data = base.model_dump(by_alias=True)
    for name in overrides.model_fields_set:
        value = getattr(overrides, name)
        if name == "thresholds":
            data["thresholds"] = {**data["thresholds"], **value}
        elif isinstance(value, StrictModel):
            data[name] = {**data[name], **value.model_dump(by_alias=True, exclude_unset=True)}
        else:
            data[name] = value
    return ScoringWeights.model_validate(data)
