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
    ==========================  =========================  ==========  =====================

    Ranges join two dates by "-", "to", "till", "until", "through" or ("between ... and");
    "between"/"from" belong to the span. A relative day ("today") may close a range when a
    reference is given: "between Jan 2019 and today".

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
    month the default is day first (``dayfirst=True``: most conflict reporting outside the
    US); pass ``dayfirst=False`` for US sources. Two-digit years are read only with ``/``
    (00-49 -> 20xx, 50-99 -> 19xx).

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
    r"late|end|start|beginning|middle|ending|starting|as\s+of|back\s+in|that|last|next|this)"
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
_AGO = rf"\s+(?:few\s+|couple\s+of\s+)?{_UNIT}\s+ago"
_WD3 = r"(?:mon|tue|wed|thu|fri|sat|sun)"
_START_WORDS = dict.fromkeys(
    "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun early mid "
    "late end beginning middle start last next earlier later yesterday today tonight tomorrow "
    "overnight past previous coming current q1 q2 q3 q4 christmas first second third fourth "
    "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twent thirt".split(),
    "",
)
_START_WORDS.update(
    {
        "new": r"\s+year",
        "between": r"\s+(?:\d|[a-z]{3})",
        "from": r"\s+(?:\d|[a-z]{3})",
        "the": r"\s+(?:\d|'|day\s|end|beginning|middle|start|previous|following|current|"
        r"first|second|third|fourth|last|[a-z]+(?:th|st|nd|rd)\b)",
        "this": rf"\s+(?:week|month|year|morning|afternoon|evening|past|coming|quarter|{_WD3})",
        "following": rf"\s+(?:week|month|year|quarter|{_WD3})",
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
            rf"(?P<qtr_u>quarter|half)\s+of\s+(?P<qtr_y3>{_YEAR})"
            rf"|(?P<qtr_r>last|this|next|previous|past|coming|following|current)\s+quarter)"
            rf"(?![\w]))",
            r"(?P<hol>(?:christmas\s+eve|christmas(?:\s+day)?|new\s+year'?s?\s+eve|"
            r"new\s+year'?s?\s+day)(?![\w-]))",
            r"(?P<num>(?<![\d.,/])(?<![a-z]-)(?P<num_a>\d{1,2})(?P<num_s>[./-])(?P<num_b>\d{1,2})"
            r"(?P=num_s)\s?(?P<num_y>\d{4}|\d{2})(?![\d])(?!\.\d)(?!-\d))",
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
            rf"(?P<yr>(?P<yr_mod>{_MOD})?(?<![\w$#./-])(?<!\d,)(?P<yr_y>{_YEAR})"
            rf"(?![\w%$])(?!-\d)(?![.,]\d))",
            rf"(?P<mon>(?P<mon_mod>{_MOD})?(?P<mon_m>{_MON}))",
            rf"(?P<ago>(?P<ago_n>{_NUMWORD})\s+(?P<ago_u>day|week|month|year)s?\s+ago)",
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
            r"(?P<per>(?P<per_q>last|this|next|earlier\s+this|later\s+this|earlier\s+in\s+the|"
            r"later\s+in\s+the|the\s+previous|previous|the\s+following|the\s+current|current)"
            r"\s+(?P<per_u>week|month|year))(?![\w-])",
        ]
    )
    + ")",
    re.IGNORECASE,
)
_TOP = ("drng", "mdrng", "iso", "ymd", "cmp", "qtr", "hol", "num", "numdm", "isom", "dmy",
        "mdy", "my", "ym", "dec", "yrng", "yr", "mon", "ago", "relw", "wd", "nth", "per")
_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
             "new year eve": (12, 31), "new year day": (1, 1)}
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


_NUMDM_CUE_RE = re.compile(r"\b(?:on|from|since|until|till|by|between)\s+\Z", re.IGNORECASE)
_NUMDM_NEXT_RE = re.compile(r"\s*(?:-|–|to|and)\s*\d{1,2}/\d{1,2}(?![\d.])", re.IGNORECASE)
_NUMDM_PREV_RE = re.compile(r"\d{1,2}/\d{1,2}\s*(?:,|-|–|to|and|or|, or|, and)\s*\Z")
_NTH_CUE_RE = re.compile(r"\b(?:on|by|since|until|till|from)\s+\Z", re.IGNORECASE)
_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
         "4th": 4}


