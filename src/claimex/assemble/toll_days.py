"""The reported day of a page in a document's toll (see :mod:`claimex.assemble.tolls`):
a wire report tells the day its lead reports and, beside it, figures tied to another day
or to a period that holds more than that day ("A roadside bomb killed two soldiers on
Friday ... On Thursday, a mortar round killed a boy ... Since July, the fighting has killed
more than 500"). Those figures are background or aggregate, not the toll (frame: the
reported day, :func:`off_the_reported_day`). The times come from the date layer (a claim's
``time``, :mod:`claimex.assemble.claim_time`), only where the figure's own sentence dates it.

>>> day_of("XXXX-WXX-5"), day_of("2023-04-11"), day_of("XXXX-08")
(('weekday', 5), ('date', (2023, 4, 11)), None)
>>> spans_more_than_a_day("XXXX-08"), spans_more_than_a_day("2009"), \\
...     spans_more_than_a_day("XXXX-WXX-5")
(True, True, False)
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
# Periods of more than a day: a year ("2009", "XXXX": "this year"), a month ("XXXX-08"),
# a week ("2013-W03"), a season or quarter ("2016-SU", "2016-Q1"), an interval
# ("XXXX-09/..": "since September"; "2022-08-27/2022-08-28").
_PERIOD = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|W\d{2}|WXX|SP|SU|FA|WI|Q[1-4]|H[12]))?$")


def day_of(value: str | None) -> tuple[str, Any] | None:
    """A time value as a day: ``("date", (year or None, month, day))`` or ``("weekday",
    1..7)``; None for anything else (a period, an unresolved "XXXX-XX-XX")."""
    value = str(value or "")
    match = _DATE.match(value)
    if match:
        year = None if match.group(1) == "XXXX" else int(match.group(1))
        return "date", (year, int(match.group(2)), int(match.group(3)))
    match = _WEEKDAY.match(value)
    if match:
        return "weekday", int(match.group(1))
    return None


def spans_more_than_a_day(value: str | None) -> bool:
    """Whether a time value is a period longer than a day: a year, a month, a week, a
    season, an interval ("since September")."""
    value = str(value or "")
    return "/" in value or bool(_PERIOD.match(value))


def _weekday(day: tuple[int | None, int, int]) -> int | None:
    year, month, number = day
    if year is None:
        return None
    try:
        return date(year, month, number).isoweekday()
    except ValueError:
        return None


def other_day(value: str | None, reported: str | None) -> bool:
    """Whether a figure's day is known to differ from the reported day: two dates
    (month and day, and the year where both give it), two weekdays, or a date and a
    weekday (the date's weekday, where its year is known).

    >>> other_day("XXXX-WXX-4", "XXXX-WXX-5"), other_day("2023-04-10", "XXXX-WXX-1")
    (True, False)
    >>> other_day("XXXX-04-10", "2023-04-10"), other_day("XXXX-XX-XX", "XXXX-WXX-5")
    (False, False)
    """
    first, second = day_of(value), day_of(reported)
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


def own_time(claim: dict[str, Any]) -> str | None:
    """The time value the figure's own sentence gives it (not one carried over from an
    earlier sentence, not the publication date), else None."""
    time = claim.get("time") or {}
    if time.get("value") is None or time.get("start") is None or time.get("inferred"):
        return None
    evidence = claim.get("evidence") or {}
    start = evidence.get("sentence_start")
    if start is None or not start <= time["start"] < start + len(evidence.get("sentence") or ""):
        return None
    return str(time["value"])


def off_the_reported_day(claims: Sequence[dict[str, Any]], counted: Sequence[int],
                         when: dict[str, Any] | None) -> set[int]:
    """The figures of one category (``counted``, indexes into ``claims``) that the reported
    day leaves out of the toll (frame: the reported day): those whose own sentence ties them
    to a period longer than a day ("Since July, the fighting has killed more than 500",
    "recorded 370 deaths in August"), and, where the reported event has a day (``when``,
    :func:`claimex.assemble.tolls.event_time`), those it ties to another day ("On Thursday,
    a mortar round killed a boy" in Friday's report). At least one figure of the category
    stays: a page that tells only periods (a chronology, a war's running totals) keeps
    them.

    >>> def figure(value, low):
    ...     return {"value": {"low": low}, "time": {"value": value, "start": 5,
    ...             "inferred": False}, "evidence": {"sentence_start": 0, "sentence": "x" * 40}}
    >>> friday = {"value": "XXXX-WXX-5", "start": 5}
    >>> figures = [figure("XXXX-WXX-5", 2), figure("XXXX-WXX-4", 1), figure("XXXX-07", 500)]
    >>> sorted(off_the_reported_day(figures, [0, 1, 2], friday))
    [1, 2]
    >>> sorted(off_the_reported_day([figure("XXXX-07", 500)], [0], friday))
    []
    """
    reported = (when or {}).get("value")
    out = set()
    for i in counted:
        value = own_time(claims[i])
        if value is None:
            continue
        if spans_more_than_a_day(value) or (day_of(reported) and other_day(value, reported)):
            out.add(i)
    if len(out) == len(counted):
        return set()
    return out
