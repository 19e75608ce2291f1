"""A year-less date set by a past scheduling verb for a scheduled event
(claimex.rules.dates.scheduling_verbs): one row per frame and per blocker, sentences made
up for the phenomenon."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.scheduling_verbs import set_by_scheduling_verb, with_scheduling_verbs

REF = dt.date(2031, 5, 7)  # a Wednesday


@pytest.mark.parametrize(("before", "after", "expected"), [
    # attributive: the date inside the object, the noun after it
    ("The magistrate on Tuesday set a ", " sentencing for the former mayor.", True),
    ("The speaker scheduled a ", " ballot on the levy.", True),
    ("The club rescheduled its ", " derby against the visitors.", True),
    # object, then the date, bare or after for / to / until / on
    ("The chair late Monday scheduled a second reading vote ", " on the budget.", True),
    ("The coroner set a preliminary hearing for ", ".", True),
    ("The federation postponed the regional final to ", ".", True),
    ("Campaigners planned a torchlit vigil outside the town hall on ", ".", True),
    # a plan told as earlier: the day may be behind the report
    ("The committee had scheduled a ballot for ", " but dropped it.", False),
    ("Promoters originally planned a concert for ", ".", False),
    # the object holds a verb or a new clause, or no scheduled noun
    ("The club moved a match that was scheduled for ", ".", False),
    ("Workers set the scaffolding on ", ".", False),
    # a passive or the noun before the verb: not this frame
    ("The hearing was set for ", ".", False),
])
def test_set_by_scheduling_verb(before, after, expected):
    assert set_by_scheduling_verb(before, after) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A magistrate on Monday set a May 20 sentencing for the two brothers.",
     [("Monday", "2031-05-05"), ("May 20", "2031-05-20")]),
    ("The speaker scheduled a ballot on the levy for Friday.", [("Friday", "2031-05-09")]),
    ("Campaigners planned a torchlit vigil outside the town hall on Saturday.",
     [("Saturday", "2031-05-10")]),
])
def test_scheduled_dates_resolve(text, expected):
    assert [(m.text, m.timex_value) for m in find_dates(text, REF)] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The chair scheduled a ballot for Thursday.", "Thursday", "future"),
    # not the frame: the clause's own direction is kept
    ("The committee had scheduled a ballot for Monday but dropped it.", "Monday", "past"),
    ("The chair resigned on Thursday.", "Thursday", "past"),
])
def test_with_scheduling_verbs(text, word, expected):
    start = text.index(word)
    assert with_scheduling_verbs(text, lambda s, e: "past")(start, start + len(word)) == expected
