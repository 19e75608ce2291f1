"""A month or season named with no cue word before it, where the clause uses it as the time
itself (claimex.rules.dates.uncued_months)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.extra import find_timexes

REF = dt.date(2031, 11, 12)  # a Wednesday


def _found(text):
    dates = find_dates(text, REF)
    return [(m.text, m.timex_value or m.value)
            for m in sorted(dates + find_timexes(text, REF, dates), key=lambda m: m.start)]


@pytest.mark.parametrize(("text", "expected"), [
    # a month as the subject, alone or ending a list of months
    ("November has brought three gales to the coast.", [("November", "2031-11")]),
    ("Lawns dried out, and June, July and August saw little rain.",
     [("June", "2031-06"), ("July", "2031-07"), ("August", "2031-08")]),
    ("October won't be remembered as warm.", [("October", "2032-10")]),  # the coming one
    # with a possessive, after "into", between a possessive determiner and its noun
    ("The harbour reopened, but October's storms cancelled nine crossings.",
     [("October", "2031-10")]),
    ("Repairs to the pier will run into January, engineers said.", [("January", "2032-01")]),
    ("The council pushed back its planned February opening date.", [("February", "2032-02")]),
    ("Talks stalled under a June agreement.", [("June", "2031-06")]),
    # a season as the subject or with a possessive
    ("As winter arrives, the shelters open longer.", [("winter", "2031-WI")]),
    ("Summer's heat lingered over the valley.", [("Summer", "2031-SU")]),
    # names, the verb "may", speech verbs, a spring of water, the verb "fall": no date
    ("Theresa May has left the room.", []),
    ("We thanked Lady April for the gift.", []),
    ("April said she was tired of waiting.", []),
    ("The June Carter songs played on the radio.", []),
    ("Water from a spring is clean enough to drink.", []),
    ("Share prices may fall sharply.", []),
    # session 21: the frames' false friends (rules/dates/uncued_month_guards.py)
    ("April Lindqvist left early. April's sister said she was safe.", []),  # a given name
    ("Organisers said the March on the capital drew a crowd.", []),  # a noun of its own
    ("The March for clean rivers set off from the park.", []),
    ("Pundits feared an October surprise.", []),  # a kind of thing
    ("It was a warmer January than anyone expected.", []),  # a class of months
    ("Growers logged the wettest March on record.", []),
    ("April is usually the wettest month here.", []),  # a generic present
    ("Winter is often long in the hills.", []),
    ("August tends to be quiet for the courts.", []),
    ("She remembered a long winter's night by the fire.", []),
    # ... and what stays a date beside them
    ("The town had its hottest July since records began.", [("July", "2031-07")]),
    ("Winter is here, and the ferries have stopped.", [("Winter", "2031-WI")]),
])
def test_uncued_months_and_seasons(text, expected):
    assert _found(text) == expected
