"""A clock time and the day next to it are one TIME (claimex.rules.dates.clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.clock import clock_days, clock_times_on_narrative_day
from claimex.rules.dates.extra import find_timexes

REF = dt.date(1989, 10, 30)  # a Monday


def _found(text):
    dates = find_dates(text, REF)
    dates, extra = clock_days(text, dates, find_timexes(text, REF, dates))
    extra = clock_times_on_narrative_day(text, dates, extra)
    return [(m.text, m.timex_value, m.timex_type) for m in [*dates, *extra]]


@pytest.mark.parametrize(("text", "expected"), [
    # the day after the time
    ("The offer expires at 5 p.m. EST, Nov. 6.",
     [("5 p.m. EST, Nov. 6", "1989-11-06T17:00", "TIME")]),
    ("It was to expire at midnight Friday.", [("midnight Friday", "1989-10-27T24:00", "TIME")]),
    # the day before the time
    ("They will meet on Nov. 6, 9 a.m.",
     [("Nov. 6, 9 a.m.", "1989-11-06T09:00", "TIME")]),
    # "at" between them: two TIMEX3 (the clock time on the day named before it)
    ("They will meet on Nov. 6 at 9 a.m.",
     [("Nov. 6", "1989-11-06", "DATE"), ("9 a.m.", "1989-11-06T09:00", "TIME")]),
    # "on" between them: two TIMEX3, the clock time still on that day
    ("It closes at 9 p.m. on Friday, Nov. 3.",
     [("Friday, Nov. 3", "1989-11-03", "DATE"), ("9 p.m.", "1989-11-03T21:00", "TIME")]),
    # "midnight on" a day: the midnight that opens it
    ("It died shortly after midnight on Oct. 27, police said.",
     [("Oct. 27", "1989-10-27", "DATE"), ("midnight", "1989-10-27T00:00", "TIME")]),
    # midnight_of_a_night: a midnight with a night is the start of the next day
    ("The ban runs from midnight tonight, officials said.",
     [("midnight tonight", "1989-10-31T00:00", "TIME")]),
    ("Gales peak around midnight Tuesday night in the west.",
     [("midnight Tuesday night", "1989-11-01T00:00", "TIME")]),
    ("The deadline is midnight tomorrow night, aides said.",
     [("midnight tomorrow night", "1989-11-01T00:00", "TIME")]),
    # a clock time before a relative day with its part of the day: one TIME
    ("Crews will work until 5am tomorrow morning, the council said.",
     [("5am tomorrow morning", "1989-10-31T05:00", "TIME")]),
    # hour_before_day_part: an hour with no a.m./p.m. before a part of the day, after "at"
    ("The lorry overturned at 4.15 Sunday morning.",
     [("4.15 Sunday morning", "1989-10-29T04:15", "TIME")]),
    ("Stalls open from 6 tonight by the river.", [("6 tonight", "1989-10-30T18:00", "TIME")]),
    ("The mayor speaks at 8 this evening downtown.",
     [("8 this evening", "1989-10-30T20:00", "TIME")]),
    # ... not a count before a part of the day, with no preposition
    ("Officers detained 4 Friday night after the match.",
     [("Friday night", "1989-10-27TNI", "TIME")]),
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


def _on_narrative_day(text, ref):
    dates = find_dates(text, ref)
    dates, extra = clock_days(text, dates, find_timexes(text, ref, dates))
    return [(m.text, m.timex_value) for m in clock_times_on_narrative_day(text, dates, extra)
            if m.timex_type == "TIME"]


@pytest.mark.parametrize(("text", "ref", "expected"), [
    # the last day named before the clock time: the narrative's day
    ("A boy was shot Friday night. He was struck just before 8:30 p.m.",
     dt.date(2023, 10, 21), [("8:30 p.m.", "2023-10-20T20:30")]),
    ("A train derailed Wednesday morning near Hood Street around 5:20 a.m.",
     dt.date(2020, 12, 3), [("5:20 a.m.", "2020-12-02T05:20")]),
    # the latest of several named days
    ("Shots were fired Friday. On Saturday police came at 1 a.m.",
     dt.date(2023, 10, 22), [("1 a.m.", "2023-10-21T01:00")]),
    # a midnight with no day of its own: the start of the day after the narrative's day
    ("He was shot at 11:30 p.m. on Sunday and died around midnight.",
     dt.date(2024, 4, 30), [("11:30 p.m.", "2024-04-28T23:30"), ("midnight", "2024-04-29T00:00")]),
    ("The curfew begins at midnight.", dt.date(2024, 4, 30), [("midnight", "2024-05-01T00:00")]),
    # no day named before it: the publication day
    ("Police responded at 1 a.m. on a report of a shooting.",
     dt.date(2017, 12, 20), [("1 a.m.", "2017-12-20T01:00")]),
    # a year or a month is no day to anchor to
    ("The plant opened in 2015. The fire started at 3 a.m.",
     dt.date(2022, 3, 31), [("3 a.m.", "2022-03-31T03:00")]),
])
def test_clock_time_on_the_narrative_day(text, ref, expected):
    assert _on_narrative_day(text, ref) == expected
