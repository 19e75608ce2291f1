"""A bare part of the day in a forecast is a TIME, resolved forward from the forecast's day.

"Showers will linger through the evening", "skies brighten by afternoon" and "it will be
hard for snow to settle during the afternoon hours" name a part of a day the text has already
set: the last day named before it, else one later in its sentence, else the publication day
(:func:`claimex.rules.dates.day_parts.narrative_day`); TimeML tags "the evening"
``2022-03-31TEV``. A forecast looks ahead, so the day is read forward: a day named before it
that lies before the publication day (a story's "last Tuesday") gives way to the publication
day, and a part of the day that comes earlier in the day than the part of the day named just
before it is the next day's ("Rain tonight, clearing by morning": the morning after the
night; "by afternoon" after that morning: the same next day). Only a clause that points
ahead (:func:`text_tense` is "future") reads so: in a past report, "trading was heavy in the
morning" may be of a day the text does not name, and the bare forms were taken out there
(sessions 9 and 11). The prepositions are ``resources/words/day_part_prepositions.txt``; the
extent is the part of the day with its article and an "hours" after it, the preposition out;
"in the morning of June 5" (a date follows) is the date's.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Heavy rain is due tonight. It will ease by morning."
>>> ref = dt.date(2022, 3, 31)
>>> [(m.text, m.timex_value) for m in forecast_day_parts(text, find_dates(text, ref), [], ref)]
[('morning', '2022-04-01TMO')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.day_parts import full_days, narrative_day
from claimex.rules.dates.model import NEXT_WORD_RE, DateMention
from claimex.rules.dates.tense import FUTURE, text_tense
from claimex.rules.guard import never_raises

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_PREPOSITIONS = "|".join(sorted(lexicon.words("day_part_prepositions"), key=len, reverse=True))
_BARE_PART_RE = re.compile(
    rf"\b(?:{_PREPOSITIONS})\s+(?P<part>(?:the\s+)?(?P<name>morning|afternoon|evening|night)"
    r"(?:\s+hours)?)\b(?![-'’])",
    re.IGNORECASE)


_ORDER = ("morning", "afternoon", "evening", "night")
_PART_VALUE_RE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<code>MO|AF|EV|NI)")


def forward_day(day: str, reference: _dt.date | None, previous: str | None, part: str) -> str:
    """The day a forecast's bare ``part`` of the day falls on, read forward: from ``day`` (the
    narrative's day), not before ``reference``; after ``previous`` (the TIME value of the part
    of the day named just before it, if any, on that day or later), on its day, or the next
    day when ``part`` comes earlier in a day than that one.

    >>> forward_day("2022-03-29", _dt.date(2022, 3, 31), None, "evening")
    '2022-03-31'
    >>> forward_day("2022-03-31", _dt.date(2022, 3, 31), "2022-03-31TNI", "morning")
    '2022-04-01'
    >>> forward_day("2022-03-31", _dt.date(2022, 3, 31), "2022-04-01TMO", "afternoon")
    '2022-04-01'
    """
    if reference is not None and day < reference.isoformat():
        day = reference.isoformat()
    match = _PART_VALUE_RE.fullmatch(previous or "")
    if match is None or match.group("day") < day:
        return day
    day = match.group("day")
    previous_part = next(name for name, code in _PARTS.items() if code == match.group("code"))
    if _ORDER.index(part) < _ORDER.index(previous_part):
        day = (_dt.date.fromisoformat(day) + _dt.timedelta(days=1)).isoformat()
    return day


def _previous_part(mentions: list[DateMention], start: int) -> str | None:
    """The TIME value of the time expression nearest before ``start``, if it is a part of a
    day ("tonight" ``2022-03-31TNI``), else None."""
    before = [m for m in mentions if m.end <= start and m.timex_value]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end).timex_value
    return nearest if _PART_VALUE_RE.fullmatch(nearest) else None


@never_raises(fallback=lambda text, dates, timexes, reference: timexes)
def forecast_day_parts(text: str, dates: list[DateMention], timexes: list[DateMention],
                       reference: _dt.date | None) -> list[DateMention]:
    """``timexes`` with the bare parts of the day of ``text``'s forecast clauses added (see
    the module docstring), where they overlap neither ``dates`` nor ``timexes``."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    days = full_days(dates)
    out = list(timexes)
    for m in _BARE_PART_RE.finditer(text):
        start, end = m.span("part")
        if any(s < end and start < e for s, e in busy):
            continue
        after = NEXT_WORD_RE.match(text, end)
        if after and after.group(1).lower() == "of":
            continue
        if text_tense(text, start, end) != FUTURE:
            continue
        day = narrative_day(text, start, days, reference)
        if day is None:
            continue
        name = m.group("name").lower()
        day = forward_day(day, reference, _previous_part([*dates, *out], start), name)
        value = f"{day}T{_PARTS[name]}"
        out.append(DateMention(start, end, m.group("part"), value, "relative", True, value,
                               "TIME", None))
    return sorted(out, key=lambda m: (m.start, m.end))
