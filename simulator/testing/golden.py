"""Golden transcripts: a plain-text, diff-friendly record of a playthrough, turn by turn.

Numbers carry four decimals: enough to catch a changed weight, few enough to read in a diff.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from simulator.engine import Session
from simulator.scenario.playthrough_models import Decision
from simulator.testing.outcome import RefusalRecord


def _decision(decision: Decision) -> str:
    text = decision.action
    if decision.target:
        text += f" -> {decision.target}"
    if decision.evidence:
        text += f" evidence {','.join(decision.evidence)}"
    if decision.tlp:
        text += f" tlp:{decision.tlp}"
    if decision.answers:
        text += f" answers {decision.answers}"
    return text


def _facilitator_lines(session: Session, turn: int) -> list[str]:
    lines = []
    for record in session.inputs:
        if record["turn"] != turn:
            continue
        if record["type"] == "release":
            lines.append(f"  facilitator releases {record.get('inject') or record.get('title')}")
        elif record["type"] == "adjust":
            lines.append(f"  facilitator sets {record['variable']} = {record['value']:.4f}")
        elif record["type"] == "end":
            lines.append("  facilitator ends the session")
    return lines


def render_transcript(session: Session, name: str, refusals: list[RefusalRecord]) -> str:
    """The transcript of a finished playthrough."""
    sc = session.loaded.scenario
    view = session.facilitator_view()
    seats = " ".join(f"{team}={seat}" for team, seat in session.seats.items())
    lines = [f"playthrough {name} of {sc.id} {sc.version}, seed {session.seed}", f"seats {seats}"]
    turns = [r.turn for r in session.history]
    if session.ending is not None and session.ending.turn not in turns:
        turns.append(session.ending.turn)
    records = {r.turn: r for r in session.history}
    for turn in turns:
        lines += ["", f"turn {turn} ({session.clock_label(turn)})"]
        lines += [f"  inject {i}" for i, t in view.fired.items() if t == turn]
        lines += _facilitator_lines(session, turn)
        lines += [f"  refused {r.team} {r.action}: {r.reason}" for r in refusals if r.turn == turn]
        record = records.get(turn)
        if record is None:
            continue
        for team, decisions in record.decisions.items():
            lines += [f"  {team}: {_decision(d)}" for d in decisions] or [f"  {team}: waits"]
        for m in view.messages:
            if m.turn == turn:
                fate = m.status if m.status != "failed" else f"failed ({m.reason})"
                lines.append(f"  message {m.sender} -> {m.recipient} {m.action}: {fate}")
        dyads = " ".join(f"{k} {v:.4f}" for k, v in record.dyads.items())
        lines.append(f"  risk {record.risk:.4f}; {dyads}")
        lines.append(f"  score {record.score:+.4f}, total {record.total_score:+.4f}")
        lines += [f"  top {c.value:+.4f} {c.label} [{c.dyad}]" for c in record.top]
        lines.append(_cbm_relief(session, turn))
    if session.ending is not None:
        e = session.ending
        lines += ["", f"ending {e.id} at turn {e.turn} ({e.kind})"]
    lines.append(f"flags {' '.join(view.flags) or '-'}")
    return "\n".join(lines) + "\n"


CBM_TERMS = {"channel": "channels", "cbm_credit": "CBM exchanges"}
"""Contributions that CBM use earns; the transcript sums them so their effect is always shown."""


def _cbm_relief(session: Session, turn: int) -> str:
    """'cbm relief' line: how much risk working channels and recent CBM exchanges took off,
    summed over every dyad (top contributions show only the riskiest dyad)."""
    states = session.loaded.state_ids
    totals = dict.fromkeys(CBM_TERMS, 0.0)
    for i, a in enumerate(states):
        for b in states[i + 1 :]:
            for c in session.explain(a, b, turn).contributions:
                if c.key in totals:
                    totals[c.key] += c.value
    parts = ", ".join(f"{label} {totals[key]:+.4f}" for key, label in CBM_TERMS.items())
    return f"  cbm relief over all dyads: {parts}"


def golden_path(folder: Path, scenario_id: str, playthrough: str) -> Path:
    """Where a playthrough's golden transcript lives: DIR/<scenario id>/<playthrough>.txt."""
    return folder / scenario_id / f"{playthrough}.txt"


def golden_difference(expected_path: Path, actual: str) -> str:
    """Empty when the transcript matches its golden file; otherwise a unified diff or a note."""
    if not expected_path.is_file():
        return f"no golden transcript at {expected_path}"
    expected = expected_path.read_text(encoding="utf-8")
    if expected == actual:
        return ""
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=str(expected_path),
        tofile="this run",
    )
    return "".join(diff)


def write_golden(path: Path, transcript: str) -> bool:
    """Write a transcript; True when the file changed."""
    if path.is_file() and path.read_text(encoding="utf-8") == transcript:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(transcript, encoding="utf-8")
    return True
