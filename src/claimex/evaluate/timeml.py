"""Reading TimeML (``.tml``) files: the text of ``<TEXT>`` with its inline tags removed, the
``<TIMEX3>`` expressions in it as character offsets into that text, and the document
creation time (``<DCT>``), which stands in as the publication date.

>>> doc = parse_timeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">'
...     '19980108</TIMEX3></DCT><TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" '
...     'value="1998-01-07">yesterday</TIMEX3> &amp; more.</TEXT></TimeML>', "a.tml")
>>> doc.dct, doc.text, doc.timexes[0].value, doc.text[doc.timexes[0].start:doc.timexes[0].end]
('1998-01-08', 'Prices fell yesterday & more.', '1998-01-07', 'yesterday')
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    """One ``<TIMEX3>`` of the text: its span (offsets into the text without tags) and
    attributes."""

    start: int
    end: int
    text: str
    tid: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """A TimeML article: name, publication date (``YYYY-MM-DD`` of the DCT), text, timexes."""

    name: str
    dct: str | None
    text: str
    timexes: tuple[Timex, ...]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _flatten(element: ET.Element, parts: list[str],
             found: list[tuple[int, int, ET.Element]], offset: list[int]) -> None:
    """Append ``element``'s text (tags removed) to ``parts`` and its TIMEX3 elements with
    their spans to ``found``; ``offset`` holds the running length."""
    def add(text: str | None) -> None:
        if text:
            parts.append(text)
            offset[0] += len(text)

    add(element.text)
    for child in element:
        start = offset[0]
        _flatten(child, parts, found, offset)
        if _local(child.tag) == "TIMEX3":
            found.append((start, offset[0], child))
        add(child.tail)


def parse_timeml(source: str, name: str = "") -> TimemlDocument:
    """A TimeML document from its XML text; raises ``ValueError`` when it is not XML or
    has no ``<TEXT>``. Nested TIMEX3 (rare) are all kept, inner first."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise ValueError(f"{name or 'TimeML'}: not well-formed XML: {exc}") from None
    body = next((el for el in root.iter() if _local(el.tag) == "TEXT"), None)
    if body is None:
        raise ValueError(f"{name or 'TimeML'}: no <TEXT> element")
    dct = None
    for el in root.iter():
        if _local(el.tag) == "DCT":
            timex = next((t for t in el.iter() if _local(t.tag) == "TIMEX3"), None)
            value = (timex.get("value") if timex is not None else el.text) or ""
            dct = value[:10] if len(value) >= 10 else None
            break
    parts: list[str] = []
    found: list[tuple[int, int, ET.Element]] = []
    _flatten(body, parts, found, [0])
    text = "".join(parts)
    timexes = [Timex(s, e, text[s:e], el.get("tid", ""), el.get("type", "DATE"),
                     el.get("value", ""), el.get("mod") or None) for s, e, el in found]
    return TimemlDocument(name, dct, text, tuple(sorted(timexes, key=lambda t: (t.start, -t.end))))


def read_timeml(path: str | Path) -> TimemlDocument:
    """:func:`parse_timeml` of a file; the document's name is the file name."""
    path = Path(path)
    return parse_timeml(path.read_text(encoding="utf-8"), path.name)
