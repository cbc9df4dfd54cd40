"""Cross-reference errors at load: each edit of a valid scenario gives its one located error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.unit.scenario.helpers import problems_in, replace

BASE = (DATA / "valid" / "walkthrough.yaml").read_text(encoding="utf-8")

# (case, text to replace, replacement, path of the problem, message)
CASES = [
    (
        "hub reusing a state id",
        "hubs:\n",
        "hubs:\n  - {id: ostria, name: Clash}\n",
        "hubs.0.id",
        "id 'ostria' is already used by a state",
    ),
    (
        "relation given twice",
        "    rivalry: 0.3\n",
        "    rivalry: 0.3\n  - between: [ostria, velmora]\n",
        "relations.1.between",
        "relation ostria-velmora is given twice (also relations.0)",
    ),
    (
        "alliance member unknown",
        "relations:",
        "alliances:\n  - {id: pact, members: [velmora, ostrya]}\nrelations:",
        "alliances.0.members.1",
        "unknown state 'ostrya'",
    ),
    (
        "contact measure unknown",
        'kind: diplomatic, cbm: "oas:3"}',
        'kind: diplomatic, cbm: "osce:30"}',
        "contacts.1.cbm",
        "unknown measure 'osce:30'",
    ),
    (
        "channel between one contact",
        "between: [vel-policy, ost-policy]",
        "between: [vel-policy, vel-policy]",
        "channels.0.between",
        "a channel needs two different contacts",
    ),
    (
        "disabled action that is not a default",
        "ground_truth:",
        "disabled_actions: [nuke]\nground_truth:",
        "disabled_actions.0",
        "unknown default action 'nuke'",
    ),
    (
        "disabled and redefined",
        "ground_truth:",
        "disabled_actions: [ping]\nactions:\n  - {id: ping, name: Ping, "
        "escalation_class: status-quo}\nground_truth:",
        "disabled_actions.0",
        "action 'ping' is both disabled and redefined under actions",
    ),
    (
        "custom catalog reusing a built-in id",
        "states:",
        "custom_catalogs:\n  - id: oas\n    name: Mine\n    measures:\n"
        "      - {id: '1', name: One, text: One., source: Here}\nstates:",
        "custom_catalogs.0.id",
        "id 'oas' is already used by a built-in catalog",
    ),
    (
        "group reusing a state id",
        "    - {id: ostria}\n",
        "    - {id: ostria}\n    - {id: velmora, kind: non-state}\n",
        "ground_truth.candidates.2.id",
        "id 'velmora' is already used by a state",
    ),
    (
        "based_in on a state candidate",
        "    - {id: ostria}\n",
        "    - {id: ostria, based_in: velmora}\n",
        "ground_truth.candidates.1.based_in",
        "based_in is for non-state groups",
    ),
    (
        "kind disagreeing with the perpetrator",
        "  kind: non-state\n",
        "  kind: state\n",
        "ground_truth.kind",
        "kind is 'state' but the perpetrator 'tidewave' is a non-state candidate",
    ),
    (
        "framing the perpetrator",
        "  kind: non-state\n",
        "  kind: false-flag\n  framed: tidewave\n",
        "ground_truth.framed",
        "the framed party is the perpetrator itself",
    ),
    (
        "evidence pointing nowhere",
        "    points_to: tidewave\n",
        "    points_to: tidwave\n",
        "evidence.0.points_to",
        "unknown candidate 'tidwave'",
    ),
    (
        "inject effect naming an actor",
        "        of: velmora\n",
        "        of: actor\n",
        "injects.1.effects.1.of",
        "unknown party 'actor'",
    ),
    (
        "suspicion toward a group is fine but not toward nobody",
        "        toward: ostria\n",
        "        toward: nobody\n",
        "injects.1.effects.1.toward",
        "unknown party 'nobody'",
    ),
    (
        "variant naming an unknown flag",
        'flag("press-blames-ostria")',
        'flag("press-blames")',
        "injects.2.variants.0.when",
        "unknown flag 'press-blames'",
    ),
    (
        "objective condition naming an unknown party",
        'attributed("velmora", "ostria")',
        'attributed("velmora", "tide")',
        "learning_objectives.0.met_when",
        "unknown party 'tide'",
    ),
    (
        "playthrough target unknown",
        "{action: ping, target: ostria}",
        "{action: ping, target: ostra}",
        "playthroughs.0.teams.velmora.script.1.0.target",
        "unknown target 'ostra'",
    ),
    (
        "scripted turn past the end",
        "          3:\n",
        "          9:\n",
        "playthroughs.0.teams.ostria.script.9",
        "turn 9 is outside 1..6",
    ),
    (
        "expectation ending unknown",
        "        ended_by: settled\n",
        "        ended_by: setled\n",
        "playthroughs.0.expect.1.ended_by",
        "unknown end condition 'setled'",
    ),
    (
        "facilitator variable malformed",
        "    expect:\n",
        "    facilitator:\n      - {turn: 2, set_variable: trust.velmora, value: 0.5}\n"
        "    expect:\n",
        "playthroughs.0.facilitator.0.set_variable",
        "'trust.velmora' is not an adjustable variable",
    ),
    (
        "facilitator variable without a value",
        "    expect:\n",
        "    facilitator:\n      - {turn: 2, set_variable: pressure.ostria}\n    expect:\n",
        "playthroughs.0.facilitator.0.value",
        "set_variable needs a value",
    ),
    (
        "facilitator releasing an unknown inject",
        "    expect:\n",
        "    facilitator:\n      - {turn: 2, release: headlines}\n    expect:\n",
        "playthroughs.0.facilitator.0.release",
        "unknown inject 'headlines'",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "path", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_an_unresolvable_reference_is_one_located_error(
    tmp_path: Path, old: str, new: str, path: str, message: str
) -> None:
    problems = problems_in(replace(BASE, old, new), tmp_path)
    assert [(p.path, p.message) for p in problems] == [(path, message)]
    assert problems[0].line > 0


def test_the_base_scenario_has_no_problem(tmp_path: Path) -> None:
    assert problems_in(BASE, tmp_path) == []
