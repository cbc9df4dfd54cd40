"""Turn pydantic's validation errors into findings in the author's words."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from simulator.scenario.findings import Finding
from simulator.scenario.model_paths import (
    Where,
    field_description,
    field_keys,
    literal_options,
    resolve,
)
from simulator.scenario.yaml_reader import DataPath, value_at

_PATTERN_HINTS = {
    "^[a-z][a-z0-9_-]{0,63}$": "use lowercase letters, digits, '-' and '_', starting with a letter",
    "^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$": "write 'catalog:item', e.g. 'oas:2' or 'un-norms:h'",
    r"^\d+\.\d+(\.\d+)?$": "e.g. '1.0' or '1.2.0', in quotes",
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$": "write YYYY-MM-DDTHH:MM, e.g. '2025-03-01T08:00'",
}
_TYPE_WORDS = {
    "int": "a whole number",
    "float": "a number",
    "str": "text",
    "bool": "true or false",
}


def suggest(word: str, options: Sequence[str], *, listing: bool = True) -> str:
    """A "did you mean" hint, or (with `listing`) the options when none is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    if not options or not listing:
        return ""
    shown = ", ".join(options[:12]) + (", ..." if len(options) > 12 else "")
    return f"expected one of: {shown}"


def describe(value: object) -> str:
    """A value as the author wrote it, in a few words."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (null)"
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 40 else f"'{value[:37]}...'"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return "a list" if isinstance(value, list) else "a mapping"


def findings_from_validation(
    root: type[BaseModel], exc: ValidationError, data: object
) -> list[Finding]:
    """One finding per distinct problem, union alternatives merged."""
    located = [(resolve(root, tuple(err["loc"])), err) for err in exc.errors()]
    findings: list[Finding] = []
    unions: dict[DataPath, list[tuple[Where, ErrorDetails]]] = {}
    for where, err in located:
        if where.union_path is not None:
            unions.setdefault(where.union_path, []).append((where, err))
        else:
            findings.append(_finding(where, err))
    for union_path, errors in unions.items():
        findings.extend(_union_findings(union_path, errors, value_at(data, union_path)))
    return findings


def _union_findings(
    path: DataPath, errors: list[tuple[Where, ErrorDetails]], value: object
) -> list[Finding]:
    is_model_branch = [w.branch[:1].isupper() for w, _ in errors]
    if isinstance(value, dict) and any(is_model_branch):
        kept = [e for e, model in zip(errors, is_model_branch, strict=True) if model]
        return [_finding(w, err) for w, err in kept]
    options: list[str] = []
    words: list[str] = []
    for where, err in errors:
        if where.path != path:
            continue
        if err["type"] == "literal_error":
            options.extend(re.findall(r"'([^']*)'", str((err.get("ctx") or {}).get("expected"))))
        elif where.branch[:1].isupper():
            words.append("a mapping of fields")
        else:
            words.append(_TYPE_WORDS.get(where.branch, where.branch))
    expected = [f"'{o}'" for o in options] + words
    hint = suggest(value, options, listing=False) if isinstance(value, str) else ""
    message = f"{describe(value)} is not allowed here: expected {_or(expected)}"
    return [Finding(path, message, hint, code="schema")]


def _or(items: list[str]) -> str:
    unique = list(dict.fromkeys(items))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " or " + unique[-1]


def _finding(where: Where, err: ErrorDetails) -> Finding:
    kind, value, ctx = err["type"], err["input"], err.get("ctx") or {}
    path = where.path
    if kind == "missing":
        return _missing(where)
    if kind == "extra_forbidden":
        key = str(path[-1]) if path else ""
        options = field_keys(where.model) if where.model else []
        hint = suggest(key, options)
        return Finding(path, f"unknown field '{key}'", hint, code="unknown-field", at_key=True)
    if where.is_key:
        return _bad_key(where, err)
    message, hint = _describe_error(kind, value, ctx, where, err["msg"])
    return Finding(path, message, hint, code="schema")


def _missing(where: Where) -> Finding:
    path = where.path
    if path and isinstance(path[-1], int):
        message = f"needs more items: item {path[-1] + 1} is missing"
        return Finding(path[:-1], message, code="schema")
    name = path[-1] if path else ""
    hint = field_description(where.model, name)
    return Finding(path, f"required field '{name}' is missing", hint, code="schema")


def _bad_key(where: Where, err: ErrorDetails) -> Finding:
    key = err["input"]
    options = literal_options(where.field_type)
    if options:
        hint = suggest(str(key), options)
        return Finding(where.path, f"unknown key '{key}'", hint, code="schema", at_key=True)
    wanted = _TYPE_WORDS.get(getattr(where.field_type, "__name__", ""), "a different key")
    return Finding(where.path, f"key '{key}' must be {wanted}", code="schema", at_key=True)


def _describe_error(
    kind: str, value: Any, ctx: dict[str, Any], where: Where, msg: str
) -> tuple[str, str]:
    if kind == "literal_error":
        options = literal_options(where.field_type) or re.findall(r"'([^']*)'", ctx["expected"])
        hint = suggest(value, options, listing=False) if isinstance(value, str) else ""
        quoted = [f"'{o}'" for o in options]
        return f"{describe(value)} is not allowed: expected {_or(quoted)}", hint
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        return f"{describe(value)} is not valid here", _PATTERN_HINTS.get(pattern, pattern)
    if kind == "string_type":
        hint = "put it in quotes so YAML reads it as text" if _is_scalar(value) else ""
        return f"expected text, got {describe(value)}", hint
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, got {describe(value)}", ""
    if kind in ("float_type", "float_parsing", "finite_number"):
        return f"expected a number, got {describe(value)}", ""
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {describe(value)}", ""
    if kind in ("list_type", "tuple_type"):
        return f"expected a list, got {describe(value)}", "write [a, b] or one '- item' per line"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        keys = field_keys(where.field_type) if _is_model(where.field_type) else []
        return f"expected a mapping of fields, got {describe(value)}", _fields_hint(keys)
    return _describe_bounds(kind, value, ctx, msg[:1].lower() + msg[1:])


def _describe_bounds(kind: str, value: Any, ctx: dict[str, Any], fallback: str) -> tuple[str, str]:
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("more than", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("less than", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        return f"{describe(value)} is too {'small' if 'greater' in kind else 'large'}", (
            f"must be {words} {ctx[key]}"
        )
    if kind == "too_short":
        return f"needs at least {ctx['min_length']} item(s), has {ctx.get('actual_length', 0)}", ""
    if kind == "too_long":
        return f"has more than {ctx['max_length']} items", ""
    if kind == "string_too_short":
        return "must not be empty", ""
    if kind == "string_too_long":
        return f"is longer than {ctx['max_length']} characters", ""
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", fallback)), ""
    return fallback, ""


def _fields_hint(keys: list[str]) -> str:
    return f"fields: {', '.join(keys)}" if keys else ""


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _is_scalar(value: object) -> bool:
    return isinstance(value, (int, float, bool))
