"""A range of two dates is two TIMEX3: its end as a mention of its own
(claimex.rules.dates.ranges)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.ranges import range_ends

REF = dt.date(1989, 11, 2)


def _found(text):
    dates, ends = range_ends(text, find_dates(text, REF))
    return ([(m.text, m.value, m.timex_value) for m in dates],
            [(m.text, m.timex_value, m.timex_type) for m in ends])


@pytest.mark.parametrize(("text", "expected"), [
    # the range keeps its interval and the start's TIMEX3 value; the end is its own TIMEX3
    ("shares bought from Aug. 26 to Oct. 20 for $23",
     ([("from Aug. 26 to Oct. 20", "1989-08-26/1989-10-20", "1989-08-26")],
      [("Oct. 20", "1989-10-20", "DATE")])),
    ("the sale of his shares between 1985 and 1987.",
     ([("between 1985 and 1987", "1985/1987", "1985")], [("1987", "1987", "DATE")])),
    # "now" as the start is PRESENT_REF
    ("He will not be repatriated between now and Feb. 10.",
     ([("between now and Feb. 10", "1989-11-02/1990-02-10", "PRESENT_REF")],
      [("Feb. 10", "1990-02-10", "DATE")])),
    # without a year, the range points the way its clause does, as a single day does
    ("Schools announce a closure Nov. 6-Dec. 4, officials say.",
     ([("Nov. 6-Dec. 4", "1989-11-06/1989-12-04", "1989-11-06")],
      [("Dec. 4", "1989-12-04", "DATE")])),
    ("The plant was closed Nov. 6-Dec. 4.",
     ([("Nov. 6-Dec. 4", "1988-11-06/1988-12-04", "1988-11-06")],
      [("Dec. 4", "1988-12-04", "DATE")])),
    ("Motorists should expect a detour Nov. 10-13.",
     ([("Nov. 10-13", "1989-11-10/1989-11-13", "1989-11-10")], [("13", "1989-11-13", "DATE")])),
    # an open interval has no end of its own
    ("Prices have risen since August, he said.", ([("since August", "1989-08/..", "1989-08")], [])),
])
def test_range_ends(text, expected):
    assert _found(text) == expected
