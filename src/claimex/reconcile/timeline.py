"""Claim times as day intervals, and the gap between two of them.

>>> parse_time("2024-W11")
(datetime.date(2024, 3, 11), datetime.date(2024, 3, 17))
>>> gap_days(parse_time("2024-03-13"), parse_time("2024-03-16"))
3
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# A day or week with more after it ("2024-03-13T10:00") is that day or week, unlike the
# whole-value patterns of evaluate/recognizer_dates, which reconcile does not import.
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def _point(value: str, end: bool) -> date | None:
    value = value.strip()
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday + timedelta(days=6) if end else monday
        if m := _MONTH.match(value):
            first = date(int(m[1]), int(m[2]), 1)
            if not end:
                return first
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 12, 31) if end else date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def parse_time(value: str | None) -> tuple[date, date] | None:
    """A ``time.value`` as a (first day, last day) interval; None when unknown.

    Open ends (``2024-05/..``) run to ``date.min``/``date.max``; values with an unknown
    part (``XXXX-09-16``, ``199X``) are unknown.
    """
    if not value or "X" in value.upper().replace("W", ""):
        return None
    if "/" in value:
        left, _, right = value.partition("/")
        lo = date.min if left in ("", "..") else _point(left, end=False)
        hi = date.max if right in ("", "..") else _point(right, end=True)
    else:
        lo, hi = _point(value, end=False), _point(value, end=True)
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


_YEAR_LESS_DAY = re.compile(r"^XXXX-\d{2}-\d{2}$")


def year_less_gap(a: str | None, b: str | None) -> int | None:
    """Days between two dates of unknown year (``XXXX-05-02``, ranges of them), both read
    in one year or across a new year; None unless both are such dates.

    A page with no publication date gives its "May 2" no year; within the page, "May 2"
    and "August 21" are still months apart.

    >>> year_less_gap("XXXX-05-02", "XXXX-08-21")
    111
    >>> year_less_gap("XXXX-12-30", "XXXX-01-02"), year_less_gap("XXXX-05-02", "2024-05-02")
    (3, None)
    """
    if not a or not b:
        return None
    parts = a.split("/") + b.split("/")
    if not all(_YEAR_LESS_DAY.match(part) for part in parts):
        return None
    first = parse_time(a.replace("XXXX", "2000"))
    gaps = [gap_days(first, second) for year in ("1999", "2000", "2001")
            if first is not None and (second := parse_time(b.replace("XXXX", year)))]
    return min(gaps, default=None)


def gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0
