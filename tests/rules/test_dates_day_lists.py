"""A day list that puts the month first ("Feb. 26 and 27") is dated by its first day; with
"between" or "from" it stays a range (claimex.rules.dates.tokens._first_listed_day)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates

REF = dt.date(2009, 3, 3)


@pytest.mark.parametrize(("text", "expected"), [
    # two days of one month, no "between": the first day, a date of its own
    ("Marines searched the creeks during patrols Feb. 26 and 27.", [("Feb. 26", "2009-02-26")]),
    ("The convoy was stopped on Jan. 4 and 5, 2008, near the pass.",
     [("Jan. 4", "2008-01-04")]),
    ("Rangers cleared the ridge Sept. 9 and 10.", [("Sept. 9", "2008-09-09")]),
    # with "between" or "from" it is still the range of both days
    ("Rangers cleared the ridge between Feb. 26 and 27.",
     [("between Feb. 26 and 27", "2009-02-26/2009-02-27")]),
    # days out of order, or a day the month lacks: no list, nothing found
    ("Rangers cleared the ridge Feb. 27 and 26.", []),
    ("Rangers cleared the ridge Feb. 29 and 30, 2009.", []),
    # the month after the days is not read as a list
    ("Rangers cleared the ridge on 26 and 27 February.", []),
])
def test_first_day_of_a_day_list(text, expected):
    found = [(m.text, m.value) for m in find_dates(text, REF)]
    assert [f for f in found if f[1] != REF.isoformat()] == expected
