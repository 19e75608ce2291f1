"""The end of the day as a deadline, a DATE with mod END
(claimex.rules.dates.period_ends)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.period_ends import period_ends

REF = dt.date(2022, 3, 31)  # a Thursday


def _found(text):
    return [(m.text, m.timex_value, m.timex_mod)
            for m in period_ends(text, find_dates(text, REF), [], REF)]


@pytest.mark.parametrize(("text", "expected"), [
    # the day the narrative is on: the last day named before it, else the publication day
    ("Crews arrived Wednesday. By the end of the day, power was back.",
     [("the end of the day", "2022-03-30", "END")]),
    ("The shelter stays open until the end of the day.",
     [("the end of the day", "2022-03-31", "END")]),
    # the idiom: no time; the year's end is left alone (tried, lowered TimeBank check)
    ("At the end of the day, voters decide.", []),
    ("The plant should be running by year end.", []),
])
def test_period_ends(text, expected):
    assert _found(text) == expected
