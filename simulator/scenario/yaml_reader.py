"""Safe YAML reading: plain data plus the line and column of every key and value.

We build plain Python data straight from ruamel.yaml's event stream instead of using a
constructor, so nothing in the file can instantiate an object, every node keeps its position,
and the limits below are enforced while the data is built (an alias bomb is refused after a
bounded amount of work, not after it has exhausted memory).

The events come from ruamel.yaml's safe parser, which gives the same events and marks as the
round-trip one without gathering comments (a third faster) and without the '\x07' markers the
round-trip parser leaves inside folded ('>') text to remember where lines were folded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
)

from simulator.scenario.yaml_guard import (
    MAX_ALIAS_VALUES,
    MAX_DEPTH,
    YamlFailure,
    deepest_flow_nesting,
    syntax_failure,
)
from simulator.scenario.yaml_scalars import ScalarError, scalar_value

PathKey = str | int
DataPath = tuple[PathKey, ...]


@dataclass(frozen=True)
class Spot:
    """Where a node starts (1-based line and column) and, for strings, how it is written."""

    line: int
    column: int
    style: str = ""
    """'' plain, "'" or '"' quoted, '|' or '>' block; text locations inside use it."""
    end_line: int = 0


@dataclass
class YamlDocument:
    """The file's data and where each part of it was written."""

    data: object
    values: dict[DataPath, Spot] = field(default_factory=dict)
    keys: dict[DataPath, Spot] = field(default_factory=dict)
    problems: list[YamlFailure] = field(default_factory=list)
    """Non-fatal problems (refused tags, duplicate keys); the data is still usable."""


@dataclass
class _Frame:
    container: dict[object, object] | list[object]
    path: DataPath
    anchor: str | None
    size: int = 1
    key: object = None
    key_spot: Spot | None = None
    has_key: bool = False
    merges: list[tuple[object, Spot]] = field(default_factory=list)


def _spot(event: Event) -> Spot:
    mark = event.start_mark
    style = getattr(event, "style", None) or ""
    end = event.end_mark.line + 1 if event.end_mark is not None else mark.line + 1
    return Spot(mark.line + 1, mark.column + 1, str(style), end)


