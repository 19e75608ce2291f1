"""dates/extra._EXTRA_RE opens with a look-ahead of its branches' first words, whole (no
letter or digit right after: "the", not "they"): it finds what the same pattern finds
with a look-ahead of the words as prefixes only, branch by branch, in any case, across
line breaks and with the long s."""

import re

import pytest

from claimex.rules.dates.extra import _EXTRA_RE, _FIRST_WORDS
from claimex.rules.dates.patterns import first_words_lookahead
from tests.conftest import matches_of

_PREFIXES_ONLY = re.compile(
    _EXTRA_RE.pattern.replace(first_words_lookahead(_FIRST_WORDS, True, r"(?!\w)"),
                              first_words_lookahead(_FIRST_WORDS, True), 1),
    re.IGNORECASE)


@pytest.mark.parametrize("text", [
    # durations: a bounding word, "the next", a count, halves
    "Talks ran for nearly two years, more than four hours and about 3 weeks.",
    "The next three days, the nine months, two and a half days, a year and a half.",
    "Half an hour, a half-hour, twenty-one days, Thirty Five minutes, a couple of weeks.",
    "A dozen years, several months, a few decades, many centuries, 2.5 hours.",
    # quarters, fiscal years, reference words, vague durations, sets
    "The third quarter, its fiscal fourth quarter, last fiscal year, the upcoming fiscal year.",
    "Right now, currently, at present, these days, the near future, soon, more recently.",
    "In recent years; for weeks; within months; over decades; past years.",
    "Weekly, daily and biweekly visits; per day; per quarter; hourly.",
    # clocks, seasons, centuries, decades, the year
    "At 5 p.m., at 17:00, at noon, midnight Friday, midday.",
    "Last summer, this coming spring, the winter of 1994, early-autumn, mid fall.",
    "The 19th century, the early nineties, the fiscal year ended March 31.",
    "The year, the full year, the current fiscal year, its latest quarter.",
    # words that only begin like a first word
    "They thought the thesis was theirs; annual almanacs; forty-fourth; fourthly; pertly.",
    "now's\nthe\npast\tyear, THE NEXT TWO DAYS, \u017feveral years, \u017foon",
])
def test_whole_first_words_change_no_match(text):
    assert _PREFIXES_ONLY.pattern != _EXTRA_RE.pattern
    assert matches_of(_EXTRA_RE, text) == matches_of(_PREFIXES_ONLY, text)
