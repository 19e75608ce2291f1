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
    # twenty_four_hour_clock: two-digit hours after "at", "from", "until"
    ("Water will be off from 08:00 until 16:30 in the east.",
     [("08:00", "2021-06-12T08:00"), ("16:30", "2021-06-12T16:30")]),
    ("The derby now starts at 19h45 at the new ground.", [("19h45", "2021-06-12T19:45")]),
    # ... not without one: a score, a ratio, a verse
    ("The hosts won 10:08 in the end.", []),
    ("The pastor read John 3:16 aloud.", []),
    # twelve_hour_point: the minutes after a point, with a.m./p.m.
    ("The row started at 10.30pm near the square.", [("10.30pm", "2021-06-12T22:30")]),
    ("Officers arrived shortly before 7.05 a.m. at the farm.", [("7.05 a.m.", "2021-06-12T07:05")]),
    # ... a point without a.m./p.m. is a decimal, not a clock time
    ("The index fell 10.30 to 2,410.45 at the close.", []),
    # a twelve-hour clock needs no preposition
    ("The gates open 9:45am for the fans.", [("9:45am", "2021-06-12T09:45")]),
    # a point after an undotted "am"/"pm" ends the sentence, not the clock; "a.m." keeps its own
    ("The ferry sails at 7pm. Tickets are sold out.", [("7pm", "2021-06-12T19:00")]),
    ("The ferry sails at 7 p.m. Tickets are sold out.", [("7 p.m.", "2021-06-12T19:00")]),
    # "midday" is noon
    ("The market stalls pack up by midday.", [("midday", "2021-06-12T12:00")]),
])
def test_clock_formats(text, expected):
    assert _clock_times(text) == expected
