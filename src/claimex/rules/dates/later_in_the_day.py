""""Later in the day" is the day the narrative is on, with mod END, as TimeML writes it.

"The suspect is due in court later in the day", "the winds strengthen later in the night"
and "earlier in the evening, police had closed the road" name a part of a day the text has
already set: the last day named before it, else one later in its sentence, else the
publication day (:func:`claimex.rules.dates.day_parts.narrative_day`). TimeML tags the
expression whole with the period's value and a mod, as it writes "later this afternoon"
``TAF`` END and "earlier in the year" START: "later in the day" is the DATE of that day
with END, "later in the night" the TIME ``TNI`` with END. The words and their mods are
``resources/words/day_span_mod_words.txt``; "the day" and the four parts of the day are
the periods ("later in the week/month/year" is the finder's, :mod:`.timex`).

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Talks began on Monday. A vote is expected later in the day."
>>> ref = dt.date(2022, 3, 31)
>>> [(m.text, m.timex_type, m.timex_value, m.timex_mod)
...  for m in later_in_the_day(text, find_dates(text, ref), [], ref)]
[('later in the day', 'DATE', '2022-03-28', 'END')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.day_parts import full_days, narrative_day
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MODS = {word: mod.upper() for word, mod in lexicon.entries("day_span_mod_words")}
_LATER_IN_RE = re.compile(
    rf"\b(?P<word>{'|'.join(sorted(_MODS, key=len, reverse=True))})\s+in\s+the\s+"
    r"(?P<period>day|morning|afternoon|evening|night)\b(?![-'’])",
    re.IGNORECASE)


@never_raises(fallback=lambda text, dates, timexes, reference: timexes)
def later_in_the_day(text: str, dates: list[DateMention], timexes: list[DateMention],
                     reference: _dt.date | None) -> list[DateMention]:
    """``timexes`` with each "later in the day" of ``text`` added (see the module
    docstring), where it overlaps neither ``dates`` nor ``timexes``; an expression that
    does overlap one of them (a bare "the night" found inside it) gives way to it."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    days = full_days(dates)
    out = list(timexes)
    for m in _LATER_IN_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in busy):
            continue
        day = narrative_day(text, m.start(), days, reference)
        if day is None:
            continue
        period = m.group("period").lower()
        mod = _MODS[m.group("word").lower()]
        if period == "day":
            out.append(DateMention(m.start(), m.end(), m.group(0), day, "relative", True, day,
                                   "DATE", mod))
        else:
            value = f"{day}T{_PARTS[period]}"
            out.append(DateMention(m.start(), m.end(), m.group(0), value, "relative", True,
                                   value, "TIME", mod))
    return sorted(out, key=lambda m: (m.start, m.end))
