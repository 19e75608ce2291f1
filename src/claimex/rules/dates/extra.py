"""Temporal expressions that are not calendar dates: durations ("five years" ``P5Y``, "a
four-hour meeting" ``PT4H``), sets ("weekly" ``P1W``, "per year" ``P1Y``), the
present, past and future as such ("now" ``PRESENT_REF``, "recently" ``PAST_REF``, "the
future" ``FUTURE_REF``), clock times ("5 p.m." ``2013-03-21T17:00``) and quarters named
without their year ("the third quarter" of the reference year, ``2013-Q3``).

They are found apart from :func:`claimex.rules.dates.find_dates` because a claim must not
take them as its time; :func:`find_timexes` returns them as :class:`DateMention` whose
``value`` is the TIMEX3 value, skipping spans a date already covers.

>>> [(m.text, m.timex_value, m.timex_type) for m in find_timexes(
...     "Talks now run weekly, after five years of war.", _dt.date(2013, 3, 21))]
[('now', 'PRESENT_REF', 'DATE'), ('weekly', 'P1W', 'SET'), ('five years', 'P5Y', 'DURATION')]
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from claimex.rules.dates.clock import CLOCK_DAY_GAP_RE
from claimex.rules.dates.clock_formats import CLOCK, clock_of, twenty_four_hour_clock
from claimex.rules.dates.lexicon import (
    DECADE_WORDS,
    DURATION_MODS,
    DURATION_UNIT_MODIFIERS,
    FISCAL_YEAR_STEPS,
    QUARTER_ORDINALS,
    REF_SIGNAL_AFTER,
    REF_SIGNAL_BEFORE,
    REF_WORDS,
    SEASONS,
    SET_WORDS,
    SMALL_NUMBERS,
    TIME_UNIT_CODES,
    UNIT_CODES,
)
from claimex.rules.dates.model import ISO_DAY_RE, NEXT_WORD_RE, DateMention
from claimex.rules.dates.patterns import first_words_lookahead
from claimex.rules.dates.timex import _mod
from claimex.rules.dates.uncued_months import bare_season_value
from claimex.rules.guard import never_raises

_NUMBER_WORDS = ["the", "a", "an", "several", "few", "many", "dozen", *SMALL_NUMBERS]
_VAGUE_WORDS = ["in", "for", "within", "recent", "coming", "over", "past", "several", "many"]
_UNITS = ("second|minute|hour|day|week|month|year|decade|quarter|century|centuries")
_NUMBER = (r"\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|"
           r"a\s+dozen|an?|several|a\s+few|few|many")


# a bounding word before the count is part of the expression ("nearly two years", "more
# than four hours", "within 18 months"), never before "the" ("over the past two years")
_DURATION_MOD = "|".join(sorted(DURATION_MODS, key=len, reverse=True)).replace(" ", r"\s+")
_DURATION = (
    rf"(?:(?P<dmod>{_DURATION_MOD})\s+(?!the\b)"
    # "the next three days", "the nine months" whole; an adjective ("the 30-day rate", "the
    # two day rally") without "the", which belongs to the noun
    r"|the\s+(?:first|last|past|next|latest|previous|coming)\s+"
    rf"|the\s+(?=[\w.]+(?:\s+\w+)?\s+(?:{_UNITS}|centurie)s\b))?"
    # a count ("two and a half days") or half of one unit ("half an hour", "a half-hour")
    rf"(?:(?P<n>{_NUMBER})(?P<half>\s+1/2|\s+and\s+a\s+half)?[\s-]+"
    r"|(?P<halfof>(?:an?\s+)?half(?:\s+an?)?)[\s-]+)"
    rf"(?:(?:{'|'.join(DURATION_UNIT_MODIFIERS)})\s+)?(?P<u>{_UNITS})s?(?:-long)?"
    # "a year and a half": the half after the unit, never left behind
    r"(?:(?P<half_after>\s+and\s+a\s+half)(?![\w-])|(?!\s+and\s+a\s+half\b))"
    r"(?![\w-])(?!\s+(?:ago|earlier|from\s+now)\b)(?![\s-]+old\b)")
_VAGUE = (rf"(?P<q>{'|'.join(_VAGUE_WORDS)})\s+(?P<vu>centuries|(?:{_UNITS})s)(?![\w-])"
          r"(?!\s+(?:ago|later|earlier|old)\b)")
# "the fiscal year ended March 31": a year counted to a day
_YEAR_ENDED = r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended)\b)"
# "the year", "the full year", "the current fiscal year": the reference year (not "the year
# before", not "the year ended March 31", a duration above)
_THE_YEAR = (r"the\s+(?:full\s+|current\s+(?:fiscal\s+)?)?year(?![\w-])"
             r"(?!\s+(?:before|after|earlier|later|ago|when|in\s+which)\b)"
             # "the year 2000", "the year two thousand": the year written after it
             r"(?!\s+(?:\d{4}|two\s+thousand|nineteen)\b)")
# "last fiscal year", "the upcoming fiscal year": a year counted from the reference year
_FISCAL_YEAR = (r"(?:the\s+)?(?P<fys>" + "|".join(FISCAL_YEAR_STEPS) + r")\s+fiscal[\s-]+year"
                r"(?![\w-])(?!\s+(?:ended|ending|that\s+ended)\b)")
# a set word or "per" + a unit; "every"/"each" + a unit is read by rules/dates/recurrences
_SET = (rf"(?:(?P<sw>{'|'.join(SET_WORDS)})|per\s+"
        r"(?P<su>day|week|month|year|quarter|hour))(?![\w-])")
_REF = ("(?P<rw>" + "|".join(sorted(REF_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
        + r")(?![\w-])")
_CLOCK = CLOCK  # clock_formats: "5 p.m.", "17:00" after "at", "noon"
# "the third quarter of 1990" is a date (find_dates); "the third quarter of $5 million" not
_QUARTER = (r"(?:the\s+|its\s+)?(?:fiscal[\s-]+)?"
            r"(?P<o>first|second|third|fourth)[\s-]quarter(?![\w-])"
            r"(?!\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:\d|year|fiscal))")
_SEASON = (r"(?:(?P<sq>this\s+past|this\s+coming|this|last|next|the|early|late|mid)\s+)?"
           r"(?:(?P<smod>early|late|mid)[\s-]+)?(?P<season>" + "|".join(SEASONS) + r")"
           r"(?:\s+(?:of\s+)?(?P<sy>(?:19|20)\d\d))?(?![\w-])")
_CENTURY = (r"(?:the\s+)?(?P<cn>1\d|20|[1-9])(?:st|nd|rd|th)[\s-]century(?![\w-])")
_DECADE = r"the\s+(?:(?:early|mid|late)[\s-]+)?(?P<dw>" + "|".join(DECADE_WORDS) + r")(?![\w-])"
_LAST_QUARTER = r"(?:the|its)\s+(?:latest\s+|most\s+recent\s+)?quarter(?![\w-])"
# one pass over the text: every alternative starts at a word start with a digit or one of
# these words, whole (a space, a hyphen or the end of a word after it: "the", not "they");
# the look-ahead of them leaves the other words after a character or two. At one position
# the first alternative that matches wins (durations before "the past", "recent years"
# before the vague "recent months")
_FIRST_WORDS = [*_NUMBER_WORDS, "half", *DURATION_MODS, *_VAGUE_WORDS, *SET_WORDS, "per",
                *REF_WORDS, "noon", "midday", "midnight", "its", "fiscal", *QUARTER_ORDINALS,
                *SEASONS, "this", "last", "next", "early", "late", "mid", *FISCAL_YEAR_STEPS]
_EXTRA_RE = re.compile(
    r"(?<![\w$-])" + first_words_lookahead(_FIRST_WORDS, True, r"(?!\w)")
    + f"(?:(?P<dur>{_DURATION})|(?P<qtr>{_QUARTER})|(?P<fy>{_FISCAL_YEAR})|(?P<ref>{_REF})"
    + f"|(?P<vag>{_VAGUE})"
    + f"|(?P<set>{_SET})|(?P<clock>{_CLOCK})|(?P<sea>{_SEASON})|(?P<cen>{_CENTURY})"
    + f"|(?P<dec>{_DECADE})|(?P<ye>{_YEAR_ENDED})|(?P<ty>{_THE_YEAR})"
    + f"|(?P<lq>{_LAST_QUARTER}))",
    re.IGNORECASE)
_RATE_BEFORE_RE = re.compile(r"(?:\d|\b(?:million|billion|trillion|percent|cents?|times))\s*\Z")


def _count(word: str) -> int | None:
    """The number a duration's count word says; None for "several", "few", "many"."""
    w = " ".join(re.split(r"[\s-]+", word.lower()))
    if w.replace(".", "", 1).isdigit():
        return int(float(w)) if float(w).is_integer() else None
    return SMALL_NUMBERS.get(w)


