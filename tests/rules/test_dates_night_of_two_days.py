"""A night named by the two days it spans is dated by the first
(claimex.rules.dates.night_of_two_days)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.night_of_two_days import night_of_two_days

REF = dt.date(2010, 5, 14)  # a Friday


def _found(text):
    return [(m.text, m.value) for m in night_of_two_days(text, find_dates(text, REF))]


@pytest.mark.parametrize(("text", "expected"), [
    # one night over two days in a row: the day it begins
    ("Rangers stormed the hideout on the night of May 11-12.", [("May 11-12", "2010-05-11")]),
    ("On the night of 11-12 May the garrison came under fire.", [("11-12 May", "2010-05-11")]),
    ("Sentries spotted the boats during the night of May 11 to 12.",
     [("May 11 to 12", "2010-05-11")]),
    ("Flares lit the valley the night of Jan. 31-Feb. 1, 2009.",
     [("Jan. 31-Feb. 1, 2009", "2009-01-31")]),
    ("Rangers stormed the hideout in the night between May 11 and 12.",
     [("between May 11 and 12", "2010-05-11")]),
    # more than two days, no night noun, or "between" with no night: the interval stays
    ("Patrols swept the hills over the nights of May 10-13.",
     [("May 10-13", "2010-05-10/2010-05-13")]),
    ("Rangers stormed three hideouts on May 11-12.", [("May 11-12", "2010-05-11/2010-05-12")]),
    ("Rangers stormed three hideouts between May 11 and 12.",
     [("between May 11 and 12", "2010-05-11/2010-05-12")]),
    # a noun that is no night before "of"
    ("The report of May 11-12 lists the raids.", [("May 11-12", "2010-05-11/2010-05-12")]),
])
def test_night_of_two_days(text, expected):
    assert _found(text) == expected
