"""YAML 1.2 core-schema scalars: text to None, bool, int, float or str, nothing else.

Dates are kept as the text written: no field of a scenario is a date, and keeping the text
means `start: 2025-03-01T08:00` and `version: "1.0"` read exactly as the author typed them.
"""

from __future__ import annotations

import math
import re

from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

_STD = "tag:yaml.org,2002:"
_RESOLVER = VersionedResolver(version=(1, 2))
_INT = re.compile(r"^[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$")
_SPECIAL_FLOATS = {".inf": math.inf, ".nan": math.nan}


class ScalarError(ValueError):
    """A scalar whose explicit tag does not fit its text, e.g. `!!int abc`."""


def scalar_value(text: str, tag: str | None, *, plain: bool) -> object:
    """The value of a scalar; `tag` is an allowed explicit tag or None to resolve by content."""
    if tag is None:
        if not plain:
            return text
        tag = str(_RESOLVER.resolve(ScalarNode, text, (True, False)))
    kind = tag.removeprefix(_STD)
    if kind == "null":
        return None
    if kind == "bool":
        return _boolean(text)
    if kind == "int":
        return _integer(text)
    if kind == "float":
        return _floating(text)
    return text


def _boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered not in ("true", "false"):
        raise ScalarError(f"'{text}' is not true or false")
    return lowered == "true"


def _integer(text: str) -> int:
    if not _INT.match(text):
        raise ScalarError(f"'{text}' is not a whole number")
    digits = text.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    for prefix, base in (("0b", 2), ("0o", 8), ("0x", 16)):
        if digits.startswith(prefix):
            return sign * int(digits[2:], base)
    return sign * int(digits)


def _floating(text: str) -> float:
    cleaned = text.replace("_", "").lower()
    sign = -1.0 if cleaned.startswith("-") else 1.0
    special = _SPECIAL_FLOATS.get(cleaned.lstrip("+-"))
    if special is not None:
        return sign * special
    try:
        return float(cleaned)
    except ValueError:
        raise ScalarError(f"'{text}' is not a number") from None
