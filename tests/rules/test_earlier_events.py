"""Time marks that date an event before the reported one (``claimex.rules.earlier_events``).
The word lists are made up for the phenomenon."""

from __future__ import annotations

import pytest

from claimex.rules.earlier_events import dated_earlier

MARKS = [
    # (name, words, expected)
    ("last plus a unit", "the bridge where a flood drowned 6 last month", True),
    ("a possessive unit", "last year 's siege of the port in which 50 died", True),
    ("a span ago", "the quarry where a rockslide killed 3 two years ago", True),
    ("a span earlier", "a raid a fortnight earlier in which 7 died", True),
    ("earlier this", "the convoy that was hit earlier this month", True),
    ("hours are the same day", "the depot that was shelled hours ago", False),
    ("a weekday is no mark", "the camp where 8 were hurt on Tuesday", False),
    ("a date is no mark", "the ferry that sank on 4 June with 30 aboard", False),
    ("last without a unit", "the last convoy that was hit", False),
    ("this month alone", "the clinic that opened this month", False),
]


@pytest.mark.parametrize(("words", "expected"), [r[1:] for r in MARKS],
                         ids=[r[0] for r in MARKS])
def test_dated_earlier(words, expected):
    assert dated_earlier(words.split()) is expected