def _quarter(m: re.Match, s: int, e: int) -> _Tok | None:
    """Quarters and halves as a rel token whose key carries the months."""
    g = m.group
    if g("qtr_r"):
        return _Tok(s, e, "rel", rel="qtr:" + g("qtr_r").lower())
    if g("qtr_q1") or g("qtr_q2"):
        code = (g("qtr_q1") or g("qtr_q2")).lower()
        y = int(g("qtr_y1") or g("qtr_y2"))
        n, half = int(code[1]), code[0] == "h"
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
        if sep == "." or a > 12:
            d, mo = a, b
        elif b > 12:
            d, mo = b, a
        else:
            d, mo = (a, b) if dayfirst else (b, a)
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
        if a > 12:
            d, mo = a, b
        elif b > 12:
            d, mo = b, a
        else:
            d, mo = (a, b) if dayfirst else (b, a)
        return _Tok(s, e, "day", None, mo, d) if _valid(None, mo, d) else None
    if name == "ym":
        return _Tok(s, e, "month", int(g("ym_y")), _month(g("ym_m")))
    if name == "qtr":
        return _quarter(m, s, e)
    if name == "hol":
        key = re.sub(r"[\s']+", " ", g("hol").lower()).replace("years", "year")
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
        return _Tok(s, e, "month", y, _month(g("my_m")))
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
        return _Tok(s, e, "year", int(g("yr_y")), weak=weak)
    if name == "mon":
        mword = g("mon_m")
        if g("mon_mod"):
            if _lower_ambiguous(mword):
                return None
            return _Tok(s, e, "month", None, _month(mword))
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


def _resolve_rel(key: str, ref: _dt.date | None) -> str | None:
    """Value of a relative expression, a placeholder when ``ref`` is None."""
    kind, _, rest = key.partition(":")
    if kind == "w":
        offsets = {
            "today": 0, "tonight": 0, "earlier today": 0, "later today": 0,
            "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "last evening": -1, "overnight": -1,
            "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
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
    if tok.gran == "rel":
        v = _resolve_rel(tok.rel or "", ref)
        if v is None:
            return None
        return v, "relative", ref is not None
    if tok.gran == "period":
        return f"{_fmt(tok.y, tok.m)}/{_fmt(tok.y, tok.d)}", "absolute", True
    if tok.y is not None:
        return _fmt(tok.y, tok.m, tok.d), "absolute", True
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
    return _fmt(y, tok.m, tok.d), "partial", True


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
        return _find_dates(text, reference, dayfirst)
    except Exception:  # a pure rule must never break a pipeline
        return []


def _find_dates(text: str, reference: _dt.date | None, dayfirst: bool) -> list[DateMention]:
    if not isinstance(text, str) or not text:
        return []
    if isinstance(reference, _dt.datetime):
        reference = reference.date()
    elif not isinstance(reference, _dt.date):
        reference = None
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
    return out


_REFNUM_RE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-[A-Z]{1,3}-\d+")
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\)|[-–—]|,?\s*at\b|\n|\u2028)")


def find_publication_date(
    text: str, max_chars: int = 400
) -> tuple[_dt.date, int, int] | None:
    """The dateline date near the top of a document, with the span of the date text.

    The first full date (day, month and year) in the first ``max_chars`` characters wins:
    "KABUL, Afghanistan (Jan. 25, 2013)", "Fri 07 Apr 2017 at 0914", "September 16, 2020 —".
    A month-day without a year ("(Sept. 1)") is a publication date only when the top of the
    document carries a release number with a year and month ("2010-09-CA-005"); the year is
    then the one that puts the dateline closest to that month. Otherwise None.
    """
    try:
        if not isinstance(text, str) or not text:
            return None
        head = text[: max(0, int(max_chars))]
        mentions = find_dates(head)
        for mt in mentions:
            if mt.kind == "absolute" and len(mt.value) == 10 and "X" not in mt.value:
                return _dt.date.fromisoformat(mt.value), mt.start, mt.end
        ref = _REFNUM_RE.search(head)
        if ref is None:
            return None
        ry, rm = int(ref.group(1)), int(ref.group(2))
        for mt in mentions:
            if mt.kind != "partial" or len(mt.value) != 10:
                continue
            before = head[max(0, mt.start - 2):mt.start]
            if "(" not in before and not _DATELINE_AFTER_RE.match(head, mt.end):
                continue
            m, d = int(mt.value[5:7]), int(mt.value[8:10])
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
