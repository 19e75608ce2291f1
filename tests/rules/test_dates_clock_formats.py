"""Clock times as the news of several countries writes them
(claimex.rules.dates.clock_formats), found through ``find_timexes``."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.extra import find_timexes

REF = dt.date(2021, 6, 12)  # a Saturday


def _clock_times(text):
    return [(m.text, m.timex_value) for m in find_timexes(text, REF, find_dates(text, REF))
            if m.timex_type == "TIME"]


@pytest.mark.parametrize(("text", "expected"), [
    # twelve_hour: the minutes after a point (British, Irish, Indian usage)
    ("The row started at 10.30pm near the square.", [("10.30pm", "2021-06-12T22:30")]),
    ("Officers arrived shortly before 7.05 a.m. at the farm.", [("7.05 a.m.", "2021-06-12T07:05")]),
    # ... and after a colon, as before
    ("The gates open at 9:45am for the fans.", [("9:45am", "2021-06-12T09:45")]),
    # a point without a.m./p.m. is a decimal, not a clock time
    ("The index fell 10.30 to 2,410.45 at the close.", []),
])
def test_clock_formats(text, expected):
    assert _clock_times(text) == expected
