"""Line and column of a dotted path in a YAML document, so messages can point into files."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError


class YamlLocator:
    """Finds where a key or list item is written; (0, 0) when it cannot tell."""

    def __init__(self, text: str) -> None:
        try:
            self._root: Any = YAML(typ="rt", pure=True).load(text)
        except YAMLError:
            self._root = None

    def find(self, path: Sequence[str | int]) -> tuple[int, int]:
        """1-based (line, column) of the deepest part of `path` that exists."""
        node, found = self._root, (0, 0)
        for part in path:
            position = _position(node, part)
            if position is None:
                break
            found = (position[0] + 1, position[1] + 1)
            node = node[part]
        return found


def _position(node: Any, part: str | int) -> tuple[int, int] | None:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
        line, column = lc.item(part)
        return int(line), int(column)
    if isinstance(node, dict) and part in node:
        line, column = lc.key(part)
        return int(line), int(column)
    return None


def dotted(path: Sequence[str | int]) -> str:
    """'playthroughs.0.expect.2' from ('playthroughs', 0, 'expect', 2)."""
    return ".".join(str(p) for p in path)
