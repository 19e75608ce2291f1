""""Overnight" before a noun of a kind of thing is no time
(claimex.rules.dates.attributive_overnight)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.attributive_overnight import without_attributive_overnight

REF = dt.date(2022, 3, 31)  # a Thursday


def _kept(text):
    return [m.text for m in without_attributive_overnight(text, find_dates(text, REF))]


@pytest.mark.parametrize(("text", "expected"), [
    # an attribute of a reading, of works, of travel: dropped
    ("Overnight lows should dip below freezing.", []),
    ("The state plans overnight lane closures near the bridge.", []),
    ("Nurses on overnight shifts will get a bonus.", []),
    # a time of its own: kept
    ("Shells hit the port overnight, the mayor said.", ["overnight"]),
    ("Overnight, temperatures fell sharply.", ["Overnight"]),
    # an event dated to the night, and a market figure as TimeBank tags it: kept
    ("Troops detained two men in an overnight raid.", ["overnight"]),
    ("Bonds rallied in overnight trading in Tokyo.", ["overnight"]),
])
def test_attributive_overnight(text, expected):
    assert _kept(text) == expected
