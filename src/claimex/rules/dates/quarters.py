"""Reporting periods of business news: the quarter a results story is about, and the
periods it compares that quarter with, named by anaphora.

A results story names its quarter once ("third-quarter profit rose", "the fiscal first
quarter") and then refers back to it: "the quarter", "the latest quarter", "the latest
period" are that quarter; "a year ago", "a year earlier", "the year-ago quarter", "the
year-earlier period", "the quarter a year ago" are the same quarter of the year before;
"the 1988 period", "the 1988 quarter" that quarter of 1988. TimeML writes them as
quarters (``1988-Q3``), the way TimeBank annotates them.

Before any quarter is named, "the quarter", "the latest period", "the year-ago quarter"
take the last quarter that has ended at the reference date; "a year ago" stays the year
(the date finder's reading) and "a year earlier" is the year before the reference's.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> from claimex.rules.dates.extra import find_timexes
>>> text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
>>> ref = dt.date(1989, 10, 26)
>>> dates = find_dates(text, ref)
>>> dates, extra = reporting_periods(text, dates, find_timexes(text, ref, dates), ref)
>>> [(m.text, m.timex_value) for m in extra]
[('Third-quarter', '1989-Q3'), ('a year earlier', '1988-Q3')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex.rules.dates.lexicon import QUARTER_ORDINALS
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises, unchanged_dates

_ORDINAL = r"(?:(?:first|second|third|fourth)[\s-]+)"
_PERIOD = rf"(?:fiscal[\s-]+)?{_ORDINAL}?(?:quarter|period)"
# the same quarter: "the quarter", "the latest quarter", "the latest period"
_SAME = (r"(?:the|its)\s+(?:(?:latest|most\s+recent|current)\s+)?quarter"
         r"|(?:the|its)\s+(?:latest|most\s+recent)\s+period")
# the quarter a year before: "the year-ago quarter", "the quarter a year ago", "a year
# earlier", "year-earlier results"
_PRIOR = (rf"(?:the\s+)?year[\s-](?:ago|earlier)\s+{_PERIOD}"
          r"|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)"
          r"|a\s+year\s+(?:ago|earlier)"
          r"|year[\s-](?:ago|earlier)(?=\s+[a-z])(?!\s+(?:first\s+|last\s+)?(?:\d|one|two|"
          r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)")
# a quarter of a named year: "the 1988 period", "the 1988 third quarter"
_DATED = rf"the\s+(?P<y>(?:19|20)\d\d)\s+(?P<p>{_PERIOD})"
_ANAPHOR_RE = re.compile(
    rf"(?<![\w-])(?:(?P<dated>{_DATED})|(?P<prior>{_PRIOR})|(?P<same>{_SAME}))(?![\w-])",
    re.IGNORECASE)
_QUARTER_RE = re.compile(r"(\d{4})-Q([1-4])")
_NAMED_RE = re.compile(r"\b(?:first|second|third|fourth|q[1-4])\b|\d(?:st|nd|rd|th)\b",
                       re.IGNORECASE)


def _named_quarter(mention: DateMention) -> tuple[int, int] | None:
    """(year, quarter) when ``mention`` names a quarter itself ("the third quarter",
    "Q3 2013"), not by anaphora."""
    found = _QUARTER_RE.fullmatch(mention.timex_value or "")
    if found is None or not _NAMED_RE.search(mention.text):
        return None
    return int(found.group(1)), int(found.group(2))


def _topic(named: list[tuple[int, tuple[int, int]]], start: int) -> tuple[int, int] | None:
    """The quarter the story is about at ``start``: of the quarters named before it, the
    one named most often (the first on a tie); None when none was named."""
    before = [q for s, q in named if s < start]
    return max(before, key=lambda q: (before.count(q), -before.index(q))) if before else None


def _last_ended(reference: _dt.date | None) -> tuple[int, int] | None:
    """The quarter a results story reports on when it names none: the last that has ended."""
    if reference is None:
        return None
    k = reference.year * 4 + (reference.month - 1) // 3 - 1
    return k // 4, k % 4 + 1


def _value(match: re.Match, topic: tuple[int, int] | None,
           reference: _dt.date | None) -> str | None:
    """The TIMEX3 value of one anaphor given the story's quarter (None: none named yet)."""
    words = " ".join(match.group().lower().split())
    if match.group("dated"):
        ordinal = re.match(r"(?:fiscal[\s-]+)?(\w+)", match.group("p").lower())
        n = QUARTER_ORDINALS.get(ordinal.group(1)) if ordinal else None
        n = n or (topic or _last_ended(reference) or (0, 0))[1]
        return f"{match.group('y')}-Q{n}" if n else None
    if topic is None and not re.search(r"quarter|period", words):
        # "a year ago", "a year earlier", "year-earlier results" outside a results story
        return f"{reference.year - 1:04d}" if words == "a year earlier" and reference \
            else None
    quarter = topic or _last_ended(reference)
    if quarter is None:
        return None
    year, n = quarter
    return f"{year - 1 if match.group('prior') else year:04d}-Q{n}"