def _unit_code(unit: str) -> tuple[str, str]:
    """("T", "H") for hours and the like, ("", "Y") for years and longer."""
    unit = unit.lower()
    unit = "century" if unit.startswith("centur") else unit
    if unit in TIME_UNIT_CODES:
        return "T", TIME_UNIT_CODES[unit]
    return "", UNIT_CODES[unit]


def duration_value(count: int | None, unit: str) -> str:
    """TIMEX3 duration: ``P5Y``, ``PT4H``, ``P2E``; an unknown count is X.

    >>> duration_value(5, "years"), duration_value(4, "hour"), duration_value(None, "day")
    ('P5Y', 'PT4H', 'PXD')
    """
    t, code = _unit_code(unit.rstrip("s") if unit.lower() != "centuries" else unit)
    if code == "Q":  # TimeML counts quarters in months: "the next three quarters" is P9M
        code, count = "M", None if count is None else 3 * count
    return f"P{t}{count if count is not None else 'X'}{code}"


# half of each unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
# (minutes: 30S)
_HALVES = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "W": "3DT12H"}


def _and_a_half(value: str) -> str:
    """A duration value plus half its unit ("P2Y" -> "P2Y6M"); unchanged when unknown.

    >>> _and_a_half("P2Y"), _and_a_half("PT5H"), _and_a_half("PT3M"), _and_a_half("PXY")
    ('P2Y6M', 'PT5H30M', 'PT3M30S', 'PXY')
    """
    if "X" in value or value[-1] not in _HALVES:
        return value
    half = "30S" if value.startswith("PT") and value.endswith("M") else _HALVES[value[-1]]
    return value + (half.lstrip("T") if "T" in value and half.startswith("T") else half)


