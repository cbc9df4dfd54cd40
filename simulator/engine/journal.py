"""The session journal: JSON Lines, a header then one record per event, flushed as play goes.

No wall-clock times are written, so the same scenario, seed and decisions give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import simulator
from simulator.errors import JournalError
from simulator.scenario.loaded import LoadedScenario

FORMAT = 1
Record = dict[str, Any]


def dumps(record: Record) -> str:
    """One journal line (no trailing newline), compact and stable."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def header_record(loaded: LoadedScenario, seed: int, seats: Mapping[str, str]) -> Record:
    """The first line of a journal: what it was made with."""
    sc = loaded.scenario
    return {
        "type": "header",
        "format": FORMAT,
        "scenario": sc.id,
        "version": sc.version,
        "content_hash": loaded.content_hash,
        "source": _where(loaded.source),
        "seed": seed,
        "engine": simulator.ENGINE_VERSION,
        "seats": dict(seats),
    }


def _where(source: str) -> str:
    """A scenario file as an absolute path, so the journal resumes from any folder."""
    path = Path(source)
    return str(path.resolve()) if path.is_file() else source


class JournalWriter:
    """Appends records to a journal file, flushing each one (a crash loses at most one line)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def start(self, header: Record) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(dumps(header) + "\n", encoding="utf-8")
        except OSError as exc:
            raise JournalError(f"{self.path}: cannot write the journal: {exc.strerror}") from exc

    def append(self, record: Record) -> None:
        try:
            with self.path.open("a", encoding="utf-8") as out:
                out.write(dumps(record) + "\n")
                out.flush()
        except OSError as exc:
            raise JournalError(f"{self.path}: cannot write the journal: {exc.strerror}") from exc


@dataclass
class JournalContents:
    """A journal read back: its header, its records, and what had to be repaired."""

    header: Record
    records: list[Record]
    warnings: list[str] = field(default_factory=list)
    cut_at: int | None = None
    """Byte offset where a cut-off last line starts (to be trimmed before appending)."""


def read_journal(path: Path) -> JournalContents:
    """Read a journal; a cut-off last line is dropped with a warning, other damage refused."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise JournalError(f"{path}: cannot read the journal: {exc.strerror}") from exc
    lines = data.split(b"\n")
    ends_cleanly = data.endswith(b"\n")
    if ends_cleanly:
        lines = lines[:-1]
    parsed: list[Record] = []
    contents = JournalContents({}, [])
    offset = 0
    for number, raw in enumerate(lines, start=1):
        last = number == len(lines)
        try:
            record = json.loads(raw.decode("utf-8"))
            if not isinstance(record, dict) or "type" not in record:
                raise ValueError("not a journal record")
        except (ValueError, UnicodeDecodeError) as exc:
            if last and not ends_cleanly and number > 1:
                contents.warnings.append(
                    f"journal line {number} was cut off mid-write; resumed from line {number - 1}"
                )
                contents.cut_at = offset
                break
            raise JournalError(
                f"{path}:{number}: not a journal record ({exc})",
                hint="a journal is JSON Lines written by ttx; only a cut-off last line is repaired",
            ) from exc
        parsed.append(record)
        offset += len(raw) + 1
    if not parsed or parsed[0].get("type") != "header":
        raise JournalError(
            f"{path}:1: the journal has no header line", hint="is this a ttx journal?"
        )
    if parsed[0].get("format") != FORMAT:
        raise JournalError(f"{path}:1: journal format {parsed[0].get('format')} is not supported")
    contents.header = parsed[0]
    contents.records = parsed[1:]
    return contents


def trim(path: Path, offset: int) -> None:
    """Cut a journal file back to `offset` bytes (drops a partial last line)."""
    with path.open("r+b") as handle:
        handle.truncate(offset)
