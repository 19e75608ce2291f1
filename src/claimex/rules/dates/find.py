"""The date finder: :func:`find_dates` scans the text, joins ranges, keeps weak tokens only
with a cue, adds open intervals and narrative-anchored days ("the following day");
:func:`find_dates_in_unknown_year` resolves against a dateline of unknown year.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from claimex.rules.dates.calendar import _iso_week, _mask_years, _probe_years, _shift_day
from claimex.rules.dates.event_nouns import with_event_nouns
from claimex.rules.dates.intervals import _open_intervals
from claimex.rules.dates.lexicon import (
    _COUNT_AFTER_RE,
    _CUE_RE,
    _LIST_GAP_RE,
    _RANGE_GAP_RE,
    _RANGE_PRE_RE,
    _SMALL,
    NOT_YEAR_BEFORE,
    YEAR_DETERMINERS,
)
from claimex.rules.dates.model import DateMention, _Tok
from claimex.rules.dates.patterns import _ANCHORED_RE
from claimex.rules.dates.resolution import _as_day, _point, _range
from claimex.rules.dates.schedule import present_state_end, schedule_end
from claimex.rules.dates.special import weekend_toward
from claimex.rules.dates.tense import text_tense
from claimex.rules.dates.timex import with_timex
from claimex.rules.dates.tokens import _scan
from claimex.rules.dates.uncued_months import month_names_a_time
from claimex.rules.guard import never_raises


def _has_cue(text: str, start: int) -> bool:
    return _CUE_RE.search(text, max(0, start - 40), start) is not None


@never_raises(fallback=lambda *_, **__: [])
def find_dates(
    text: str, reference: _dt.date | None = None, *, dayfirst: bool = True,
    tense: Tense | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, left to right, non-overlapping; never raises.

    ``tense(start, end)`` says which way a date without a year points ("future", "past",
    or None for the nearest); by default the words around it decide
    (:func:`claimex.rules.dates.tense.text_tense`).
    """
    mentions = [mention for mention in _find_dates(text, reference, dayfirst, tense)
                if not _IDENTIFIER_TAIL_RE.match(text, mention.end)]
    return [m if m.timex_value else with_timex(m)
            for m in _following_periods(_with_anchored(text, mentions, reference))]


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


_FOLLOWING_RE = re.compile(r"the\s+following\s+(?P<u>year|month)", re.IGNORECASE)
_ANCHOR_VALUE_RE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d))?")


def _following_periods(mentions: list[DateMention]) -> list[DateMention]:
    """"the following year" / "the following month" count from the last date the text
    named before them, not from the reference: "On May 22, 1995, he was promoted, and the
    following year ..." is 1996. Without such a date they stay as resolved.

    >>> m = [DateMention(3, 15, "May 22, 1995", "1995-05-22", "absolute", True),
    ...      DateMention(21, 39, "the following year", "1999", "relative", True)]
    >>> _following_periods(m)[1].value
    '1996'
    """
    out: list[DateMention] = []
    for mention in mentions:
        found = _FOLLOWING_RE.fullmatch(mention.text)
        anchor = next((a for a in reversed(out) if a.kind in ("absolute", "partial")
                       and _ANCHOR_VALUE_RE.match(a.value)), None) if found else None
        if found and anchor is not None:
            bound = _ANCHOR_VALUE_RE.match(anchor.value)
            year = int(bound.group("y"))
            if found.group("u").lower() == "year":
                value = f"{year + 1:04d}"
            elif bound.group("m"):
                month = int(bound.group("m"))
                value = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
            else:
                value = None
            if value is not None:
                mention = DateMention(mention.start, mention.end, mention.text, value,
                                      "relative", True)
        out.append(mention)
    return out


Tense = Callable[[int, int], "str | None"]
"""Which way the date at (start, end) points: "future", "past" or None (the nearest)."""

_IDENTIFIER_TAIL_RE = re.compile(r"(?<=\d)-[A-Z]{1,3}-\d")
"""A date-like head of a release number: "2010-12" of "2010-12-S-001" is not a date (nor
a range of years); a date in a slug ("archive-2018-09-23-page") still is."""


_WORD_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z][\w.'&-]*)[ \t]+\Z")
_NUMBER_LIST_BEFORE_RE = re.compile(r"\d{3,}\s*[,;/]\s*\Z")
_NUMBER_LIST_AFTER_RE = re.compile(r"\s*[,;/]\s*\d{3,}")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n\"“(]\s*)\Z")


