"""A bare part of the day in a forecast is a TIME on the day the forecast is on.

"Showers will linger through the evening", "by the afternoon, highs will reach 60" and
"it will be hard for snow to settle during the afternoon hours" name a part of a day the
text has already set (the last day named before it, else one later in its sentence, else
the publication day: :func:`claimex.rules.dates.day_parts.narrative_day`); TimeML tags
"the evening" ``2022-03-31TEV``. Only a clause that points ahead (:func:`text_tense` is
"future") reads so: in a past report, "trading was heavy in the morning" may be of a day
the text does not name, and the bare forms were taken out there (sessions 9 and 11). The
prepositions are ``resources/words/day_part_prepositions.txt``; the extent is the part of
the day with its article and an "hours" after it, the preposition out; "in the morning of
June 5" (a date follows) is the date's.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Rain arrives Friday. It will clear by the afternoon."
>>> ref = dt.date(2022, 3, 31)
>>> [(m.text, m.timex_value) for m in forecast_day_parts(text, find_dates(text, ref), [], ref)]
[('the afternoon', '2022-04-01TAF')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.day_parts import full_days, narrative_day
from claimex.rules.dates.model import NEXT_WORD_RE, DateMention
from claimex.rules.dates.tense import FUTURE, text_tense
from claimex.rules.guard import never_raises

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_PREPOSITIONS = "|".join(sorted(lexicon.words("day_part_prepositions"), key=len, reverse=True))
_BARE_PART_RE = re.compile(
    rf"\b(?:{_PREPOSITIONS})\s+(?P<part>(?:the\s+)?(?P<name>morning|afternoon|evening|night)"
    r"(?:\s+hours)?)\b(?![-'’])",
    re.IGNORECASE)


@never_raises(fallback=lambda text, dates, timexes, reference: timexes)
def forecast_day_parts(text: str, dates: list[DateMention], timexes: list[DateMention],
                       reference: _dt.date | None) -> list[DateMention]:
    """``timexes`` with the bare parts of the day of ``text``'s forecast clauses added (see
    the module docstring), where they overlap neither ``dates`` nor ``timexes``."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    days = full_days(dates)
    out = list(timexes)
    for m in _BARE_PART_RE.finditer(text):
        start, end = m.span("part")
        if any(s < end and start < e for s, e in busy):
            continue
        after = NEXT_WORD_RE.match(text, end)
        if after and after.group(1).lower() == "of":
            continue
        if text_tense(text, start, end) != FUTURE:
            continue
        day = narrative_day(text, start, days, reference)
        if day is None:
            continue
        value = f"{day}T{_PARTS[m.group('name').lower()]}"
        out.append(DateMention(start, end, m.group("part"), value, "relative", True, value,
                               "TIME", None))
    return sorted(out, key=lambda m: (m.start, m.end))
