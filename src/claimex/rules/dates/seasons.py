"""A season named with its year: "spring 2031", "the winter of 1987", "late summer 2009"
are one DATE of that season of that year, as TimeML writes them (``2031-SP``, ``1987-WI``,
``2009-SU`` with mod END), not the bare year the date finder reads and a season left
without a year (session 11).

The date finder takes the year ("2031"); the season before it, which :mod:`extra` reads on
its own only after a word such as "the" or "last" and never over a found year, is joined
to it here.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> from claimex.rules.dates.extra import find_timexes
>>> text = "The new bridge should open in spring 2031."
>>> ref = dt.date(2029, 6, 2)
>>> dates = find_dates(text, ref)
>>> dates, extra = season_years(text, dates, find_timexes(text, ref, dates))
>>> [(m.text, m.timex_value, m.timex_mod) for m in dates], extra
([('spring 2031', '2031-SP', None)], [])
"""

from __future__ import annotations

import re

from claimex.rules.dates.lexicon import SEASONS, TIMEX_MODS
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises, unchanged_dates

_PLAIN_YEAR_RE = re.compile(r"\d{4}")
# the season right before a year: "spring ", "the winter of ", "late-summer "
_SEASON_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?"
    r"(?P<season>" + "|".join(SEASONS) + r")\s+(?:of\s+)?\Z",
    re.IGNORECASE)
# "fall" is a verb as often as a season: bare and in lower case, it needs a preposition
# before it ("in fall 2018", not "prices may fall 2020 points")
_BEFORE_BARE_FALL_RE = re.compile(
    r"(?<![\w-])(?:in|by|since|until|till|through|during|from|for|of|to|before|after|"
    r"this|last|next)\s+\Z", re.IGNORECASE)
_LOOK_BACK = 30


@never_raises(fallback=unchanged_dates)
def season_years(text: str, dates: list[DateMention], timexes: list[DateMention]
                 ) -> tuple[list[DateMention], list[DateMention]]:
    """``dates`` with each plain year joined to the season written right before it
    ("the winter of 1987" is ``1987-WI``); what ``timexes`` held inside the joined span
    (a season read on its own) leaves it."""
    return _season_years(text, dates, timexes)


def _season_years(text: str, dates: list[DateMention], timexes: list[DateMention]
                  ) -> tuple[list[DateMention], list[DateMention]]:
    dates, timexes = list(dates), list(timexes)
    for year in [d for d in dates if _PLAIN_YEAR_RE.fullmatch(d.timex_value or "")
                 and d.value == d.timex_value and d.timex_mod is None]:
        m = _SEASON_BEFORE_RE.search(text, max(0, year.start - _LOOK_BACK), year.start)
        if m is None or _verb_fall(text, m):
            continue
        value = f"{year.timex_value}-{SEASONS[m.group('season').lower()][0]}"
        mod = TIMEX_MODS.get((m.group("mod") or "").lower())
        joined = DateMention(m.start(), year.end, text[m.start():year.end], value,
                             year.kind, year.resolved, value, "DATE", mod)
        dates = [joined if d is year else d for d in dates]
        timexes = [t for t in timexes if t.end <= joined.start or t.start >= joined.end]
    return dates, timexes


def _verb_fall(text: str, m: re.Match) -> bool:
    """Whether the season matched is a bare lower-case "fall" with no preposition before
    it, which may be the verb ("may fall 2020 points").

    >>> _verb_fall("may fall 2020", _SEASON_BEFORE_RE.search("may fall ", 0, 9))
    True
    >>> _verb_fall("in fall 2018", _SEASON_BEFORE_RE.search("in fall ", 0, 8))
    False
    """
    if m.group("season") != "fall" or m.start("season") != m.start():
        return False
    return not _BEFORE_BARE_FALL_RE.search(text, max(0, m.start() - 12), m.start())
