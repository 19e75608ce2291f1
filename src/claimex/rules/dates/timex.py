"""TIMEX3 values: a date mention's value as TimeML writes it, at the expression's own
granularity, with its type and ``mod``.

The finder's own ``value`` (what claims use) keeps interval bounds: "late 2016" is
"2016-07/2016-12", "four years ago" a day. TimeML writes the period the expression names
and a modifier: "late 2016" is ``2016`` with mod ``END``, "four years ago" ``2012``, "the
1990s" ``199``, "Q1 2013" ``2013-Q1``, "the weekend" ``2013-W11-WE``, "this morning"
``2013-03-21TMO`` (a TIME), "the next three days" ``P3D`` and "two days later" ``P2D``
(DURATIONs: TimeML marks the length and leaves the anchor to a signal). A range
("between 1994 and 1997") gives its first end; an open interval ("since 1990") the value
of the date it opens from (TimeML leaves "since" out of the expression).

>>> timex_of("late 2016", "2016-07/2016-12")
('2016', 'DATE', 'END')
>>> timex_of("four years ago", "2009-03-21")
('2009', 'DATE', None)
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from claimex.rules.dates.calendar import _iso_week
from claimex.rules.dates.lexicon import PART_OF_DAY, SMALL_NUMBERS, TIMEX_MODS, UNIT_CODES
from claimex.rules.dates.model import ISO_DAY_RE, DateMention

_MONTH_RE = re.compile(r"\d{4}-\d\d")
_MOD_RE = re.compile(
    r"^(?:the\s+)?(?P<w>" + "|".join(sorted(TIMEX_MODS, key=len, reverse=True)) + r")\b")
_UNIT_RE = re.compile(
    r"\b(?P<n>\d+|[a-z]+(?:[\s-][a-z]+)?)\s+(?P<u>day|week|month|year)s?\s+"
    r"(?:ago|from\s+(?:today|now)|after\s+today|earlier|later|before|after)\b"
    r"|^in\s+(?P<n2>\S+(?:\s+\S+)?)\s+(?P<u2>day|week|month|year)s?$")
_LATER_RE = re.compile(
    r"^(?P<n>\d+|[a-z]+(?:[\s-][a-z]+)?)\s+(?P<u>day|week|month|year)s?\s+(?:later|after)$")
_SPAN_RE = re.compile(
    r"^(?:the\s+)?(?:next|coming|following|past|last|previous)\s+(?P<n>\d+|[a-z]+(?:\s+of)?)"
    r"\s+(?P<u>day|week|month|year)s$")
_PART_RE = re.compile(r"\b(?P<p>" + "|".join(PART_OF_DAY) + r")$")


def _mod(surface: str) -> str | None:
    """The TIMEX3 ``mod`` the expression's first words give ("early" START, "mid" MID,
    "late" / "end of" END); None otherwise.

    >>> _mod("the end of the month"), _mod("early next week"), _mod("Friday")
    ('END', 'START', None)
    """
    found = _MOD_RE.match(surface)
    return TIMEX_MODS[found.group("w")] if found else None


def _count(word: str) -> int | None:
    word = " ".join(word.split("-"))
    if word.isdigit():
        return int(word)
    return SMALL_NUMBERS.get(word)


def _enclosing(value: str, surface: str) -> str:
    """The period an interval of a mod expression lies in: "2016-07/2016-12" of "late 2016"
    is 2016, "1989-10-01/1989-10-26" of "earlier this month" 1989-10, days of a week's
    half the ISO week."""
    first, _, last = value.partition("/")
    if not (ISO_DAY_RE.fullmatch(first) or _MONTH_RE.fullmatch(first)):
        return first
    if "week" in surface and ISO_DAY_RE.fullmatch(first):
        return _iso_week(_dt.date.fromisoformat(first))
    if first[:7] == last[:7] and "year" not in surface:
        return first[:7]
    return first[:4]


def _quarter(value: str, surface: str) -> str | None:
    """``2013-Q1`` / ``2013-H2`` for a month interval that is a quarter or half named as
    one; None otherwise."""
    found = re.fullmatch(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)", value)
    if not found or found.group(1) != found.group(3):
        return None
    a, b = int(found.group(2)), int(found.group(4))
    if b - a == 2 and a % 3 == 1 and re.search(r"quarter|\bq[1-4]\b", surface):
        return f"{found.group(1)}-Q{(a + 2) // 3}"
    if b - a == 5 and a in (1, 7) and re.search(r"half|\bh[12]\b", surface):
        return f"{found.group(1)}-H{(a + 5) // 6}"
    return None


def timex_of(surface: str, value: str) -> tuple[str, str, str | None]:
    """``(value, type, mod)`` of TIMEX3 for a mention's ``surface`` and finder ``value``.

    >>> timex_of("early August", "2012-08-01/2012-08-15")
    ('2012-08', 'DATE', 'START')
    >>> timex_of("the past two weeks", "2013-03-07/2013-03-20")
    ('P2W', 'DURATION', None)
    >>> timex_of("this morning", "2013-03-21")
    ('2013-03-21TMO', 'TIME', None)
    """
    s = " ".join(surface.lower().split()).rstrip(".,")
    mod = _mod(s)
    if re.fullmatch(r"\d{3}X", value):
        return value[:3], "DATE", mod
    span = _SPAN_RE.match(s)
    if span and "/" in value:
        n = _count(span.group("n").removesuffix(" of"))
        return f"P{n if n else 'X'}{UNIT_CODES[span.group('u')]}", "DURATION", None
    if "/" in value:
        first, _, last = value.partition("/")
        quarter = _quarter(value, s)
        if quarter:
            return quarter, "DATE", mod
        if "weekend" in s and ISO_DAY_RE.fullmatch(first):
            return _iso_week(_dt.date.fromisoformat(first)) + "-WE", "DATE", mod
        if mod is not None:
            return _enclosing(value, s), "DATE", mod
        return (first if first != ".." else last), "DATE", mod
    later = _LATER_RE.match(s)
    if later:  # "three days later": TimeML marks the length, the anchor is a signal
        n = _count(later.group("n"))
        return f"P{n if n else 'X'}{UNIT_CODES[later.group('u')]}", "DURATION", None
    unit = _UNIT_RE.search(s)
    if unit and ISO_DAY_RE.fullmatch(value):
        name = unit.group("u") or unit.group("u2")
        if name == "week":
            return _iso_week(_dt.date.fromisoformat(value)), "DATE", mod
        if name in ("month", "year"):
            return value[:7] if name == "month" else value[:4], "DATE", mod
    part = _PART_RE.search(s)
    if part and ISO_DAY_RE.fullmatch(value) and not s.startswith(("the ", "that ")):
        return f"{value}T{PART_OF_DAY[part.group('p')]}", "TIME", mod
    return value, "DATE", mod


def with_timex(mention: DateMention) -> DateMention:
    """``mention`` with its TIMEX3 value, type and mod (:func:`timex_of`)."""
    value, type_, mod = timex_of(mention.text, mention.value)
    return dataclasses.replace(mention, timex_value=value, timex_type=type_, timex_mod=mod)
