"""Which way a year-less date points: the tense of its clause (claimex.rules.dates.tense)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimex.rules.dates import find_dates
from claimex.rules.dates.schedule import schedule_end
from claimex.rules.dates.tense import window_tense

REF = dt.date(2013, 3, 21)  # a Thursday


@pytest.mark.parametrize(("before", "after", "tense"), [
    ("The ministers will meet on ", "", "future"),
    ("They'll meet on ", "", "future"),
    ("The vote is due to take place on ", "", "future"),
    ("The hearing is scheduled for ", "", "future"),
    ("Talks are planned for ", "", "future"),
    ("Directors declared a dividend payable ", "", "future"),
    ("The ministers met on ", "", "past"),
    ("The talks were held on ", "", "past"),
    ("Rebels attacked the town on ", "", "past"),
    ("He said the talks will resume on ", "", "future"),    # the nearest cue governs
    ("The talks will go on as they did on ", "", "past"),
    ("On ", ", the army said.", "past"),                   # nothing before: words after
    ("Talks are on ", "", None),                            # present: no direction
    ("Prices fell. Talks are on ", "", None),               # the sentence before is not read
    ("The need for talks on ", "", None),                   # "need" is no past tense
])
def test_window_tense(before, after, tense):
    assert window_tense(before, after) == tense


@pytest.mark.parametrize(("text", "value"), [
    # future tense or a plan: the next such day
    ("The ministers will meet on April 7.", "2013-04-07"),
    ("The hearing is scheduled for Feb. 10.", "2014-02-10"),
    ("The team will arrive on Monday.", "2013-03-25"),
    ("Elections are due to be held in January.", "2014-01"),
    # past tense: the last such day
    ("The ministers met on April 7.", "2012-04-07"),
    ("The team arrived on Monday.", "2013-03-18"),
    ("It snowed in April.", "2012-04"),
    # the end of a state in a past clause: a day within a month ahead ...
    ("The offer was extended until April 7.", "../2013-04-07"),
    ("The rebate was extended through Friday.", "../2013-03-22"),
    # ... but not one eleven months ahead, nor an event's day
    ("The offer was extended until March 7.", "../2013-03-07"),
    # the end or target of a schedule in a present-perfect clause: the coming day
    # (schedule.schedule_end), not in a past perfect
    ("The club have put the game back to 4pm on Saturday.", "2013-03-23"),
    ("The board has postponed the vote to April 2.", "2013-04-02"),
    ("A snow warning has been issued through to 6am on Saturday.", "2013-03-23"),
    ("The club had put the game back to 4pm on Saturday.", "2013-03-16"),
    # the end of a state before a weekday, no tense: ahead (schedule.present_state_end)
    ("The frost warning continues through Monday.", "../2013-03-25"),
    ("The frost warning continues on Monday.", "2013-03-18"),
    ("It happened on April 2.", "2012-04-02"),
    # a weekday written with the day decides the year (within half a year)
    ("The paper said on Tuesday, April 2:", "2013-04-02"),
    ("The paper said on Wednesday, April 2:", "2012-04-02"),  # no nearby match: the tense
    # no tense: the nearest
    ("Talks on April 7", "2013-04-07"),
    ("Figures on Dec. 28", "2012-12-28"),  # "Talks on Dec. 28" lies ahead: an event noun
    ("Meeting Monday", "2013-03-18"),
    ("Meeting Saturday", "2013-03-23"),
    # "the weekend" too (a Thursday reference): the coming one in a future clause, the
    # last one in a past clause, the nearer one with no tense (from a Thursday, the coming)
    ("The storm is going to hit the coast over the weekend.", "2013-03-23/2013-03-24"),
    ("Shops open the weekend.", "2013-03-23/2013-03-24"),
    ("Rain is likely over the weekend.", "2013-03-23/2013-03-24"),
    ("Crowds gathered over the weekend.", "2013-03-16/2013-03-17"),
])
def test_direction_by_tense(text, value):
    found = find_dates(text, REF)
    assert [m.value for m in found] == [value]


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("The club have put the game back to 4pm on Saturday.", "Saturday", True),
    ("The board has postponed the vote until Monday.", "Monday", True),
    ("A warning has been issued from noon on Friday through to 6am on Saturday.",
     "Saturday", True),
    ("The league's players have agreed to terms on Monday.", "Monday", False),  # no end word
    ("A warning has been issued from noon on Friday.", "Friday", False),  # the start
    ("The club had put the game back to 4pm on Saturday.", "Saturday", False),  # past perfect
    ("The club put the game back to 4pm on Saturday.", "Saturday", False),  # simple past
])
def test_schedule_end(text, date, expected):
    assert schedule_end(text, text.index(date)) is expected
