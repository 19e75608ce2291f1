"""Parts of the day with "all", "early", "late" as TIME on the narrative's day
(claimex.rules.dates.day_parts)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.day_parts import day_parts

REF = dt.date(2022, 3, 31)  # a Thursday


def _found(text):
    return [(m.text, m.timex_value, m.timex_mod)
            for m in day_parts(text, find_dates(text, REF), [], REF)]


@pytest.mark.parametrize(("text", "expected"), [
    # the last day named before it
    ("A train derailed Wednesday. Crews were on scene all morning.",
     [("all morning", "2022-03-30TMO", None)]),
    # no day before it: a day later in its sentence, else the publication day
    ("An early morning fire Wednesday left two people hurt.",
     [("early morning", "2022-03-30TMO", "START")]),
    ("Snow will taper by late-morning.", [("late-morning", "2022-03-31TMO", "END")]),
    ("Talks went on late into the night.", []),
    # before a noun of a kind of thing: no time
    ("Attention, early morning commuters: a storm is coming.", []),
    ("He hosts the late night show.", []),
    # a day of its own: already a date, not found again
    ("The storm hit early Wednesday morning.", []),
])
def test_day_parts(text, expected):
    assert _found(text) == expected
