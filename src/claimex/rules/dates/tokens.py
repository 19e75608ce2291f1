"""Turning a match of the master regex into a token (:class:`~claimex.rules.dates.model._Tok`):
the calendar frames (day-month-year, numeric dates, quarters, decades, bare years ...).
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex.rules.dates.calendar import (
    _count_not_year,
    _day,
    _day_month,
    _half,
    _lower_ambiguous,
    _month,
    _valid,
)
from claimex.rules.dates.lexicon import (
    _COUNT_AFTER_RE,
    _FULL_MONTHS,
    _HOLIDAYS,
    _NTH_CUE_RE,
    _NUMDM_CUE_RE,
    _NUMDM_NEXT_RE,
    _NUMDM_PREV_RE,
    _QORD,
    _SMALL,
    _WEEKDAYS,
    DAY_PART_WORDS,
    FLOATING_HOLIDAYS,
)
from claimex.rules.dates.model import _Tok
from claimex.rules.dates.patterns import _MASTER, _TOP
from claimex.rules.dates.special import _WEEKS_ETC


def _quarter(m: re.Match, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    """Quarters and halves as a rel token whose key carries the months."""
    g = m.group
    if g("qtr_r"):
        return _Tok(s, e, "rel", rel="qtr:" + g("qtr_r").lower())
    if g("qtr_b"):  # "Q1" alone: the latest first quarter that began on or before ref
        n = int(g("qtr_b")[1])
        if ref is None:
            return None
        y = ref.year if 3 * n - 2 <= ref.month else ref.year - 1
        return _Tok(s, e, "period", y, 3 * n - 2, 3 * n)
    if g("qtr_q1") or g("qtr_q2"):
        code = (g("qtr_q1") or g("qtr_q2")).lower()
        y = int(g("qtr_y1") or g("qtr_y2"))
        n, half = int(code[1]), code[0] == "h"
    else:
        if g("qtr_ry"):
            if ref is None:
                return None
            y = ref.year + {"last": -1, "next": 1}.get(g("qtr_ry").lower(), 0)
        else:
            y = int(g("qtr_y3"))
        half = g("qtr_u").lower() == "half"
        o = g("qtr_o").lower()
        n = (2 if half else 4) if o == "last" else _QORD[o]
        if half and n > 2:
            return None
    span = 6 if half else 3
    first = (n - 1) * span + 1
    return _Tok(s, e, "period", y, first, first + span - 1)


def _year_of_weekday(month: int, day: int, weekday: int, ref: _dt.date) -> int | None:
    """The year in which the day falls on the weekday written with it, when that day lies
    within half a year of the reference ("Friday, May 22" in a May 2009 article:
    2009, the weekday decides over the tense); None otherwise (a weekday that matches no
    nearby year is a slip: the tense decides).

    >>> _year_of_weekday(5, 22, 4, _dt.date(2009, 5, 21)), _year_of_weekday(3, 7, 1,
    ...     _dt.date(2018, 3, 14))
    (2009, None)
    """
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1)
             if _valid(y, month, day) and _dt.date(y, month, day).weekday() == weekday
             and abs((_dt.date(y, month, day) - ref).days) <= 183]
    return years[0] if len(years) == 1 else None


def _first_listed_day(m: re.Match, name: str, year: int | None, month: int, first: int,
                      second: int) -> _Tok | None:
    """The first day of a day list that puts the month first, "Feb. 26 and 27" (two days,
    not a range: no "between" or "from" before it): a date of its own, "Feb. 26", which
    dates what happened on those days by the day it began (session 18, issue 15). None for
    a list with the month after its days ("26 and 27 February"), days out of order or a
    day the month does not have.

    >>> [(t.m, t.d, t.end - t.start) for t in _scan("raids on Feb. 26 and 27", False, None)]
    [(2, 26, 7)]
    >>> _scan("on 26 and 27 February", False, None)
    []
    """
    if name != "mdrng" or first >= second or not _valid(year, month, first) or \
            not _valid(year, month, second):
        return None
    return _Tok(m.start(name), m.end(name + "_d1"), "day", year, month, first)


def _tok_from_match(
    m: re.Match, text: str, dayfirst: bool, ref: _dt.date | None
) -> _Tok | list[_Tok] | None:
    name = next(n for n in _TOP if m.group(n) is not None)
    s, e = m.span(name)
    g = m.group
    if name in _WEEKS_ETC:
        return _WEEKS_ETC[name](m, text, s, e, ref)
    if name in ("drng", "mdrng"):
        mon = _month(g(name + "_m"))
        d1, d2 = _day(g(name + "_d1")), _day(g(name + "_d2"))
        y = int(g(name + "_y")) if g(name + "_y") else None
        pre = g(name + "_pre")
        conn = text[m.end(name + "_d1"):m.start(name + "_d2")].strip().lower()
        if conn == "and" and not pre:
            return _first_listed_day(m, name, y, mon, d1, d2)
        if d1 >= d2 or not _valid(y, mon, d1) or not _valid(y, mon, d2):
            return None
        if _lower_ambiguous(g(name + "_m")) and y is None:
            return None
        return [
            _Tok(s, e, "day", y, mon, d1),
            _Tok(s, e, "day", y, mon, d2),
        ]
    if name == "iso":
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "num":
        a, b, sep, ys = int(g("num_a")), int(g("num_b")), g("num_s"), g("num_y")
        if len(ys) == 2:
            if sep != "/":
                return None
            # the century that puts the year at most 10 years after the reference
            pivot = (ref.year + 10) % 100 if ref is not None else 49
            y = (2000 if int(ys) <= pivot else 1900) + int(ys)
        else:
            y = int(ys)
            if not 1600 <= y <= 2099:
                return None
        d, mo = (a, b) if sep == "." else _day_month(a, b, dayfirst)
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "isom":
        if g("isom_y"):
            return _Tok(s, e, "month", int(g("isom_y")), int(g("isom_m")))
        return _Tok(s, e, "month", int(g("isom_y2")), int(g("isom_m2")))
    if name == "ymd":
        y, mo, d = int(g("ymd_y")), _month(g("ymd_m")), int(g("ymd_d"))
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "cmp":
        y, mo, d = int(g("cmp_y")), int(g("cmp_m")), int(g("cmp_d"))
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "numdm":
        a, b = int(g("numdm_a")), int(g("numdm_b"))
        before = text[max(0, s - 12):s]
        after = text[e:e + 16]
        if not (_NUMDM_CUE_RE.search(before) or _NUMDM_NEXT_RE.match(after)
                or _NUMDM_PREV_RE.search(before)):
            return None
        d, mo = _day_month(a, b, dayfirst)
        return _Tok(s, e, "day", None, mo, d) if _valid(None, mo, d) else None
    if name == "ym":
        return _Tok(s, e, "month", int(g("ym_y")), _month(g("ym_m")))
    if name == "qtr":
        return _quarter(m, s, e, ref)
    if name == "hol":
        key = re.sub(r"\s+", " ", g("hol").lower().replace("'", "")).replace("years", "year")
        md = _HOLIDAYS.get(key)
        if md is None and key in FLOATING_HOLIDAYS and g("hol")[0].isupper():
            # "Labor Day", "Good Friday" (not "a good friday"): by the year
            return _Tok(s, e, "rel", rel="hol:" + key)
        return _Tok(s, e, "day", None, md[0], md[1]) if md else None
    if name == "nth":
        before = text[max(0, s - 8):s]
        if not _NTH_CUE_RE.search(before):
            return None
        return _Tok(s, e, "day", None, None, int(g("nth_d")))
    if name in ("dmy", "mdy"):
        mword = g(name + "_m")
        mon = _month(mword)
        d = _day(g(name + "_d"))
        y = int(g(name + "_y")) if g(name + "_y") else None
        if y is not None and _count_not_year(text, y, e):
            y = None  # "on 3 March 2000 people fled": 2000 counts people
            e = max(m.end(name + "_d"), m.end(name + "_m"))
        if _lower_ambiguous(mword) and y is None:
            return None
        if not g(name + "_d")[0].isdigit() and name == "dmy" and " of" not in m.group(name):
            return None  # "second March": an ordinal word needs "of" ("second of March")
        if not _valid(y, mon, d):
            return None
        if name == "mdy" and y is None and mword.rstrip(".").lower() not in _FULL_MONTHS \
                and not mword.endswith(".") and not mword[:1].isupper():
            return None  # "mar 3" in lower case without a year: too weak
        weekday = g(name + "_wd")
        if y is None and weekday and ref is not None:
            y = _year_of_weekday(mon, d, _WEEKDAYS[weekday.lower().rstrip(".")], ref)
        return _Tok(s, e, "day", y, mon, d)
    if name == "my":
        y = int(g("my_y"))
        if _count_not_year(text, y, e):
            mword = g("my_m")
            full = mword.rstrip(".").lower() in _FULL_MONTHS and not _lower_ambiguous(mword)
            return _Tok(s, m.end("my_m"), "month", None, _month(mword), weak=not g("my_mod"),
                        rel=None if full else "nocue")
        return _Tok(s, e, "month", y, _month(g("my_m")), half=_half(g("my_mod")))
    if name == "dec":
        value = g("dec_y") + "X" if g("dec_y") else "19" + g("dec_s") + "X"
        return _Tok(s, e, "decade", value=value)
    if name == "yrng":
        a = int(g("yrng_a"))
        bs = g("yrng_b")
        b = int(bs) if len(bs) == 4 else (a // 100) * 100 + int(bs)
        if not a < b <= a + 50 or _COUNT_AFTER_RE.match(text, e):
            return None
        return [_Tok(s, e, "year", a), _Tok(s, e, "year", b)]
    if name == "yr":
        weak = not g("yr_mod")
        if _COUNT_AFTER_RE.match(text, e):
            return None
        return _Tok(s, e, "year", int(g("yr_y")), weak=weak, half=_half(g("yr_mod")))
    if name == "mon":
        mword = g("mon_m")
        if g("mon_mod"):
            if _lower_ambiguous(mword):
                return None
            return _Tok(s, e, "month", None, _month(mword), half=_half(g("mon_mod")))
        # a bare month name: a date only after a cue, or in a range
        full = mword.rstrip(".").lower() in _FULL_MONTHS
        if _lower_ambiguous(mword) or not full:
            return _Tok(s, e, "month", None, _month(mword), weak=True, rel="nocue")
        return _Tok(s, e, "month", None, _month(mword), weak=True)
    if name == "ago":
        nword = re.sub(r"\s+", " ", g("ago_n").lower())
        n = int(nword) if nword.isdigit() else _SMALL.get(nword)
        if n is None:
            return None
        if g("ago_dir").lower() != "ago":
            n = -n  # "two days from today"
        return _Tok(s, e, "rel", rel=f"ago:{n}:{g('ago_u').lower()}")
    if name == "relw":
        w = relative_day_part(re.sub(r"\s+", " ", g("relw").lower()))
        if w in ("today", "tomorrow") and _GENERIC_AFTER_RE.match(text, e):
            return None  # "today's world", "tomorrow's children": the age, not the day
        return _Tok(s, e, "rel", rel="w:" + w)
    if name == "per":
        q = re.sub(r"\s+", " ", g("per_q").lower())
        return _Tok(s, e, "rel", rel=f"per:{q}:{g('per_u').lower()}")
    if name == "wd":
        week = g("wd_w") or g("wd_w2")
        if week:
            w = re.sub(r"\s+", " ", week.lower())
            q = {"last": "lastweek", "previous": "lastweek", "this": "this", "next": "next",
                 "the following": "next"}[w]
            return _Tok(s, e, "rel", rel=f"wd:{q}:{_WEEKDAYS[g('wd_d').lower()]}")
        q = re.sub(r"\s+", " ", (g("wd_q") or "").lower())
        q = {"following": "next", "previous": "lastweek"}.get(q, q)
        return _Tok(s, e, "rel", rel=f"wd:{q}:{_WEEKDAYS[g('wd_d').lower()]}")
    return None


_RELATIVE_DAY_PART_RE = re.compile(rf"(yesterday|tomorrow) (?:{'|'.join(DAY_PART_WORDS)})")


def relative_day_part(word: str) -> str:
    """The relative day of a relative day with its part of the day ("tomorrow morning"
    is on tomorrow's day; :func:`claimex.rules.dates.timex.timex_of` then makes it the TIME
    ``...TMO``, as the dates-real gold writes "tomorrow afternoon"); other words unchanged.

    >>> relative_day_part("tomorrow morning"), relative_day_part("last night")
    ('tomorrow', 'last night')
    """
    found = _RELATIVE_DAY_PART_RE.fullmatch(word)
    return found.group(1) if found else word


# after "today" / "tomorrow": the present or future age, not a day ("today's youth", "in
# many of today's personal computers", "tomorrow's world")
_GENERIC_AFTER_RE = re.compile(
    r"'s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|children|kids|young|economy|"
    r"marketplace|environment|climate|culture|standards|technology|computers|families|"
    r"women|men|students|workers|consumers)\b",
    re.IGNORECASE)


# --------------------------------------------------------------------------- API

def _scan(text: str, dayfirst: bool, ref: _dt.date | None) -> list[_Tok | list[_Tok]]:
    out: list[_Tok | list[_Tok]] = []
    for m in _MASTER.finditer(text):
        tok = _tok_from_match(m, text, dayfirst, ref)
        if tok is None:
            continue
        while isinstance(tok, _Tok) and out and isinstance(out[-1], _Tok) and \
                tok.start <= out[-1].start:
            out.pop()  # a token that reached back over the last ("May" of "May two thousand")
        out.append(tok)
    return out
