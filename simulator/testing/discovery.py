"""Find where playthroughs are written: scenario files and sibling `*.playthroughs.yaml` files."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from simulator.errors import InputError

SIBLING_SUFFIX = ".playthroughs.yaml"
YAML_SUFFIXES = (".yaml", ".yml")
# A top-level `playthroughs:` key; read as text so an unrelated or broken YAML file costs a
# regex, never a parse error.
_PLAYTHROUGHS_KEY = re.compile(r"^playthroughs\s*:", re.MULTILINE)
_SKIPPED_DIRS = {".git", ".venv", "node_modules", "__pycache__"}


@dataclass(frozen=True, order=True)
class PlaythroughSource:
    """A file that declares playthroughs; a sibling file names its scenario inside."""

    declared_in: Path

    @property
    def is_sibling(self) -> bool:
        return self.declared_in.name.endswith(SIBLING_SUFFIX)


def is_sibling_file(path: Path) -> bool:
    return path.name.endswith(SIBLING_SUFFIX)


def sibling_of(scenario: Path) -> Path:
    """`x.playthroughs.yaml` beside `x.yaml`."""
    return scenario.with_name(scenario.stem + SIBLING_SUFFIX)


def declares_playthroughs(path: Path) -> bool:
    """True for a sibling file, or a YAML file with a top-level `playthroughs:` key."""
    if is_sibling_file(path):
        return True
    if path.suffix not in YAML_SUFFIXES:
        return False
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return _PLAYTHROUGHS_KEY.search(text) is not None


def find_sources(paths: Sequence[Path]) -> list[PlaythroughSource]:
    """Every playthrough source under `paths`, each once, in a stable order.

    A scenario named directly brings its sibling file along; a missing path is an InputError.
    """
    found: dict[Path, PlaythroughSource] = {}
    for path in paths:
        for file in _files_for(path):
            found.setdefault(file, PlaythroughSource(file))
    return list(found.values())


def _files_for(path: Path) -> Iterable[Path]:
    if path.is_dir():
        yield from (f for f in _yaml_files(path) if declares_playthroughs(f))
    elif path.is_file():
        if is_sibling_file(path) or declares_playthroughs(path):
            yield path
        if not is_sibling_file(path) and sibling_of(path).is_file():
            yield sibling_of(path)
    else:
        raise InputError(f"{path}: no such file or folder", hint="give a scenario file or folder")


def _yaml_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        if _SKIPPED_DIRS.intersection(path.relative_to(folder).parts):
            continue
        if path.is_file() and path.suffix in YAML_SUFFIXES:
            files.append(path)
    return files
