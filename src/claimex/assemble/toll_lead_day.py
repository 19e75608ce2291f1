"""The lead's day in a document's toll (see :mod:`claimex.assemble.tolls`; frame: a figure
dated to another day than the lead's, session 12). A wire round-up reports the day its lead
names and, beside it, figures its own sentence ties to another day ("Gunmen shot dead four
guards on Friday ... On Wednesday, a mine killed a herder in the same district"): those
stay out of the toll. Only the other-day half of the reverted "reported day" (session 11)
is kept, and only where both days are known: the lead's own sentence dates the lead's
figure to a day, and the figure's own sentence dates it to another day. A figure without
a day of its own, or with the lead's day, or a page whose lead names no day, keeps every
figure. Periods ("since July", "in August") are left to the scope layer.

>>> def figure(value, lead=False):
...     return {"lead": lead, "time": {"value": value, "start": 5, "inferred": False},
...             "evidence": {"sentence_start": 0, "sentence": "x" * 40}}
>>> claims = [figure("XXXX-WXX-5", lead=True), figure("XXXX-WXX-3"), figure("XXXX-WXX-5")]
>>> sorted(off_the_lead_day(claims, [0, 1, 2]))
[1]
>>> sorted(off_the_lead_day([figure("XXXX-07", lead=True), figure("XXXX-WXX-3")], [0, 1]))
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

# A day: "2023-04-11", "XXXX-04-11" (a dateline without its year), "XXXX-WXX-5" (Friday);
# a part of the day may follow ("2023-04-11TNI").
_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T[A-Z0-9:]+)?$")
_WEEKDAY = re.compile(r"^(?:\d{4}|XXXX)-W(?:\d{2}|XX)-([1-7])(?:T[A-Z0-9:]+)?$")


def day_of(value: str | None) -> tuple[str, Any] | None:
    """A time value as a day: ``("date", (year or None, month, day))`` or ``("weekday",
    1..7)``; None for anything else (a period, an unresolved "XXXX-XX-XX").

    >>> day_of("XXXX-WXX-5"), day_of("2023-04-11"), day_of("XXXX-08")
    (('weekday', 5), ('date', (2023, 4, 11)), None)
    """
    value = str(value or "")
    match = _DATE.match(value)
    if match:
        year = None if match.group(1) == "XXXX" else int(match.group(1))
        return "date", (year, int(match.group(2)), int(match.group(3)))
    match = _WEEKDAY.match(value)
    if match:
        return "weekday", int(match.group(1))
    return None


def _weekday(day: tuple[int | None, int, int]) -> int | None:
    year, month, number = day
    if year is None:
        return None
    try:
        return date(year, month, number).isoweekday()
    except ValueError:
        return None


def other_day(value: str | None, lead: str | None) -> bool:
    """Whether a figure's day is known to differ from the lead's: two dates (month and
    day, and the year where both give it), two weekdays, or a date and a weekday (the
    date's weekday, where its year is known).

    >>> other_day("XXXX-WXX-4", "XXXX-WXX-5"), other_day("2023-04-10", "XXXX-WXX-1")
    (True, False)
    >>> other_day("XXXX-04-10", "2023-04-10"), other_day("XXXX-XX-XX", "XXXX-WXX-5")
    (False, False)
    """
    first, second = day_of(value), day_of(lead)
    if first is None or second is None:
        return False
    if first[0] == second[0] == "weekday":
        return first[1] != second[1]
    if first[0] == second[0] == "date":
        (y1, m1, d1), (y2, m2, d2) = first[1], second[1]
        return (m1, d1) != (m2, d2) or (y1 is not None and y2 is not None and y1 != y2)
    weekday = first[1] if first[0] == "weekday" else second[1]
    other = _weekday(second[1] if first[0] == "weekday" else first[1])
    return other is not None and other != weekday


def own_day(claim: dict[str, Any]) -> str | None:
    """The day the figure's own sentence gives it (not one carried over from an earlier
    sentence, not the publication date), else None."""
    time = claim.get("time") or {}
    if time.get("value") is None or time.get("start") is None or time.get("inferred"):
        return None
    evidence = claim.get("evidence") or {}
    start = evidence.get("sentence_start")
    if start is None or not start <= time["start"] < start + len(evidence.get("sentence") or ""):
        return None
    value = str(time["value"])
    return value if day_of(value) else None


def lead_day(claims: Sequence[dict[str, Any]], indexes: Sequence[int]) -> str | None:
    """The day the lead's own sentence gives its first dated figure (any category), None
    where the lead names no day."""
    for i in indexes:
        if claims[i].get("lead"):
            value = own_day(claims[i])
            if value:
                return value
    return None


def off_the_lead_day(claims: Sequence[dict[str, Any]], indexes: Sequence[int]) -> set[int]:
    """The figures (``indexes`` into ``claims``, of one speaker) that stay out of the toll:
    those outside the lead whose own sentence dates them to another day than the lead's
    (:func:`lead_day`, :func:`other_day`); none where the lead names no day."""
    reported = lead_day(claims, indexes)
    if reported is None:
        return set()
    return {i for i in indexes if not claims[i].get("lead") and
            other_day(own_day(claims[i]), reported)}
