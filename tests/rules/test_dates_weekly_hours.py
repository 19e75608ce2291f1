"""Clock times of a weekly schedule (claimex.rules.dates.weekly_hours): one row per frame,
sentences made up for the phenomenon."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.clock import clock_days, clock_times_on_narrative_day
from claimex.rules.dates.extra import find_timexes
from claimex.rules.dates.recurrences import recurring_sets
from claimex.rules.dates.weekly_hours import weekly_schedule_clocks

REF = dt.date(2031, 5, 7)  # a Wednesday


def _clocks(text):
    dates = find_dates(text, REF)
    dates, extra = recurring_sets(text, dates, find_timexes(text, REF, dates))
    dates, extra = clock_days(text, dates, extra)
    extra = clock_times_on_narrative_day(text, dates, extra)
    extra = weekly_schedule_clocks(text, extra, dates)
    return sorted((m.text, m.timex_value) for m in [*dates, *extra] if m.timex_type == "TIME")


@pytest.mark.parametrize(("text", "expected"), [
    # a plural weekday in the sentence: the clock times recur with it, no day of their own
    ("The surgery sees walk-ins from 8 a.m. to noon on Thursdays.", []),
    ("Vans collect glass at 6:30 a.m. on Mondays and Fridays.", []),
    ("Choir practice runs 7-9 p.m. on Wednesday nights.", []),
    # a recurring-day word: weekdays, weekends
    ("The depot is staffed 7 a.m. to 3 p.m. weekdays.", []),
    ("Guided walks leave at 10 a.m. on weekends.", []),
    # a weekday SET after "every" / "each"
    ("Recycling is picked up every Tuesday at 6 a.m.", []),
    # kept: a clock with its own day, or in a sentence with no recurring day
    ("The depot reopened at 7 a.m. on Monday.", [("7 a.m.", "2031-05-05T07:00")]),
    ("The depot reopened at 7 a.m. Monday.", [("7 a.m. Monday", "2031-05-05T07:00")]),
    ("The gates opened at 9 a.m. and closed at 5 p.m.",
     [("5 p.m.", "2031-05-07T17:00"), ("9 a.m.", "2031-05-07T09:00")]),
    # kept: a daily or nightly schedule is not weekly (its clocks stay on their first day)
    ("The beach cafe serves daily from 11:20 a.m. to 4:40 p.m.",
     [("11:20 a.m.", "2031-05-07T11:20"), ("4:40 p.m.", "2031-05-07T16:40")]),
    # kept: the recurring day sits in another sentence
    ("Lessons are held on Saturdays. The first starts at 9 a.m.",
     [("9 a.m.", "2031-05-07T09:00")]),
])
def test_weekly_schedule_clocks(text, expected):
    assert _clocks(text) == expected
