"""A span back from the report's own day that dates the reported event (session 22): a
statement or a post tells its event "two days ago", "a few hours ago", "three nights ago",
and that is the event it reports, as "yesterday" or a weekday would be; only a longer span
("two weeks ago", "a year ago") or more than a week of days sets an earlier event apart
(background, :mod:`claimex.pipeline.claims.scope`).

Plain strings in, a boolean out; the units are ``resources/words/recent_span_units.txt``.

>>> names_a_recent_day("Two", "days"), names_a_recent_day("a few", "hours")
(True, True)
>>> names_a_recent_day("two", "years"), names_a_recent_day("40", "days")
(False, False)
"""

from __future__ import annotations

from claimex import lexicon
from claimex.rules.guard import never_raises
from claimex.rules.numbers.parse import parse_number

_UNITS = lexicon.groups("recent_span_units")
_HOURS = frozenset(_UNITS["hours"])
_DAYS = frozenset(_UNITS["days"])
# How many days back a span may reach and still date the reported event (a week, as a
# figure dated in its own sentence stays a part of the event: assemble/toll_time).
RECENT_DAYS = 7


@never_raises(fallback=lambda count, unit: False)
def names_a_recent_day(count: str, unit: str) -> bool:
    """Whether "<count> <unit> ago" dates the reported event: a unit of hours or days and,
    where the count is a number, at most :data:`RECENT_DAYS` days back. A vague count ("a
    few", "several", "a couple of") or none ("hours ago") is a short span.

    >>> names_a_recent_day("36", "hours"), names_a_recent_day("", "days")
    (True, True)
    >>> names_a_recent_day("ten", "days"), names_a_recent_day("two", "weeks")
    (False, False)
    """
    unit = unit.lower()
    if unit not in _HOURS and unit not in _DAYS:
        return False
    value = parse_number(count) if count.strip() else None
    if value is None:
        return True
    days = value / 24 if unit in _HOURS else value
    return days <= RECENT_DAYS
