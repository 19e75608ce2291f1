"""A part of the day written with "all", "early" or "late" and no day of its own ("all
morning", "an early morning fire", "tapering by late-morning") is a TIME on the day the
narrative is on, as TimeML writes it: the last day the text named before it, else a day
named later in its sentence, else the publication day (``2022-03-31TMO``); "early" and
"late" give the ``mod`` (START, END). Before a noun of a kind of thing ("early morning
commuters", "the late night show": ``resources/words/day_part_nouns.txt``) it is no time.

(A bare "in the morning", "through the night" and "mid-morning" were tried and taken out:
each lowered a TimeBank check figure.)

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "A fire broke out Thursday. Investigators were on scene all morning."
>>> ref = dt.date(2022, 3, 31)
>>> [(m.text, m.timex_value) for m in day_parts(text, find_dates(text, ref), [], ref)]
[('all morning', '2022-03-31TMO')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.model import ISO_DAY_RE, NEXT_WORD_RE, DateMention
from claimex.rules.guard import never_raises

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MODS = {"early": "START", "late": "END"}
_NOUNS_AFTER = frozenset(lexicon.words("day_part_nouns"))
_DAY_PART_RE = re.compile(
    r"\b(?:all|(?P<mod>early|late))[\s-]+(?P<part>morning|afternoon|evening|night)\b(?![-'’])",
    re.IGNORECASE)
# The end of the sentence a later day is looked for in (narrative_day): a full stop, "!" or
# "?" only, also at the text's end; unlike tense and schedule, ";" and a line break go on.
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


@never_raises(fallback=lambda text, dates, timexes, reference: timexes)
def day_parts(text: str, dates: list[DateMention], timexes: list[DateMention],
              reference: _dt.date | None) -> list[DateMention]:
    """``timexes`` with the parts of the day of ``text`` added (see the module docstring),
    where they overlap neither ``dates`` nor ``timexes``; left to right."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    days = full_days(dates)
    out = list(timexes)
    for m in _DAY_PART_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in busy):
            continue
        after = NEXT_WORD_RE.match(text, m.end())
        if after and after.group(1).lower() in _NOUNS_AFTER:
            continue
        day = narrative_day(text, m.start(), days, reference)
        if day is None:
            continue
        value = f"{day}T{_PARTS[m.group('part').lower()]}"
        mod = _MODS.get((m.group("mod") or "").lower())
        out.append(DateMention(m.start(), m.end(), m.group(), value, "relative", True, value,
                               "TIME", mod))
    return sorted(out, key=lambda m: (m.start, m.end))


def full_days(dates: list[DateMention]) -> list[DateMention]:
    """The dates whose value is one whole day ("2024-05-17"), in text order: the days a
    narrative can be on (:func:`narrative_day`)."""
    return sorted((d for d in dates if ISO_DAY_RE.fullmatch(d.value)), key=lambda d: d.start)


def narrative_day(text: str, start: int, days: list[DateMention],
                  reference: _dt.date | None) -> str | None:
    """The day the narrative is on at ``start``: the last of ``days`` (:func:`full_days`)
    named before it, else one named later in its sentence, else the reference day (None
    without one). "Fighting resumed on Friday. All night, shells fell" is on the Friday;
    "All night, shells fell" with no day named, on the publication day."""
    before = [d for d in days if d.end <= start]
    if before:
        return before[-1].value
    end = _SENTENCE_END_RE.search(text, start)
    later = [d for d in days if d.start >= start and (end is None or d.start < end.start())]
    if later:
        return later[0].value
    return reference.isoformat() if reference else None