def _bare_year(text: str, tok: _Tok) -> bool:
    """A four-digit year without a cue is a date ("Prices peaked in the 1987 crash", "1996
    was a good year") unless a word before it makes it a name, an identifier or a number:
    "Windows 2000", "flight 1549", "No. 1990", "model 2012" (``NOT_YEAR_BEFORE`` and any
    capitalised word inside a sentence). Counts ("2000 people") and scores never become
    year tokens.

    >>> _bare_year("The 1996 budget", _Tok(4, 8, "year", 1996, weak=True))
    True
    >>> _bare_year("Windows 2000 crashed", _Tok(8, 12, "year", 2000, weak=True))
    False
    """
    if tok.gran != "year" or tok.y is None or not 1900 <= tok.y <= 2099 or tok.rel:
        return False
    if _NUMBER_LIST_BEFORE_RE.search(text, max(0, tok.start - 12), tok.start) or \
            _NUMBER_LIST_AFTER_RE.match(text, tok.end):
        return False  # "3051, 3067, 3090, 3102": a list of numbers (ids), not years
    before = _WORD_BEFORE_RE.search(text, max(0, tok.start - 30), tok.start)
    if before is None:
        return text[max(0, tok.start - 1):tok.start] in ("", " ", "\n", "(", '"', "“")
    word = before.group("w")
    if word.lower().rstrip(".") in NOT_YEAR_BEFORE:
        return False
    if word[:1].isupper() and word.lower() not in YEAR_DETERMINERS:
        return _SENTENCE_START_RE.search(text, 0, before.start()) is not None
    return True


# the end or target of a state right before a date: "extended until (5 p.m. EST) Nov. 9",
# "expiring Tuesday", "holders of record Nov. 9"
_UNTIL_BEFORE_RE = re.compile(
    r"\b(?:until|till|through|by|for|effective|record|expir(?:e|es|ing)|deadline\s+of)"
    r"\s+(?:the\s+)?(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)\s*(?:[A-Z]{2,4})?"
    r"\s*,?\s*)?\Z",
    re.IGNORECASE)


def _needs_direction(tok: _Tok) -> bool:
    """A month-day or month without a year, or a bare weekday: it may point either way."""
    return (tok.gran in ("day", "month") and tok.y is None and tok.m is not None) or \
        (tok.rel or "").startswith(("wd::", "hol:"))


def _find_dates(text: str, reference: _dt.date | None, dayfirst: bool,
                tense: Tense | None = None) -> list[DateMention]:
    if not isinstance(text, str) or not text:
        return []
    if tense is None:
        def tense(start: int, end: int) -> str | None:
            return text_tense(text, start, end)
    tense = with_event_nouns(text, tense)  # "Sunday's stabbing", "the May 9 vote"
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
            r = _range(a, b, reference, tense(a.start, a.end) if reference else "past")
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
                    r = _range(t, u, reference,
                               tense(t.start, u.end) if reference else "past")
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
            if t.rel == "nocue" or not (
                    listed or _has_cue(text, t.start) or _bare_year(text, t)
                    or (t.gran == "month" and t.y is None
                        and month_names_a_time(text, t.start, t.end))):
                i += 1
                continue
        direction = tense(t.start, t.end) if reference and (_needs_direction(t) or t.turns) \
            else "past"
        if direction == "past" and _needs_direction(t) and (
                _UNTIL_BEFORE_RE.search(text, max(0, t.start - 30), t.start)
                or schedule_end(text, t.start)):
            direction = "past-until"  # "was extended until 5 p.m. EST Nov. 9"
        if direction is None and (t.rel or "").startswith("wd::") and \
                present_state_end(text, t.start):
            direction = "future"  # "the warning continues through Tuesday evening"
        p = _point(t, reference, direction)
        if p is not None and t.turns and reference is not None:
            p = (weekend_toward(p[0], reference, direction), p[1], p[2])
        if p is not None:
            out.append(DateMention(t.start, t.end, text[t.start:t.end], p[0], p[1], p[2]))
            prev_end, prev_point = t.end, t
        i += 1
    return _open_intervals(text, [with_timex(m) for m in out])


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
_UNKNOWN_YEAR_DAY_RE = re.compile(r"XXXX-(\d\d)-(\d\d)")


def find_dates_in_unknown_year(
    text: str, day: str, *, dayfirst: bool = True, tense: Tense | None = None
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
                                                        dayfirst=dayfirst, tense=tense)}
            for y in (first, second)]
    out = []
    for mention in plain:
        a, b = (run.get((mention.start, mention.end)) for run in runs)
        value = None if a is None or b is None else _mask_years(a.value, b.value,
                                                               second - first)
        if value is None or value == mention.value:
            out.append(mention)
        else:
            timex = _mask_years(a.timex_value, b.timex_value, second - first)
            out.append(DateMention(mention.start, mention.end, mention.text, value,
                                   mention.kind, "X" not in value,
                                   timex or mention.timex_value, mention.timex_type,
                                   mention.timex_mod))
    return out
