"""Reporting periods of results stories (claimex.rules.dates.quarters): anaphors valued as
the quarter they refer to, one row per frame."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.extra import find_timexes
from claimex.rules.dates.quarters import reporting_periods, year_quarters

REF = dt.date(1989, 10, 26)
STORY = "Third-quarter profit rose 5%. "


def _timexes(text):
    dates = find_dates(text, REF)
    dates, extra = reporting_periods(text, dates, find_timexes(text, REF, dates), REF)
    return sorted(((m.text, m.timex_value) for m in [*dates, *extra]),
                  key=lambda pair: text.index(pair[0]))


@pytest.mark.parametrize(("text", "span", "value"), [
    # the story's quarter by anaphora
    (STORY + "Sales in the quarter rose.", "the quarter", "1989-Q3"),
    (STORY + "Sales in the latest period rose.", "the latest period", "1989-Q3"),
    # the same quarter a year before
    (STORY + "It earned $4 million a year earlier.", "a year earlier", "1988-Q3"),
    (STORY + "It earned $4 million a year ago.", "a year ago", "1988-Q3"),
    (STORY + "In the year-ago quarter it lost money.", "the year-ago quarter", "1988-Q3"),
    (STORY + "In the year-earlier period it lost money.", "the year-earlier period",
     "1988-Q3"),
    (STORY + "For the quarter a year ago it lost money.", "the quarter a year ago",
     "1988-Q3"),
    (STORY + "In the year-ago third quarter it lost money.", "the year-ago third quarter",
     "1988-Q3"),
    (STORY + "Year-earlier results included a gain.", "Year-earlier", "1988-Q3"),
    # that quarter of a named year
    (STORY + "It earned $4 million in the 1988 period.", "the 1988 period", "1988-Q3"),
    (STORY + "It earned $4 million in the 1988 third quarter.", "the 1988 third quarter",
     "1988-Q3"),
    # the quarter named most often, not one named in passing
    ("Third-quarter profit rose. Fourth-quarter sales may fall. "
     "A year ago profit was lower.", "A year ago", "1988-Q3"),
    # without a quarter named: the last quarter that has ended; a year ago stays the year
    ("In the year-ago quarter it lost money.", "the year-ago quarter", "1988-Q3"),
    ("He moved here a year ago.", "a year ago", "1988"),
    ("He had moved there a year earlier.", "a year earlier", "1988"),
    # "the third quarter of $5 million" names the quarter (not "of 1990")
    ("net for the third quarter of $5 million", "the third quarter", "1989-Q3"),
])
def test_reporting_periods(text, span, value):
    assert (span, value) in _timexes(text)


def test_a_count_after_year_earlier_is_a_duration_not_a_quarter():
    text = STORY + "Net for the year-earlier nine months rose."
    assert all(span != "year-earlier" for span, _ in _timexes(text))


def test_claims_keep_the_date_value_of_a_year_ago():
    text = STORY + "It earned $4 million a year ago."
    dates = find_dates(text, REF)
    dates, _ = reporting_periods(text, dates, find_timexes(text, REF, dates), REF)
    [ago] = [m for m in dates if m.text == "a year ago"]
    assert (ago.value, ago.timex_value) == ("1988-10-26", "1988-Q3")


@pytest.mark.parametrize(("text", "expected"), [
    # a year's possessive and its quarter are one quarter of that year
    ("Profit should recover in next year's first quarter.",
     [("next year's first quarter", "1990-Q1")]),
    ("Sales fell from last year's fourth quarter.", [("last year's fourth quarter", "1988-Q4")]),
    ("It beat 1987's fiscal third quarter.", [("1987's fiscal third quarter", "1987-Q3")]),
    # a year with no quarter after it stays a year
    ("Next year's budget is tight.", [("Next year", "1990")]),
])
def test_year_quarters(text, expected):
    dates = find_dates(text, REF)
    dates, extra = year_quarters(text, dates, find_timexes(text, REF, dates))
    assert [(m.text, m.timex_value) for m in [*dates, *extra]] == expected


def test_year_quarter_keeps_an_open_interval():
    text = "I'll go back as early as next year's first quarter."
    dates = find_dates(text, REF)
    [joined], _ = year_quarters(text, dates, find_timexes(text, REF, dates))
    assert (joined.text, joined.value, joined.timex_value) == (
        "as early as next year's first quarter", "1990-01/..", "1990-Q1")
