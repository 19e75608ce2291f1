"""A range of two dates is two TIMEX3 in TimeML: "from Aug. 26 to Oct. 20" is
``1989-08-26`` and ``1989-10-20``, "between now and Feb. 10" is ``PRESENT_REF`` and
``2000-02-10``. The date finder keeps such a range as one DATE entity (its ``value`` the
interval "start/end", its TIMEX3 value the start's), so claims keep the whole interval;
:func:`range_ends` gives the end as a TIMEX3 of its own, for ``doc._.claimex_timexes``,
and says the start as TIMEX3 does when it is "now".

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "He bought shares from Aug. 26 to Oct. 20 for $23."
>>> dates = find_dates(text, dt.date(1989, 11, 2))
>>> dates, ends = range_ends(text, dates)
>>> [(m.text, m.timex_value) for m in dates], [(m.text, m.timex_value) for m in ends]
([('from Aug. 26 to Oct. 20', '1989-08-26')], [('Oct. 20', '1989-10-20')])
"""

from __future__ import annotations

import re

from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

# the words that join the two ends of a range; the end is what follows the last of them
_JOIN_RE = re.compile(r"\s*(?:\band\b|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|-|–|—)\s*",
                      re.IGNORECASE)
_START_NOW_RE = re.compile(r"(?:between|from)\s+now\b", re.IGNORECASE)
_TIME_RE = re.compile(r"T\d")


@never_raises(fallback=lambda text, dates: (dates, []))
def range_ends(text: str, dates: list[DateMention]
               ) -> tuple[list[DateMention], list[DateMention]]:
    """``dates`` (a range that starts "now" taking ``PRESENT_REF`` as its TIMEX3 value) and
    the end of each closed range of two dates as a mention of its own (see the module
    docstring)."""
    return _range_ends(text, dates)


def _range_ends(text: str, dates: list[DateMention]
                ) -> tuple[list[DateMention], list[DateMention]]:
    out, ends = [], []
    for mention in dates:
        bounds = mention.value.split("/") if mention.kind == "range" else []
        if len(bounds) != 2 or ".." in mention.value or not bounds[1]:
            out.append(mention)
            continue
        joins = list(_JOIN_RE.finditer(mention.text))
        if not joins or joins[-1].end() >= len(mention.text):
            out.append(mention)
            continue
        start = mention.start + joins[-1].end()
        end_text = text[start:mention.end]
        if not any(ch.isalnum() for ch in end_text):
            out.append(mention)
            continue
        ends.append(DateMention(start, mention.end, end_text, bounds[1], "absolute",
                                mention.resolved, bounds[1],
                                "TIME" if _TIME_RE.search(bounds[1]) else "DATE", None))
        if _START_NOW_RE.match(mention.text):
            mention = DateMention(mention.start, mention.end, mention.text, mention.value,
                                  mention.kind, mention.resolved, "PRESENT_REF",
                                  mention.timex_type, mention.timex_mod)
        out.append(mention)
    return out, ends
