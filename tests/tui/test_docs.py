"""docs/tui.md lists every key of every screen, as the code binds it.

Each section of the guide's key reference names the classes whose keys it lists in a marker,
`### Facilitator console <!-- keys: ConsoleScreen -->`, and each binding must have a table row
that shows all its keys (`ctrl+s`) and its description as the footer shows it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import simulator.tui
from simulator.tui.app import TtxApp

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "tui.md"
MARKER = re.compile(r"^### .*<!-- keys: ([\w ]+) -->\s*$")
SHOWN = {"question_mark": "?"}
"""Keys the guide writes the way the footer shows them."""


def classes_with_keys() -> dict[str, type[DOMNode]]:
    """Every screen, widget and app class of simulator.tui that declares key bindings."""
    found: dict[str, type[DOMNode]] = {}
    for info in pkgutil.walk_packages(simulator.tui.__path__, "simulator.tui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if (
                inspect.isclass(cls)
                and issubclass(cls, DOMNode)
                and cls.__module__ == module.__name__
                and "BINDINGS" in vars(cls)
            ):
                found[cls.__name__] = cls
    return found


def bindings_of(cls: type[DOMNode]) -> list[Binding]:
    bindings = [b for b in vars(cls)["BINDINGS"] if isinstance(b, Binding)]
    if cls is TtxApp:  # the palette key is Textual's, set on the app class
        bindings.append(Binding(TtxApp.COMMAND_PALETTE_BINDING, "command_palette", "palette"))
    return bindings


def documented_rows() -> dict[str, list[str]]:
    """Class name -> the table rows of the key-reference section that names it."""
    sections: dict[str, list[str]] = {}
    rows: list[str] = []
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        marker = MARKER.match(line)
        if marker:
            rows = []
            for name in marker.group(1).split():
                sections[name] = rows
        elif line.startswith("#"):
            rows = []  # a section without a marker documents no class
        elif line.startswith("|"):
            rows.append(line)
    return sections


CODE = classes_with_keys()
DOCS = documented_rows()


def test_every_class_with_keys_has_a_section_in_the_key_reference() -> None:
    assert sorted(set(CODE) - set(DOCS)) == []


def test_the_key_reference_names_only_classes_that_have_keys() -> None:
    assert sorted(set(DOCS) - set(CODE)) == []


@pytest.mark.parametrize("name", sorted(CODE))
def test_each_key_of_the_class_has_a_row_with_its_keys_and_description(name: str) -> None:
    rows = DOCS.get(name, [])
    missing = []
    for binding in bindings_of(CODE[name]):
        keys = [f"`{SHOWN.get(key, key)}`" for key in binding.key.split(",")]
        described = [row for row in rows if binding.description.lower() in row.lower()]
        if not any(all(key in row for key in keys) for row in described):
            missing.append(f"{' / '.join(keys)}: {binding.description}")
    assert missing == []
