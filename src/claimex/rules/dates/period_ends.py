"""The end of the day or of the year as a deadline, after "by", "until", "before" ...
(``resources/words/period_end_cues.txt``), is a DATE with ``mod`` END, as TimeML writes it:
"by the end of the day" is the day the narrative is on (the last day the text named before
it, else one later in its sentence, else the publication day), "by year end", "by year's
end" the publication year. The preposition stays out, as TimeML leaves it out; "at the end
of the day" (the idiom "in the end") and "year-end" before a noun ("year-end results") are
no such time.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Polls close Tuesday. By the end of the day, most votes will be in."
>>> ref = dt.date(2020, 10, 31)
>>> [(m.text, m.timex_value, m.timex_mod)
...  for m in period_ends(text, find_dates(text, ref), [], ref)]
[('the end of the day', '2020-11-03', 'END')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.day_parts import _narrative_day
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

_CUES = "|".join(sorted(lexicon.words("period_end_cues"), key=len, reverse=True))
_PERIOD_END_RE = re.compile(
    rf"\b(?:{_CUES})\s+(?:(?P<day>the\s+end\s+of\s+the\s+day)"
    r"|(?P<year>(?:the\s+)?year(?:['’]s\s+|\s+|-)end)(?![\w-]))",
    re.IGNORECASE)
_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")


@never_raises(fallback=lambda text, dates, timexes, reference: timexes)
def period_ends(text: str, dates: list[DateMention], timexes: list[DateMention],
                reference: _dt.date | None) -> list[DateMention]:
    """``timexes`` with the ends of the day and of the year of ``text`` added (see the
    module docstring), where they overlap neither ``dates`` nor ``timexes``; left to right."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    days = sorted((d for d in dates if _DAY_RE.fullmatch(d.value)), key=lambda d: d.start)
    out = list(timexes)
    for m in _PERIOD_END_RE.finditer(text):
        group = "day" if m.group("day") else "year"
        start, end = m.start(group), m.end(group)
        if any(s < end and start < e for s, e in busy):
            continue
        if group == "day":
            value = _narrative_day(text, start, days, reference)
        else:
            value = f"{reference.year:04d}" if reference else None
        if value is None:
            continue
        out.append(DateMention(start, end, text[start:end], value, "relative", True, value,
                               "DATE", "END"))
    return sorted(out, key=lambda m: (m.start, m.end))
