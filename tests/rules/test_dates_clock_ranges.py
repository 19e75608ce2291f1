"""The second clock time of a dashed range (claimex.rules.dates.clock_ranges): one row per
form, sentences made up for the phenomenon."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.clock_ranges import clock_range_gaps
from claimex.rules.dates.extra import find_timexes

REF = dt.date(2031, 5, 7)


def _clocks(text):
    dates = find_dates(text, REF)
    found = find_timexes(clock_range_gaps(text), REF, dates)
    return [(m.text, m.timex_value) for m in found if m.timex_type == "TIME"]


@pytest.mark.parametrize(("text", "expected"), [
    # a dash right after the first clock's a.m./p.m.: both clocks
    ("The ramp is shut 6 a.m.-2 p.m.", [("6 a.m.", "2031-05-07T06:00"),
                                        ("2 p.m.", "2031-05-07T14:00")]),
    ("Crews dig 7am-3pm on site.", [("7am", "2031-05-07T07:00"), ("3pm", "2031-05-07T15:00")]),
    ("The hall is let 10:30 a.m.–1:15 p.m.", [("10:30 a.m.", "2031-05-07T10:30"),
                                             ("1:15 p.m.", "2031-05-07T13:15")]),
    # with spaces around the dash it was found before; unchanged
    ("The ramp is shut 6 a.m. - 2 p.m.", [("6 a.m.", "2031-05-07T06:00"),
                                          ("2 p.m.", "2031-05-07T14:00")]),
    # not clock ranges: a year span, a score, page numbers
    ("Output fell over 1990-95.", []),
    ("The hosts won 3-2 at home.", []),
])
def test_second_clock_of_a_dashed_range(text, expected):
    assert _clocks(text) == expected


def test_same_length():
    text = "Open 9am-5pm, 8 a.m.—noon"
    assert len(clock_range_gaps(text)) == len(text)