@never_raises(fallback=unchanged_dates)
def reporting_periods(text: str, dates: list[DateMention], timexes: list[DateMention],
                      reference: _dt.date | None = None
                      ) -> tuple[list[DateMention], list[DateMention]]:
    """``dates`` and ``timexes`` (what :func:`~claimex.rules.dates.find_dates` and
    :func:`~claimex.rules.dates.extra.find_timexes` found) with the anaphors of a results
    story valued as the quarter they refer to (see the module docstring). An anaphor that
    overlaps a date replaces it in ``dates``, keeping that date's own ``value`` (what
    claims use); any other joins ``timexes``, replacing what it overlaps there."""
    return _reporting_periods(text, dates, timexes, reference)


def _reporting_periods(text: str, dates: list[DateMention], timexes: list[DateMention],
                       reference: _dt.date | None
                       ) -> tuple[list[DateMention], list[DateMention]]:
    if "quarter" not in text.lower() and "year earlier" not in text.lower() and \
            "period" not in text.lower():
        return dates, timexes
    dates, timexes = list(dates), list(timexes)
    named = sorted((m.start, q) for m in [*dates, *timexes]
                   if (q := _named_quarter(m)) is not None)
    for match in _ANAPHOR_RE.finditer(text):
        start, end = match.span()
        over_dates = [m for m in dates if m.start < end and start < m.end]
        over_extra = [m for m in timexes if m.start < end and start < m.end]
        if any(_named_quarter(m) for m in over_dates + over_extra) and not match.group(
                "prior") and not match.group("dated"):
            continue  # "its third quarter" names the quarter itself
        if any(m.start < start or m.end > end for m in over_dates):
            continue  # part of a longer date
        value = _value(match, _topic(named, start), reference)
        if value is None:
            continue
        claim_value = over_dates[0].value if over_dates else value
        mention = DateMention(start, end, text[start:end], claim_value,
                              over_dates[0].kind if over_dates else "relative",
                              "X" not in value, value, "DATE", None)
        if over_dates:
            dates = sorted([m for m in dates if m not in over_dates] + [mention],
                           key=lambda m: m.start)
            timexes = [m for m in timexes if m not in over_extra]
        else:
            timexes = sorted([m for m in timexes if m not in over_extra] + [mention],
                             key=lambda m: m.start)
    return dates, timexes



_YEAR_VALUE_RE = re.compile(r"\d{4}")
_POSSESSIVE_GAP_RE = re.compile(r"'s\s+")


@never_raises(fallback=unchanged_dates)
def year_quarters(text: str, dates: list[DateMention], timexes: list[DateMention]
                  ) -> tuple[list[DateMention], list[DateMention]]:
    """A year and the quarter written after it in its possessive are one quarter of that
    year: "next year's first quarter" in a 1989 story is ``1990-Q1``, not 1990 and 1989-Q1.

    >>> import datetime as dt
    >>> from claimex.rules.dates import find_dates
    >>> from claimex.rules.dates.extra import find_timexes
    >>> text = "Profit should recover in next year's first quarter."
    >>> ref = dt.date(1989, 10, 30)
    >>> dates = find_dates(text, ref)
    >>> dates, extra = year_quarters(text, dates, find_timexes(text, ref, dates))
    >>> [(m.text, m.value, m.timex_value) for m in dates], extra
    ([("next year's first quarter", '1990-01/1990-03', '1990-Q1')], [])
    """
    return _year_quarters(text, dates, timexes)


def _year_quarters(text: str, dates: list[DateMention], timexes: list[DateMention]
                   ) -> tuple[list[DateMention], list[DateMention]]:
    if "'s" not in text:
        return dates, timexes
    dates, timexes = list(dates), list(timexes)
    for year in [d for d in dates if _YEAR_VALUE_RE.fullmatch(d.timex_value or "")]:
        gap = _POSSESSIVE_GAP_RE.match(text, year.end)
        quarter = None if gap is None else next(
            (t for t in timexes if t.start == gap.end()
             and _QUARTER_RE.fullmatch(t.timex_value or "")), None)
        if quarter is None:
            continue
        n = int(quarter.timex_value[-1])
        y = int(year.timex_value)
        value = f"{y:04d}-{3 * n - 2:02d}/{y:04d}-{3 * n:02d}"
        if year.value.endswith("/.."):  # "as early as next year's first quarter"
            value = f"{y:04d}-{3 * n - 2:02d}/.."
        elif year.value.startswith("../"):  # "by next year's first quarter"
            value = f"../{y:04d}-{3 * n:02d}"
        joined = DateMention(year.start, quarter.end, text[year.start:quarter.end], value,
                             year.kind, year.resolved, f"{y:04d}-Q{n}", "DATE",
                             year.timex_mod)
        dates = [joined if d is year else d for d in dates]
        timexes = [t for t in timexes if t is not quarter]
    return dates, timexes
