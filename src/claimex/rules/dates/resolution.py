"""Resolving tokens against the reference (publication) date: relative expressions,
partial dates (the most recent such day on or before the reference) and ranges.
"""

from __future__ import annotations

import datetime as _dt

from claimex.rules.dates.calendar import (
    _fmt,
    _halve,
    _iso_week,
    _part_of_period,
    _shift_months,
    _valid,
    _year_on_or_before,
    floating_holiday,
)
from claimex.rules.dates.lexicon import FLOATING_HOLIDAYS
from claimex.rules.dates.model import _Tok


def _resolve_rel(key: str, ref: _dt.date | None, direction: str | None = "past"
                 ) -> str | None:
    """Value of a relative expression, a placeholder when ``ref`` is None."""
    kind, _, rest = key.partition(":")
    if kind == "w":
        offsets = {
            "today": 0, "tonight": 0, "earlier today": 0, "later today": 0,
            "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "last evening": -1, "overnight": -1,
            "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
            "now": 0,
        }
        off = offsets.get(rest)
        if off is None:
            return None
        return "XXXX-XX-XX" if ref is None else (ref + _dt.timedelta(days=off)).isoformat()
    if kind == "ago":
        n_s, _, unit = rest.partition(":")
        n = int(n_s)
        if ref is None:
            return "XXXX-XX-XX"
        try:
            if unit == "day":
                return (ref - _dt.timedelta(days=n)).isoformat()
            if unit == "week":
                return (ref - _dt.timedelta(weeks=n)).isoformat()
            if unit == "month":
                return _shift_months(ref, -n).isoformat()
            return _shift_months(ref, -12 * n).isoformat()
        except (OverflowError, ValueError):
            return None
    if kind == "per":
        q, _, unit = rest.partition(":")
        step = {"last": -1, "the past": -1, "previous": -1, "the previous": -1, "next": 1,
                "the following": 1}.get(q, 0)
        if ref is None:
            return {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
        part = q.split()[0]
        if part in ("earlier", "later"):
            return _part_of_period(ref, unit, part == "earlier")
        if unit == "week":
            return _iso_week(ref + _dt.timedelta(weeks=step))
        if unit == "month":
            day = _shift_months(ref, step)
            return _fmt(day.year, day.month)
        return _fmt(ref.year + step)
    if kind == "qtr":
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1,
                "following": 1}.get(rest, 0)
        if ref is None:
            return "XXXX-XX/XXXX-XX"
        k = ref.year * 4 + (ref.month - 1) // 3 + step
        y, q = divmod(k, 4)
        return f"{_fmt(y, 3 * q + 1)}/{_fmt(y, 3 * q + 3)}"
    if kind == "hol":  # a moving holiday: the one the direction points to, else the nearest
        rule = FLOATING_HOLIDAYS[rest]
        if ref is None:
            month = "XX" if rule.startswith("easter") else f"{int(rule.split(':')[0]):02d}"
            return f"XXXX-{month}-XX"
        days = [floating_holiday(rule, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        back = max(d for d in days if d <= ref)
        ahead = min(d for d in days if d >= ref)
        delta = _toward(-(ref - back).days, (ahead - ref).days, direction)
        return (ref + _dt.timedelta(days=delta)).isoformat()
    if kind == "wd":
        q, _, wd_s = rest.partition(":")
        wd = int(wd_s)
        if ref is None:
            return f"XXXX-WXX-{wd + 1}"
        today = ref.weekday()
        if q == "":
            delta = _toward(-((today - wd) % 7), (wd - today) % 7, direction)
        elif q in ("last", "past", "this past", "previous"):
            delta = -(((today - wd) % 7) or 7)
        elif q == "this":
            delta = wd - today
        elif q == "lastweek":
            delta = wd - today - 7
        elif q == "next":
            delta = 7 + wd - today
        else:  # coming, this coming
            delta = ((wd - today) % 7) or 7
        return (ref + _dt.timedelta(days=delta)).isoformat()
    return None


def _toward(back: int, ahead: int, direction: str | None) -> int:
    """The day offset to take of the one ``back`` (<= 0) and the one ``ahead`` (>= 0):
    "past" the first, "future" the second, otherwise (None) the nearer, the past on a tie.

    >>> _toward(-3, 4, "past"), _toward(-3, 4, "future"), _toward(-5, 2, None)
    (-3, 4, 2)
    """
    if direction == "past" or back == 0:
        return back
    if direction == "future":
        return ahead
    return back if -back <= ahead else ahead


# how far ahead a year-less day in a past-tense clause may still lie (see _year_toward)
_PAST_CLAUSE_AHEAD_DAYS = 31


def _year_toward(m: int, d: int | None, ref: _dt.date, direction: str | None) -> int | None:
    """The year of a month (and day) without one: the latest on or before ``ref`` ("past",
    as news mostly writes them; "past-until", the end of a state in a past clause, unless
    the day lies within a month ahead: "was extended until Nov. 9" in a November 2
    article), the first on or after it ("future"), else the nearer.

    >>> ref = _dt.date(1989, 10, 26)
    >>> _year_toward(11, 6, ref, "past"), _year_toward(11, 6, ref, None)
    (1988, 1989)
    >>> _year_toward(11, 6, ref, "past-until"), _year_toward(12, 6, ref, "past-until")
    (1989, 1988)
    """
    past = _year_on_or_before(m, d, ref)
    if past is None or direction == "past" or (direction == "past-until" and d is None):
        return past
    day = d or 1
    for year in (past + 1, past + 2):
        if _valid(year, m, day):
            break
    else:
        return past
    if direction == "past-until":
        # the end of a state in a past-tense clause ("the offer was extended until Nov.
        # 9"): a day a few weeks ahead, not the same day eleven months back
        soon = (_dt.date(year, m, day) - ref).days <= _PAST_CLAUSE_AHEAD_DAYS
        return year if soon and (ref - _dt.date(past, m, day)).days > 180 else past
    if direction == "future":
        if (m, d or 32) >= (ref.month, ref.day) and d is None and past == ref.year:
            return past  # "in October" of an October article, going forward: this one
        return year
    if d is None:
        back = ref.year * 12 + ref.month - (past * 12 + m)
        ahead = year * 12 + m - (ref.year * 12 + ref.month)
    else:
        back = (ref - _dt.date(past, m, day)).days
        ahead = (_dt.date(year, m, day) - ref).days
    return past if back <= ahead else year


def _point(tok: _Tok, ref: _dt.date | None, direction: str | None = "past"
           ) -> tuple[str, str, bool] | None:
    """(value, kind, resolved) for a single token."""
    if tok.gran == "decade":
        return tok.value or "", "absolute", True
    if tok.gran == "val":
        return tok.value or "", tok.rel or "relative", "X" not in (tok.value or "")
    if tok.gran == "rel":
        v = _resolve_rel(tok.rel or "", ref, direction)
        if v is None:
            return None
        return v, "relative", ref is not None
    if tok.gran == "period":
        return f"{_fmt(tok.y, tok.m)}/{_fmt(tok.y, tok.d)}", "absolute", True
    if tok.y is not None:
        return _halve(_fmt(tok.y, tok.m, tok.d), tok.half), "absolute", True
    if tok.m is None:
        if tok.d is None:
            return None
        if ref is None:
            return f"XXXX-XX-{tok.d:02d}", "partial", False
        day = ref if tok.d <= ref.day else _shift_months(ref.replace(day=1), -1)
        for _ in range(3):
            if _valid(day.year, day.month, tok.d):
                return _fmt(day.year, day.month, tok.d), "partial", True
            day = _shift_months(day.replace(day=1), -1)
        return None
    if ref is None:
        return _fmt(None, tok.m, tok.d), "partial", False
    y = _year_toward(tok.m, tok.d, ref, direction)
    if y is None:
        return _fmt(None, tok.m, tok.d), "partial", False
    return _halve(_fmt(y, tok.m, tok.d), tok.half), "partial", True


def _as_day(tok: _Tok, ref: _dt.date) -> _Tok:
    """A relative day ("today", "yesterday") as a calendar day token, for range ends."""
    if tok.gran != "rel" or not (tok.rel or "").startswith("w:"):
        return tok
    v = _resolve_rel(tok.rel or "", ref)
    if v is None:
        return tok
    day = _dt.date.fromisoformat(v)
    return _Tok(tok.start, tok.end, "day", day.year, day.month, day.day)


def _range(a: _Tok, b: _Tok, ref: _dt.date | None, direction: str | None = "past"
           ) -> tuple[str, bool] | None:
    """Interval value "start/end" for two tokens of calendar dates (not relative). Without
    a year, the end's year follows ``direction`` as a single day's does (:func:`_year_toward`):
    "closed March 16 - April 13" in a March 14 story, with no past tense, is the coming one.

    >>> a, b = _Tok(0, 9, "day", None, 8, 20), _Tok(10, 12, "day", None, 8, 23)
    >>> _range(a, b, _dt.date(2021, 8, 18))[0], _range(a, b, _dt.date(2021, 8, 18), None)[0]
    ('2020-08-20/2020-08-23', '2021-08-20/2021-08-23')
    """
    if not {a.gran, b.gran} <= {"day", "month", "year"}:
        return None
    if a.gran != b.gran and (a.y is None or b.y is None):
        return None
    ya, yb = a.y, b.y
    ka = (a.m or 0, a.d or 0)
    kb = (b.m or 0, b.d or 0)
    if ya is not None and yb is None:
        yb = ya if kb >= ka else ya + 1
    elif yb is None and ref is not None and b.m is not None:
        yb = _year_toward(b.m, b.d, ref, direction)
    if ya is None and yb is not None:
        ya = yb if ka <= kb else yb - 1
    if ya is not None and yb is not None and (ya, ka) >= (yb, kb):
        return None
    if ya is None and yb is None and ka >= kb:
        return None
    if a.d is not None and not _valid(ya, a.m, a.d):
        return None
    if b.d is not None and not _valid(yb, b.m, b.d):
        return None
    resolved = ya is not None and yb is not None
    return f"{_fmt(ya, a.m, a.d)}/{_fmt(yb, b.m, b.d)}", resolved
