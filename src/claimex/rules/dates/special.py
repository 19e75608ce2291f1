"""Tokens of the frames that resolve at once: weeks ("the last week of July", "week 31"),
weekends, weekday-and-day ("Mon 13th"), years in words, "in two weeks", "next 3 days",
"year to date", halves of relative periods and "the 15th day of June".
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex.rules.dates.calendar import (
    _day,
    _half,
    _halve,
    _iso_week,
    _month,
    _offset,
    _shift_months,
    _valid,
    _words_number,
)
from claimex.rules.dates.lexicon import (
    _COUNT_AFTER_RE,
    _FULL_MONTHS,
    _FUTURE_CUE_RE,
    _MONTHS,
    _SMALL,
    _WEEKDAYS,
    _WEEKORD,
)
from claimex.rules.dates.model import _Tok
from claimex.rules.dates.resolution import _resolve_rel


def _val(s: int, e: int, value: str, kind: str) -> _Tok:
    """A token whose value is already known (``rel`` carries the kind)."""
    return _Tok(s, e, "val", value=value, rel=kind)


def _week_of_month(y: int, mo: int, n: int) -> str:
    """The n-th ISO week (Monday to Sunday) whose Thursday falls in the month; -1 = last."""
    first = _dt.date(y, mo, 1)
    thursday = first + _dt.timedelta(days=(3 - first.weekday()) % 7)
    if n < 0:
        while (thursday + _dt.timedelta(weeks=1)).month == mo:
            thursday += _dt.timedelta(weeks=1)
    else:
        thursday += _dt.timedelta(weeks=n - 1)
        if thursday.month != mo:
            return ""
    return _iso_week(thursday)


def _tok_wkof(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    g = m.group
    n = _WEEKORD[g("wkof_o").lower()]
    if g("wkof_y"):
        y = int(g("wkof_y"))
        weeks = _dt.date(y, 12, 28).isocalendar()[1]
        if n > weeks:
            return None
        return _val(s, e, f"{y:04d}-W{(weeks if n < 0 else n):02d}", "absolute")
    if g("wkof_m"):
        mo = _month(g("wkof_m")) or 0
        if g("wkof_my"):
            y, kind = int(g("wkof_my")), "absolute"
        elif ref is not None:
            y, kind = ref.year if mo <= ref.month else ref.year - 1, "partial"
        else:
            return None
    else:
        if ref is None:
            return None
        q = re.sub(r"\s+", " ", g("wkof_r").lower())
        step = {"last": -1, "previous": -1, "the previous": -1, "next": 1,
                "the following": 1}.get(q, 0)
        day = _shift_months(ref.replace(day=1), step)
        y, mo, kind = day.year, day.month, "relative"
    value = _week_of_month(y, mo, n)
    return _val(s, e, value, kind) if value else None


def _tok_wknum(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    n = int(m.group("wknum_n"))
    if m.group("wknum_y"):
        y, kind = int(m.group("wknum_y")), "absolute"
    elif ref is not None:
        y, kind = ref.year, "relative"
    else:
        return None
    if n > _dt.date(y, 12, 28).isocalendar()[1]:
        return None
    return _val(s, e, f"{y:04d}-W{n:02d}", kind)


def _tok_wkend(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if ref is None:
        return None
    q = re.sub(r"\s+", " ", m.group("wkend_q").lower())
    saturday = ref + _dt.timedelta(days=5 - ref.weekday())  # Saturday of this ISO week
    if q == "the":
        if saturday > ref:  # on or before: the last weekend that has begun
            saturday -= _dt.timedelta(weeks=1)
    elif q in ("last", "past", "previous"):
        saturday -= _dt.timedelta(weeks=1)
    elif q in ("next", "the following") or (q == "coming" and saturday < ref):
        saturday += _dt.timedelta(weeks=1)
    sunday = saturday + _dt.timedelta(days=1)
    tok = _val(s, e, f"{saturday.isoformat()}/{sunday.isoformat()}", "relative")
    tok.turns = q == "the"
    return tok


def weekend_toward(value: str, ref: _dt.date, direction: str | None) -> str:
    """"The weekend" (``value``: the last one that has begun) pointed the way its clause
    does: the coming one in a future clause ("is going to bake the region over the
    weekend" in a Thursday story), the last one in a past clause, and with no tense the
    nearer of the two: the coming one from a Thursday or a Friday ("rain is likely through
    the weekend"), else the last one (a tie, from a Wednesday, goes to the past, which
    news mostly reports).

    >>> weekend_toward("2022-08-27/2022-08-28", _dt.date(2022, 9, 1), "future")
    '2022-09-03/2022-09-04'
    >>> weekend_toward("2022-08-27/2022-08-28", _dt.date(2022, 9, 1), "past")
    '2022-08-27/2022-08-28'
    >>> weekend_toward("2022-08-27/2022-08-28", _dt.date(2022, 9, 1), None)
    '2022-09-03/2022-09-04'
    >>> weekend_toward("2022-08-27/2022-08-28", _dt.date(2022, 8, 30), None)
    '2022-08-27/2022-08-28'
    """
    saturday = _dt.date.fromisoformat(value.partition("/")[0])
    if (ref - saturday).days <= 1:
        return value  # the weekend of the reference itself
    nearer_ahead = direction is None and (saturday + _dt.timedelta(weeks=1) - ref).days \
        < (ref - saturday - _dt.timedelta(days=1)).days
    if direction != "future" and not nearer_ahead:
        return value  # a past clause, or the last weekend is the nearer one
    saturday += _dt.timedelta(weeks=1)
    return f"{saturday.isoformat()}/{(saturday + _dt.timedelta(days=1)).isoformat()}"


def _tok_wdnum(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    g = m.group
    dword = g("wdnum_d")
    d = _day(dword)
    wd = _WEEKDAYS[g("wdnum_w").lower().rstrip(".")]
    if ref is None:
        return _val(s, e, f"XXXX-XX-{d:02d}", "partial")
    best: _dt.date | None = None
    for step in range(-13, 14):  # the nearest such day within a year, the past on a tie
        month = _shift_months(ref.replace(day=1), step)
        if not _valid(month.year, month.month, d):
            continue
        day = month.replace(day=d)
        if day.weekday() != wd:
            continue
        if best is None or abs((day - ref).days) < abs((best - ref).days):
            best = day
    if best is None:
        return None
    return _val(s, e, best.isoformat(), "partial")


def _tok_nwy(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    g = m.group
    if g("nwy_c"):
        y = (1900 if g("nwy_c").lower() == "nineteen" else 2000) + _words_number(g("nwy_y"))
    else:
        y = 2000 + (_words_number(g("nwy_k")) if g("nwy_k") else 0)
    if not 1600 <= y <= 2099 or _COUNT_AFTER_RE.match(text, e):
        return None
    month = _MONTH_BEFORE_RE.search(text, max(0, s - 12), s)
    if month:  # "March two thousand four": the month of that year
        return _Tok(month.start(), e, "month", y, _MONTHS[month.group(1).lower()])
    return _Tok(s, e, "year", y, weak=True)


# a full month name right before a year in words
_MONTH_BEFORE_RE = re.compile(
    r"\b(" + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True)) + r")\s+\Z", re.IGNORECASE)


def _tok_fut(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if not _FUTURE_CUE_RE.search(text, max(0, s - 100), s):
        return None  # "killed 20 people in two days" is a duration
    nword = re.sub(r"\s+", " ", m.group("fut_n").lower())
    n = int(nword) if nword.isdigit() else _SMALL.get(nword)
    if n is None:
        return None
    return _Tok(s, e, "rel", rel=f"ago:{-n}:{m.group('fut_u').lower()}")


def _tok_nxt(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if ref is None:
        return None
    nword = re.sub(r"\s+", " ", m.group("nxt_n").lower())
    n = int(nword) if nword.isdigit() else _SMALL.get(nword, _SMALL.get("a " + nword))
    if not n:
        return None
    unit = m.group("nxt_u").lower()
    if m.group("nxt_q").lower() in ("next", "coming", "following"):
        first = ref + _dt.timedelta(days=1)
        last = _offset(ref, n, unit)
    else:
        first = _offset(ref, -n, unit)
        last = ref - _dt.timedelta(days=1)
    if first is None or last is None:
        return None
    return _val(s, e, f"{first.isoformat()}/{last.isoformat()}", "relative")


def _tok_ytd(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if ref is None:
        return None
    return _val(s, e, f"{ref.year:04d}-01-01/{ref.isoformat()}", "relative")


def _tok_now(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    return _Tok(s, e, "rel", rel="w:now", weak=True)  # only as the end of a range


def _tok_wkpre(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    return _Tok(s, e, "rel", rel="wkpre", weak=True)  # joined to the next date, or dropped


def _tok_pmod(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    q = re.sub(r"\s+", " ", (m.group("pmod_q") or "this").lower())
    q = {"current": "this", "coming": "next", "following": "next",
         "the following": "next"}.get(q, q)
    value = _resolve_rel(f"per:{q}:{m.group('pmod_u').lower()}", ref)
    if value is None:
        return None
    return _val(s, e, _halve(value, _half(m.group("pmod_m"))), "relative")


def _tok_dom(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    d = _day(m.group("dom_d"))
    if m.group("dom_m"):
        mon = _month(m.group("dom_m")) or 0
        return _Tok(s, e, "day", None, mon, d) if _valid(None, mon, d) else None
    if ref is None:
        return None
    q = re.sub(r"\s+", " ", m.group("dom_r").lower())
    step = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(q, 0)
    month = _shift_months(ref.replace(day=1), step)
    if not _valid(month.year, month.month, d):
        return None
    return _val(s, e, month.replace(day=d).isoformat(), "relative")


def _tok_mrel(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    """ "this September" (the reference year's), "last May" (the last May before the
    reference's month), "next March" (the first after it), "June last year"."""
    g = m.group
    word = g("mrel_m") or g("mrel_m2")
    if word.islower() and word.rstrip(".") == "may":
        return None
    mo = _month(word) or 0
    if ref is None:
        return _Tok(s, e, "month", None, mo)
    q = re.sub(r"\s+", " ", (g("mrel_q") or g("mrel_q2")).lower())
    if g("mrel_q2"):
        y = ref.year + {"last": -1, "next": 1}.get(q, 0)
    elif q in ("last", "this past"):
        y = ref.year if mo < ref.month else ref.year - 1
    elif q in ("next", "this coming"):
        y = ref.year if mo > ref.month else ref.year + 1
    else:
        y = ref.year
    return _val(s, e, f"{y:04d}-{mo:02d}", "relative")


_WEEKS_ETC = {"mrel": _tok_mrel, "dom": _tok_dom, "pmod": _tok_pmod, "wkof": _tok_wkof,
              "wknum": _tok_wknum, "wkend": _tok_wkend,
              "wdnum": _tok_wdnum, "nwy": _tok_nwy, "fut": _tok_fut, "nxt": _tok_nxt,
              "ytd": _tok_ytd, "now": _tok_now, "wkpre": _tok_wkpre}
