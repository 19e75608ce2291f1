"""A clock time and the day written next to it are one TIMEX3, as TimeML writes them:
"4 p.m. EST, Dec. 3" and "midnight Sunday" (the day after the time), "Friday, 5 p.m."
(the day before it) are each one expression, a TIME on that day
(``1989-12-03T16:00``). The day keeps its own ``value`` for claims. "On" or "at" between them
makes two ("8 p.m. on Sunday, March 3": the TIME ``2024-03-03T20:00`` and the DATE), as
TimeML leaves prepositions out.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> from claimex.rules.dates.extra import find_timexes
>>> text = "The offer expires at 4 p.m. EST, Dec. 3."
>>> ref = dt.date(1989, 10, 30)
>>> dates = find_dates(text, ref)
>>> dates, extra = clock_days(text, dates, find_timexes(text, ref, dates))
>>> [(m.text, m.value, m.timex_value, m.timex_type) for m in dates], extra
([('4 p.m. EST, Dec. 3', '1989-12-03', '1989-12-03T16:00', 'TIME')], [])
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex.rules.dates.model import ISO_DAY_RE, DateMention
from claimex.rules.guard import never_raises, unchanged_dates

_CLOCK_VALUE_RE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d(T\d\d:\d\d)")
# between a clock time and the day after it in one TIMEX3: "4 p.m. EST, Dec. 3", "midnight
# Friday"; a preposition splits them ("8 p.m. on Sunday, March 3" is two), see CLOCK_DAY_GAP_RE
_GAP_AFTER_RE = re.compile(r"\s*(?:[A-Z]{2,4}\s*)?,?\s*")
# between a clock time and the day after it that gives its day ("9 p.m. on Friday"); also
# read by extra.py (the day of a clock time's TIME value)
CLOCK_DAY_GAP_RE = re.compile(r"\s*(?:[A-Z]{2,4}\s*)?,?\s*(?:on\s+)?")
# between a day and the clock time after it: "Friday, 5 p.m.", "Nov. 6 around noon"; "at"
# splits them ("Friday at 5 p.m." is two, the clock time on the narrative's day)
_GAP_BEFORE_RE = re.compile(r"\s*,?\s*(?:around|about)?\s*")


@never_raises(fallback=unchanged_dates)
def clock_days(text: str, dates: list[DateMention], timexes: list[DateMention]
               ) -> tuple[list[DateMention], list[DateMention]]:
    """``dates`` with each clock time of ``timexes`` joined to the day written right next
    to it (see the module docstring); the clock times so joined leave ``timexes``."""
    return _clock_days(text, dates, timexes)


def _clock_days(text: str, dates: list[DateMention], timexes: list[DateMention]
                ) -> tuple[list[DateMention], list[DateMention]]:
    dates, kept = list(dates), []
    for clock in timexes:
        found = _CLOCK_VALUE_RE.fullmatch(clock.timex_value or "")
        day = None if found is None else next(
            (d for d in dates if ISO_DAY_RE.fullmatch(d.value) and (
                (0 <= d.start - clock.end <= 12
                 and _GAP_AFTER_RE.fullmatch(text, clock.end, d.start))
                or (0 <= clock.start - d.end <= 8
                    and _GAP_BEFORE_RE.fullmatch(text, d.end, clock.start)))), None)
        if day is None:
            kept.append(clock)
            continue
        start, end = min(day.start, clock.start), max(day.end, clock.end)
        value = midnight_of_a_night(text, day, day.value + found.group(1))
        joined = DateMention(start, end, text[start:end], day.value, day.kind, day.resolved,
                             value, "TIME", None)
        dates = [joined if d is day else d for d in dates]
    return dates, kept


@never_raises(fallback=lambda text, dates, timexes: timexes)
def clock_times_on_narrative_day(text: str, dates: list[DateMention],
                                 timexes: list[DateMention]) -> list[DateMention]:
    """``timexes`` with each clock time that has no day next to it put on the last day the
    text named before it, the day the narrative is on, as TimeML anchors it: in "A boy was
    shot Friday night ... struck just before 8:30 p.m." the clock time is Friday's
    (``2023-10-20T20:30``), not the publication day's. With no day named before it, it
    keeps the publication day. A midnight so placed is the start of the next day
    (``_midnight_as_next_day``).

    >>> import datetime as dt
    >>> from claimex.rules.dates import find_dates
    >>> from claimex.rules.dates.extra import find_timexes
    >>> text = "A train derailed Wednesday morning. It came off the rails around 5:20 a.m."
    >>> ref = dt.date(2020, 12, 3)
    >>> dates = find_dates(text, ref)
    >>> dates, extra = clock_days(text, dates, find_timexes(text, ref, dates))
    >>> [m.timex_value for m in clock_times_on_narrative_day(text, dates, extra)]
    ['2020-12-02T05:20']
    """
    days = sorted((d for d in dates if ISO_DAY_RE.fullmatch(d.value)), key=lambda d: d.end)
    out = []
    for clock in timexes:
        found = _CLOCK_VALUE_RE.fullmatch(clock.timex_value or "")
        before = [d for d in days if d.end <= clock.start]
        if found is None or day_right_after(text, clock, days):
            out.append(clock)
            continue
        value = (before[-1].value if before else clock.timex_value[:-6]) + found.group(1)
        value = _midnight_as_next_day(value)
        out.append(DateMention(clock.start, clock.end, clock.text, value, clock.kind,
                               clock.resolved, value, clock.timex_type, clock.timex_mod))
    return out


def _midnight_as_next_day(value: str) -> str:
    """A midnight with no day of its own written as the start of the next day, as TimeML
    data write it ("pronounced dead around midnight" after a Sunday evening:
    ``2024-04-29T00:00``); other clock times unchanged.

    >>> _midnight_as_next_day("2024-04-28T24:00"), _midnight_as_next_day("2024-04-28T23:30")
    ('2024-04-29T00:00', '2024-04-28T23:30')
    """
    if not value.endswith("T24:00") or value.startswith("X"):
        return value
    day = _dt.date.fromisoformat(value[:10]) + _dt.timedelta(days=1)
    return f"{day.isoformat()}T00:00"


_NIGHT_AFTER_RE = re.compile(r"\s+night\b", re.IGNORECASE)


def midnight_of_a_night(text: str, day: DateMention, value: str) -> str:
    """A midnight written with a night ("midnight tonight", "midnight tomorrow night") is
    the start of the next day, as the dates-real gold writes it (``T00:00``); written with
    a bare day ("midnight Friday") it stays that day's ``T24:00``, as TimeBank writes it.

    >>> from claimex.rules.dates.model import DateMention
    >>> text = "The alert runs from midnight tonight."
    >>> day = DateMention(26, 33, "tonight", "2018-01-23", "relative", True)
    >>> midnight_of_a_night(text, day, "2018-01-23T24:00")
    '2018-01-24T00:00'
    """
    night = day.text.lower().endswith("night") or _NIGHT_AFTER_RE.match(text, day.end)
    return _midnight_as_next_day(value) if night else value


def day_right_after(text: str, clock: DateMention, days: list[DateMention]) -> bool:
    """Whether a day follows ``clock`` and gives it its day ("9 p.m. on Friday")."""
    return any(0 <= d.start - clock.end <= 12
               and CLOCK_DAY_GAP_RE.fullmatch(text, clock.end, d.start) for d in days)
