"""A season named with its year (claimex.rules.dates.seasons): one DATE of that season of
that year, one row per frame (sentences made up)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.extra import find_timexes
from claimex.rules.dates.seasons import season_years

REF = dt.date(2029, 6, 2)


def _timexes(text):
    dates = find_dates(text, REF)
    dates, extra = season_years(text, dates, find_timexes(text, REF, dates))
    return sorted((m.text, m.timex_value, m.timex_mod) for m in [*dates, *extra])


@pytest.mark.parametrize(("text", "expected"), [
    # a season and the year right after it
    ("The pier should reopen in spring 2031.", [("spring 2031", "2031-SP", None)]),
    ("Ferries stopped in the winter of 1987.", [("the winter of 1987", "1987-WI", None)]),
    ("Ferries stopped in the winter of nineteen eighty-seven.",
     [("the winter of nineteen eighty-seven", "1987-WI", None)]),
    ("Work began in Autumn 2024.", [("Autumn 2024", "2024-FA", None)]),
    ("Fall 2030 will be busy.", [("Fall 2030", "2030-FA", None)]),
    ("Prices slid in fall 2026.", [("fall 2026", "2026-FA", None)]),
    # early / mid / late before the season is the TIMEX3 mod
    ("Crews return in late summer 2030.", [("late summer 2030", "2030-SU", "END")]),
    ("Crews return in early-spring 2030.", [("early-spring 2030", "2030-SP", "START")]),
    # "fall" with no preposition before it may be the verb: the year stays a year
    ("Shares may fall 2028 as well.", [("2028", "2028", None)]),
    # a signal before the season stays out of the span, as in TimeML
    ("Prices rose after summer 2026.", [("summer 2026", "2026-SU", None)]),
    # a season not next to the year is left alone
    ("It was spring; 2026 had been dry.", [("2026", "2026", None)]),
])
def test_season_years(text, expected):
    assert _timexes(text) == expected
