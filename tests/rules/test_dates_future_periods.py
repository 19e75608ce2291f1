"""A plural time unit that looks ahead with no count is a vague DURATION
(claimex.rules.dates.future_periods)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.future_periods import future_periods

REF = dt.date(2022, 3, 31)


def _found(text):
    return [(m.text, m.timex_type, m.timex_value)
            for m in future_periods(text, [], find_dates(text, REF))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Engineers expect more aftershocks in the days ahead.",
     [("the days ahead", "DURATION", "PXD")]),
    ("The mill will hire in the months to come.", [("the months to come", "DURATION", "PXM")]),
    ("Tolls may rise over the upcoming years.", [("the upcoming years", "DURATION", "PXY")]),
    ("Upcoming weeks look busy for the ferry crews.", [("Upcoming weeks", "DURATION", "PXW")]),
    ("The weeks ahead will test the new coach.", [("The weeks ahead", "DURATION", "PXW")]),
    # "ahead of" is a preposition: the days before an event, left alone
    ("Prices climbed in the days ahead of the auction.", []),
    # a unit without the future word, or a single unit, is not this rule's
    ("Prices climbed in the days after the auction.", []),
    ("The day ahead looks calm.", []),
])
def test_future_periods(text, expected):
    assert _found(text) == expected