def _half_of(value: str) -> str:
    """Half of one unit ("P1Y" -> "P6M", "PT1H" -> "PT30M", "P1C" -> "P50Y"); "half an
    hour" is ``PT30M``, "half a century" ``P50Y``; unchanged when the unit has no half.

    >>> _half_of("P1Y"), _half_of("PT1H"), _half_of("P1D"), _half_of("P1C")
    ('P6M', 'PT30M', 'PT12H', 'P50Y')
    """
    unit = value[-1]
    if value.startswith("PT"):
        return "PT30M" if unit == "H" else "PT30S" if unit == "M" else value
    half = {**_HALVES, "E": "5Y", "C": "50Y"}.get(unit)
    return "P" + half if half else value


def _candidates(text: str, reference: _dt.date | None, dates: list[DateMention]
                ) -> Iterable[tuple[int, int, str, str, str | None]]:
    """(start, end, value, type, mod) of every expression, in no particular order; a clock
    time takes the day of a date right after it ("4 p.m. EST, Dec. 3")."""
    day = reference.isoformat() if reference else "XXXX-XX-XX"
    for m in _EXTRA_RE.finditer(text):
        if m.group("dur"):
            n = m.group("n") or ""
            if n.lower() in ("a", "an") and (m.group("u").lower() == "second" or
                                            _RATE_BEFORE_RE.search(text, 0, m.start())):
                continue  # "a second term": an ordinal; "$5 a year": a rate
            if m.group("u")[0].isupper() and n[:1].isdigit():
                continue  # a name: "CBS's 60 Minutes"
            if m.group("halfof"):
                value = _half_of(duration_value(1, m.group("u")))
            else:
                value = duration_value(_count(n), m.group("u"))
                if m.group("half") or m.group("half_after"):
                    value = _and_a_half(value)
            mod = m.group("dmod")
            yield m.start(), m.end(), value, \
                "DURATION", DURATION_MODS[" ".join(mod.lower().split())] if mod else None
        elif m.group("vag"):
            # "several years", "recent months" as a whole; "for years", "within weeks": the
            # unit alone
            s = m.start("vu") if m.group("q").lower() in ("for", "over", "in", "within") \
                else m.start("q")
            yield s, m.end(), duration_value(None, m.group("vu")), "DURATION", None
        elif m.group("set"):
            value = SET_WORDS[m.group("sw").lower()] if m.group("sw") else \
                duration_value(1, m.group("su"))
            yield m.start(), m.end(), value, "SET", None
        elif m.group("ref"):
            if _in_signal(text, m.start(), m.end()):
                continue
            yield m.start(), m.end(), REF_WORDS[" ".join(m.group("rw").lower().split())], \
                "DATE", None
        elif m.group("clock"):
            if not twenty_four_hour_clock(text, m):
                continue
            yield m.start(), m.end(), _clock(m, text, day, dates), "TIME", None
        elif m.group("sea"):
            value = _season(m, reference) or (None if m.group("sq") or m.group("smod") else
                                              bare_season_value(text, m.start(), m.end(),
                                                                m.group("season"), reference))
            if value:
                yield m.start(), m.end(), value, "DATE", _season_mod(m)
        elif m.group("cen"):
            yield m.start(), m.end(), f"{int(m.group('cn')) - 1:02d}", "DATE", None
        elif m.group("dec"):
            yield m.start(), m.end(), f"19{DECADE_WORDS[m.group('dw').lower()]}", "DATE", \
                _mod(m.group().lower().removeprefix("the "))
        elif m.group("ye"):
            yield m.start(), m.end(), "P1Y", "DURATION", None
        elif m.group("fy") and reference is not None:
            step = FISCAL_YEAR_STEPS[m.group("fys").lower()]
            yield m.start(), m.end(), f"{reference.year + step:04d}", "DATE", None
        elif m.group("ty") and reference is not None:
            yield m.start(), m.end(), f"{reference.year:04d}", "DATE", None
        elif m.group("lq") and reference is not None:
            # the quarter business news reports on: the last one that has ended
            k = reference.year * 4 + (reference.month - 1) // 3 - 1
            yield m.start(), m.end(), f"{k // 4:04d}-Q{k % 4 + 1}", "DATE", None
        elif m.group("qtr") and reference is not None:
            yield m.start(), m.end(), \
                f"{reference.year:04d}-Q{QUARTER_ORDINALS[m.group('o').lower()]}", "DATE", None


