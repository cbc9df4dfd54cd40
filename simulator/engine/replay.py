"""Resume a session from its journal, and re-derive a journal to verify its recorded results."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.engine.journal import JournalContents, JournalWriter, read_journal, trim
from simulator.errors import InputError, JournalError, ScenarioError, SimulatorError
from simulator.scenario.load import load_scenario
from simulator.scenario.loaded import LoadedScenario

if TYPE_CHECKING:
    from simulator.engine.session import Session


@dataclass(frozen=True)
class Mismatch:
    """A recorded figure the replay did not reproduce."""

    turn: int
    what: str
    recorded: object
    replayed: object

    def __str__(self) -> str:
        return f"turn {self.turn}: {self.what} recorded {self.recorded}, replayed {self.replayed}"


def scenario_for(
    contents: JournalContents, journal: Path, loaded: LoadedScenario | None
) -> LoadedScenario:
    """The scenario a journal was made for; refuse a different version of it."""
    header = contents.header
    if loaded is None:
        source = str(header.get("source", ""))
        try:
            loaded = load_scenario(source)
        except (OSError, InputError, ScenarioError) as exc:
            raise JournalError(
                f"{journal}: cannot open the scenario it was made for ({source}): {exc}",
                hint="pass the scenario file explicitly",
            ) from exc
    if loaded.content_hash != header.get("content_hash"):
        sc = loaded.scenario
        raise JournalError(
            f"{journal} was made for scenario '{header.get('scenario')}' version "
            f"{header.get('version')} (content hash {str(header.get('content_hash'))[:12]}), but "
            f"{loaded.source} is '{sc.id}' version {sc.version} (content hash "
            f"{loaded.content_hash[:12]})",
            hint="open the exact scenario file the journal was made with",
        )
    return loaded


def resume_session(cls: type[Session], journal: Path, loaded: LoadedScenario | None) -> Session:
    contents = read_journal(journal)
    loaded = scenario_for(contents, journal, loaded)
    header = contents.header
    session = cls(loaded, int(header.get("seed", 0)), dict(header.get("seats", {})), None)
    for number, rec in enumerate(contents.records, start=2):
        try:
            session.apply_record(rec)
        except (SimulatorError, KeyError, ValueError) as exc:
            raise JournalError(f"{journal}:{number}: cannot replay this record: {exc}") from exc
    if contents.cut_at is not None:
        trim(journal, contents.cut_at)
    session.warnings.extend(contents.warnings)
    session.journal_path = journal
    session._writer = JournalWriter(journal)
    return session


def verify_journal(
    journal: Path, loaded: LoadedScenario | None = None
) -> tuple[Session, list[Mismatch], list[str]]:
    """Replay every record and compare each resolved turn's results to the recorded ones."""
    from simulator.engine.session import Session

    contents = read_journal(journal)
    loaded = scenario_for(contents, journal, loaded)
    header = contents.header
    session = Session(loaded, int(header.get("seed", 0)), dict(header.get("seats", {})), None)
    mismatches: list[Mismatch] = []
    for number, rec in enumerate(contents.records, start=2):
        try:
            record = session.apply_record(rec)
        except (SimulatorError, KeyError, ValueError) as exc:
            raise JournalError(f"{journal}:{number}: cannot replay this record: {exc}") from exc
        if record is None:
            continue
        turn = record.turn
        if rec.get("risk") != record.risk:
            mismatches.append(Mismatch(turn, "overall risk", rec.get("risk"), record.risk))
        if rec.get("score") != record.score:
            mismatches.append(Mismatch(turn, "escalation score", rec.get("score"), record.score))
        recorded = rec.get("dyads", {})
        for key, value in record.dyads.items():
            if recorded.get(key) != value:
                mismatches.append(Mismatch(turn, f"risk of {key}", recorded.get(key), value))
    return session, mismatches, contents.warnings
