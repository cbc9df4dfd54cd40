"""Screen models built from the engine's views and the scenario's names (plain data only).

The app calls the session and passes the results here; these functions only pick, order and
label what the engine returned so the screens have it in the shape they draw.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from simulator.tui.screens.adjust import VariableChoice
from simulator.tui.screens.console import ConsoleModel
from simulator.tui.screens.explain import DyadChoice
from simulator.tui.screens.inject_editor import InjectChoice

if TYPE_CHECKING:
    from simulator.engine.views import FacilitatorView
    from simulator.scenario.loaded import LoadedScenario


def display_names(loaded: LoadedScenario) -> dict[str, str]:
    """Id -> display name for states, hubs and suspect groups, in declaration order."""
    scenario = loaded.scenario
    names = {state.id: state.name for state in scenario.states}
    names.update({hub.id: hub.name for hub in scenario.hubs})
    for candidate in scenario.ground_truth.candidates:
        names.setdefault(candidate.id, candidate.name or candidate.id)
    return names


def network_owners(loaded: LoadedScenario) -> tuple[str, ...]:
    """Sections of the network view: states first, then hubs."""
    scenario = loaded.scenario
    return (*[s.id for s in scenario.states], *[h.id for h in scenario.hubs])


def contact_labels(loaded: LoadedScenario) -> dict[str, str]:
    """Point-of-contact id -> 'office (kind)' for the team's contacts tab."""
    return {c.id: f"{c.name or c.id} ({c.kind})" for c in loaded.scenario.contacts}


def network_hubs(loaded: LoadedScenario) -> tuple[str, ...]:
    return tuple(h.id for h in loaded.scenario.hubs)


def dyad_labels(loaded: LoadedScenario, keys: Mapping[str, float]) -> dict[str, str]:
    """Readable labels of the engine's dyad keys, in the engine's order.

    Keys are 'a-b' and ids may contain '-', so pairs are matched against the scenario's
    states rather than split on the dash.
    """
    names = {s.id: s.name for s in loaded.scenario.states}
    ids = list(names)
    pairs = {f"{a}-{b}": (a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]}
    return {key: pair_label(pairs.get(key), names, key) for key in keys}


def pair_label(pair: tuple[str, str] | None, names: Mapping[str, str], key: str) -> str:
    if pair is None:
        return key
    return f"{short(names[pair[0]])}–{short(names[pair[1]])}"


def short(name: str) -> str:
    """'Republic of Valdoria' -> 'Valdoria': the distinctive last word of a formal name."""
    words = name.split()
    if len(words) > 2 and words[-2].lower() in ("of", "de", "the"):
        return words[-1]
    return name if len(name) <= 14 else words[0]


def dyad_pair(loaded: LoadedScenario, key: str) -> tuple[str, str] | None:
    ids = [s.id for s in loaded.scenario.states]
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if f"{a}-{b}" == key:
                return a, b
    return None


def variable_choices(view: FacilitatorView) -> tuple[VariableChoice, ...]:
    """Every variable the facilitator view shows, named the way `Session.adjust` takes them."""
    choices = [VariableChoice("severity", view.severity)]
    choices += [VariableChoice(f"pressure.{s}", v) for s, v in view.pressure.items()]
    choices += [VariableChoice(f"hostility.{s}", v) for s, v in view.hostility.items()]
    choices += [VariableChoice(f"trust.{k}", v) for k, v in view.trust.items()]
    for holder, row in view.suspicion.items():
        choices += [VariableChoice(f"suspicion.{holder}.{p}", v) for p, v in row.items()]
    return tuple(choices)


def releasable(loaded: LoadedScenario, view: FacilitatorView) -> tuple[InjectChoice, ...]:
    """Scenario injects that have not fired yet, in file order."""
    return tuple(
        InjectChoice(inj.id, inj.title)
        for inj in loaded.scenario.injects
        if inj.id not in view.fired
    )


def console_model(loaded: LoadedScenario, view: FacilitatorView) -> ConsoleModel:
    return ConsoleModel(
        title=loaded.scenario.title,
        turns=loaded.scenario.turns,
        names=display_names(loaded),
        dyad_labels=dyad_labels(loaded, view.dyads),
        releasable=releasable(loaded, view),
        variables=variable_choices(view),
        view=view,
    )


def dyad_choices(loaded: LoadedScenario, view: FacilitatorView) -> tuple[DyadChoice, ...]:
    labels = dyad_labels(loaded, view.dyads)
    return tuple(DyadChoice(key, labels[key], risk) for key, risk in view.dyads.items())