_WORD_BEFORE_RE = re.compile(r"(\w+)\s+\Z")


def _in_signal(text: str, start: int, end: int) -> bool:
    """Whether the reference word at ``start:end`` is part of a signal, which TimeML does
    not mark as a time ("as soon as he arrives", "soon after the attack"; the words in
    ``REF_SIGNAL_BEFORE`` / ``REF_SIGNAL_AFTER``), not the future itself ("soon").

    >>> _in_signal("killed soon after", 7, 11), _in_signal("will end soon.", 9, 13)
    (True, False)
    """
    word = text[start:end].lower()
    before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    after = NEXT_WORD_RE.match(text, end)
    return bool(before and before.group(1).lower() in REF_SIGNAL_BEFORE.get(word, ())) or \
        bool(after and after.group(1).lower() in REF_SIGNAL_AFTER.get(word, ()))


def _season(m: re.Match, reference: _dt.date | None) -> str | None:
    """ "last summer" (the last one that has begun before the current season), "this
    fall", "next spring", "the winter of 1994": ``2012-SU``; None without a year to give.

    A bare season needs a word before it ("the", "this", "last", "early"): "spring" alone
    is too often something else.
    """
    code, first = SEASONS[m.group("season").lower()]
    if m.group("sy"):
        return f"{m.group('sy')}-{code}"
    q = " ".join((m.group("sq") or "").lower().split())
    if not q or reference is None:
        return None
    started = reference.year if first <= reference.month else reference.year - 1
    if q in ("last", "this past"):
        current = first <= reference.month < first + 3 or (first == 12 and reference.month < 3)
        year = started - 1 if current else started
    elif q in ("next", "this coming"):
        year = started + 1 if started == reference.year or first <= reference.month else started
    else:
        year = reference.year if first != 12 or reference.month >= 3 else reference.year - 1
    return f"{year:04d}-{code}"


def _season_mod(m: re.Match) -> str | None:
    word = (m.group("smod") or m.group("sq") or "").lower()
    return {"early": "START", "mid": "MID", "late": "END"}.get(word)


def _clock(m: re.Match, text: str, day: str, dates: list[DateMention]) -> str:
    """The TIME value of a clock time: the day of a date right after it, else ``day``;
    "midnight" is the end of that day (``T24:00``: "midnight Friday"), but with "on"
    before the day, its start ("after midnight on May 10" ``2019-05-10T00:00``)."""
    after = next((d for d in dates if 0 <= d.start - m.end() <= 12
                  and ISO_DAY_RE.fullmatch(d.value)
                  and CLOCK_DAY_GAP_RE.fullmatch(text[m.end():d.start])), None)
    clock = clock_of(m)
    if clock == "24:00" and after and "on" in text[m.end():after.start].lower().split():
        clock = "00:00"  # "shortly after midnight on May 10": the midnight that opens it
    return f"{after.value if after else day}T{clock}"


@never_raises(fallback=lambda *_, **__: [])
def find_timexes(text: str, reference: _dt.date | None = None,
                 dates: Iterable[DateMention] = ()) -> list[DateMention]:
    """Durations, sets, reference words, clock times and year-less quarters of ``text``
    (see the module docstring), left to right, non-overlapping (the longest first) and
    clear of the spans of ``dates`` (what :func:`find_dates` found); never raises."""
    dates = list(dates)
    busy = [(d.start, d.end) for d in dates]
    found = sorted(_candidates(text, reference, dates),
                   key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[DateMention] = []
    for start, end, value, type_, mod in found:
        if any(s < end and start < e for s, e in busy):
            continue
        busy.append((start, end))
        out.append(DateMention(start, end, text[start:end], value, "relative",
                               "X" not in value, value, type_, mod))
    return sorted(out, key=lambda m: m.start)
