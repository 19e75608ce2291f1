"""Temporal expressions that are not calendar dates: durations ("five years" ``P5Y``, "a
four-hour meeting" ``PT4H``), sets ("weekly" ``P1W``, "every month" ``P1M``), the
present, past and future as such ("now" ``PRESENT_REF``, "recently" ``PAST_REF``, "the
future" ``FUTURE_REF``), clock times ("5 p.m." ``2013-03-21T17:00``) and quarters named
without their year ("the third quarter" of the reference year, ``2013-Q3``).

They are found apart from :func:`claimex.rules.dates.find_dates` because a claim must not
take them as its time; :func:`find_timexes` returns them as :class:`DateMention` whose
``value`` is the TIMEX3 value, skipping spans a date already covers.

>>> [(m.text, m.timex_value, m.timex_type) for m in find_timexes(
...     "Talks now run weekly, after five years of war.", _dt.date(2013, 3, 21))]
[('now', 'PRESENT_REF', 'DATE'), ('weekly', 'P1W', 'SET'), ('five years', 'P5Y', 'DURATION')]
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from claimex.rules.dates.lexicon import (
    REF_WORDS,
    SET_WORDS,
    SMALL_NUMBERS,
    TIME_UNIT_CODES,
    UNIT_CODES,
)
from claimex.rules.dates.model import DateMention

_UNITS = ("second|minute|hour|day|week|month|year|decade|quarter|century|centuries")
_NUMBER = (r"\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|"
           r"a\s+dozen|an?|several|a\s+few|few|many")
_DURATION_RE = re.compile(
    rf"(?<![\w$-])(?:the\s+(?:(?:first|last|past|next|latest|previous|coming)\s+)?)?"
    rf"(?P<n>{_NUMBER})[\s-]+(?P<u>{_UNITS})s?(?:-long)?(?![\w-])"
    rf"(?!\s+(?:ago|later|earlier|before|after|from\s+now)\b)",
    re.IGNORECASE)
_VAGUE_RE = re.compile(
    rf"(?<![\w-])(?:in\s+)?(?P<q>for|recent|coming|over|past|several|many)"
    rf"\s+(?P<u>(?:{_UNITS}))s(?![\w-])", re.IGNORECASE)
_SET_RE = re.compile(
    r"(?<![\w-])(?:(?P<w>" + "|".join(SET_WORDS) + r")|(?:every|each|per)\s+(?P<u>"
    r"day|week|month|year|quarter|hour))(?![\w-])", re.IGNORECASE)
_REF_RE = re.compile(
    r"(?<![\w-])(?P<w>" + "|".join(sorted(REF_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
    + r")(?![\w-])", re.IGNORECASE)
_CLOCK_RE = re.compile(
    r"(?<![\w:.])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)"
    r"(?![\w])|(?<![\w-])(?P<word>noon|midnight)(?![\w-])", re.IGNORECASE)
_QUARTER_RE = re.compile(
    r"(?<![\w-])(?:the\s+|its\s+)?(?:fiscal[\s-]+)?(?P<o>first|second|third|fourth)[\s-]quarter"
    r"(?![\w-])(?!\s+of\b)", re.IGNORECASE)
_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _count(word: str) -> int | None:
    """The number a duration's count word says; None for "several", "few", "many"."""
    w = " ".join(re.split(r"[\s-]+", word.lower()))
    if w.replace(".", "", 1).isdigit():
        return int(float(w)) if float(w).is_integer() else None
    return SMALL_NUMBERS.get(w)


def _unit_code(unit: str) -> tuple[str, str]:
    """("T", "H") for hours and the like, ("", "Y") for years and longer."""
    unit = unit.lower()
    unit = "century" if unit.startswith("centur") else unit
    if unit in TIME_UNIT_CODES:
        return "T", TIME_UNIT_CODES[unit]
    return "", UNIT_CODES[unit]


def duration_value(count: int | None, unit: str) -> str:
    """TIMEX3 duration: ``P5Y``, ``PT4H``, ``P2DE``; an unknown count is X.

    >>> duration_value(5, "years"), duration_value(4, "hour"), duration_value(None, "day")
    ('P5Y', 'PT4H', 'PXD')
    """
    t, code = _unit_code(unit.rstrip("s") if unit.lower() != "centuries" else unit)
    return f"P{t}{count if count is not None else 'X'}{code}"


def _candidates(text: str, reference: _dt.date | None
                ) -> Iterable[tuple[int, int, str, str, str | None]]:
    """(start, end, value, type, mod) of every expression, in no particular order."""
    for m in _DURATION_RE.finditer(text):
        yield m.start(), m.end(), duration_value(_count(m.group("n")), m.group("u")), \
            "DURATION", None
    for m in _VAGUE_RE.finditer(text):
        # "several years", "recent months" as a whole; "for years": the unit alone
        s = m.start("u") if m.group("q").lower() in ("for", "over") else m.start("q")
        yield s, m.end(), duration_value(None, m.group("u")), "DURATION", None
    for m in _SET_RE.finditer(text):
        value = SET_WORDS[m.group("w").lower()] if m.group("w") else \
            duration_value(1, m.group("u"))
        yield m.start(), m.end(), value, "SET", None
    for m in _REF_RE.finditer(text):
        yield m.start(), m.end(), REF_WORDS[" ".join(m.group("w").lower().split())], "DATE", \
            None
    day = reference.isoformat() if reference else "XXXX-XX-XX"
    for m in _CLOCK_RE.finditer(text):
        if m.group("word"):
            clock = "12:00" if m.group("word").lower() == "noon" else "24:00"
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
            clock = f"{hour:02d}:{m.group('m') or '00'}"
        yield m.start(), m.end(), f"{day}T{clock}", "TIME", None
    if reference is not None:
        for m in _QUARTER_RE.finditer(text):
            yield m.start(), m.end(), f"{reference.year:04d}-Q{_QORD[m.group('o').lower()]}", \
                "DATE", None


def find_timexes(text: str, reference: _dt.date | None = None,
                 taken: Iterable[tuple[int, int]] = ()) -> list[DateMention]:
    """Durations, sets, reference words, clock times and year-less quarters of ``text``
    (see the module docstring), left to right, non-overlapping (the longest first) and
    clear of the ``taken`` spans (the dates found before); never raises."""
    try:
        busy = sorted(taken)
        found = sorted(_candidates(text, reference), key=lambda c: (c[0], -(c[1] - c[0])))
        out: list[DateMention] = []
        for start, end, value, type_, mod in found:
            if any(s < end and start < e for s, e in busy):
                continue
            busy.append((start, end))
            out.append(DateMention(start, end, text[start:end], value, "relative",
                                   "X" not in value, value, type_, mod))
        return sorted(out, key=lambda m: m.start)
    except Exception:  # a pure rule must never break a pipeline
        return []
