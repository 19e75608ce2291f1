"""The end of the day or of the year as a deadline, a DATE with mod END
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
    # the year: the publication year
    ("The plant should be running by year end.", [("year end", "2022", "END")]),
    ("Rules must be in place by year's end.", [("year's end", "2022", "END")]),
    ("The firm hopes to close the deal before the year-end.", [("the year-end", "2022", "END")]),
    # the idiom and an adjective: no time
    ("At the end of the day, voters decide.", []),
    ("The year-end results were weak.", []),
])
def test_period_ends(text, expected):
    assert _found(text) == expected
