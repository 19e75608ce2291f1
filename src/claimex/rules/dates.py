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
    in 2015, mid 2016           2015, 2016                 absolute    bare years need a cue
    the 1990s                   199X                       absolute
    April 2, on 14 March        XXXX-04-02 / resolved      partial     see "Resolving" below
    in March                    XXXX-03 / resolved         partial     bare months need a cue
    yesterday, today, tonight   reference -1 / 0 / 0       relative
    last night, overnight       reference -1 day           relative    measured on ISAF
    Friday, on Friday           last Friday ON OR BEFORE   relative    same day counts
    last Friday                 last Friday BEFORE ref.    relative    never the same day
    this / next Friday          Friday of this / next      relative    ISO weeks, from Monday
                                ISO week
    two days ago, a week ago    reference - N              relative    day precision
    last / this / next week     ISO week "2013-W03"        relative    also "earlier this
                                                                       week"
    last / this month           "2013-01"                  relative    also "earlier this
                                                                       month"
    last / this year            "2012"                     relative
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
    A partial date (month-day or month without a year) is resolved against ``reference`` to
    the most recent such day ON OR BEFORE the reference, as news writes them: "December 28"
    in a January 2014 article is 2013-12-28. In a range the end is resolved that way and the
    start is the latest such day not after the end. Without a reference the year stays
    ``XXXX`` ("XXXX-04-02") and ``resolved`` is False. Relative expressions without a
    reference get TIMEX-style placeholders: "XXXX-XX-XX" (yesterday), "XXXX-WXX-5" (Friday),
    "XXXX-WXX" (last week), "XXXX-XX" (last month), "XXXX" (last year). A year is never
    taken from the clock or from a nearby number that is not part of the date expression.

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
    "S-400", "F-35", "Resolution 2254" (a bare 4-digit number is a year only after a cue such
    as "in", "since", "by", "during", "early", "mid", or as part of a date or range), plain
    quantities ("2000 people"; a round year-like number before a counted noun is not the
    year of a date either: "on 3 March 2000 people fled" is XXXX-03-03), times of day
    ("14:30", "at 0914"), "may" the modal (a lower-case "may"/"march" is a month only with a
    year), "May" or "March" without a cue ("May God help us", "the March on Sunday").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["KINDS", "DateMention", "find_dates", "find_publication_date"]

