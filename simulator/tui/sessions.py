"""Where journals go and which ones the home screen offers to resume.

The timestamp in a journal's file name is wall-clock time on purpose: it only names the file
and is never written into the journal, which stays byte-for-byte reproducible.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DEFAULT_SESSIONS_DIR = Path("ttx-sessions")
"""Journals land here (relative to the working directory) unless `--journal` says otherwise."""


def timestamp_now() -> str:
    """A sortable local timestamp for file names."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def new_journal_path(folder: Path, scenario_id: str, stamp: str) -> Path:
    """A fresh journal path in `folder`, never one that already exists."""
    candidate = folder / f"{scenario_id}-{stamp}.jsonl"
    number = 2
    while candidate.exists():
        candidate = folder / f"{scenario_id}-{stamp}-{number}.jsonl"
        number += 1
    return candidate


@dataclass(frozen=True)
class RecentSession:
    """A journal the facilitator may resume."""

    path: Path
    scenario: str
    seed: int
    turns_resolved: int
    ended: bool

    @property
    def label(self) -> str:
        status = "ended" if self.ended else f"{self.turns_resolved} turn(s) played"
        return f"{self.path.name}  ({self.scenario}, seed {self.seed}, {status})"


def read_recent(path: Path) -> RecentSession | None:
    """Summarise a journal from its records; None if it is not one of ours."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        header = json.loads(lines[0]) if lines else {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(header, dict) or header.get("type") != "header":
        return None
    kinds = [_record_type(line) for line in lines[1:]]
    undone = kinds.count("undo")
    return RecentSession(
        path=path,
        scenario=str(header.get("scenario", "?")),
        seed=int(header.get("seed", 0)),
        turns_resolved=max(kinds.count("resolve") - undone, 0),
        ended="end" in kinds,
    )


def _record_type(line: str) -> str:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return ""  # a line cut off by a crash; the engine repairs it on resume
    return str(record.get("type", "")) if isinstance(record, dict) else ""


def recent_sessions(folder: Path, limit: int = 8) -> list[RecentSession]:
    """The newest journals of `folder` first (by modification time, then name)."""
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("*.jsonl"), key=lambda p: (-p.stat().st_mtime, p.name))
    found = [read_recent(path) for path in paths[: limit * 2]]
    return [item for item in found if item is not None][:limit]
