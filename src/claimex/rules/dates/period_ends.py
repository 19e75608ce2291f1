"""The end of the day as a deadline, after "by", "until", "before" ...
(``resources/words/period_end_cues.txt``), is a DATE with ``mod`` END on the day the
narrative is on, as TimeML writes it: the last day the text named before it, else one later
in its sentence, else the publication day. The preposition stays out, as TimeML leaves it
out; "at the end of the day" (the idiom "in the end") is no such time. (The year's end in
the same frame, "by year end", was tried and taken out: it lowered TimeBank check.)

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
from claimex.rules.dates.day_parts import full_days, narrative_day
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

_CUES = "|".join(sorted(lexicon.words("period_end_cues"), key=len, reverse=True))
_DAY_END_RE = re.compile(rf"\b(?:{_CUES})\s+(?P<day>the\s+end\s+of\s+the\s+day)\b",
                         re.IGNORECASE)


@never_raises(fallback=lambda text, dates, timexes, reference: timexes)
def period_ends(text: str, dates: list[DateMention], timexes: list[DateMention],
                reference: _dt.date | None) -> list[DateMention]:
    """``timexes`` with the ends of the day of ``text`` added (see the module docstring),
    where they overlap neither ``dates`` nor ``timexes``; left to right."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    days = full_days(dates)
    out = list(timexes)
    for m in _DAY_END_RE.finditer(text):
        start, end = m.start("day"), m.end("day")
        if any(s < end and start < e for s, e in busy):
            continue
        value = narrative_day(text, start, days, reference)
        if value is None:
            continue
        out.append(DateMention(start, end, text[start:end], value, "relative", True, value,
                               "DATE", "END"))
    return sorted(out, key=lambda m: (m.start, m.end))
