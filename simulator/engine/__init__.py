"""The escalation engine: sessions, CBM mechanics, explainable risk, bots and journals.

Pure and deterministic; never imports textual, rich or simulator.tui.
"""

from simulator.engine.policies import POLICIES
from simulator.engine.replay import Mismatch, verify_journal
from simulator.engine.session import Session
from simulator.engine.views import (
    ActionOption,
    ChannelView,
    Contribution,
    Ending,
    EventView,
    EvidenceView,
    Explanation,
    FacilitatorView,
    InjectNotice,
    MessageView,
    MoveView,
    RequestView,
    TeamView,
    TurnRecord,
)

__all__ = [
    "POLICIES",
    "ActionOption",
    "ChannelView",
    "Contribution",
    "Ending",
    "EventView",
    "EvidenceView",
    "Explanation",
    "FacilitatorView",
    "InjectNotice",
    "MessageView",
    "Mismatch",
    "MoveView",
    "RequestView",
    "Session",
    "TeamView",
    "TurnRecord",
    "verify_journal",
]