class _Builder:
    """Turns events into plain data, recording positions and enforcing the limits."""

    def __init__(self) -> None:
        self.doc = YamlDocument(data=None)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[object, int]] = {}
        self.open_anchors: set[str] = set()
        self.alias_values = 0
        self.documents = 0
        self.done = False

    def feed(self, event: Event) -> None:
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise YamlFailure(
                    "a scenario file holds one YAML document",
                    _spot(event),
                    "remove the second '---' and what follows, or merge the two",
                )
        elif isinstance(event, ScalarEvent):
            self._scalar(event)
        elif isinstance(event, AliasEvent):
            self._alias(event)
        elif isinstance(event, CollectionStartEvent):
            self._open(event)
        elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
            self._close()

    def _check_tag(self, event: ScalarEvent | CollectionStartEvent) -> str | None:
        tag = event.tag
        if tag is None or tag == "!":
            return None
        tag = str(tag)
        allowed = _ALLOWED_TAGS.get(type(event).__name__, ())
        if tag in allowed:
            return tag
        short = tag.replace("tag:yaml.org,2002:", "!!")
        self.doc.problems.append(
            YamlFailure(
                f"tag '{short}' is not allowed",
                _spot(event),
                "scenario files are plain YAML: remove the tag",
            )
        )
        return None

    def _scalar(self, event: ScalarEvent) -> None:
        tag = self._check_tag(event)
        spot = _spot(event)
        try:
            value = scalar_value(event.value, tag, plain=event.implicit[0] and not event.style)
        except ScalarError as exc:
            self.doc.problems.append(YamlFailure(str(exc), spot))
            value = event.value
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._add(value, spot, 1, merge_key=event.value == "<<" and not event.style)

    def _alias(self, event: AliasEvent) -> None:
        name = str(event.anchor)
        spot = _spot(event)
        if name in self.open_anchors:
            raise YamlFailure(
                f"alias '*{name}' refers to a node that contains it",
                spot,
                "recursive structures are not allowed",
            )
        if name not in self.anchors:
            raise YamlFailure(f"unknown alias '*{name}'", spot, f"define it first with '&{name}'")
        value, size = self.anchors[name]
        self.alias_values += size
        if self.alias_values > MAX_ALIAS_VALUES:
            raise YamlFailure(
                f"aliases expand to more than {MAX_ALIAS_VALUES} values",
                spot,
                "an alias bomb ('billion laughs')? write the data out instead",
            )
        self._add(value, spot, size)

    def _open(self, event: CollectionStartEvent) -> None:
        self._check_tag(event)
        spot = _spot(event)
        if len(self.stack) >= MAX_DEPTH:
            raise YamlFailure(f"nesting deeper than {MAX_DEPTH} levels", spot)
        path = self._child_path(spot)
        container: dict[object, object] | list[object]
        container = {} if isinstance(event, MappingStartEvent) else []
        anchor = str(event.anchor) if event.anchor else None
        if anchor:
            self.open_anchors.add(anchor)
        self.doc.values[path] = spot
        self.stack.append(_Frame(container, path, anchor))

    def _close(self) -> None:
        frame = self.stack.pop()
        if isinstance(frame.container, dict):
            self._apply_merges(frame)
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.container, frame.size)
        self._add(frame.container, None, frame.size)

    def _child_path(self, spot: Spot) -> DataPath:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        if not top.has_key:
            raise YamlFailure("a key must be plain text, not a list or mapping", spot)
        return (*top.path, _path_key(top.key))

    def _add(self, value: object, spot: Spot | None, size: int, merge_key: bool = False) -> None:
        if not self.stack:
            self.doc.data = value
            if spot is not None:
                self.doc.values[()] = spot
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.container, list):
            if spot is not None:
                self.doc.values[(*top.path, len(top.container))] = spot
            top.container.append(value)
        elif not top.has_key:
            self._take_key(top, value, spot, merge_key)
        else:
            self._take_value(top, value, spot)

    def _take_key(self, top: _Frame, key: object, spot: Spot | None, merge_key: bool) -> None:
        if isinstance(key, (dict, list)) or spot is None:
            raise YamlFailure("a key must be plain text, not a list or mapping", spot or Spot(1, 1))
        top.key, top.key_spot, top.has_key = (_MERGE if merge_key else key), spot, True

    def _take_value(self, top: _Frame, value: object, spot: Spot | None) -> None:
        assert isinstance(top.container, dict) and top.key_spot is not None
        key, key_spot = top.key, top.key_spot
        top.has_key, top.key = False, None
        if key is _MERGE:
            top.merges.append((value, key_spot))
            return
        path = (*top.path, _path_key(key))
        if key in top.container:
            first = self.doc.keys.get(path)
            where = f" (first given on line {first.line})" if first else ""
            self.doc.problems.append(
                YamlFailure(f"duplicate key '{key}'{where}", key_spot, "give each key once")
            )
            return
        self.doc.keys[path] = key_spot
        if spot is not None:
            self.doc.values[path] = spot
        top.container[key] = value

    def _apply_merges(self, frame: _Frame) -> None:
        assert isinstance(frame.container, dict)
        for value, spot in frame.merges:
            sources = value if isinstance(value, list) else [value]
            for source in sources:
                if not isinstance(source, dict):
                    raise YamlFailure("'<<' merges mappings only", spot, "use '<<: *anchor'")
                for key, item in source.items():
                    if key not in frame.container:
                        path = (*frame.path, _path_key(key))
                        self.doc.keys[path] = self.doc.values[path] = spot
                        frame.container[key] = item


class _MergeKey:
    """Marker for YAML's '<<' merge key while its value is being read."""


_MERGE = _MergeKey()

_STD = "tag:yaml.org,2002:"
_ALLOWED_TAGS: dict[str, tuple[str, ...]] = {
    "ScalarEvent": tuple(_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")),
    "MappingStartEvent": (_STD + "map",),
    "SequenceStartEvent": (_STD + "seq",),
}


def value_at(data: object, path: DataPath) -> object:
    """The value at `path` in plain data, or None when the path does not exist."""
    for part in path:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _path_key(key: object) -> PathKey:
    if key is _MERGE:
        return "<<"
    return key if isinstance(key, (str, int)) and not isinstance(key, bool) else str(key)


def parse_yaml(text: str) -> YamlDocument:
    """Parse one YAML document safely; raise YamlFailure on anything that stops reading."""
    deepest = deepest_flow_nesting(text)
    if deepest is not None:
        raise YamlFailure(f"nesting deeper than {MAX_DEPTH} levels", Spot(*deepest))
    builder = _Builder()
    try:
        for event in YAML(typ="safe", pure=True).parse(text):
            builder.feed(event)
    except MarkedYAMLError as exc:
        raise syntax_failure(exc) from None
    except YAMLError as exc:  # errors without a position
        raise YamlFailure(f"not valid YAML: {exc}", Spot(1, 1)) from None
    return builder.doc
