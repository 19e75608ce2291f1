"""TIMEX3 values of date mentions (claimex.rules.dates.timex), one row per phenomenon."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.timex import timex_of

REF = dt.date(2013, 3, 21)  # a Thursday


@pytest.mark.parametrize(("surface", "value", "expected"), [
    # granularity of the expression, mod from its first words
    ("late 2016", "2016-07/2016-12", ("2016", "DATE", "END")),
    ("early August", "2012-08-01/2012-08-15", ("2012-08", "DATE", "START")),
    ("mid 2016", "2016", ("2016", "DATE", "MID")),
    ("the end of the month", "2013-03-16/2013-03-31", ("2013-03", "DATE", "END")),
    ("early next week", "2013-03-25/2013-03-27", ("2013-W13", "DATE", "START")),
    ("earlier this year", "2013-01-01/2013-03-20", ("2013", "DATE", "START")),
    ("four years ago", "2009-03-21", ("2009", "DATE", None)),
    ("five months ago", "2012-10-21", ("2012-10", "DATE", None)),
    ("six weeks ago", "2013-02-07", ("2013-W06", "DATE", None)),
    ("two days ago", "2013-03-19", ("2013-03-19", "DATE", None)),
    # decades, quarters, halves, weekends
    ("the 1990s", "199X", ("199", "DATE", None)),
    ("the late 1970s", "197X", ("197", "DATE", "END")),
    ("Q1 2013", "2013-01/2013-03", ("2013-Q1", "DATE", None)),
    ("the third quarter of 1990", "1990-07/1990-09", ("1990-Q3", "DATE", None)),
    ("the first half of 2013", "2013-01/2013-06", ("2013-H1", "DATE", None)),
    ("the weekend", "2013-03-16/2013-03-17", ("2013-W11-WE", "DATE", None)),
    # ranges give their first end, open intervals the date they open from
    ("between 1994 and 1997", "1994/1997", ("1994", "DATE", None)),
    # parts of the day are TIMEs
    ("this morning", "2013-03-21", ("2013-03-21TMO", "TIME", None)),
    ("last night", "2013-03-20", ("2013-03-20TNI", "TIME", None)),
    ("overnight", "2013-03-20", ("2013-03-20TNI", "TIME", None)),
    ("Friday night", "2013-03-15", ("2013-03-15TNI", "TIME", None)),
    # "tonight": the night of the day, a TIME as the TimeML guidelines write it
    ("tonight", "2013-03-21", ("2013-03-21TNI", "TIME", None)),
    ("Tonight", "2013-03-21", ("2013-03-21TNI", "TIME", None)),
    # spans of days counted from today are durations
    ("the past two weeks", "2013-03-07/2013-03-20", ("P2W", "DURATION", None)),
    ("the next three days", "2013-03-22/2013-03-24", ("P3D", "DURATION", None)),
    # a length counted from the last day named: the length, as TimeML marks it
    ("three days later", "2013-03-24", ("P3D", "DURATION", None)),
    ("two weeks later", "2013-04-04", ("P2W", "DURATION", None)),
])
def test_timex_of(surface, value, expected):
    assert timex_of(surface, value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # relative_day_part: a relative day with its part of the day is a TIME on that day
    ("Showers will clear tomorrow morning in the north.", [("tomorrow morning", "2013-03-22TMO")]),
    ("The pair met yesterday afternoon at the depot.", [("yesterday afternoon", "2013-03-20TAF")]),
    ("Polls close tomorrow night across the state.", [("tomorrow night", "2013-03-22TNI")]),
    # ... not a word that only starts like a part of the day
    ("Delivery tomorrow mornings only.", [("tomorrow", "2013-03-22")]),
])
def test_relative_day_with_part_of_day(text, expected):
    assert [(m.text, m.timex_value) for m in find_dates(text, REF)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks have stalled since 1990.", ("since 1990", "1990/..", "1990")),
    ("The deal runs until early 1990.", ("until early 1990", "../1990-06", "1990")),
    ("Prices fell before next week.", ("before next week", "../2013-W12", "2013-W13")),
])
def test_open_intervals_keep_the_timex_of_their_date(text, expected):
    m = find_dates(text, REF)[0]
    assert (m.text, m.value, m.timex_value) == expected
