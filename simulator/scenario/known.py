"""The names a scenario declares, and a helper that reports references to undeclared ones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from simulator.scenario.findings import Finding
from simulator.scenario.loaded import resolve_actions, resolve_cbms
from simulator.scenario.models import Scenario
from simulator.scenario.validation_errors import suggest
from simulator.scenario.yaml_reader import DataPath

AUDIENCES = ("all", "public", "facilitator")
"""Audiences of an inject besides state ids."""

ACTION_PARTIES = ("actor", "target", "allies-of-target", "all")
"""Parties an action's effect may name besides state ids."""

ANY = "any"
"""Wildcard accepted as the actor of took() and count() (leave the party out to mean anyone)."""


@dataclass(frozen=True)
class Known:
    """Every id the scenario declares, in declaration order."""

    states: tuple[str, ...]
    hubs: tuple[str, ...]
    contacts: tuple[str, ...]
    channels: tuple[str, ...]
    candidates: tuple[str, ...]
    evidence: tuple[str, ...]
    injects: tuple[str, ...]
    flags: tuple[str, ...]
    actions: tuple[str, ...]
    cbms: tuple[str, ...]
    endings: tuple[str, ...]

    @classmethod
    def of(cls, scenario: Scenario) -> Known:
        return cls(
            states=tuple(s.id for s in scenario.states),
            hubs=tuple(h.id for h in scenario.hubs),
            contacts=tuple(c.id for c in scenario.contacts),
            channels=tuple(c.id for c in scenario.channels),
            candidates=tuple(c.id for c in scenario.ground_truth.candidates),
            evidence=tuple(e.id for e in scenario.evidence),
            injects=tuple(i.id for i in scenario.injects),
            flags=tuple(scenario.flags),
            actions=tuple(resolve_actions(scenario)),
            cbms=tuple(resolve_cbms(scenario)),
            endings=tuple(e.id for e in scenario.end_conditions),
        )

    @property
    def parties(self) -> tuple[str, ...]:
        """States and declared candidates (groups), each once."""
        return tuple(dict.fromkeys(self.states + self.candidates))


def unknown(
    path: DataPath,
    value: str,
    options: Sequence[str],
    what: str,
    *,
    offset: int | None = None,
    at_key: bool = False,
) -> list[Finding]:
    """A finding if `value` is not among `options`, with a "did you mean" hint."""
    if value in options:
        return []
    return [
        Finding(
            path,
            f"unknown {what} '{value}'",
            suggest(value, list(options)),
            code="unknown-reference",
            offset=offset,
            at_key=at_key,
            subject=value,
        )
    ]


def duplicates(ids: Iterable[str], path: DataPath, what: str, field: str = "id") -> list[Finding]:
    """A finding for every id declared a second time (each item at `path` + index)."""
    seen: dict[str, int] = {}
    found: list[Finding] = []
    for index, value in enumerate(ids):
        if value in seen:
            found.append(
                Finding(
                    (*path, index, field) if field else (*path, index),
                    f"duplicate {what} '{value}' (also {_item(path, seen[value])})",
                    "give each one its own id",
                    code="duplicate-id",
                )
            )
        else:
            seen[value] = index
    return found


def _item(path: DataPath, index: int) -> str:
    return ".".join(str(p) for p in (*path, index))
