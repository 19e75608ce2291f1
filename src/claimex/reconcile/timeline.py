"""Claim times as day intervals, and the gap between two of them.

>>> parse_time("2024-W11")
(datetime.date(2024, 3, 11), datetime.date(2024, 3, 17))
>>> gap_days(parse_time("2024-03-13"), parse_time("2024-03-16"))
3
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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


def gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0
