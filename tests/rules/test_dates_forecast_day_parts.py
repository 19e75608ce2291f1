"""A bare part of the day in a forecast is a TIME on the forecast's day
(claimex.rules.dates.forecast_day_parts)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.forecast_day_parts import forecast_day_parts

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
    # a past report: left to the date finder
    ("Volunteers searched the woods through the night.", []),
    # a date after it: the date's
    ("The parade will start in the morning of May 9.", []),
])
def test_forecast_day_parts(text, expected):
    assert _found(text) == expected
