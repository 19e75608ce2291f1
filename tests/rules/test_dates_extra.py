"""Durations, sets, reference words, clock times, year-less quarters
(claimex.rules.dates.extra), one row per phenomenon."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.extra import duration_value, find_timexes

REF = dt.date(1989, 10, 26)


@pytest.mark.parametrize(("text", "span", "value", "type_"), [
    # durations: a count and a unit, adjectival too; an unknown count is X
    ("after five years of war", "five years", "P5Y", "DURATION"),
    ("a five-year low", "five-year", "P5Y", "DURATION"),
    ("the 30-day rate", "30-day", "P30D", "DURATION"),   # "the" belongs to the noun
    ("the two day rally", "two day", "P2D", "DURATION"),
    ("net for the nine months rose", "the nine months", "P9M", "DURATION"),
    ("for 22 months", "22 months", "P22M", "DURATION"),
    # a bounding word before the count belongs to the expression (its mod: test below)
    ("more than four hours", "more than four hours", "PT4H", "DURATION"),
    ("for nearly two years", "nearly two years", "P2Y", "DURATION"),
    ("within 18 months", "18 months", "P18M", "DURATION"),   # a preposition
    ("Just over an hour later, he died", "an hour", "PT1H", "DURATION"),
    ("for at least 20 more years", "at least 20 more years", "P20Y", "DURATION"),
    ("in about a decade", "about a decade", "P1E", "DURATION"),
    ("over the first nine months", "the first nine months", "P9M", "DURATION"),  # not "the"
    ("in twenty four hours", "twenty four hours", "PT24H", "DURATION"),
    ("two decades of growth", "two decades", "P2E", "DURATION"),
    ("the first nine months", "the first nine months", "P9M", "DURATION"),
    ("a couple of years", "a couple of years", "P2Y", "DURATION"),
    ("several years", "several years", "PXY", "DURATION"),
    ("in recent months", "recent months", "PXM", "DURATION"),
    ("for 2 1/2 years", "2 1/2 years", "P2Y6M", "DURATION"),       # and a half
    ("about 5 1/2 hours in Nairobi", "about 5 1/2 hours", "PT5H30M", "DURATION"),
    ("three and a half days", "three and a half days", "P3DT12H", "DURATION"),
    ("in a year and a half of talks", "a year and a half", "P1Y6M", "DURATION"),  # after
    ("It took half an hour to end.", "half an hour", "PT30M", "DURATION"),  # half of one
    ("a half-hour meeting", "a half-hour", "PT30M", "DURATION"),
    ("for half a century", "half a century", "P50Y", "DURATION"),
    ("the first half of the game", None, None, None),
    # a length counted from an event: TimeML marks the length ("one year after he died")
    ("one year after he was killed", "one year", "P1Y", "DURATION"),
    ("Eight trading days after the plunge", "Eight trading days", "P8D", "DURATION"),
    ("on CBS's 60 Minutes program", None, None, None),              # a name
    ("it took years", None, None, None),                 # a bare plural needs a cue
    ("it lasted for years", "years", "PXY", "DURATION"),
    ("he died within weeks of his capture", "weeks", "PXW", "DURATION"),  # a preposition
    # sets
    ("the paper appears weekly", "weekly", "P1W", "SET"),
    ("a fee per month", "per month", "P1M", "SET"),
    ("twice every month", None, None, None),  # "every"/"each" + a unit: rules/dates/recurrences
    ("prices are reviewed yearly", "yearly", "P1Y", "SET"),
    # the present, past and future as such
    ("Prices are now higher", "now", "PRESENT_REF", "DATE"),
    ("He is currently abroad", "currently", "PRESENT_REF", "DATE"),
    ("reflect current conditions", "current", "PRESENT_REF", "DATE"),   # the adjective too
    ("as in the past", "the past", "PAST_REF", "DATE"),
    ("in recent years", "recent years", "PAST_REF", "DATE"),
    ("talks will resume soon", "soon", "FUTURE_REF", "DATE"),
    ("ready to leave as soon as Tuesday", None, None, None),    # a signal, not the future
    ("killed soon after he was captured", None, None, None),
    # clock times on the reference day
    ("at 5 p.m. the market closed", "5 p.m.", "1989-10-26T17:00", "TIME"),
    ("around 7:15 pm", "7:15 pm", "1989-10-26T19:15", "TIME"),
    ("until midnight", "midnight", "1989-10-26T24:00", "TIME"),
    ("5 p.m. EST, Nov. 6", "5 p.m.", "1989-11-06T17:00", "TIME"),  # the day after it
    ("the next three quarters", "the next three quarters", "P9M", "DURATION"),
    # quarters without a year: the reference year's
    ("profit in the third quarter", "the third quarter", "1989-Q3", "DATE"),
    ("third-quarter profit", "third-quarter", "1989-Q3", "DATE"),
    # seasons, centuries, decades in words, the quarter just ended
    ("It happened last fall", "last fall", "1988-FA", "DATE"),  # this fall has begun
    ("We meet next spring", "next spring", "1990-SP", "DATE"),
    ("in the early summer", "the early summer", "1989-SU", "DATE"),
    ("spring rolls were served", None, None, None),           # a bare season needs a cue
    ("spring is here", "spring", "1989-SP", "DATE"),          # ... or to be the subject
    ("the 20th century", "the 20th century", "19", "DATE"),
    ("in the nineties", "the nineties", "199", "DATE"),
    ("profit in the quarter rose", "the quarter", "1989-Q3", "DATE"),
    # the year a business story reports on: the reference year
    ("For the year, volume was flat", "the year", "1989", "DATE"),
    ("Sales for the full year were $6.6 billion", "the full year", "1989", "DATE"),
    ("sales in the current fiscal year", "the current fiscal year", "1989", "DATE"),
    # a budget year counted from the reference year (the year it sits in)
    ("debt grew this fiscal year", "this fiscal year", "1989", "DATE"),
    ("a gap left by last fiscal year", "last fiscal year", "1988", "DATE"),
    ("plans for the upcoming fiscal year", "the upcoming fiscal year", "1990", "DATE"),
    ("over the past fiscal year", "the past fiscal year", "1988", "DATE"),
    ("for the next fiscal year ending in June", None, None, None),  # counted to a day
    ("the year before the war", None, None, None),
    ("by the year two thousand", None, None, None),  # the year after it is the date
    # not these
    ("five years ago", None, None, None),                # a date, found by find_dates
    ("a 5-0 score", None, None, None),
    ("for a second term", None, None, None),
    ("Howes, 37 years old, was", None, None, None),          # an age
    ("a dividend of $1.76 a year", None, None, None),          # a rate
    ("the first time in years", "years", "PXY", "DURATION"),
    ("ruled for centuries", "centuries", "PXC", "DURATION"),
    ("in the fiscal year ended March 31", "the fiscal year", "P1Y", "DURATION"),
    ("in one second", "one second", "PT1S", "DURATION"),
])
def test_find_timexes(text, span, value, type_):
    found = find_timexes(text, REF, find_dates(text, REF))
    got = [(m.text, m.timex_value, m.timex_type) for m in found]
    assert got == ([] if span is None else [(span, value, type_)])


@pytest.mark.parametrize(("text", "mod"), [
    ("for nearly two years", "EQUAL_OR_LESS"), ("almost three weeks", "LESS_THAN"),
    ("more than four hours", "MORE_THAN"), ("at least 20 more years", "EQUAL_OR_MORE"),
    ("about a decade", "APPROX"), ("no more than sixty days", "EQUAL_OR_LESS"),
    ("for five years", None),
])
def test_duration_mod(text, mod):
    [found] = find_timexes(text, REF, find_dates(text, REF))
    assert found.timex_mod == mod


def test_taken_spans_are_skipped():
    text = "between now and Feb. 10"
    [date] = find_dates(text, REF)
    assert find_timexes(text, REF, [date]) == []


@pytest.mark.parametrize(("count", "unit", "value"), [
    (5, "years", "P5Y"), (4, "hours", "PT4H"), (3, "minute", "PT3M"), (None, "weeks", "PXW"),
    (2, "centuries", "P2C"), (3, "quarters", "P9M"),
])
def test_duration_value(count, unit, value):
    assert duration_value(count, unit) == value
