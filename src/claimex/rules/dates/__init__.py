"""Find and normalise the dates in English news text.

``find_dates(text, reference)`` returns every date expression in ``text`` as a
:class:`DateMention`, left to right and non-overlapping, with its character span and an
ISO 8601 value. ``find_publication_date(text)`` reads the dateline near the top of a
document. Both are pure functions of a ``str`` and never raise.

Values
    ==========================  =========================  ==========  =====================
    text                        value                      kind        notes
    ==========================  =========================  ==========  =====================
    Jan. 25, 2013 / 25/01/2013  2013-01-25                 absolute
    2013-01-25 / 1.6. 2019      2013-01-25 / 2019-06-01    absolute    "." is day.month.year
    April 2017, sept 2015       2017-04, 2015-09           absolute
    in 2015, mid 2016           2015, 2016                 absolute    bare years: not after
                                                                       "Windows", "flight" ...
    the 1990s                   199X                       absolute
    April 2, on 14 March        XXXX-04-02 / resolved      partial     see "Resolving" below
    in March                    XXXX-03 / resolved         partial     bare months need a cue
                                                                       or a frame: "March
                                                                       was", "March's",
                                                                       "into March"
                                                                       (uncued_months)
    yesterday, today, tonight   reference -1 / 0 / 0       relative
    last night, overnight       reference -1 day           relative    measured on ISAF
    Friday, on Friday           by tense (see Resolving)   relative    same day counts
    last Friday                 last Friday BEFORE ref.    relative    never the same day
    this / next Friday          Friday of this / next      relative    ISO weeks, from Monday
                                ISO week
    two days ago, a week ago    reference - N              relative    day precision
    last / this / next week     ISO week "2013-W03"        relative    also "earlier this
                                                                       week"
    last / this month           "2013-01"                  relative    also "earlier this
                                                                       month"
    last / this year            "2012"                     relative    also "the past year"
                                                                       (session 11)
    between 19 February and     2017-02-19/2017-03-23      range       "start/end", both
    23 March                                                           ends inclusive as
                                                                       written
    Q3 2019, first quarter of   2019-07/2019-09            absolute    quarters and halves
    2013, last quarter                                                 as month intervals
    on the 18th, Christmas      XXXX-XX-18, XXXX-12-25     partial     "the 18th" only after
                                                                       on/by/since/until/from
    late 2016, end of month     2016-07/2016-12,           absolute /  early/beginning/start
                                2013-01-16/2013-01-31      relative    of: first half, late/
                                                                       end of: second half
                                                                       (weeks: Mon-Wed /
                                                                       Thu-Sun); mid: whole
    earlier / later this week   Monday .. ref - 1 /        relative    the whole period when
                                ref + 1 .. Sunday                      that part is empty
    since August, after 2016,   2012-08/.., 2017/..,       range       see "Open intervals"
    before 2010, until May 3    ../2009, ../2013-05-03
    the week of April 10th,     ISO week of the date       partial     also "w/c", "week
    the last week of July       ISO week: Thursday in it               beginning/starting"
    first week of 2015, week 31 2015-W01, 2013-W31         absolute    "week N": ref's year
    the weekend, this weekend   Sat/Sun "a/b"              relative    "the": on or before
    Mon 13th, Tuesday the 11th  nearest such day           partial     a bare "Monday 21"
                                                                       only before , . ! ?
    in nineteen ninety six      1996                       absolute    number-word years
                                                                       need a cue like "in"
    in two weeks, two days      reference + N              relative    "in N units" only
    from today                                                         after a future cue
                                                                       (will, 'll, due ...)
    next 3 days, past 2 weeks   ref+1..ref+3, ref-14..     relative
                                ref-1
    year to date, Q1,           2013-01-01/ref, latest Q1  relative    also "this calendar
    the first quarter of the                                           year"
    year
    Juneteenth, the 15th day    XXXX-06-19, XXXX-06-15     partial     also International
    of June                                                            Workers' Day,
                                                                       Valentine's Day,
                                                                       Halloween
    ==========================  =========================  ==========  =====================

    Ranges join two dates by "-", "to", "till", "until", "through" or ("between ... and");
    "between"/"from" belong to the span. A relative day ("today") may close a range when a
    reference is given: "between Jan 2019 and today".

Open intervals
    A point date right after "since", "starting (on)", "beginning (on)", "as early as" or
    "effective" becomes "X/.." (from X's first day on); after "after" or "later than" the
    period after X on ("after 2016" is "2017/..", "after Feb" is "2013-03/.."); after
    "before", "earlier than", "prior to" up to the period before X ("before 2010" is
    "../2009"); after "until", "till", "up to", "no later than", "as late as" up to X
    included. "by" opens an interval only before "the end of" ("by the end of the month" is
    "../2013-01-31"), and "before the end of X" / "after the beginning of X" keep X's end /
    start. The cue joins the span and the kind is "range". "As of 24 March" (a status at
    that date), "two days before Christmas", "shortly after" (a duration or adverb before
    the cue) stay point dates. ".." is ISO 8601-2's open end.

Resolving
    A partial date (month-day or month without a year) and a bare weekday are resolved
    against ``reference`` the way the tense of their clause points (``tense.py``; as
    HeidelTime does): the last such day ON OR BEFORE the reference in a past-tense clause
    ("met on April 7"; but the end of a state, "was extended until April 7", within a
    month ahead is that coming day), the first ON OR AFTER it in a future or a plan
    ("will meet on April 7", "is due to", "is scheduled for"), else the nearest one:
    "December 28" in a January 2014 article is 2013-12-28. ``find_dates(..., tense=f)``
    lets a parse decide (the dates component asks the governing verb). In a range the end
    is resolved on or before the reference and the start is the latest such day not after
    the end. Without a reference the year stays ``XXXX`` ("XXXX-04-02") and ``resolved`` is False.
    Relative expressions without a reference get TIMEX-style placeholders: "XXXX-XX-XX"
    (yesterday), "XXXX-WXX-5" (Friday), "XXXX-WXX" (last week), "XXXX-XX" (last month),
    "XXXX" (last year). A year is never taken from the clock or from a nearby number that
    is not part of the date expression.

TIMEX3
    Each mention also carries ``timex_value``, ``timex_type`` and ``timex_mod``: the value
    as TimeML writes it, at the expression's granularity (``timex.py``: "late 2016" is
    2016 with mod END where ``value`` keeps 2016-07/2016-12). Durations, sets, "now", clock
    times, seasons and centuries are found apart by ``extra.find_timexes``.

Numeric dates
    ``dd.mm.yyyy`` is always day first (European). With ``/`` or ``-`` a first number over 12
    means day first, a second number over 12 means month first, and when both could be a
    month the text's own order decides when it shows one (another date of the text with a
    day over 12, "01/22/2016"; a range that repeats its month, "5/1-5/7"), else the default
    is day first (``dayfirst=True``: most conflict reporting outside the US); pass
    ``dayfirst=False`` for US sources. Two-digit years are read only with ``/``
    (00-49 -> 20xx, 50-99 -> 19xx).

News conventions kept where Recognizers-Text's DateTime spec differs
    (``claimex evaluate recognizers-dates`` scores against it): "last Wednesday" is the last
    one before the reference, not the one of last week; "the weekend" is the last one that
    has begun; "later this week/year" runs from the day after the reference, not from the
    period's second half, and "earlier this month" up to the day before it; "after <day>"
    starts the next day; "the day", "the year", "the next day", "the day before" (relative
    to a narrative event in news, not to the publication date), bare abbreviations ("dec",
    "tue") and a lower-case "may" are not dates; "Independence Day", "Freedom Day" differ
    by country and are not resolved.

Not dates
    "S-400", "F-35", "Resolution 2254" (a bare 4-digit number is a year unless a word before
    it makes it a name or a number: "Windows 2000", "flight 1549", ``NOT_YEAR_BEFORE``), plain
    quantities ("2000 people"; a round year-like number before a counted noun is not the
    year of a date either: "on 3 March 2000 people fled" is XXXX-03-03), times of day
    ("14:30", "at 0914"), "may" the modal (a lower-case "may"/"march" is a month only with a
    year), "May" or "March" without a cue ("May God help us", "the March on Sunday").
"""

from claimex.rules.dates.find import find_dates, find_dates_in_unknown_year
from claimex.rules.dates.model import KINDS, DateMention
from claimex.rules.dates.publication import find_dateline_day, find_publication_date

__all__ = ["KINDS", "DateMention", "find_dateline_day", "find_dates",
           "find_dates_in_unknown_year", "find_publication_date"]
