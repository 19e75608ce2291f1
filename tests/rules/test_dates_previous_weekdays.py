""""The previous <weekday>" counts back from the last day named
(claimex.rules.dates.previous_weekdays)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.previous_weekdays import previous_weekdays, weekday_before

REF = dt.date(2023, 5, 15)  # a Monday


def _found(text):
    return [(m.text, m.timex_value) for m in previous_weekdays(text, find_dates(text, REF))]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry sailed on Friday, a week after the previous Friday crossing was cancelled.",
     [("Friday", "2023-05-12"), ("the previous Friday", "2023-05-05")]),
    ("Turnout on May 3 was twice that of the preceding Sunday.",
     [("May 3", "2023-05-03"), ("the preceding Sunday", "2023-04-30")]),
    ("The library reopened Wednesday; the previous Monday it had flooded.",
     [("Wednesday", "2023-05-10"), ("the previous Monday", "2023-05-08")]),
    # no day named before it: the reading counted from the publication date stays
    ("Sales were flat compared with the previous Friday.", None),
    # a month named before it is no day to count from
    ("In April the pier was shut, and the previous Tuesday too.", None),
])
def test_previous_weekdays(text, expected):
    if expected is None:
        before = [(m.text, m.timex_value) for m in find_dates(text, REF)]
        assert _found(text) == before
    else:
        assert _found(text) == expected


@pytest.mark.parametrize(("anchor", "weekday", "expected"), [
    ("2023-05-12", 4, "2023-05-05"),  # the same weekday: a week back
    ("2023-05-12", 0, "2023-05-08"),
    ("2023-05-08", 6, "2023-05-07"),
])
def test_weekday_before(anchor, weekday, expected):
    assert weekday_before(anchor, weekday) == expected
