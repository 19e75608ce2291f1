""""Later in the day" is the narrative's day with mod END
(claimex.rules.dates.later_in_the_day)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.later_in_the_day import later_in_the_day

REF = dt.date(2022, 3, 31)  # a Thursday


def _found(text):
    return [(m.text, m.timex_type, m.timex_value, m.timex_mod)
            for m in later_in_the_day(text, find_dates(text, REF), [], REF)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry sailed on Tuesday. It docked later in the day.",
     [("later in the day", "DATE", "2022-03-29", "END")]),
    ("Gusts will build later in the night.", [("later in the night", "TIME", "2022-03-31TNI",
                                               "END")]),
    ("Earlier in the evening, the bridge had been shut.",
     [("Earlier in the evening", "TIME", "2022-03-31TEV", "START")]),
    # a day later in its sentence, none before it
    ("Queues formed early in the morning on Saturday.",
     [("early in the morning", "TIME", "2022-03-26TMO", "START")]),
    ("The market rallied late in the day.", [("late in the day", "DATE", "2022-03-31", "END")]),
    # another period, or no period word: not this rule's
    ("Rates may rise later in the year.", []),
    ("He will call later in the talks.", []),
])
def test_later_in_the_day(text, expected):
    assert _found(text) == expected
