"""Dates in news text: claimex.rules.dates, one table per phenomenon."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimex.rules.dates import (
    KINDS,
    DateMention,
    find_dateline_day,
    find_dates,
    find_dates_in_unknown_year,
    find_publication_date,
)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora"
D = dt.date


def assert_well_formed(text: str, mentions: list[DateMention]) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end
        assert m.kind in KINDS
        previous_end = m.end


def values(text: str, reference: dt.date | None = None) -> list[tuple[str, str]]:
    found = find_dates(text, reference)
    assert_well_formed(text, found)
    return [(m.text, m.value) for m in found]


ABSOLUTE = [
    ("KABUL, Afghanistan (Jan. 25, 2013)", "Jan. 25, 2013", "2013-01-25"),
    ("on 25 January 2013 in Ghazni", "25 January 2013", "2013-01-25"),
    ("Sep 16, 2020", "Sep 16, 2020", "2020-09-16"),
    # a stray comma after the month, where a year follows
    ("Morning Update March, 3, 2011", "March, 3, 2011", "2011-03-03"),
    ("September 16, 2020 — ", "September 16, 2020", "2020-09-16"),
    ("Fri 07 Apr 2017 at 0914", "Fri 07 Apr 2017", "2017-04-07"),
    ("the 4th of July 1995", "the 4th of July 1995", "1995-07-04"),
    ("2013-01-25", "2013-01-25", "2013-01-25"),
    ("archive-2018-09-23-page", "2018-09-23", "2018-09-23"),
    ("25/01/2013", "25/01/2013", "2013-01-25"),
    ("01/22/2016", "01/22/2016", "2016-01-22"),
    ("24.08.2013", "24.08.2013", "2013-08-24"),
    ("on 1.6. 2019 the", "1.6. 2019", "2019-06-01"),
    ("in April 2017", "April 2017", "2017-04"),
    ("around sept 2015", "sept 2015", "2015-09"),
    ("june of 1992", "june of 1992", "1992-06"),
    ("in 2015", "2015", "2015"),
    ("mid 2016", "mid 2016", "2016"),
    ("at the end of 1989", "the end of 1989", "1989-07/1989-12"),  # second half
    ("the 1990s", "the 1990s", "199X"),
    ("in the first quarter of 2013", "the first quarter of 2013", "2013-01/2013-03"),
    ("2019 Q3", "2019 Q3", "2019-07/2019-09"),
]


@pytest.mark.parametrize(("text", "span", "value"), ABSOLUTE)
def test_absolute(text: str, span: str, value: str) -> None:
    found = find_dates(text)
    assert [(m.text, m.value) for m in found] == [(span, value)]
    assert found[0].kind == "absolute" and found[0].resolved


PARTIAL = [
    # text, reference, span, value, resolved
    ("April 2", None, "April 2", "XXXX-04-02", False),
    # no tense around it: the nearest such day ("met on April 2" is past, test_tense.py)
    ("April 2", D(2017, 3, 29), "April 2", "2017-04-02", True),
    ("It happened on April 2", D(2017, 3, 29), "April 2", "2016-04-02", True),
    ("April 2", D(2017, 4, 2), "April 2", "2017-04-02", True),
    ("December 28", D(2014, 1, 10), "December 28", "2013-12-28", True),
    ("on 14 March", None, "14 March", "XXXX-03-14", False),
    ("the 9th of May", None, "the 9th of May", "XXXX-05-09", False),
    ("Feb 29", D(2019, 3, 22), "Feb 29", "2016-02-29", True),
    ("in March", None, "March", "XXXX-03", False),
    ("in March", D(2017, 2, 1), "March", "2017-03", True),
    # a full month name ends before the sentence's full stop; an abbreviation keeps its dot
    ("It rained in March.", D(2017, 2, 1), "March", "2016-03", True),
    ("It rained on Sept. 3.", D(2017, 2, 1), "Sept. 3", "2016-09-03", True),
    ("It rained in March", D(2017, 2, 1), "March", "2016-03", True),
    ("on 11/20", D(2018, 11, 28), "11/20", "2018-11-20", True),
    ("attacked on the 18th.", D(2018, 8, 7), "the 18th", "2018-07-18", True),
    ("on Christmas", D(2019, 8, 5), "Christmas", "2019-12-25", True),
    ("We met on Christmas", D(2019, 8, 5), "Christmas", "2018-12-25", True),
]


@pytest.mark.parametrize(("text", "ref", "span", "value", "resolved"), PARTIAL)
def test_partial(text: str, ref: dt.date | None, span: str, value: str, resolved: bool) -> None:
    found = find_dates(text, ref)
    assert [(m.text, m.value, m.resolved) for m in found] == [(span, value, resolved)]
    assert found[0].kind == "partial"


REF = D(2013, 1, 25)  # a Friday
RELATIVE = [
    ("yesterday", "2013-01-24"),
    ("today", "2013-01-25"),
    ("tonight", "2013-01-25"),
    ("last night", "2013-01-24"),  # ISAF: 20 of 25 "last night"/"overnight" are dateline - 1
    ("overnight", "2013-01-24"),
    ("this morning", "2013-01-25"),
    ("the day before yesterday", "2013-01-23"),
    ("two days ago", "2013-01-23"),
    ("a week ago", "2013-01-18"),
    ("Monday", "2013-01-28"),  # no tense: the nearest Monday
    ("Friday", "2013-01-25"),  # same day counts: ISAF 11 of 12
    ("last Friday", "2013-01-18"),
    ("Tuesday night", "2013-01-22"),
    ("next Monday", "2013-01-28"),
    ("Monday of last week", "2013-01-14"),
    ("last week", "2013-W03"),
    ("this week", "2013-W04"),
    ("earlier this week", "2013-01-21/2013-01-24"),  # Monday to the day before
    ("earlier this month", "2013-01-01/2013-01-24"),
    ("last month", "2012-12"),
    ("last year", "2012"),
    ("the past year", "2012"),  # "the past" + a calendar unit reads as "last" (TimeBank)
    ("the past month", "2012-12"),
    ("this year", "2013"),
    ("last quarter", "2012-10/2012-12"),
]


REF2 = D(2018, 11, 29)  # a Thursday
NEW_PHENOMENA = [
    # open intervals: since / after / before / until X ("2016-08/.." is from August on)
    ("since August", "since August", "2018-08/.."),
    ("since this August", "since this August", "2018-08/.."),
    ("starting on January 7th", "starting on January 7th", "2019-01-07/.."),  # nearest
    ("after 2016", "after 2016", "2017/.."),
    ("after Feb 2018", "after Feb 2018", "2018-03/.."),
    ("before 2010", "before 2010", "../2009"),
    ("later than 2015", "later than 2015", "2016/.."),
    ("until April 27th", "until April 27th", "../2019-04-27"),  # nearest
    ("no later than January 1, 2010", "no later than January 1, 2010", "../2010-01-01"),
    ("by the end of this month", "by the end of this month", "../2018-11-30"),
    ("before the end of December", "before the end of December", "../2018-12-31"),
    ("two days before Christmas", "Christmas", "2018-12-25"),  # a duration: no interval
    ("as of 24 March 2020", "24 March 2020", "2020-03-24"),  # a status date: a point
    # halves: early / beginning of = first half, late / end of = second half
    ("end of month", "end of month", "2018-11-16/2018-11-30"),
    ("by the end of the week", "by the end of the week", "../2018-12-02"),
    ("at the end of the week", "the end of the week", "2018-11-29/2018-12-02"),
    ("early next week", "early next week", "2018-12-03/2018-12-05"),
    ("the end of this year", "the end of this year", "2018-07/2018-12"),
    ("late 2016", "late 2016", "2016-07/2016-12"),
    ("in early March", "early March", "2019-03-01/2019-03-15"),  # nearest
    ("in mid-2016", "mid-2016", "2016"),
    # earlier / later this period: up to the day before / from the day after the reference
    ("later this week", "later this week", "2018-11-30/2018-12-02"),
    ("later this year", "later this year", "2018-11-30/2018-12-31"),
    ("earlier in the week", "earlier in the week", "2018-11-26/2018-11-28"),
    # weeks
    ("the week of April 10th", "the week of April 10th", "2018-W15"),
    ("w/c Feb 4", "w/c Feb 4", "2018-W05"),
    ("the first week of 2015", "the first week of 2015", "2015-W01"),
    ("the last week of 2016", "the last week of 2016", "2016-W52"),
    ("the last week of July", "the last week of July", "2018-W30"),
    ("the last week of last month", "the last week of last month", "2018-W43"),
    ("in week 31", "week 31", "2018-W31"),
    ("this weekend", "this weekend", "2018-12-01/2018-12-02"),
    ("over the weekend", "the weekend", "2018-12-01/2018-12-02"),  # no tense: the nearer
    # weekday with a day of the month: the nearest such day, the past on a tie
    ("on Mon 13th", "Mon 13th", "2018-08-13"),
    ("Tuesday the 11th", "Tuesday the 11th", "2018-12-11"),
    ("on Monday 21!", "Monday 21", "2019-01-21"),
    # years in words, after a cue
    ("in nineteen ninety six", "nineteen ninety six", "1996"),
    ("in two thousand and fifteen", "two thousand and fifteen", "2015"),
    # future offsets need a future cue; spans of days
    ("talks will resume in two weeks", "in two weeks", "2018-12-13"),
    ("two days from today", "two days from today", "2018-12-01"),
    ("in the next 3 days", "the next 3 days", "2018-11-30/2018-12-02"),
    ("over the past two weeks", "the past two weeks", "2018-11-15/2018-11-28"),
    ("between now and May 21st", "between now and May 21st", "2018-11-29/2019-05-21"),
    ("the year to date", "the year to date", "2018-01-01/2018-11-29"),
    ("this calendar year", "this calendar year", "2018"),
    # quarters and holidays
    ("in Q1", "Q1", "2018-01/2018-03"),
    ("the first quarter of the year", "the first quarter of the year", "2018-01/2018-03"),
    ("on Juneteenth", "Juneteenth", "2018-06-19"),
    # moving holidays, by the year the tense points to (nearest here)
    ("on Thanksgiving Day", "Thanksgiving Day", "2018-11-22"),
    ("protests planned for Easter Sunday", "Easter Sunday", "2019-04-21"),
    ("shops shut on Good Friday", "Good Friday", "2019-04-19"),
    ("Today's vote was close", "Today", "2018-11-29"),  # the day: not a generic noun after it
    ("International Workers' Day", "International Workers' Day", "2019-05-01"),
    ("the 15th day of June", "the 15th day of June", "2018-06-15"),
    ("before the 26th day of the month", "before the 26th day of the month", "../2018-11-25"),
    # numeric order from the text itself: a range inside one month, a day over 12
    ("from 5/1-5/7/2020", "from 5/1-5/7/2020", "2020-05-01/2020-05-07"),
    ("on 01/22/2016 and 03/04/2016", "03/04/2016", "2016-03-04"),
    # a bare month name after "for", or between an article and a common noun
    ("the turnover for October was high", "October", "2018-10"),
    ("under a June agreement with shareholders", "June", "2018-06"),
    # a month name before a year in words: the month of that year
    ("The bomb went off in January nineteen ninety-seven.", "January nineteen ninety-seven",
     "1997-01"),
    ("in May two thousand and two", "May two thousand and two", "2002-05"),
    # "the fourth" before a noun after a weekday counts something, it is no day of the month
    ("Shares closed lower again Friday, the fourth decline in a week.", "Friday", "2018-11-23"),
]


@pytest.mark.parametrize(("text", "span", "value"), NEW_PHENOMENA)
def test_new_phenomena(text: str, span: str, value: str) -> None:
    found = find_dates(text, REF2)
    assert_well_formed(text, found)
    assert (found[-1].text, found[-1].value) == (span, value)


NOT_DATES_NEW = [
    "killed 20 people in two days",  # a duration, no future cue
    "On Sunday 12 people died",  # a count after a weekday
    "the week of fighting",
    "right now",
    "three thousand and five people",
    "the June Carter songs",  # a name after the month
    "it was a good friday for traders",  # a moving holiday is written with capitals
    "a symbol for today's youth",  # the present age, not the day
    "in many of today's personal computers",
]


@pytest.mark.parametrize("text", NOT_DATES_NEW)
def test_not_new_dates(text: str) -> None:
    assert all(m.kind == "relative" and m.text.lower() in ("sunday",)
               for m in find_dates(text, REF2))


@pytest.mark.parametrize(("text", "value"), RELATIVE)
def test_relative(text: str, value: str) -> None:
    found = find_dates(text, REF)
    assert [(m.text, m.value, m.kind, m.resolved) for m in found] == [
        (text, value, "relative", True)
    ]


UNRESOLVED = [
    ("yesterday", "XXXX-XX-XX"),
    ("on Friday", "XXXX-WXX-5"),
    ("last week", "XXXX-WXX"),
    ("last month", "XXXX-XX"),
    ("last year", "XXXX"),
]


@pytest.mark.parametrize(("text", "value"), UNRESOLVED)
def test_relative_without_reference(text: str, value: str) -> None:
    found = find_dates(text)
    assert [(m.value, m.resolved) for m in found] == [(value, False)]


RANGES = [
    ("between 19 February and 23 March", D(2017, 3, 29), "2017-02-19/2017-03-23"),
    ("between 19 February and 23 March", None, "XXXX-02-19/XXXX-03-23"),
    ("from 1 to 8 March", D(2017, 3, 29), "2017-03-01/2017-03-08"),
    ("from 1 to 8 March", None, "XXXX-03-01/XXXX-03-08"),
    ("between 26 February and 4 March", D(2017, 3, 29), "2017-02-26/2017-03-04"),
    ("between 20 December and 4 January", D(2017, 1, 29), "2016-12-20/2017-01-04"),
    ("November 19-20", None, "XXXX-11-19/XXXX-11-20"),
    ("Nov 18-Dec 19, 2015", None, "2015-11-18/2015-12-19"),
    ("Jan-Feb 2017", None, "2017-01/2017-02"),
    ("from January to April 2015", None, "2015-01/2015-04"),
    ("from 2014 to 2018", None, "2014/2018"),
    ("between 2007 and 2009", None, "2007/2009"),
    ("2014-2018", None, "2014/2018"),
    ("between Jan 2019 and today", D(2020, 4, 26), "2019-01/2020-04-26"),
]


@pytest.mark.parametrize(("text", "ref", "value"), RANGES)
def test_ranges(text: str, ref: dt.date | None, value: str) -> None:
    found = find_dates(text, ref)
    assert [(m.text, m.value, m.kind) for m in found] == [(text, value, "range")]
    assert found[0].resolved == ("X" not in value)


NOT_DATES = [
    "S-400 systems",
    "Resolution 2254",
    "F-35 jets",
    "2000 people fled",
    "at least 1500 fighters",
    "at 14:30",
    "at 0914",
    "you may leave",
    "May God help us",
    "the march on Sunday was peaceful",
    "a second strike",
    "a 2-1/2 year conflict",
    "2 1/2 years of war",
    "ISAF Joint Command 2010-09-CA-005",
    "ISAF Joint Command 2010-12-S-001",
    "2009-12-CA-061 For Immediate Release",
    "version 3.10.12",
    "$2016 in cash",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    found = [m for m in find_dates(text) if m.text.lower() not in ("sunday",)]
    assert found == []


NO_INVENTED_YEAR = [
    ("60% of them fled on 3 March", None, [("3 March", "XXXX-03-03")]),
    ("on 3 March 2000 people fled", None, [("3 March", "XXXX-03-03")]),
    ("Between 1500 and 2000 fighters", None, []),
    ("in March, 2000 people fled", None, [("March", "XXXX-03")]),
    ("In March, 12 people fled", None, [("March", "XXXX-03")]),
    ("in 2007 and 2009", None, [("2007", "2007"), ("2009", "2009")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), NO_INVENTED_YEAR)
def test_never_invents_a_year(text: str, ref: dt.date | None, expected: list) -> None:
    assert values(text, ref) == expected


PUBLICATION = [
    ("\nKABUL, Afghanistan (Jan. 25, 2013)\nDuring an operation yesterday",
     D(2013, 1, 25), "Jan. 25, 2013"),
    ("Fri 07 Apr 2017 at 0914 Syria attack", D(2017, 4, 7), "Fri 07 Apr 2017"),
    ("September 16, 2020 — The council", D(2020, 9, 16), "September 16, 2020"),
    ("ISAF Joint Command - Afghanistan\u20282010-09-CA-005 For Immediate Release\n"
     "KABUL, Afghanistan (Sept. 3) - A joint", D(2010, 9, 3), "Sept. 3"),
    ("ISAF\u20282010-12-S-243\nKABUL, Afghanistan (Jan. 2) - x", D(2011, 1, 2), "Jan. 2"),
    # the release number anywhere in the text gives the year
    ("KABUL, Afghanistan (May 15)\nA force detained a leader today. " + "x " * 300
     + "2012-05-S-029", D(2012, 5, 15), "May 15"),
    # a headline led by its date, the release number giving the year
    ("Mar. 5: Afghan-ISAF Operations Across Afghanistan\n2010-03-CA-020 For Immediate "
     "Release\nIn Khost last night, a joint security force", D(2010, 3, 5), "Mar. 5"),
    # a full date in the body, at most 60 days before the dateline
    ("KABUL, Afghanistan (Sept. 1) - A force detained two men. " + "x " * 250
     + "The attack on Aug. 31, 2010, in Khost.", D(2010, 9, 1), "Sept. 1"),
]


@pytest.mark.parametrize(("text", "date", "span"), PUBLICATION)
def test_publication_date(text: str, date: dt.date, span: str) -> None:
    found = find_publication_date(text)
    assert found is not None
    assert found[0] == date
    assert text[found[1]:found[2]] == span


@pytest.mark.parametrize(
    "text",
    [
        "KABUL, Afghanistan (Sept. 3) - A joint force",  # no year anywhere
        # a full date too far before the dateline is no evidence of its year
        "KABUL, Afghanistan (May 15) - Operations since Jan. 1, 2009 in Khost",
        "In Maiwand district today, a security force",
        # "at least" after a month-day is no clock time of a dateline
        "Fighters Killed\n\nOn February 3, at least 12 fighters were killed. 2012-02-S-001",
        # a month-day inside a line is no headline's date, nor one without its colon
        "Raids on Mar. 5: a force detained two men. 2010-03-CA-020",
        "Mar. 5 Afghan-ISAF Operations\n2010-03-CA-020",
        "",
        "x" * 500 + "Jan. 25, 2013",  # beyond max_chars
    ],
)
def test_no_publication_date(text: str) -> None:
    assert find_publication_date(text) is None


@pytest.mark.parametrize("bad", [None, 42, b"2013-01-25", ["Jan 1, 2013"]])
def test_never_raises_on_odd_input(bad: object) -> None:
    assert find_dates(bad) == []  # type: ignore[arg-type]
    assert find_publication_date(bad) is None  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_never_raises_and_spans_hold(text: str, ref: dt.date | None) -> None:
    found = find_dates(text, ref)
    assert_well_formed(text, found)
    find_publication_date(text)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)),
       st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_past_tense_partial_resolves_on_or_before_reference(day: dt.date, ref: dt.date) -> None:
    text = f"it happened on {day.day} {day.strftime('%B')}"
    found = find_dates(text, ref)
    assert len(found) == 1
    resolved = D.fromisoformat(found[0].value)
    assert (resolved.month, resolved.day) == (day.month, day.day)
    assert resolved <= ref
    assert (ref - resolved).days <= 366 * 8  # Feb 29 may go back up to 8 years (1896-1904)


@pytest.mark.acceptance
@pytest.mark.skipif(not (SHARED / "fakes-syria").exists(), reason="../shared absent")
def test_fast_on_fakes() -> None:
    texts = [json.loads(line)["text"] for line in
             (SHARED / "fakes-syria" / "fakes.jsonl").open(encoding="utf-8")]
    t0 = time.perf_counter()
    n = sum(len(find_dates(t, D(2017, 4, 5))) for t in texts)
    elapsed = time.perf_counter() - t0
    assert n > 1000
    assert elapsed < 5.0  # ~1.4 s on a quiet 2-core machine since TIMEX3 values (0.9 s before)


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("killed yesterday", "XXXX-06-14", [("yesterday", "XXXX-06-13")]),
    ("last night", "XXXX-06-14", [("last night", "XXXX-06-13")]),
    ("two days ago", "XXXX-06-14", [("two days ago", "XXXX-06-12")]),
    ("last month", "XXXX-06-14", [("last month", "XXXX-05")]),
    ("earlier this month", "XXXX-06-14", [("earlier this month", "XXXX-06-01/XXXX-06-13")]),
    ("on Dec. 28", "XXXX-01-05", [("Dec. 28", "XXXX-12-28")]),
    # what needs the year stays unresolved
    ("on Friday", "XXXX-06-14", [("Friday", "XXXX-WXX-5")]),
    ("yesterday", "XXXX-03-01", [("yesterday", "XXXX-XX-XX")]),  # Feb 28 or 29
    ("yesterday", "XXXX-02-29", [("yesterday", "XXXX-02-28")]),
    # a full date keeps its year
    ("on June 2, 2010", "XXXX-06-14", [("June 2, 2010", "2010-06-02")]),
])
def test_dates_in_an_unknown_year(text, day, expected):
    found = find_dates_in_unknown_year(text, day)
    assert_well_formed(text, found)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("KABUL, Afghanistan (June 14) — A force killed two.", "XXXX-06-14"),
    ("KABUL, Afghanistan (Jan. 25, 2013) — A force killed two.", None),  # has its year
    ("A force killed two on June 14 in Kabul.", None),
    # "at least" is no clock time after a dateline's date
    ("Fighters Killed\n\nOn February 3, at least 12 fighters were killed.", None),
])
def test_find_dateline_day(text, expected):
    found = find_dateline_day(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), [
    ("On March 3, 2013 rebels attacked. The following day, 12 were killed.", None,
     [("March 3, 2013", "2013-03-03"), ("The following day", "2013-03-04")]),
    ("On Dec. 31, 2012 they met. Three days later they agreed.", None,
     [("Dec. 31, 2012", "2012-12-31"), ("Three days later", "2013-01-03")]),
    ("On March 3 they met. That night, shells fell.", D(2013, 3, 10),
     [("March 3", "2013-03-03"), ("That night", "2013-03-03")]),
    ("Rebels attacked yesterday. The day before, 12 were killed.", D(2013, 3, 10),
     [("yesterday", "2013-03-09"), ("The day before", "2013-03-08")]),
    ("On June 2 they met. A week later they agreed.", None,
     [("June 2", "XXXX-06-02"), ("A week later", "XXXX-06-09")]),
    # from the reference when the text named no day before
    ("What happened the day before?", D(2018, 11, 8), [("the day before", "2018-11-07")]),
    # unknown without any day to count from, or across a month of unknown year
    ("A week later, the town fell.", None, [("A week later", "XXXX-XX-XX")]),
    ("On Feb. 27 they met. Two days later they agreed.", None,
     [("Feb. 27", "XXXX-02-27"), ("Two days later", "XXXX-XX-XX")]),
    # "the day before the vote" counts from the vote, which has no date
    ("The day before the vote, 12 were killed.", D(2013, 3, 10), []),
])
def test_dates_counted_from_the_last_day_named(text, ref, expected):
    assert values(text, ref) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the following year/month" counts from the last date named before it
    ("On May 22, 1995, he was promoted, and the following year he left.",
     [("May 22, 1995", "1995-05-22"), ("the following year", "1996")]),
    ("In December 1990 he left; the following month he returned.",
     [("December 1990", "1990-12"), ("the following month", "1991-01")]),
    # no date before it: from the reference
    ("The following year will be hard.", [("The following year", "2019")]),
])
def test_following_period_counts_from_the_last_date(text, expected):
    assert [(m.text, m.value) for m in find_dates(text, REF2)] == expected
