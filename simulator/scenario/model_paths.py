"""Walk a pydantic error location through the Scenario model's types.

pydantic locations mix data keys with the names of union members ('ScriptedTeam',
"literal['end']") and '[key]' markers; this module separates them, so an error can be placed
on the data it is about and explained with the field's own docstring.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from simulator.scenario.yaml_reader import DataPath, PathKey


@dataclass
class Where:
    """What a pydantic location points at."""

    path: DataPath
    """Location in the data, union member names and '[key]' removed."""
    union_path: DataPath | None = None
    """Path of the innermost union value the location went through."""
    branch: str = ""
    """Which member of that union the error belongs to, as pydantic names it."""
    model: type[BaseModel] | None = None
    """The model that owns the last field of the path."""
    field_type: Any = None
    """Type expected at the path."""
    is_key: bool = False
    """The error is about a mapping key, not its value."""


def resolve(root: type[BaseModel], loc: tuple[int | str, ...]) -> Where:
    """Follow `loc` from the root model."""
    where = Where(path=())
    path: list[PathKey] = []
    current: Any = root
    last_dict: Any = None
    for element in loc:
        if element == "[key]":
            where.is_key = True
            current = get_args(last_dict)[0] if last_dict is not None else None
            continue
        current = unwrap(current)
        members = union_members(current)
        if members:
            where.union_path, where.branch = tuple(path), str(element)
            current = _member_named(members, str(element))
            continue
        origin = get_origin(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            where.model = current
            name = field_name(current, str(element))
            current = current.model_fields[name].annotation if name else None
        elif origin in (list, tuple):
            args = [a for a in get_args(current) if a is not Ellipsis]
            index = element if isinstance(element, int) else 0
            current = args[min(index, len(args) - 1)] if args else None
        elif origin is dict:
            last_dict = current
            current = get_args(current)[1]
        path.append(element)
    where.path = tuple(path)
    where.field_type = unwrap(current)
    return where


def unwrap(tp: Any) -> Any:
    """Strip Annotated and a trailing '| None'."""
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    if _is_union(tp):
        members = [a for a in get_args(tp) if a is not type(None)]
        if len(members) == 1:
            return unwrap(members[0])
    return tp


def union_members(tp: Any) -> list[Any]:
    """Members of a union that pydantic tags in locations (two or more besides None)."""
    if not _is_union(tp):
        return []
    members = [a for a in get_args(tp) if a is not type(None)]
    return members if len(members) > 1 else []


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


def _member_named(members: list[Any], tag: str) -> Any:
    for member in members:
        plain = unwrap(member)
        if isinstance(plain, type) and plain.__name__ == tag:
            return plain
        if tag.startswith("literal[") and get_origin(plain) is Literal:
            return plain
    return None


def field_name(model: type[BaseModel], key: str) -> str | None:
    """The attribute name of the field written as `key` (its name or alias)."""
    if key in model.model_fields:
        return key
    for name, info in model.model_fields.items():
        if info.alias == key:
            return name
    return None


def field_keys(model: type[BaseModel]) -> list[str]:
    """The keys an author writes for the model's fields (aliases where they exist)."""
    return [info.alias or name for name, info in model.model_fields.items()]


def field_description(model: type[BaseModel] | None, key: object) -> str:
    """The docstring of a field, flattened to one line."""
    if model is None:
        return ""
    name = field_name(model, str(key))
    if name is None:
        return ""
    return " ".join((model.model_fields[name].description or "").split())


def literal_options(tp: Any) -> list[str]:
    """Allowed values of a Literal type (or of a union of literals), as text."""
    tp = unwrap(tp)
    if get_origin(tp) is Literal:
        return [str(v) for v in get_args(tp)]
    return [o for member in union_members(tp) for o in literal_options(member)]
