""""Early" and "late" before a named day: TimeML keeps the word in the expression and
gives it as the ``mod`` ("early Tuesday" is one TIMEX3, DATE with mod START; "late
yesterday" END, as TimeBank writes them). The finder reads the day alone; this widens the
mention over the word. The value stays the day's ("early Tuesday" is still Tuesday, for
claim times too).

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> [(m.text, m.timex_value, m.timex_mod)
...  for m in find_dates("Officials said early Tuesday.", dt.date(2013, 3, 21))]
[('early Tuesday', '2013-03-19', 'START')]
"""

from __future__ import annotations

import dataclasses
import re

from claimex.rules.dates.lexicon import TIMEX_MODS
from claimex.rules.dates.model import DateMention
from claimex.rules.dates.timex import with_timex

# a named day, alone or with its part of the day ("Tuesday", "Monday night", "yesterday")
_NAMED_DAY_RE = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
# the word right before it: "early", "late" (not "too late", "as early as", "so late")
_DAY_MODIFIER_RE = re.compile(r"(?<![\w-])(?<!too\s)(?<!as\s)(?<!so\s)(?P<w>early|late)\s+\Z",
                              re.IGNORECASE)


def with_day_modifiers(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with "early"/"late" taken into a named day right after it, its TIMEX3
    mod START/END ("early Tuesday", "late yesterday", "early Monday morning")."""
    out = []
    for m in mentions:
        before = _DAY_MODIFIER_RE.search(text, max(0, m.start - 12), m.start)
        if before and _NAMED_DAY_RE.fullmatch(m.text) and \
                before.group("w").lower() in TIMEX_MODS:
            start = before.start()
            m = with_timex(dataclasses.replace(m, start=start, text=text[start:m.end],
                                               timex_value=""))
        out.append(m)
    return out
