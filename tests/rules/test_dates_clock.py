"""A clock time and the day next to it are one TIME (claimex.rules.dates.clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.clock import clock_days
from claimex.rules.dates.extra import find_timexes

REF = dt.date(1989, 10, 30)  # a Monday


def _found(text):
    dates = find_dates(text, REF)
    dates, extra = clock_days(text, dates, find_timexes(text, REF, dates))
    return [(m.text, m.timex_value, m.timex_type) for m in [*dates, *extra]]


@pytest.mark.parametrize(("text", "expected"), [
    # the day after the time
    ("The offer expires at 5 p.m. EST, Nov. 6.",
     [("5 p.m. EST, Nov. 6", "1989-11-06T17:00", "TIME")]),
    ("It was to expire at midnight Friday.", [("midnight Friday", "1989-10-27T24:00", "TIME")]),
    # the day before the time
    ("They will meet on Nov. 6 at 9 a.m.",
     [("Nov. 6 at 9 a.m.", "1989-11-06T09:00", "TIME")]),
    # no day next to it: the reference day
    ("The market closed at 5 p.m., traders said.", [("5 p.m.", "1989-10-30T17:00", "TIME")]),
    # a film title is not a clock time
    ("a picture from the film High Noon", []),
])
def test_clock_days(text, expected):
    assert _found(text) == expected


def test_the_day_keeps_its_value_for_claims():
    text = "The offer expires at 5 p.m. EST, Nov. 6."
    dates = find_dates(text, REF)
    [joined], _ = clock_days(text, dates, find_timexes(text, REF, dates))
    assert joined.value == "1989-11-06"