KINDS = ("absolute", "partial", "relative", "range")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its span in the text and its ISO 8601 value."""

    start: int
    end: int
    text: str
    value: str
    kind: str
    resolved: bool


# --------------------------------------------------------------------------- lexicon

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_FULL_MONTHS = {k for k in _MONTHS if len(k) > 4} | {"may", "june", "july"}
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}
# words before a bare year or a bare month name that make it a date
_CUE_RE = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|to|during|before|after|between|through|"
    r"throughout|around|circa|about|year|years|spring|summer|autumn|fall|winter|early|mid|"
    r"late|end|start|beginning|middle|ending|starting|as\s+of|back\s+in|that|last|next|this|"
    r"later\s+than|earlier\s+than|prior\s+to|as\s+early\s+as|as\s+late\s+as)"
    r"|[(])\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# plural nouns that make a 4-digit number a count, not a year ("2000 people")
_COUNT_AFTER_RE = re.compile(
    r"\s*(?:%|per\s*cent|percent)|\s+(?:[a-z]+\s+)?(?:people|persons|civilians|children|"
    r"women|men|fighters|militants|rebels|insurgents|soldiers|troops|refugees|families|"
    r"households|homes|houses|residents|casualties|deaths|dead|killed|wounded|injured|"
    r"prisoners|detainees|members|cases|tons|tonnes|km|kilometers|kilometres|miles|metres|"
    r"meters|dollars|euros|pounds|barrels|vehicles|tanks|aircraft|missiles|rockets|shells|"
    r"bombs|strikes|airstrikes|attacks|sorties|targets|positions|villages|buildings|units|"
    r"times|others|more|of\s+them|of\s+whom)\b",
    re.IGNORECASE,
)

_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?"
)
_WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|"
    r"thu|fri|sat|sun)(?![a-z])\.?"
)
_WDFULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = (
    r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])(?![a-z])|(?:thirty[- ]first|thirtieth|"
    r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|"
    r"nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|"
    r"eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)(?![a-z]))"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])(?!\s*%)"
_MOD = (
    r"(?:(?:early|mid|late|(?:the\s+)?(?:end|beginning|middle|start)\s+of)(?:\s*-\s*|\s+)"
    r"|mid-?)"
)
_YSEP = r"(?:\s*,\s*|\s+|\s*[-/]\s*)(?:(?:of|in)\s+)?"
_CONN = r"(?:\s*[-–—~]\s*|\s+(?:to|till|until|through|thru|and)\s+)"
_NUMWORD = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
    r"a\s+couple\s+of|a\s+few|several)"

# Every alternative starts at a word start with one of these words or a digit: checking that
# first keeps the scan linear and fast (the alternation is tried at few positions).
def _trie(entries: dict[str, str]) -> str:
    """A regex matching ``word + suffix`` for each entry, as a prefix tree of literals.

    The regex engine tries an alternation branch by branch; a prefix tree makes it drop a
    position after one or two characters, which keeps the scan fast.
    """
    tree: dict = {}
    for word, suffix in entries.items():
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = suffix

    def build(node: dict) -> str:
        parts = []
        for ch in sorted(node):
            if ch == "":
                parts.append(node[""] or "")
            else:
                parts.append(re.escape(ch) + build(node[ch]))
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return build(tree)


_UNIT = r"(?:days?|weeks?|months?|years?)"
_AGO = (rf"(?:\s+(?:few\s+|couple\s+of\s+)?{_UNIT}\s+(?:ago|from\s+(?:today|now)|"
        r"after\s+today)|\s+thousand)")
_WD3 = r"(?:mon|tue|wed|thu|fri|sat|sun)"
_START_WORDS = dict.fromkeys(
    "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun early mid "
    "late end beginning middle start last next earlier later yesterday today tonight tomorrow "
    "overnight past previous coming current q1 q2 q3 q4 christmas first second third fourth "
    "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteen twent thirt juneteenth halloween".split(),
    "",
)
_START_WORDS.update(
    {
        "new": r"\s+year",
        "between": r"\s+(?:\d|[a-z]{3})",
        "from": r"\s+(?:\d|[a-z]{3})",
        "the": r"\s+(?:\d|'|day\s|end|beginning|middle|start|previous|following|current|"
        r"first|second|third|fourth|fifth|last|next|past|coming|week|year|twent|thirt|"
        r"[a-z]+(?:th|st|nd|rd)\b)",
        "in": rf"\s+(?:{_NUMWORD})\s+{_UNIT}",
        "week": r"\s+(?:of|beginning|starting|commencing|\d)|end",
        "weekend": "",
        "w": "/c",
        "now": "",
        "year": r"[\s-]to[\s-]date",
        "ytd": "",
        "international": r"\s+workers",
        "valentine": "",
        "this": rf"\s+(?:week|month|year|morning|afternoon|evening|past|coming|quarter|calendar|"
        rf"{_WD3})",
        "following": rf"\s+(?:week|month|year|quarter|\d|[a-z]+\s+(?:days|weeks|months|years)|"
        rf"{_WD3})",
        "an": _AGO,
        "a": _AGO,
        "one": _AGO,
        "two": _AGO,
        "three": _AGO,
        "four": _AGO,
        "five": _AGO,
        "six": _AGO,
        "seven": _AGO,
        "eight": _AGO,
        "nine": _AGO,
        "ten": _AGO,
        "eleven": _AGO,
        "twelve": _AGO,
        "several": _AGO,
    }
)
# every alternative of _MASTER starts at a word start with one of these words or a digit
_START = rf"(?<![a-z0-9])(?=\d|'\d|{_trie(_START_WORDS)})"
_MASTER = re.compile(
    _START
    + "(?:"
    + "|".join(
        [
            # "the last week of July", "first week of 2015": ISO weeks of a year or month
            rf"(?P<wkof>(?:the\s+)?(?P<wkof_o>first|second|third|fourth|fifth|1st|2nd|3rd|4th|"
            rf"5th|last)\s+week\s+of\s+(?:(?P<wkof_y>{_YEAR})|(?P<wkof_m>{_MON})(?:\s*,?\s*"
            rf"(?P<wkof_my>{_YEAR}))?|(?P<wkof_r>this|last|next|the\s+previous|previous|"
            rf"the\s+following|the)\s+month)(?![\w-]))",
            # "the week of April 10th", "w/c Feb 4": joined to the date that follows
            r"(?P<wkpre>(?:the\s+)?week\s+(?:of|beginning|starting|commencing)(?:\s+on)?|w/c)"
            r"(?=\s+(?:the\s+)?(?:\d|[a-z]{3}))",
            rf"(?P<wknum>week\s+(?P<wknum_n>5[0-3]|[1-4]\d|0?[1-9])(?![\w.,/-])"
            rf"(?:\s+of\s+(?P<wknum_y>{_YEAR}))?(?!\s+of\b))",
            r"(?P<wkend>(?:(?P<wkend_q>this|last|next|past|previous|coming|the\s+following|the)"
            r"\s+)weekend)(?![\w-])",
            # "Mon 13th", "Tuesday the eleventh": the weekday checks the day of the month
            rf"(?P<wdnum>(?P<wdnum_w>{_WD}),?\s+(?P<wdnum_the>the\s+)?(?P<wdnum_d>{_DAY})"
            rf"(?(wdnum_the)|(?:(?<=[a-z])|(?=\s*(?:[!?.,;:)]|$))))"
            rf"(?!\s*(?:{_MON}|of\b|[/.:-]\d)))",
            # "nineteen ninety six", "two thousand and fifteen": years in words (need a cue)
            r"(?P<nwy>(?P<nwy_c>nineteen|twenty)[\s-]+(?P<nwy_y>(?:twenty|thirty|forty|fifty|"
            r"sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|"
            r"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            r"nineteen)|two\s+thousand(?:\s+and)?(?:[\s-]+(?P<nwy_k>(?:twenty)(?:[\s-]+(?:one|"
            r"two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
            r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
            r"eighteen|nineteen))?)(?![\w-])",
            # "in two weeks" (a future date, only with a future cue before it)
            rf"(?P<fut>in\s+(?P<fut_n>{_NUMWORD})\s+(?P<fut_u>day|week|month|year)s?(?![\w-]))",
            # "next 3 days", "the past two weeks": the days after / before the reference
            r"(?P<nxt>(?:the\s+)?(?P<nxt_q>next|coming|following|past|last|previous)\s+"
            r"(?P<nxt_n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"few|couple\s+of)\s+(?P<nxt_u>day|week|month|year)s(?![\w-]))",
            # "the 15th day of June", "the thirty-first day of the month"
            rf"(?P<dom>the\s+(?P<dom_d>{_DAY})\s+day\s+of\s+(?:(?P<dom_m>{_MON})|"
            rf"(?P<dom_r>the|this|next|last|the\s+following|the\s+previous)\s+month)"
            rf"(?![\w-]))",
            r"(?P<ytd>(?:the\s+)?year[\s-]to[\s-]date|ytd)(?![\w-])",
            # "end of the month", "early next week": halves of a relative period
            r"(?P<pmod>(?P<pmod_m>early|late|mid-?|(?:the\s+)?(?:end|beginning|middle|start)"
            r"\s+of)\s*(?:the\s+)?(?:(?P<pmod_q>this|last|next|previous|current|coming|"
            r"the\s+following|following)\s+)?(?P<pmod_u>week|month|year))(?![\w-])",
            r"(?P<now>now)(?![\w-])",
            # 1 March to 8 March is handled by combination; "from 1 to 8 March" here
            rf"(?P<drng>(?:(?P<drng_pre>between|from)\s+)?(?<![\d.,/:-])(?P<drng_d1>{_DAY})"
            rf"{_CONN}(?:the\s+)?(?P<drng_d2>{_DAY})(?:\s+of)?(?:\s+|\s*-\s*)"
            rf"(?P<drng_m>{_MON})(?:{_YSEP}(?P<drng_y>{_YEAR}))?)",
            rf"(?P<mdrng>(?:(?P<mdrng_pre>between|from)\s+)?(?P<mdrng_m>{_MON})\s*"
            rf"(?P<mdrng_d1>{_DAY}){_CONN}(?P<mdrng_d2>{_DAY})(?![:.]\d)"
            rf"(?:{_YSEP}(?P<mdrng_y>{_YEAR}))?)",
            rf"(?P<iso>(?<![\d.,/])(?P<iso_y>{_YEAR})(?P<iso_s>[-/])(?P<iso_m>1[0-2]|0?[1-9])"
            rf"(?P=iso_s)(?P<iso_d>3[01]|[12]\d|0?[1-9])(?![\d])(?!-\d))",
            rf"(?P<ymd>(?<![\d.,/])(?P<ymd_y>{_YEAR})\s*[-/]\s*(?P<ymd_m>{_MON})\s*[-/]\s*"
            rf"(?P<ymd_d>3[01]|[12]\d|0?[1-9])(?![\d]))",
            r"(?P<cmp>(?<![\w.,/])(?P<cmp_y>(?:19|20)\d\d)(?P<cmp_m>0[1-9]|1[0-2])"
            r"(?P<cmp_d>0[1-9]|[12]\d|3[01])(?![\w]|[.,]\d))",
            rf"(?P<qtr>(?:(?P<qtr_q1>q[1-4])(?:\s*[-/]\s*|\s+)(?P<qtr_y1>{_YEAR})"
            rf"|(?P<qtr_y2>{_YEAR})(?:\s*[-/]\s*|\s+)(?P<qtr_q2>q[1-4]|h[12])"
            rf"|(?:the\s+)?(?P<qtr_o>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+"
            rf"(?P<qtr_u>quarter|half)\s+of\s+(?:(?P<qtr_y3>{_YEAR})|(?P<qtr_ry>the|this|last|"
            rf"next)\s+year)"
            rf"|(?P<qtr_b>q[1-4])(?![\w-]|\s*[-/]?\s*\d)"
            rf"|(?P<qtr_r>last|this|next|previous|past|coming|following|current)\s+quarter)"
            rf"(?![\w]))",
            r"(?P<hol>(?:christmas\s+eve|christmas(?:\s+day)?|new\s+year'?s?\s+eve|"
            r"new\s+year'?s?\s+day|juneteenth|international\s+workers'?\s+day|"
            r"valentine'?s?\s+day|halloween)(?![\w-]))",
            r"(?P<num>(?<![\d.,/])(?<![a-z]-)(?P<num_a>\d{1,2})(?P<num_s>[./-])(?P<num_b>\d{1,2})"
            r"(?P=num_s)\s?(?P<num_y>\d{4}|\d{2})(?![\d])(?!\.\d)(?!-\d(?!\d?/)))",
            r"(?P<numdm>(?<![\w.,/:$])(?<![a-z]-)(?P<numdm_a>\d{1,2})/(?P<numdm_b>\d{1,2})(?![\d/])"
            r"(?!\.\d))",
            rf"(?P<isom>(?<![\d.,/-])(?P<isom_y>{_YEAR})-(?P<isom_m>1[0-2]|0?[1-9])(?![\d])"
            rf"(?![-/.]?[a-z\d])|(?<![\w.,/$-])(?P<isom_m2>1[0-2]|0?[1-9])[-/](?P<isom_y2>"
            rf"{_YEAR})(?![\w%-]))",
            rf"(?P<dmy>(?:(?P<dmy_wd>{_WD}),?\s+)?(?:the\s+)?(?<![\d.,/$])(?<!\d:)(?P<dmy_d>{_DAY})"
            rf"(?:\s+of)?(?:\s+|\s*[-/]\s*)(?P<dmy_m>{_MON})"
            rf"(?:{_YSEP}(?P<dmy_y>{_YEAR}))?)",
            rf"(?P<mdy>(?:(?P<mdy_wd>{_WD}),?\s+)?(?P<mdy_m>{_MON})(?:\s*[/-]\s*|\s*)"
            rf"(?:the\s+)?(?P<mdy_d>{_DAY})(?![:.]\d)(?:{_YSEP}(?P<mdy_y>{_YEAR}))?)",
            rf"(?P<my>(?P<my_mod>{_MOD})?(?P<my_m>{_MON})(?:\s*[,/-]\s*|\s+)"
            rf"(?:(?:of|in)\s+)?(?P<my_y>{_YEAR}))",
            rf"(?P<ym>(?<![\w.,/$-])(?P<ym_y>{_YEAR})\s+(?P<ym_m>{_MON})(?!\s*\d))",
            rf"(?P<dec>(?P<dec_mod>{_MOD})?(?:the\s+)?(?:(?P<dec_y>1[6-9]\d|20\d)0\s?'?s"
            rf"|'(?P<dec_s>\d)0s)(?![a-z]))",
            rf"(?P<yrng>(?<![\w$#./-])(?P<yrng_a>{_YEAR})\s*[-–—~]\s*(?P<yrng_b>{_YEAR}|\d\d)"
            rf"(?![\d%]))",
            rf"(?P<yr>(?:(?P<yr_mod>{_MOD})|(?<![\w$#./-])(?<!\d,))(?P<yr_y>{_YEAR})"
            rf"(?![\w%$])(?!-\d)(?![.,]\d))",
            rf"(?P<mon>(?P<mon_mod>{_MOD})?(?P<mon_m>{_MON}))",
            rf"(?P<ago>(?P<ago_n>{_NUMWORD})\s+(?P<ago_u>day|week|month|year)s?\s+"
            rf"(?P<ago_dir>ago|from\s+(?:today|now)|after\s+today))",
            r"(?P<relw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            r"(?:earlier|later)\s+today|yesterday|today|tonight|tomorrow|overnight|"
            r"last\s+night|last\s+evening|this\s+(?:morning|afternoon|evening))(?![\w-])",
            rf"(?P<wd>(?:(?P<wd_q>last|this\s+past|this\s+coming|this|next|past|previous|"
            rf"coming|following|(?P<wd_w>last|this|next|previous|the\s+following)\s+week,?"
            rf"(?:\s*-\s*|\s+on)?)\s+)?(?P<wd_d>{_WDFULL})(?![\w-])(?!s\b)"
            r"(?:\s+(?:night|morning|afternoon|evening))?"
            r"(?:\s+of\s+(?P<wd_w2>last|this|next|the\s+following)\s+week)?)",
            r"(?P<nth>the\s+(?P<nth_d>3[01]|[12]\d|[1-9])"
            r"(?:st|nd|rd|th)(?=\s*(?:[.,;:!?)]|$|and\b|or\b|of\s+(?:this|last)\s+month)))",
            r"(?P<per>(?P<per_q>last|this\s+calendar|this|next|earlier\s+this|later\s+this|"
            r"earlier\s+in\s+the|"
            r"later\s+in\s+the|the\s+previous|previous|the\s+following|the\s+current|current)"
            r"\s+(?P<per_u>week|month|year))(?![\w-])",
        ]
    )
    + ")",
    re.IGNORECASE,
)
_TOP = ("dom", "wkof", "wkpre", "wknum", "wkend", "wdnum", "nwy", "fut", "nxt", "ytd", "pmod",
        "now",
        "drng", "mdrng", "iso", "ymd", "cmp", "qtr", "hol", "num", "numdm", "isom", "dmy",
        "mdy", "my", "ym", "dec", "yrng", "yr", "mon", "ago", "relw", "wd", "nth", "per")
_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
             "new year eve": (12, 31), "new year day": (1, 1), "juneteenth": (6, 19),
             "international workers day": (5, 1), "valentine day": (2, 14),
             "valentines day": (2, 14), "halloween": (10, 31)}
_RANGE_GAP_RE = re.compile(r"\s*(?:[-–—~]|to|till|until|through|thru|and)\s*\Z", re.IGNORECASE)
_RANGE_PRE_RE = re.compile(r"(?:\b(?P<w>between|from)\s+)\Z", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*\Z", re.IGNORECASE)


# --------------------------------------------------------------------------- tokens

@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    gran: str                 # day | month | year | decade | week | rel
    y: int | None = None
    m: int | None = None
    d: int | None = None
    weak: bool = False        # needs a cue or a partner to count as a date
    rel: str | None = None    # for relative expressions: a key read by _resolve_rel
    value: str | None = None  # preset value (decade)
    half: int = 0             # 1: early / beginning of, 2: late / end of the period


_NUMDM_CUE_RE = re.compile(r"\b(?:on|from|since|until|till|by|between)\s+\Z", re.IGNORECASE)
_NUMDM_NEXT_RE = re.compile(r"\s*(?:-|–|to|and)\s*\d{1,2}/\d{1,2}(?![\d.])", re.IGNORECASE)
_NUMDM_PREV_RE = re.compile(r"\d{1,2}/\d{1,2}\s*(?:,|-|–|to|and|or|, or|, and)\s*\Z")
_NTH_CUE_RE = re.compile(r"\b(?:on|by|since|until|till|from)\s+\Z", re.IGNORECASE)
_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
         "4th": 4}


def _quarter(m: re.Match, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    """Quarters and halves as a rel token whose key carries the months."""
    g = m.group
    if g("qtr_r"):
        return _Tok(s, e, "rel", rel="qtr:" + g("qtr_r").lower())
    if g("qtr_b"):  # "Q1" alone: the latest first quarter that began on or before ref
        n = int(g("qtr_b")[1])
        if ref is None:
            return None
        y = ref.year if 3 * n - 2 <= ref.month else ref.year - 1
        return _Tok(s, e, "period", y, 3 * n - 2, 3 * n)
    if g("qtr_q1") or g("qtr_q2"):
        code = (g("qtr_q1") or g("qtr_q2")).lower()
        y = int(g("qtr_y1") or g("qtr_y2"))
        n, half = int(code[1]), code[0] == "h"
    else:
        if g("qtr_ry"):
            if ref is None:
                return None
            y = ref.year + {"last": -1, "next": 1}.get(g("qtr_ry").lower(), 0)
        else:
            y = int(g("qtr_y3"))
        half = g("qtr_u").lower() == "half"
        o = g("qtr_o").lower()
        n = (2 if half else 4) if o == "last" else _QORD[o]
        if half and n > 2:
            return None
    span = 6 if half else 3
    first = (n - 1) * span + 1
    return _Tok(s, e, "period", y, first, first + span - 1)


def _count_not_year(text: str, year: int, end: int) -> bool:
    """A round 4-digit number before a counted noun is a count: "3 March 2000 people"."""
    return year % 10 == 0 and _COUNT_AFTER_RE.match(text, end) is not None


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip(".").strip())


_ORD = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split()
    )
}


def _day(word: str) -> int:
    m = re.match(r"\d+", word)
    if m:
        return int(m.group())
    w = re.sub(r"[- ]+", " ", word.lower()).split()
    if w[0] == "thirtieth":
        return 30
    if w[0] == "thirty":
        return 31
    if w[0] == "twenty" and len(w) > 1:
        return 20 + _ORD[w[1]]
    return _ORD[w[0]]


def _lower_ambiguous(word: str) -> bool:
    """'may' and 'march' written in lower case are a verb/noun unless proven a month."""
    w = word.rstrip(".")
    return w.islower() and w in ("may", "march")


def _day_month(a: int, b: int, dayfirst: bool) -> tuple[int, int]:
    """(day, month) of two numbers: a number over 12 is the day, else ``dayfirst`` decides."""
    if a > 12:
        return a, b
    if b > 12:
        return b, a
    return (a, b) if dayfirst else (b, a)


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        _dt.date(2000 if y is None else y, m, d)  # 2000 is a leap year: Feb 29 passes
    except ValueError:
        return False
    return True


def _tok_from_match(
    m: re.Match, text: str, dayfirst: bool, ref: _dt.date | None
) -> _Tok | list[_Tok] | None:
    name = next(n for n in _TOP if m.group(n) is not None)
    s, e = m.span(name)
    g = m.group
    if name in _WEEKS_ETC:
        return _WEEKS_ETC[name](m, text, s, e, ref)
    if name in ("drng", "mdrng"):
        mon = _month(g(name + "_m"))
        d1, d2 = _day(g(name + "_d1")), _day(g(name + "_d2"))
        y = int(g(name + "_y")) if g(name + "_y") else None
        pre = g(name + "_pre")
        conn = text[m.end(name + "_d1"):m.start(name + "_d2")].strip().lower()
        if conn == "and" and not pre:
            return None
        if d1 >= d2 or not _valid(y, mon, d1) or not _valid(y, mon, d2):
            return None
        if _lower_ambiguous(g(name + "_m")) and y is None:
            return None
        return [
            _Tok(s, e, "day", y, mon, d1),
            _Tok(s, e, "day", y, mon, d2),
        ]
    if name == "iso":
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "num":
        a, b, sep, ys = int(g("num_a")), int(g("num_b")), g("num_s"), g("num_y")
        if len(ys) == 2:
            if sep != "/":
                return None
            # the century that puts the year at most 10 years after the reference
            pivot = (ref.year + 10) % 100 if ref is not None else 49
            y = (2000 if int(ys) <= pivot else 1900) + int(ys)
        else:
            y = int(ys)
            if not 1600 <= y <= 2099:
                return None
        d, mo = (a, b) if sep == "." else _day_month(a, b, dayfirst)
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "isom":
        if g("isom_y"):
            return _Tok(s, e, "month", int(g("isom_y")), int(g("isom_m")))
        return _Tok(s, e, "month", int(g("isom_y2")), int(g("isom_m2")))
    if name == "ymd":
        y, mo, d = int(g("ymd_y")), _month(g("ymd_m")), int(g("ymd_d"))
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "cmp":
        y, mo, d = int(g("cmp_y")), int(g("cmp_m")), int(g("cmp_d"))
        return _Tok(s, e, "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "numdm":
        a, b = int(g("numdm_a")), int(g("numdm_b"))
        before = text[max(0, s - 12):s]
        after = text[e:e + 16]
        if not (_NUMDM_CUE_RE.search(before) or _NUMDM_NEXT_RE.match(after)
                or _NUMDM_PREV_RE.search(before)):
            return None
        d, mo = _day_month(a, b, dayfirst)
        return _Tok(s, e, "day", None, mo, d) if _valid(None, mo, d) else None
    if name == "ym":
        return _Tok(s, e, "month", int(g("ym_y")), _month(g("ym_m")))
    if name == "qtr":
        return _quarter(m, s, e, ref)
    if name == "hol":
        key = re.sub(r"\s+", " ", g("hol").lower().replace("'", "")).replace("years", "year")
        md = _HOLIDAYS.get(key)
        return _Tok(s, e, "day", None, md[0], md[1]) if md else None
    if name == "nth":
        before = text[max(0, s - 8):s]
        if not _NTH_CUE_RE.search(before):
            return None
        return _Tok(s, e, "day", None, None, int(g("nth_d")))
    if name in ("dmy", "mdy"):
        mword = g(name + "_m")
        mon = _month(mword)
        d = _day(g(name + "_d"))
        y = int(g(name + "_y")) if g(name + "_y") else None
        if y is not None and _count_not_year(text, y, e):
            y = None  # "on 3 March 2000 people fled": 2000 counts people
            e = max(m.end(name + "_d"), m.end(name + "_m"))
        if _lower_ambiguous(mword) and y is None:
            return None
        if not g(name + "_d")[0].isdigit() and name == "dmy" and " of" not in m.group(name):
            return None  # "second March": an ordinal word needs "of" ("second of March")
        if not _valid(y, mon, d):
            return None
        if name == "mdy" and y is None and mword.rstrip(".").lower() not in _FULL_MONTHS \
                and not mword.endswith(".") and not mword[:1].isupper():
            return None  # "mar 3" in lower case without a year: too weak
        return _Tok(s, e, "day", y, mon, d)
    if name == "my":
        y = int(g("my_y"))
        if _count_not_year(text, y, e):
            mword = g("my_m")
            full = mword.rstrip(".").lower() in _FULL_MONTHS and not _lower_ambiguous(mword)
            return _Tok(s, m.end("my_m"), "month", None, _month(mword), weak=not g("my_mod"),
                        rel=None if full else "nocue")
        return _Tok(s, e, "month", y, _month(g("my_m")), half=_half(g("my_mod")))
    if name == "dec":
        value = g("dec_y") + "X" if g("dec_y") else "19" + g("dec_s") + "X"
        return _Tok(s, e, "decade", value=value)
    if name == "yrng":
        a = int(g("yrng_a"))
        bs = g("yrng_b")
        b = int(bs) if len(bs) == 4 else (a // 100) * 100 + int(bs)
        if not a < b <= a + 50 or _COUNT_AFTER_RE.match(text, e):
            return None
        return [_Tok(s, e, "year", a), _Tok(s, e, "year", b)]
    if name == "yr":
        weak = not g("yr_mod")
        if _COUNT_AFTER_RE.match(text, e):
            return None
        return _Tok(s, e, "year", int(g("yr_y")), weak=weak, half=_half(g("yr_mod")))
    if name == "mon":
        mword = g("mon_m")
        if g("mon_mod"):
            if _lower_ambiguous(mword):
                return None
            return _Tok(s, e, "month", None, _month(mword), half=_half(g("mon_mod")))
        # a bare month name: a date only after a cue, or in a range
        full = mword.rstrip(".").lower() in _FULL_MONTHS
        if _lower_ambiguous(mword) or not full:
            return _Tok(s, e, "month", None, _month(mword), weak=True, rel="nocue")
        return _Tok(s, e, "month", None, _month(mword), weak=True)
    if name == "ago":
        nword = re.sub(r"\s+", " ", g("ago_n").lower())
        n = int(nword) if nword.isdigit() else _SMALL.get(nword)
        if n is None:
            return None
        if g("ago_dir").lower() != "ago":
            n = -n  # "two days from today"
        return _Tok(s, e, "rel", rel=f"ago:{n}:{g('ago_u').lower()}")
    if name == "relw":
        w = re.sub(r"\s+", " ", g("relw").lower())
        return _Tok(s, e, "rel", rel="w:" + w)
    if name == "per":
        q = re.sub(r"\s+", " ", g("per_q").lower())
        return _Tok(s, e, "rel", rel=f"per:{q}:{g('per_u').lower()}")
    if name == "wd":
        week = g("wd_w") or g("wd_w2")
        if week:
            w = re.sub(r"\s+", " ", week.lower())
            q = {"last": "lastweek", "previous": "lastweek", "this": "this", "next": "next",
                 "the following": "next"}[w]
            return _Tok(s, e, "rel", rel=f"wd:{q}:{_WEEKDAYS[g('wd_d').lower()]}")
        q = re.sub(r"\s+", " ", (g("wd_q") or "").lower())
        q = {"following": "next", "previous": "lastweek"}.get(q, q)
        return _Tok(s, e, "rel", rel=f"wd:{q}:{_WEEKDAYS[g('wd_d').lower()]}")
    return None


# --------------------------------------------------------------------------- weeks etc.

_WEEKORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "5th": 5, "last": -1}
_FUTURE_CUE_RE = re.compile(
    r"\b(?:will|shall|won't|wo|'ll|going\s+to|due|expected|scheduled|schedule|plans?|"
    r"planned|set\s+to|would|could|should|must|deadline|next|back|wants?\s+to)\b[^.!\n]*\Z",
    re.IGNORECASE,
)
_NW_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
             "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
             "seventy": 70, "eighty": 80, "ninety": 90}


def _words_number(words: str) -> int:
    """ "ninety six" -> 96, "twenty" -> 20 (tens and units only)."""
    return sum(_NW_UNITS[w] for w in re.split(r"[\s-]+", words.lower()) if w in _NW_UNITS)


def _val(s: int, e: int, value: str, kind: str) -> _Tok:
    """A token whose value is already known (``rel`` carries the kind)."""
    return _Tok(s, e, "val", value=value, rel=kind)


def _week_of_month(y: int, mo: int, n: int) -> str:
    """The n-th ISO week (Monday to Sunday) whose Thursday falls in the month; -1 = last."""
    first = _dt.date(y, mo, 1)
    thursday = first + _dt.timedelta(days=(3 - first.weekday()) % 7)
    if n < 0:
        while (thursday + _dt.timedelta(weeks=1)).month == mo:
            thursday += _dt.timedelta(weeks=1)
    else:
        thursday += _dt.timedelta(weeks=n - 1)
        if thursday.month != mo:
            return ""
    return _iso_week(thursday)


def _tok_wkof(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    g = m.group
    n = _WEEKORD[g("wkof_o").lower()]
    if g("wkof_y"):
        y = int(g("wkof_y"))
        weeks = _dt.date(y, 12, 28).isocalendar()[1]
        if n > weeks:
            return None
        return _val(s, e, f"{y:04d}-W{(weeks if n < 0 else n):02d}", "absolute")
    if g("wkof_m"):
        mo = _month(g("wkof_m")) or 0
        if g("wkof_my"):
            y, kind = int(g("wkof_my")), "absolute"
        elif ref is not None:
            y, kind = ref.year if mo <= ref.month else ref.year - 1, "partial"
        else:
            return None
    else:
        if ref is None:
            return None
        q = re.sub(r"\s+", " ", g("wkof_r").lower())
        step = {"last": -1, "previous": -1, "the previous": -1, "next": 1,
                "the following": 1}.get(q, 0)
        day = _shift_months(ref.replace(day=1), step)
        y, mo, kind = day.year, day.month, "relative"
    value = _week_of_month(y, mo, n)
    return _val(s, e, value, kind) if value else None


def _tok_wknum(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    n = int(m.group("wknum_n"))
    if m.group("wknum_y"):
        y, kind = int(m.group("wknum_y")), "absolute"
    elif ref is not None:
        y, kind = ref.year, "relative"
    else:
        return None
    if n > _dt.date(y, 12, 28).isocalendar()[1]:
        return None
    return _val(s, e, f"{y:04d}-W{n:02d}", kind)


def _tok_wkend(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if ref is None:
        return None
    q = re.sub(r"\s+", " ", m.group("wkend_q").lower())
    saturday = ref + _dt.timedelta(days=5 - ref.weekday())  # Saturday of this ISO week
    if q == "the":
        if saturday > ref:  # on or before: the last weekend that has begun
            saturday -= _dt.timedelta(weeks=1)
    elif q in ("last", "past", "previous"):
        saturday -= _dt.timedelta(weeks=1)
    elif q in ("next", "the following") or (q == "coming" and saturday < ref):
        saturday += _dt.timedelta(weeks=1)
    sunday = saturday + _dt.timedelta(days=1)
    return _val(s, e, f"{saturday.isoformat()}/{sunday.isoformat()}", "relative")


def _tok_wdnum(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    g = m.group
    dword = g("wdnum_d")
    d = _day(dword)
    wd = _WEEKDAYS[g("wdnum_w").lower().rstrip(".")]
    if ref is None:
        return _val(s, e, f"XXXX-XX-{d:02d}", "partial")
    best: _dt.date | None = None
    for step in range(-13, 14):  # the nearest such day within a year, the past on a tie
        month = _shift_months(ref.replace(day=1), step)
        if not _valid(month.year, month.month, d):
            continue
        day = month.replace(day=d)
        if day.weekday() != wd:
            continue
        if best is None or abs((day - ref).days) < abs((best - ref).days):
            best = day
    if best is None:
        return None
    return _val(s, e, best.isoformat(), "partial")


def _tok_nwy(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    g = m.group
    if g("nwy_c"):
        y = (1900 if g("nwy_c").lower() == "nineteen" else 2000) + _words_number(g("nwy_y"))
    else:
        y = 2000 + (_words_number(g("nwy_k")) if g("nwy_k") else 0)
    if not 1600 <= y <= 2099 or _COUNT_AFTER_RE.match(text, e):
        return None
    return _Tok(s, e, "year", y, weak=True)


def _tok_fut(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if not _FUTURE_CUE_RE.search(text, max(0, s - 100), s):
        return None  # "killed 20 people in two days" is a duration
    nword = re.sub(r"\s+", " ", m.group("fut_n").lower())
    n = int(nword) if nword.isdigit() else _SMALL.get(nword)
    if n is None:
        return None
    return _Tok(s, e, "rel", rel=f"ago:{-n}:{m.group('fut_u').lower()}")


def _tok_nxt(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if ref is None:
        return None
    nword = re.sub(r"\s+", " ", m.group("nxt_n").lower())
    n = int(nword) if nword.isdigit() else _SMALL.get(nword, _SMALL.get("a " + nword))
    if not n:
        return None
    unit = m.group("nxt_u").lower()
    if m.group("nxt_q").lower() in ("next", "coming", "following"):
        first = ref + _dt.timedelta(days=1)
        last = _offset(ref, n, unit)
    else:
        first = _offset(ref, -n, unit)
        last = ref - _dt.timedelta(days=1)
    if first is None or last is None:
        return None
    return _val(s, e, f"{first.isoformat()}/{last.isoformat()}", "relative")


def _tok_ytd(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    if ref is None:
        return None
    return _val(s, e, f"{ref.year:04d}-01-01/{ref.isoformat()}", "relative")


def _tok_now(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    return _Tok(s, e, "rel", rel="w:now", weak=True)  # only as the end of a range


def _tok_wkpre(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    return _Tok(s, e, "rel", rel="wkpre", weak=True)  # joined to the next date, or dropped


def _offset(day: _dt.date, n: int, unit: str) -> _dt.date | None:
    try:
        if unit == "day":
            return day + _dt.timedelta(days=n)
        if unit == "week":
            return day + _dt.timedelta(weeks=n)
        return _shift_months(day, n if unit == "month" else 12 * n)
    except (OverflowError, ValueError):
        return None


def _half(mod: str | None) -> int:
    """1 for "early", "beginning of", "start of"; 2 for "late", "end of"; else 0."""
    word = (mod or "").lower()
    if any(w in word for w in ("early", "beginning", "start")):
        return 1
    return 2 if any(w in word for w in ("late", "end")) else 0


def _halve(value: str, half: int) -> str:
    """The first or second half of a year ("2016-07/2016-12"), month ("2016-03-16/
    2016-03-31") or ISO week (Monday to Wednesday, Thursday to Sunday); as is otherwise."""
    if not half or "X" in value:
        return value
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01/{value}-06" if half == 1 else f"{value}-07/{value}-12"
    if re.fullmatch(r"\d{4}-\d\d", value):
        first = _dt.date(int(value[:4]), int(value[5:]), 1)
        last = _shift_months(first, 1) - _dt.timedelta(days=1)
        if half == 1:
            return f"{value}-01/{value}-15"
        return f"{value}-16/{last.isoformat()}"
    if re.fullmatch(r"\d{4}-W\d\d", value):
        monday = _dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        a, b = (monday, monday + _dt.timedelta(days=2)) if half == 1 else (
            monday + _dt.timedelta(days=3), monday + _dt.timedelta(days=6))
        return f"{a.isoformat()}/{b.isoformat()}"
    return value


def _tok_pmod(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    q = re.sub(r"\s+", " ", (m.group("pmod_q") or "this").lower())
    q = {"current": "this", "coming": "next", "following": "next",
         "the following": "next"}.get(q, q)
    value = _resolve_rel(f"per:{q}:{m.group('pmod_u').lower()}", ref)
    if value is None:
        return None
    return _val(s, e, _halve(value, _half(m.group("pmod_m"))), "relative")


def _tok_dom(m: re.Match, text: str, s: int, e: int, ref: _dt.date | None) -> _Tok | None:
    d = _day(m.group("dom_d"))
    if m.group("dom_m"):
        mon = _month(m.group("dom_m")) or 0
        return _Tok(s, e, "day", None, mon, d) if _valid(None, mon, d) else None
    if ref is None:
        return None
    q = re.sub(r"\s+", " ", m.group("dom_r").lower())
    step = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(q, 0)
    month = _shift_months(ref.replace(day=1), step)
    if not _valid(month.year, month.month, d):
        return None
    return _val(s, e, month.replace(day=d).isoformat(), "relative")


_WEEKS_ETC = {"dom": _tok_dom, "pmod": _tok_pmod, "wkof": _tok_wkof, "wknum": _tok_wknum,
              "wkend": _tok_wkend,
              "wdnum": _tok_wdnum, "nwy": _tok_nwy, "fut": _tok_fut, "nxt": _tok_nxt,
              "ytd": _tok_ytd, "now": _tok_now, "wkpre": _tok_wkpre}


# --------------------------------------------------------------------------- resolving

def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    ys = "XXXX" if y is None else f"{y:04d}"
    if m is None:
        return ys
    if d is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


def _year_on_or_before(m: int, d: int | None, ref: _dt.date) -> int | None:
    """The year of the latest (month, day) on or before ``ref``."""
    y = ref.year if (m, d or 1) <= (ref.month, ref.day) else ref.year - 1
    if d is None:
        return y
    for _ in range(9):
        if _valid(y, m, d):
            return y
        y -= 1
    return None


def _iso_week(day: _dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _shift_months(day: _dt.date, n: int) -> _dt.date:
    k = day.year * 12 + day.month - 1 + n
    y, m = divmod(k, 12)
    m += 1
    for d in (day.day, 30, 29, 28):
        if _valid(y, m, d):
            return _dt.date(y, m, d)
    return _dt.date(y, m, 28)


def _part_of_period(ref: _dt.date, unit: str, earlier: bool) -> str:
    """ "earlier this month": its first day to the day before ``ref``; "later this week":
    the day after ``ref`` to its last day; the whole period when that part is empty."""
    if unit == "week":
        first = ref - _dt.timedelta(days=ref.weekday())
        last = first + _dt.timedelta(days=6)
        whole = _iso_week(ref)
    elif unit == "month":
        first = ref.replace(day=1)
        last = _shift_months(first, 1) - _dt.timedelta(days=1)
        whole = _fmt(ref.year, ref.month)
    else:
        first, last, whole = _dt.date(ref.year, 1, 1), _dt.date(ref.year, 12, 31), _fmt(ref.year)
    if earlier:
        a, b = first, ref - _dt.timedelta(days=1)
    else:
        a, b = ref + _dt.timedelta(days=1), last
    if a > b:
        return whole
    return f"{a.isoformat()}/{b.isoformat()}"


def _resolve_rel(key: str, ref: _dt.date | None) -> str | None:
    """Value of a relative expression, a placeholder when ``ref`` is None."""
    kind, _, rest = key.partition(":")
    if kind == "w":
        offsets = {
            "today": 0, "tonight": 0, "earlier today": 0, "later today": 0,
            "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "last evening": -1, "overnight": -1,
            "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
            "now": 0,
        }
        off = offsets.get(rest)
        if off is None:
            return None
        return "XXXX-XX-XX" if ref is None else (ref + _dt.timedelta(days=off)).isoformat()
    if kind == "ago":
        n_s, _, unit = rest.partition(":")
        n = int(n_s)
        if ref is None:
            return "XXXX-XX-XX"
        try:
            if unit == "day":
                return (ref - _dt.timedelta(days=n)).isoformat()
            if unit == "week":
                return (ref - _dt.timedelta(weeks=n)).isoformat()
            if unit == "month":
                return _shift_months(ref, -n).isoformat()
            return _shift_months(ref, -12 * n).isoformat()
        except (OverflowError, ValueError):
            return None
    if kind == "per":
        q, _, unit = rest.partition(":")
        step = {"last": -1, "previous": -1, "the previous": -1, "next": 1,
                "the following": 1}.get(q, 0)
        if ref is None:
            return {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
        part = q.split()[0]
        if part in ("earlier", "later"):
            return _part_of_period(ref, unit, part == "earlier")
        if unit == "week":
            return _iso_week(ref + _dt.timedelta(weeks=step))
        if unit == "month":
            day = _shift_months(ref, step)
            return _fmt(day.year, day.month)
        return _fmt(ref.year + step)
    if kind == "qtr":
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1,
                "following": 1}.get(rest, 0)
        if ref is None:
            return "XXXX-XX/XXXX-XX"
        k = ref.year * 4 + (ref.month - 1) // 3 + step
        y, q = divmod(k, 4)
        return f"{_fmt(y, 3 * q + 1)}/{_fmt(y, 3 * q + 3)}"
    if kind == "wd":
        q, _, wd_s = rest.partition(":")
        wd = int(wd_s)
        if ref is None:
            return f"XXXX-WXX-{wd + 1}"
        today = ref.weekday()
        if q == "":
            delta = -((today - wd) % 7)
        elif q in ("last", "past", "this past", "previous"):
            delta = -(((today - wd) % 7) or 7)
        elif q == "this":
            delta = wd - today
        elif q == "lastweek":
            delta = wd - today - 7
        elif q == "next":
            delta = 7 + wd - today
        else:  # coming, this coming
            delta = ((wd - today) % 7) or 7
        return (ref + _dt.timedelta(days=delta)).isoformat()
    return None


def _point(tok: _Tok, ref: _dt.date | None) -> tuple[str, str, bool] | None:
    """(value, kind, resolved) for a single token."""
    if tok.gran == "decade":
        return tok.value or "", "absolute", True
    if tok.gran == "val":
        return tok.value or "", tok.rel or "relative", "X" not in (tok.value or "")
    if tok.gran == "rel":
        v = _resolve_rel(tok.rel or "", ref)
        if v is None:
            return None
        return v, "relative", ref is not None
    if tok.gran == "period":
        return f"{_fmt(tok.y, tok.m)}/{_fmt(tok.y, tok.d)}", "absolute", True
    if tok.y is not None:
        return _halve(_fmt(tok.y, tok.m, tok.d), tok.half), "absolute", True
    if tok.m is None:
        if tok.d is None:
            return None
        if ref is None:
            return f"XXXX-XX-{tok.d:02d}", "partial", False
        day = ref if tok.d <= ref.day else _shift_months(ref.replace(day=1), -1)
        for _ in range(3):
            if _valid(day.year, day.month, tok.d):
                return _fmt(day.year, day.month, tok.d), "partial", True
            day = _shift_months(day.replace(day=1), -1)
        return None
    if ref is None:
        return _fmt(None, tok.m, tok.d), "partial", False
    y = _year_on_or_before(tok.m, tok.d, ref)
    if y is None:
        return _fmt(None, tok.m, tok.d), "partial", False
    return _halve(_fmt(y, tok.m, tok.d), tok.half), "partial", True


def _as_day(tok: _Tok, ref: _dt.date) -> _Tok:
    """A relative day ("today", "yesterday") as a calendar day token, for range ends."""
    if tok.gran != "rel" or not (tok.rel or "").startswith("w:"):
        return tok
    v = _resolve_rel(tok.rel or "", ref)
    if v is None:
        return tok
    day = _dt.date.fromisoformat(v)
    return _Tok(tok.start, tok.end, "day", day.year, day.month, day.day)


def _range(a: _Tok, b: _Tok, ref: _dt.date | None) -> tuple[str, bool] | None:
    """Interval value "start/end" for two tokens of calendar dates (not relative)."""
    if not {a.gran, b.gran} <= {"day", "month", "year"}:
        return None
    if a.gran != b.gran and (a.y is None or b.y is None):
        return None
    ya, yb = a.y, b.y
    ka = (a.m or 0, a.d or 0)
    kb = (b.m or 0, b.d or 0)
    if ya is not None and yb is None:
        yb = ya if kb >= ka else ya + 1
    elif yb is None and ref is not None and b.m is not None:
        yb = _year_on_or_before(b.m, b.d, ref)
    if ya is None and yb is not None:
        ya = yb if ka <= kb else yb - 1
    if ya is not None and yb is not None and (ya, ka) >= (yb, kb):
        return None
    if ya is None and yb is None and ka >= kb:
        return None
    if a.d is not None and not _valid(ya, a.m, a.d):
        return None
    if b.d is not None and not _valid(yb, b.m, b.d):
        return None
    resolved = ya is not None and yb is not None
    return f"{_fmt(ya, a.m, a.d)}/{_fmt(yb, b.m, b.d)}", resolved


# --------------------------------------------------------------------------- API

def _scan(text: str, dayfirst: bool, ref: _dt.date | None) -> list[_Tok | list[_Tok]]:
    out: list[_Tok | list[_Tok]] = []
    for m in _MASTER.finditer(text):
        tok = _tok_from_match(m, text, dayfirst, ref)
        if tok is not None:
            out.append(tok)
    return out


def _has_cue(text: str, start: int) -> bool:
    return _CUE_RE.search(text, max(0, start - 40), start) is not None


def find_dates(
    text: str, reference: _dt.date | None = None, *, dayfirst: bool = True
) -> list[DateMention]:
    """Every date expression in ``text``, left to right, non-overlapping; never raises."""
    try:
        mentions = [mention for mention in _find_dates(text, reference, dayfirst)
                    if not _IDENTIFIER_TAIL_RE.match(text, mention.end)]
        return _with_anchored(text, mentions, reference)
    except Exception:  # a pure rule must never break a pipeline
        return []


_ANCHORED_RE = re.compile(
    r"\b(?:(?P<same>the\s+same\s+(?:day|night|morning|evening)|that\s+(?:same\s+)?"
    r"(?:day|night|morning|afternoon|evening))"
    r"|(?P<prev>the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+day\s+before"
    r"|the\s+night\s+before|a\s+day\s+(?:earlier|before))"
    r"|(?P<next>the\s+(?:following|next)\s+(?:day|morning|night|evening)|the\s+day\s+after"
    r"|a\s+day\s+later)"
    r"|(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier|afterwards?))\b",
    re.IGNORECASE,
)
# "the day before the vote" is anchored on the vote, not on the last date: only a clause
# boundary may follow a bare "before"/"after"
_ANCHORED_END_RE = re.compile(r"\s*(?:[.,;:!?)\u2014\u2013-]|$|and\b|but\b|when\b|as\b|,)",
                              re.IGNORECASE)
_DAY_VALUE_RE = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)")


def _with_anchored(text: str, mentions: list[DateMention], reference: _dt.date | None
                   ) -> list[DateMention]:
    """``mentions`` plus the dates a narrative counts from the last day it named: "the
    following day", "the previous night", "two days later", "that day" ("On March 3 rebels
    attacked; the following day 12 were killed": March 4); from the reference date when
    the text named none before; unresolved without either."""
    found = list(_ANCHORED_RE.finditer(text))
    if not found:
        return mentions
    out = list(mentions)
    for match in found:
        if any(m.start < match.end() and match.start() < m.end for m in out):
            continue
        if re.search(r"(?:before|after)$", match.group(), re.IGNORECASE) and \
                not _ANCHORED_END_RE.match(text, match.end()):
            continue
        if match.group("same"):
            days = 0
        elif match.group("prev"):
            days = -1
        elif match.group("next"):
            days = 1
        else:
            word = match.group("n").lower()
            count = int(word) if word.isdigit() else _SMALL[word]
            days = count * (7 if match.group("unit").lower().startswith("week") else 1)
            days = -days if match.group("dir").lower() == "earlier" else days
        anchors = [m for m in out if m.end <= match.start() and
                   _DAY_VALUE_RE.fullmatch(m.value)]
        anchor = anchors[-1].value if anchors else (
            reference.isoformat() if isinstance(reference, _dt.date) else None)
        value, resolved = "XXXX-XX-XX", False
        if anchor is not None:
            value = _shift_day(anchor, days) or value
            resolved = "X" not in value
        out.append(DateMention(match.start(), match.end(), match.group(), value, "relative",
                               resolved))
    return sorted(out, key=lambda m: m.start)


def _shift_day(value: str, days: int) -> str | None:
    """An ISO day moved by ``days``; a day of unknown year ("XXXX-06-13") moves only where
    the result does not depend on the year."""
    y, m, d = value[:4], int(value[5:7]), int(value[8:10])
    if y != "XXXX":
        if not _valid(int(y), m, d):
            return None
        return (_dt.date(int(y), m, d) + _dt.timedelta(days=days)).isoformat()
    years = _probe_years(m, d)
    if years is None:
        return None
    first, second = ((_dt.date(y, m, d) + _dt.timedelta(days=days)).isoformat() for y in years)
    masked = _mask_years(first, second, years[1] - years[0])
    return masked if masked is not None and masked.startswith("XXXX") else None


_IDENTIFIER_TAIL_RE = re.compile(r"(?<=\d)-[A-Z]{1,3}-\d")
"""A date-like head of a release number: "2010-12" of "2010-12-S-001" is not a date (nor
a range of years); a date in a slug ("archive-2018-09-23-page") still is."""


def _find_dates(text: str, reference: _dt.date | None, dayfirst: bool) -> list[DateMention]:
    if not isinstance(text, str) or not text:
        return []
    if isinstance(reference, _dt.datetime):
        reference = reference.date()
    elif not isinstance(reference, _dt.date):
        reference = None
    dayfirst = _numeric_order(text, dayfirst)
    toks = _scan(text, dayfirst, reference)
    out: list[DateMention] = []
    i = 0
    prev_end = -1
    prev_point: _Tok | None = None
    while i < len(toks):
        t = toks[i]
        # a range inside one match ("from 1 to 8 March", "2014-2018")
        if isinstance(t, list):
            a, b = t
            r = _range(a, b, reference)
            if r is not None:
                out.append(DateMention(a.start, a.end, text[a.start:a.end], r[0], "range", r[1]))
                prev_end, prev_point = a.end, b
            i += 1
            continue
        # a range of two matches: "between 19 February and 23 March", "Nov 18-Dec 19, 2015"
        if i + 1 < len(toks) and not isinstance(toks[i + 1], list):
            u = toks[i + 1]
            gap = text[t.end:u.start]
            if reference is not None and "rel" in (t.gran, u.gran):
                t, u = _as_day(t, reference), _as_day(u, reference)
            same = t.gran == u.gran or (t.y is not None and u.y is not None)
            if same and {t.gran, u.gran} <= {"day", "month", "year"} \
                    and _RANGE_GAP_RE.match(gap):
                pre = _RANGE_PRE_RE.search(text, max(0, t.start - 12), t.start)
                conn = gap.strip().lower()
                ok = (conn != "and" or (pre is not None and pre.group("w").lower() == "between"))
                if conn == "and" and t.gran == "year" and (t.y or 0) >= (u.y or 0):
                    ok = False
                if ok and (u.weak and t.gran == "year") and _COUNT_AFTER_RE.match(text, u.end):
                    ok = False
                if ok:
                    r = _range(t, u, reference)
                    if r is not None:
                        s = pre.start() if pre is not None else t.start
                        out.append(DateMention(s, u.end, text[s:u.end], r[0], "range", r[1]))
                        prev_end, prev_point = u.end, u
                        i += 2
                        continue
        t = toks[i]
        if t.rel == "w:now":
            i += 1  # "now" is a date only as the end of a range
            continue
        if t.rel == "wkpre":
            # "the week of April 10th": the ISO week of the date that follows
            u = toks[i + 1] if i + 1 < len(toks) else None
            i += 1
            if isinstance(u, _Tok) and u.gran == "day" and not text[t.end:u.start].strip():
                p = _point(u, reference)
                if p is not None and "X" not in p[0]:
                    week = _iso_week(_dt.date.fromisoformat(p[0]))
                    out.append(DateMention(t.start, u.end, text[t.start:u.end], week, p[1],
                                           p[2]))
                    prev_end, prev_point = u.end, u
                    i += 1
            continue
        if t.weak:
            listed = (
                prev_point is not None and prev_point.gran == t.gran
                and prev_end >= 0 and _LIST_GAP_RE.match(text[prev_end:t.start]) is not None
            )
            if t.rel == "nocue" or not (listed or _has_cue(text, t.start)):
                i += 1
                continue
        p = _point(t, reference)
        if p is not None:
            out.append(DateMention(t.start, t.end, text[t.start:t.end], p[0], p[1], p[2]))
            prev_end, prev_point = t.end, t
        i += 1
    return _open_intervals(text, out)


_NUMERIC_RE = re.compile(r"(?<![\d.])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d\d)(?![\d/])")
_NUMERIC_RANGE_RE = re.compile(
    r"(?<![\d.])(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\s*(?:-|–|to|through|until)\s*"
    r"(\d{1,2})/(\d{1,2})(?![\d])", re.IGNORECASE)


def _numeric_order(text: str, dayfirst: bool) -> bool:
    """The text's own day/month order, when its numeric dates show one: "01/22/2016" (a
    second number over 12) makes "03/04/2016" in the same text month first, and so does a
    range that keeps its first number ("5/1-5/7"). Otherwise (no evidence, or evidence
    both ways) ``dayfirst`` stands."""
    if "/" not in text:
        return dayfirst
    firsts = seconds = False
    for found in _NUMERIC_RE.finditer(text):
        a, b = int(found.group(1)), int(found.group(2))
        firsts |= 12 < a <= 31 and b <= 12
        seconds |= 12 < b <= 31 and a <= 12
    for found in _NUMERIC_RANGE_RE.finditer(text):
        # a range inside one month repeats the month: "5/1-5/7" is May, "1/5-7/5" May too
        a, b, c, d = (int(x) for x in found.groups())
        firsts |= b == d and a != c
        seconds |= a == c and b != d
    if firsts != seconds:
        return firsts
    return dayfirst


# words before a date that open an interval: "since August" is 2016-08/.., "before 2010"
# is ../2009; "days before", "shortly after" and the like are not dates of their own
_OPEN_RE = re.compile(
    r"(?:(?P<from>since|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|"
    r"as\s+early\s+as|effective|from\s+(?=\S+\s+(?:on(?:wards?)?|forward)\b))|"
    r"(?P<after>after|later\s+than)|(?P<before>before|earlier\s+than|prior\s+to)|"
    r"(?P<until>until|till|up\s+to|up\s+until|no\s+later\s+than|as\s+late\s+as|through|"
    r"(?P<by>by)))"
    r"\s+(?:(?:around|about|circa|this)\s+)?\Z",
    re.IGNORECASE,
)
_OPEN_NOT_RE = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|shortly|just|soon|long|right|"
    r"immediately|moments?|the\s+day|the\s+night|the\s+week)\s+\Z",
    re.IGNORECASE,
)


def _shift_period(value: str, step: int) -> str | None:
    """The period next to ``value`` (a day, ISO week, month or year): +1 after, -1 before."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{int(value) + step:04d}"
        if re.fullmatch(r"\d{4}-\d\d", value):
            day = _shift_months(_dt.date(int(value[:4]), int(value[5:]), 1), step)
            return _fmt(day.year, day.month)
        if re.fullmatch(r"\d{4}-W\d\d", value):
            monday = _dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return _iso_week(monday + _dt.timedelta(weeks=step))
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return (_dt.date.fromisoformat(value) + _dt.timedelta(days=step)).isoformat()
    except (ValueError, OverflowError):
        return None
    return None


def _open_intervals(text: str, found: list[DateMention]) -> list[DateMention]:
    """A point date after "since", "after", "before", "until" ... as an open interval.

    since X: "X/.." (from X's first day on); after X: the period after X on ("after 2016"
    is "2017/.."); before X: up to the period before X ("before 2010" is "../2009"); until
    X: "../X" (X included). The cue joins the span. Interval values (a quarter, "2014/2016")
    use their first or last part; "after"/"before" need a resolved value, and a value with
    an unknown part stays a point for them.
    """
    out = []
    prev_end = 0
    for mention in found:
        cue = None
        if mention.kind != "range" or ("/" in mention.value and ".." not in mention.value):
            cue = _OPEN_RE.search(text, max(prev_end, mention.start - 30), mention.start)
        if cue is not None and _OPEN_NOT_RE.search(text, max(0, cue.start() - 20),
                                                   cue.start()):
            cue = None
        if cue is not None and cue.group("by") and not re.match(
                r"(?:the\s+)?end\b", mention.text, re.IGNORECASE):
            cue = None  # "by 2015" is a deadline or a point; "by the end of 2015" is open
        if cue is not None and mention.kind == "range" and not cue.group("from") \
                and not cue.group("until"):
            cue = None
        value = None
        if cue is not None:
            first, _, last = mention.value.partition("/")
            last = last or first
            if cue.group("from"):
                value = f"{first}/.."
            elif cue.group("until"):
                value = f"../{last}"
            elif cue.group("after") and re.match(r"(?:the\s+)?(?:beginning|start|early)",
                                                  mention.text, re.IGNORECASE):
                value = f"{first}/.."  # "after the beginning of March": from its start
            elif cue.group("after"):
                shifted = _shift_period(last, 1)
                value = None if shifted is None else f"{shifted}/.."
            elif re.match(r"(?:the\s+)?(?:end|late)", mention.text, re.IGNORECASE):
                value = f"../{last}"  # "before the end of the year": by its end
            else:
                shifted = _shift_period(first, -1)
                value = None if shifted is None else f"../{shifted}"
            if cue.group("until") and cue.group().lower().startswith("through") \
                    and mention.kind == "range":
                value = None
        if value is None or cue is None:
            out.append(mention)
        else:
            start = cue.start()
            out.append(DateMention(start, mention.end, text[start:mention.end], value, "range",
                                   mention.resolved))
        prev_end = mention.end
    return out


def _yearless_datelines(head: str, mentions: list[DateMention]) -> list[DateMention]:
    """Month-days of the head shaped as a dateline: "(Sept. 1)", "June 14 –"."""
    out = []
    for mt in mentions:
        if mt.kind != "partial" or len(mt.value) != 10:
            continue
        before = head[max(0, mt.start - 2):mt.start]
        if "(" in before or _DATELINE_AFTER_RE.match(head, mt.end):
            out.append(mt)
    return out


def find_dateline_day(text: str, max_chars: int = 400) -> tuple[str, int, int] | None:
    """A dateline whose year the document does not give, as ``("XXXX-MM-DD", start, end)``:
    "KABUL, Afghanistan (June 14) —". Used only where :func:`find_publication_date` finds
    nothing, so that relative dates still get their month and day. None otherwise."""
    try:
        if not isinstance(text, str) or not text:
            return None
        head = text[: max(0, int(max_chars))]
        for mt in _yearless_datelines(head, find_dates(head)):
            return mt.value, mt.start, mt.end
        return None
    except Exception:
        return None


_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
_UNKNOWN_YEAR_DAY_RE = re.compile(r"XXXX-(\d\d)-(\d\d)")


def find_dates_in_unknown_year(
    text: str, day: str, *, dayfirst: bool = True
) -> list[DateMention]:
    """Every date in ``text`` resolved against a publication day of unknown year
    (``day`` is "XXXX-MM-DD"), the year kept unknown: "yesterday" is "XXXX-06-13",
    "last month" "XXXX-05", "Dec. 28" in a January dateline "XXXX-12-28". What depends on
    the year (a weekday, "last year") stays unresolved, as without any reference.

    Each date is resolved against the same day in two years whose weekdays differ; where
    the two values differ only by that gap in their years, the years become XXXX.
    """
    match = _UNKNOWN_YEAR_DAY_RE.fullmatch(day or "")
    plain = find_dates(text, None, dayfirst=dayfirst)
    if match is None:
        return plain
    month, dom = int(match.group(1)), int(match.group(2))
    years = _probe_years(month, dom)
    if years is None:
        return plain
    first, second = years
    runs = [{(m.start, m.end): m for m in find_dates(text, _dt.date(y, month, dom),
                                                        dayfirst=dayfirst)}
            for y in (first, second)]
    out = []
    for mention in plain:
        a, b = (run.get((mention.start, mention.end)) for run in runs)
        value = None if a is None or b is None else _mask_years(a.value, b.value,
                                                               second - first)
        if value is None or value == mention.value:
            out.append(mention)
        else:
            out.append(DateMention(mention.start, mention.end, mention.text, value,
                                   mention.kind, "X" not in value))
    return out


def _mask_years(a: str, b: str, gap: int) -> str | None:
    """``a`` with each year that is ``gap`` less than the same year of ``b`` as XXXX; None
    when the two values differ in anything else."""
    if len(a) != len(b):
        return None
    out, last = [], 0
    for m in _YEAR_RE.finditer(a):
        year_a, year_b = m.group(), b[m.start():m.end()]
        if a[last:m.start()] != b[last:m.start()] or not year_b.isdigit():
            return None
        if year_b == year_a:
            out.append(a[last:m.end()])
        elif int(year_b) - int(year_a) == gap:
            out.append(a[last:m.start()] + "XXXX")
        else:
            return None
        last = m.end()
    return "".join(out) + a[last:] if a[last:] == b[last:] else None


def _probe_years(month: int, day: int) -> tuple[int, int] | None:
    """Two years in which ``month``-``day`` exists and falls on different weekdays: what a
    day of unknown year is resolved against (see :func:`find_dates_in_unknown_year`)."""
    years = (2004, 2008) if (month, day) == (2, 29) else (2001, 2004)
    return years if all(_valid(y, month, day) for y in years) else None


def _year_from_body(text: str, after: int, m: int, d: int) -> _dt.date | None:
    """The dateline (month ``m``, day ``d``) in the year a full date of the body gives: the
    dateline must fall 0 to 60 days after that date; None when no full date says so."""
    for mt in find_dates(text[after:after + 5000]):
        if mt.kind != "absolute" or len(mt.value) != 10 or "X" in mt.value:
            continue
        body = _dt.date.fromisoformat(mt.value)
        for y in (body.year, body.year + 1):
            if _valid(y, m, d) and 0 <= (_dt.date(y, m, d) - body).days <= 60:
                return _dt.date(y, m, d)
    return None


_REFNUM_RE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-[A-Z]{1,3}-\d+")
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\)|[-–—]|,?\s*at\b|\n|\u2028)")


def find_publication_date(
    text: str, max_chars: int = 400
) -> tuple[_dt.date, int, int] | None:
    """The dateline date near the top of a document, with the span of the date text.

    The first full date (day, month and year) in the first ``max_chars`` characters wins:
    "KABUL, Afghanistan (Jan. 25, 2013)", "Fri 07 Apr 2017 at 0914", "September 16, 2020 —".
    A month-day without a year ("(Sept. 1)") is a publication date only when the document
    carries evidence of its year: a release number with a year and month ("2010-09-CA-005",
    at the top or anywhere in the text; the year is then the one that puts the dateline
    closest to that month), else a full date elsewhere in the text at most 60 days before
    the dateline read in some year (a release reports what happened on or before its date).
    Otherwise None: a year is never guessed.
    """
    try:
        if not isinstance(text, str) or not text:
            return None
        head = text[: max(0, int(max_chars))]
        mentions = find_dates(head)
        for mt in mentions:
            if mt.kind == "absolute" and len(mt.value) == 10 and "X" not in mt.value:
                return _dt.date.fromisoformat(mt.value), mt.start, mt.end
        ref = _REFNUM_RE.search(head) or _REFNUM_RE.search(text)
        for mt in _yearless_datelines(head, mentions):
            m, d = int(mt.value[5:7]), int(mt.value[8:10])
            if ref is None:
                day = _year_from_body(text, mt.end, m, d)
                if day is not None:
                    return day, mt.start, mt.end
                continue
            ry, rm = int(ref.group(1)), int(ref.group(2))
            best = None
            for y in (ry - 1, ry, ry + 1):
                if not _valid(y, m, d):
                    continue
                dist = abs((y * 12 + m) - (ry * 12 + rm))
                if best is None or dist < best[0]:
                    best = (dist, y)
            if best is not None and best[0] <= 1:
                return _dt.date(best[1], m, d), mt.start, mt.end
        return None
    except Exception:
        return None
