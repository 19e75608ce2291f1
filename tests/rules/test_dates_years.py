"""Bare years are dates; a year inside a name, an identifier, a score or a count is not."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates

REF = dt.date(1998, 3, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("The 1996 budget was cut.", [("1996", "1996")]),
    ("1996 was a good year.", [("1996", "1996")]),
    ("Prices peaked after the 1987 crash.", [("1987", "1987")]),
    ("It was 2009, he said.", [("2009", "2009")]),
    ("in 2010", [("2010", "2010")]),
    ("since 2009", [("since 2009", "2009/..")]),
    ("January this year", [("January this year", "1998-01")]),
    ("June last year", [("June last year", "1997-06")]),
    # names, identifiers, counts, money
    ("Windows 2000 crashed.", []),
    ("He took flight 1549 home.", []),
    ("Resolution 2254 passed.", []),
    ("They fired 2000 rockets.", []),
    ("Paid $2010 in fees.", []),
    ("The S-400 and F-35 jets", []),
    ("Release 2010-12-S-001 says", []),
    ("Room 1999 is free.", []),
    ("Ref. 2010-12-S-187 2080, 2097, 2101, 2082 For Immediate Release", []),  # ids
])
def test_bare_years(text, expected):
    assert [(m.text, m.value) for m in find_dates(text, REF)] == expected
