"""JUnit XML for CI systems: one testsuite per playthrough file, one testcase per playthrough."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from simulator.testing.results import PlaythroughResult, format_result

# XML 1.0 forbids most control characters, even escaped; engine text must not break the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("?", text)


def junit_xml(results: Sequence[PlaythroughResult]) -> str:
    """The whole report as an XML document."""
    root = ET.Element("testsuites", name="ttx test")
    _count(root, results)
    by_file: dict[str, list[PlaythroughResult]] = {}
    for result in results:
        by_file.setdefault(result.declared_in, []).append(result)
    for declared_in, members in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=_clean(declared_in))
        _count(suite, members)
        for result in members:
            suite.append(_testcase(result))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(results: Sequence[PlaythroughResult], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(junit_xml(results), encoding="utf-8")


def _count(element: ET.Element, results: Sequence[PlaythroughResult]) -> None:
    element.set("tests", str(len(results)))
    element.set("failures", str(sum(bool(r.failures) and not r.error for r in results)))
    element.set("errors", str(sum(bool(r.error) for r in results)))
    element.set("skipped", "0")
    element.set("time", f"{sum(r.seconds for r in results):.3f}")


def _testcase(result: PlaythroughResult) -> ET.Element:
    stem = Path(result.declared_in).name.split(".")[0]
    case = ET.Element(
        "testcase",
        classname=_clean(stem),
        name=_clean(result.name),
        file=_clean(result.declared_in),
        time=f"{result.seconds:.3f}",
    )
    if result.error:
        error = ET.SubElement(case, "error", message=_clean(result.error.splitlines()[0]))
        error.text = _clean(format_result(result))
    elif result.failures:
        first = result.failures[0]
        message = f"{first.check}: expected {first.expected}, actual {first.actual}"
        failure = ET.SubElement(case, "failure", message=_clean(message), type="expectation")
        failure.text = _clean(format_result(result))
    if result.transcript:
        ET.SubElement(case, "system-out").text = _clean(result.transcript)
    return case
