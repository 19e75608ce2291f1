"""The day of a report (claimex.rules.dates.report_day): one row per frame, sentences made
up for the phenomenon."""

from __future__ import annotations

import pytest

from claimex.rules.dates.report_day import report_day


@pytest.mark.parametrize(("text", "day", "expected"), [
    # a past reporting verb right before the day, whatever the tense said
    ("The warden said Sunday the gates will stay shut.", "Sunday", True),
    ("The board announced Friday that fees would rise.", "Friday", True),
    ("The firm announced on Monday that it will hire.", "Monday", True),
    ("Medics told Wednesday of a long night.", "Wednesday", True),
    ("The league confirmed March 3 that the final moves.", "March 3", True),
    # a possessive: another event's day
    ("The warden said Sunday's match will go ahead.", "Sunday", False),
    # the day is the subject of what was said
    ("The warden said Sunday would be the last open day.", "Sunday", False),
    ("The warden said Sunday is the deadline.", "Sunday", False),
    # not a past reporting verb
    ("The warden will say Sunday whether the gates open.", "Sunday", False),
    ("The gates will open Sunday.", "Sunday", False),
])
def test_report_day(text, day, expected):
    start = text.index(day)
    assert report_day(text, start, start + len(day)) is expected
