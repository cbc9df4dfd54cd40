"""Names a playthrough uses that its scenario does not declare (typos that would pass silently)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from simulator.scenario.loaded import LoadedScenario
from simulator.scenario.playthrough_models import Expectation, Playthrough

Path = tuple[str | int, ...]


def reference_problems(
    loaded: LoadedScenario, playthroughs: Sequence[Playthrough]
) -> list[tuple[Path, str]]:
    """(path under `playthroughs`, message) for every unknown name."""
    names = _Names(loaded)
    problems: list[tuple[Path, str]] = []
    for i, play in enumerate(playthroughs):
        problems.extend(((i, *p), m) for p, m in _playthrough_problems(play, names))
    return problems


class _Names:
    def __init__(self, loaded: LoadedScenario) -> None:
        scenario = loaded.scenario
        self.states = loaded.state_ids
        self.injects = [i.id for i in scenario.injects]
        self.endings = [e.id for e in scenario.end_conditions] + ["turns", "facilitator"]
        # Disabled actions stay nameable: refusing one is a fair thing to test.
        self.actions = sorted(set(loaded.actions) | set(scenario.disabled_actions))
        effect_flags = [
            e.set_flag for a in loaded.actions.values() for e in a.effects if e.set_flag is not None
        ] + [e.set_flag for i in scenario.injects for e in i.effects if e.set_flag is not None]
        self.flags = sorted(set(scenario.flags) | set(effect_flags))
        self.turns = scenario.turns


def _unknown(kind: str, name: str, known: Sequence[str]) -> str:
    return f"unknown {kind} '{name}' (known: {', '.join(known) or 'none'})"


def _playthrough_problems(play: Playthrough, names: _Names) -> Iterator[tuple[Path, str]]:
    for team, seat in play.teams.items():
        if team not in names.states:
            yield ("teams", team), _unknown("state", team, names.states)
        script = getattr(seat, "script", {})
        for turn, decisions in script.items():
            for k, decision in enumerate(decisions):
                if decision.action not in names.actions:
                    yield (
                        ("teams", team, "script", turn, k, "action"),
                        _unknown("action", decision.action, names.actions),
                    )
    for k, step in enumerate(play.facilitator):
        if step.release is not None and step.release not in names.injects:
            yield ("facilitator", k, "release"), _unknown("inject", step.release, names.injects)
    for k, exp in enumerate(play.expect):
        yield from ((("expect", k, *p), m) for p, m in _expectation_problems(exp, names))


def _expectation_problems(exp: Expectation, names: _Names) -> Iterator[tuple[Path, str]]:
    if isinstance(exp.at, int) and exp.at > names.turns:
        yield ("at",), f"turn {exp.at} is past the scenario's last turn ({names.turns})"
    for field in ("fired", "not_fired"):
        for inject in getattr(exp, field):
            if inject not in names.injects:
                yield (field,), _unknown("inject", inject, names.injects)
    for field in ("flags", "flags_clear"):
        for flag in getattr(exp, field):
            if flag not in names.flags:
                yield (field,), _unknown("flag", flag, names.flags)
    if exp.ended_by is not None and exp.ended_by not in names.endings:
        yield ("ended_by",), _unknown("end condition", exp.ended_by, names.endings)
    if exp.risk is not None and exp.risk.dyad is not None:
        for state in exp.risk.dyad:
            if state not in names.states:
                yield ("risk", "dyad"), _unknown("state", state, names.states)
    if exp.refused is not None:
        if exp.refused.team not in names.states:
            yield ("refused", "team"), _unknown("state", exp.refused.team, names.states)
        if exp.refused.action not in names.actions:
            yield ("refused", "action"), _unknown("action", exp.refused.action, names.actions)
