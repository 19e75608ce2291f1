"""A span of hours or days back from the report's day dates the reported event
(:mod:`claimex.rules.recent_spans`); a longer one sets an earlier event apart."""

import pytest

from claimex.rules.recent_spans import names_a_recent_day

# count, unit (the words before "ago"), whether the span dates the reported event
SPANS = [
    ("two", "days", True),
    ("3", "days", True),
    ("a", "day", True),
    ("a few", "hours", True),
    ("", "hours", True),
    ("several", "days", True),
    ("a couple of", "nights", True),
    ("48", "hours", True),
    ("seven", "days", True),
    # near misses: a longer unit, or more than a week of days or hours
    ("two", "years", False),
    ("a", "week", False),
    ("three", "months", False),
    ("ten", "days", False),
    ("200", "hours", False),
]


@pytest.mark.parametrize(("count", "unit", "recent"), SPANS)
def test_names_a_recent_day(count, unit, recent):
    assert names_a_recent_day(count, unit) is recent
