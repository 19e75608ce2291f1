"""A year-less date on an event noun (claimex.rules.dates.event_nouns): one row per frame
and noun kind, sentences made up for the phenomenon."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.event_nouns import event_direction, noun_frame

REF = dt.date(2031, 5, 7)  # a Wednesday


@pytest.mark.parametrize(("before", "after", "expected"), [
    # possessive: the noun is the first listed word of the run after "'s"
    ("Divers searched the lake after ", "'s boating accident.", ("possessive", "past")),
    ("Fans queued for ", "\u2019s cup final.", ("possessive", "future")),
    ("Lawyers prepared for ", "'s plea hearing at the county court.", ("possessive", "future")),
    ("Nobody claimed ", "'s warehouse fire.", ("possessive", "past")),
    # attributive, after an article (early/late/mid may stand between)
    ("Three were held over the ", " warehouse raid.", ("attributive", "past")),
    ("Turnout rose before the late ", " ballot.", ("attributive", "future")),
    # prepositional: the noun a few words before "on" / "for"
    ("Organisers booked a parade through the old town on ", ".", ("prepositional", "future")),
    ("Two cyclists were hurt in a collision near Leith on ", ".", ("prepositional", "past")),
    # no frame: a verb stands between, the noun is not listed, no article or possessive
    ("The ballot will be counted on ", ".", None),
    ("She visited the museum on ", ".", None),
    ("Trading resumed ", " after the holiday.", None),
    ("The report on ", "'s figures came out.", None),
])
def test_noun_frame(before, after, expected):
    assert noun_frame(before, after) == expected


@pytest.mark.parametrize(("clause", "frame", "kind", "expected"), [
    # an incident dated by a possessive or an article is past whatever the clause says
    (None, "possessive", "past", "past"),
    ("future", "attributive", "past", "past"),
    # a prepositional date may hang from the verb: the clause's tense first
    ("future", "prepositional", "past", "future"),
    (None, "prepositional", "past", "past"),
    # a scheduled event lies ahead where the clause gives no direction
    (None, "possessive", "future", "future"),
    ("past", "possessive", "future", "past"),
    (None, "prepositional", "future", "future"),
])
def test_event_direction(clause, frame, kind, expected):
    assert event_direction(clause, frame, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # present clauses: the noun decides
    ("Detectives are still questioning neighbours about Sunday's stabbing.",
     [("Sunday", "2031-05-04")]),
    ("Residents are lobbying councillors ahead of Monday's vote.", [("Monday", "2031-05-12")]),
    ("Investigators have been combing the site since the Nov. 14 blast.",
     [("Nov. 14", "2030-11-14")]),
    ("Stewards are preparing for a big crowd at the October 3 derby.",
     [("October 3", "2031-10-03")]),
    # an incident under a future clause stays past
    ("The driver is expected to face charges over the Sunday crash.",
     [("Sunday", "2031-05-04")]),
    # a past clause keeps its direction for a scheduled event
    ("The jury was sent out during Friday's hearing.", [("Friday", "2031-05-02")]),
    # bare "following" before a possessive weekday is a preposition
    ("He was freed on bail following Tuesday's court hearing.", [("Tuesday", "2031-05-06")]),
    ("The boat returned to port the following Tuesday.", [("following Tuesday", "2031-05-13")]),
])
def test_find_dates_on_event_nouns(text, expected):
    assert [(m.text, m.timex_value) for m in find_dates(text, REF)] == expected
