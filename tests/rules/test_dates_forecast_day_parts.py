"""A bare part of the day in a forecast is a TIME, read forward from the forecast's day
(claimex.rules.dates.forecast_day_parts)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.forecast_day_parts import forecast_day_parts, forward_day

REF = dt.date(2022, 3, 31)  # a Thursday


def _found(text):
    return [(m.text, m.timex_value)
            for m in forecast_day_parts(text, find_dates(text, REF), [], REF)]


@pytest.mark.parametrize(("text", "expected"), [
    # a forecast clause: the last day named before it, else the publication day
    ("Fog lifts Saturday. Skies will brighten by the afternoon.",
     [("the afternoon", "2022-04-02TAF")]),
    ("Gusts will ease through the evening hours.", [("the evening hours", "2022-03-31TEV")]),
    ("Drizzle will turn to snow by evening.", [("evening", "2022-03-31TEV")]),
    # read forward: a morning after tonight is tomorrow's, and so is the afternoon after it
    ("Sleet spreads in tonight. Roads will stay icy until morning, and by afternoon it "
     "will thaw.", [("morning", "2022-04-01TMO"), ("afternoon", "2022-04-01TAF")]),
    # a night after this evening stays on the day
    ("Thunder will rumble this evening and will go on through the night.",
     [("the night", "2022-03-31TNI")]),
    # a day named before it that is already past gives way to the publication day
    ("The last frost came on Monday. The wind will drop during the afternoon.",
     [("the afternoon", "2022-03-31TAF")]),
    # a past report: left to the date finder
    ("Volunteers searched the woods through the night.", []),
    # a date after it: the date's
    ("The parade will start in the morning of May 9.", []),
])
def test_forecast_day_parts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("day", "previous", "part", "expected"), [
    ("2022-03-31", None, "evening", "2022-03-31"),
    ("2022-03-28", None, "morning", "2022-03-31"),
    ("2022-03-31", "2022-03-31TNI", "morning", "2022-04-01"),
    ("2022-03-31", "2022-03-31TEV", "night", "2022-03-31"),
    ("2022-03-31", "2022-04-02TMO", "afternoon", "2022-04-02"),
    ("2022-04-02", "2022-03-31TNI", "morning", "2022-04-02"),
])
def test_forward_day(day, previous, part, expected):
    assert forward_day(day, REF, previous, part) == expected
