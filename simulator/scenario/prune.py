"""Validate what is valid: drop the parts with schema errors so later checks can still run.

Without this, one misspelt field would hide every cross-reference problem until it is fixed,
and authors would meet their mistakes one run at a time.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from simulator.scenario.model_paths import field_name, resolve
from simulator.scenario.yaml_reader import DataPath, value_at

MAX_ROUNDS = 6
"""Dropping an item can make its list too short; a few rounds settle that."""


def validate_what_is_valid(
    root: type[BaseModel], data: dict[str, Any], first: ValidationError
) -> tuple[BaseModel | None, set[str]]:
    """The model of `data` minus the parts pydantic refused, and the ids of what was dropped.

    Returns None when a required part is broken (nothing sensible is left to check).
    """
    current = copy.deepcopy(data)
    dropped: set[str] = set()
    error = first
    for _ in range(MAX_ROUNDS):
        paths = [resolve(root, tuple(e["loc"])).path for e in error.errors()]
        cuts = [_cut_point(root, current, p) for p in paths]
        if any(c is None for c in cuts):
            return None, dropped
        for cut in sorted(_outermost(c for c in cuts if c is not None), key=_deepest_last_index):
            _drop(current, cut, dropped)
        try:
            return root.model_validate(current), dropped
        except ValidationError as exc:
            error = exc
    return None, dropped


def _outermost(cuts: Iterable[DataPath]) -> set[DataPath]:
    """Cuts not inside another cut (dropping the outer part drops the inner one too)."""
    unique = set(cuts)
    return {c for c in unique if not any(c[: len(o)] == o and c != o for o in unique)}


def _deepest_last_index(path: DataPath) -> tuple[int, tuple[str, ...]]:
    # Drop later list items first so earlier indices stay valid.
    last = path[-1] if path else 0
    return (-last if isinstance(last, int) else 0, tuple(str(p) for p in path))


def _cut_point(root: type[BaseModel], data: object, path: DataPath) -> DataPath | None:
    """The deepest part of `path` that can be dropped: a list item or an optional field."""
    for depth in range(len(path), 0, -1):
        prefix = path[:depth]
        parent = value_at(data, prefix[:-1])
        last = prefix[-1]
        if isinstance(parent, list) and isinstance(last, int):
            return prefix
        if isinstance(parent, dict) and last in parent and _optional(root, prefix):
            return prefix
    return None


def _optional(root: type[BaseModel], prefix: DataPath) -> bool:
    where = resolve(root, prefix)
    model = where.model
    if model is None:
        return True  # a key of a free-form mapping
    name = field_name(model, str(prefix[-1]))
    return name is None or not model.model_fields[name].is_required()


def _drop(data: object, path: DataPath, dropped: set[str]) -> None:
    parent = value_at(data, path[:-1])
    last = path[-1]
    if isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        _remember(parent.pop(last), dropped)
        return
    if isinstance(parent, dict) and last in parent:
        _remember(parent.pop(last), dropped)


def _remember(value: object, dropped: set[str]) -> None:
    """Note the ids a dropped part declared, so references to them are not reported too."""
    if isinstance(value, str):
        dropped.add(value)
    elif isinstance(value, dict):
        for key in ("id", "name"):
            if isinstance(value.get(key), str):
                dropped.add(value[key])
    elif isinstance(value, list):
        for item in value:
            _remember(item, dropped)
