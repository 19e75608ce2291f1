"""Calendar arithmetic and word readers shared by the date rules: ISO weeks, month shifts,
halves of periods, ISO value formatting, day and month words.

>>> _fmt(2013, 3), _iso_week(_dt.date(2013, 3, 21))
('2013-03', '2013-W12')
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex.rules.dates.lexicon import _COUNT_AFTER_RE, _MONTHS, _NW_UNITS, _ORD


def _count_not_year(text: str, year: int, end: int) -> bool:
    """A round 4-digit number before a counted noun is a count: "3 March 2000 people"."""
    return year % 10 == 0 and _COUNT_AFTER_RE.match(text, end) is not None


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip(".").strip())


def _day(word: str) -> int:
    m = re.match(r"\d+", word)
    if m:
        return int(m.group())
    w = re.sub(r"[- ]+", " ", word.lower()).split()
    if w[0] == "thirtieth":
        return 30
    if w[0] == "thirty":
        return 31
    if w[0] == "twenty" and len(w) > 1:
        return 20 + _ORD[w[1]]
    return _ORD[w[0]]


def _lower_ambiguous(word: str) -> bool:
    """'may' and 'march' written in lower case are a verb/noun unless proven a month."""
    w = word.rstrip(".")
    return w.islower() and w in ("may", "march")


def _day_month(a: int, b: int, dayfirst: bool) -> tuple[int, int]:
    """(day, month) of two numbers: a number over 12 is the day, else ``dayfirst`` decides."""
    if a > 12:
        return a, b
    if b > 12:
        return b, a
    return (a, b) if dayfirst else (b, a)


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        _dt.date(2000 if y is None else y, m, d)  # 2000 is a leap year: Feb 29 passes
    except ValueError:
        return False
    return True


def _words_number(words: str) -> int:
    """ "ninety six" -> 96, "twenty" -> 20 (tens and units only)."""
    return sum(_NW_UNITS[w] for w in re.split(r"[\s-]+", words.lower()) if w in _NW_UNITS)


def _offset(day: _dt.date, n: int, unit: str) -> _dt.date | None:
    try:
        if unit == "day":
            return day + _dt.timedelta(days=n)
        if unit == "week":
            return day + _dt.timedelta(weeks=n)
        return _shift_months(day, n if unit == "month" else 12 * n)
    except (OverflowError, ValueError):
        return None


def _half(mod: str | None) -> int:
    """1 for "early", "beginning of", "start of"; 2 for "late", "end of"; else 0."""
    word = (mod or "").lower()
    if any(w in word for w in ("early", "beginning", "start")):
        return 1
    return 2 if any(w in word for w in ("late", "end")) else 0


def _halve(value: str, half: int) -> str:
    """The first or second half of a year ("2016-07/2016-12"), month ("2016-03-16/
    2016-03-31") or ISO week (Monday to Wednesday, Thursday to Sunday); as is otherwise."""
    if not half or "X" in value:
        return value
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01/{value}-06" if half == 1 else f"{value}-07/{value}-12"
    if re.fullmatch(r"\d{4}-\d\d", value):
        first = _dt.date(int(value[:4]), int(value[5:]), 1)
        last = _shift_months(first, 1) - _dt.timedelta(days=1)
        if half == 1:
            return f"{value}-01/{value}-15"
        return f"{value}-16/{last.isoformat()}"
    if re.fullmatch(r"\d{4}-W\d\d", value):
        monday = _dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        a, b = (monday, monday + _dt.timedelta(days=2)) if half == 1 else (
            monday + _dt.timedelta(days=3), monday + _dt.timedelta(days=6))
        return f"{a.isoformat()}/{b.isoformat()}"
    return value


# --------------------------------------------------------------------------- resolving

def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    ys = "XXXX" if y is None else f"{y:04d}"
    if m is None:
        return ys
    if d is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


def _year_on_or_before(m: int, d: int | None, ref: _dt.date) -> int | None:
    """The year of the latest (month, day) on or before ``ref``."""
    y = ref.year if (m, d or 1) <= (ref.month, ref.day) else ref.year - 1
    if d is None:
        return y
    for _ in range(9):
        if _valid(y, m, d):
            return y
        y -= 1
    return None


def _iso_week(day: _dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _shift_months(day: _dt.date, n: int) -> _dt.date:
    k = day.year * 12 + day.month - 1 + n
    y, m = divmod(k, 12)
    m += 1
    for d in (day.day, 30, 29, 28):
        if _valid(y, m, d):
            return _dt.date(y, m, d)
    return _dt.date(y, m, 28)


def _part_of_period(ref: _dt.date, unit: str, earlier: bool) -> str:
    """ "earlier this month": its first day to the day before ``ref``; "later this week":
    the day after ``ref`` to its last day; the whole period when that part is empty."""
    if unit == "week":
        first = ref - _dt.timedelta(days=ref.weekday())
        last = first + _dt.timedelta(days=6)
        whole = _iso_week(ref)
    elif unit == "month":
        first = ref.replace(day=1)
        last = _shift_months(first, 1) - _dt.timedelta(days=1)
        whole = _fmt(ref.year, ref.month)
    else:
        first, last, whole = _dt.date(ref.year, 1, 1), _dt.date(ref.year, 12, 31), _fmt(ref.year)
    if earlier:
        a, b = first, ref - _dt.timedelta(days=1)
    else:
        a, b = ref + _dt.timedelta(days=1), last
    if a > b:
        return whole
    return f"{a.isoformat()}/{b.isoformat()}"


def _shift_day(value: str, days: int) -> str | None:
    """An ISO day moved by ``days``; a day of unknown year ("XXXX-06-13") moves only where
    the result does not depend on the year."""
    y, m, d = value[:4], int(value[5:7]), int(value[8:10])
    if y != "XXXX":
        if not _valid(int(y), m, d):
            return None
        return (_dt.date(int(y), m, d) + _dt.timedelta(days=days)).isoformat()
    years = _probe_years(m, d)
    if years is None:
        return None
    first, second = ((_dt.date(y, m, d) + _dt.timedelta(days=days)).isoformat() for y in years)
    masked = _mask_years(first, second, years[1] - years[0])
    return masked if masked is not None and masked.startswith("XXXX") else None


def _shift_period(value: str, step: int) -> str | None:
    """The period next to ``value`` (a day, ISO week, month or year): +1 after, -1 before."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{int(value) + step:04d}"
        if re.fullmatch(r"\d{4}-\d\d", value):
            day = _shift_months(_dt.date(int(value[:4]), int(value[5:]), 1), step)
            return _fmt(day.year, day.month)
        if re.fullmatch(r"\d{4}-W\d\d", value):
            monday = _dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return _iso_week(monday + _dt.timedelta(weeks=step))
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return (_dt.date.fromisoformat(value) + _dt.timedelta(days=step)).isoformat()
    except (ValueError, OverflowError):
        return None
    return None


_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _mask_years(a: str, b: str, gap: int) -> str | None:
    """``a`` with each year that is ``gap`` less than the same year of ``b`` as XXXX; None
    when the two values differ in anything else."""
    if len(a) != len(b):
        return None
    out, last = [], 0
    for m in _YEAR_RE.finditer(a):
        year_a, year_b = m.group(), b[m.start():m.end()]
        if a[last:m.start()] != b[last:m.start()] or not year_b.isdigit():
            return None
        if year_b == year_a:
            out.append(a[last:m.end()])
        elif int(year_b) - int(year_a) == gap:
            out.append(a[last:m.start()] + "XXXX")
        else:
            return None
        last = m.end()
    return "".join(out) + a[last:] if a[last:] == b[last:] else None


def _probe_years(month: int, day: int) -> tuple[int, int] | None:
    """Two years in which ``month``-``day`` exists and falls on different weekdays: what a
    day of unknown year is resolved against (see :func:`find_dates_in_unknown_year`)."""
    years = (2004, 2008) if (month, day) == (2, 29) else (2001, 2004)
    return years if all(_valid(y, month, day) for y in years) else None


def _easter(year: int) -> _dt.date:
    """Easter Sunday of ``year`` (Gregorian, the anonymous algorithm).

    >>> _easter(2000), _easter(2024)
    (datetime.date(2000, 4, 23), datetime.date(2024, 3, 31))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


def floating_holiday(rule: str, year: int) -> _dt.date:
    """The day of a moving holiday in ``year`` from its rule (``lexicon.FLOATING_HOLIDAYS``):
    "MONTH:WEEKDAY:N" (the N-th such weekday, -1 the last) or "easter:OFFSET".

    >>> floating_holiday("11:3:4", 1999), floating_holiday("5:0:-1", 2020)
    (datetime.date(1999, 11, 25), datetime.date(2020, 5, 25))
    >>> floating_holiday("easter:-2", 2000)
    datetime.date(2000, 4, 21)
    """
    parts = rule.split(":")
    if parts[0] == "easter":
        return _easter(year) + _dt.timedelta(days=int(parts[1]))
    month, weekday, n = (int(p) for p in parts)
    if n > 0:
        first = _dt.date(year, month, 1)
        return first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _shift_months(_dt.date(year, month, 1), 1) - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.weekday() - weekday) % 7)
