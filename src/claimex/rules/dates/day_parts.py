"""Parts of the day with no day of their own ("in the morning", "worked through the night",
"by the afternoon", "all morning", "an early morning fire") are TIME expressions on the day
the narrative is on, as TimeML writes them: the last day the text named before them, else a
day named later in their sentence, else the publication day (``2020-12-02TNI``). "Early",
"late", "mid" give the ``mod`` (START, END, MID). A part of the day before a noun of a kind
of thing ("the morning commute", "the night shift": ``resources/words/day_part_nouns.txt``)
is no time; "the morning" needs a preposition before it
(``resources/words/day_part_prepositions.txt``).

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "A train derailed Wednesday morning. Crews worked through the night."
>>> ref = dt.date(2020, 12, 3)
>>> [(m.text, m.timex_value) for m in day_parts(text, find_dates(text, ref), [], ref)]
[('the night', '2020-12-02TNI')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MODS = {"early": "START", "late": "END", "mid": "MID"}
_PREPOSITIONS = "|".join(sorted(lexicon.words("day_part_prepositions"), key=len, reverse=True))
_NOUNS_AFTER = frozenset(lexicon.words("day_part_nouns"))
_PART = r"(?P<part>morning|afternoon|evening|night)\b(?![-'’])"
# "in the morning" (the span starts at "the"), "all morning", "early morning", "late-morning"
_THE_PART_RE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+(?P<span>the\s+{_PART})", re.IGNORECASE)
_MOD_PART_RE = re.compile(rf"(?P<span>\b(?:all|(?P<mod>early|late|mid))[\s-]+{_PART})",
                          re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"\s+(\w+)")
_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


@never_raises(fallback=lambda text, dates, timexes, reference: timexes)
def day_parts(text: str, dates: list[DateMention], timexes: list[DateMention],
              reference: _dt.date | None) -> list[DateMention]:
    """``timexes`` with the parts of the day of ``text`` added (see the module docstring),
    where they overlap neither ``dates`` nor ``timexes``; left to right."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    days = sorted((d for d in dates if _DAY_RE.fullmatch(d.value)), key=lambda d: d.start)
    out = list(timexes)
    found = [*_THE_PART_RE.finditer(text), *_MOD_PART_RE.finditer(text)]
    for m in sorted(found, key=lambda m: m.start("span")):
        start, end = m.span("span")
        if any(s < end and start < e for s, e in busy):
            continue
        after = _NEXT_WORD_RE.match(text, end)
        if after and after.group(1).lower() in _NOUNS_AFTER:
            continue
        day = _narrative_day(text, start, days, reference)
        if day is None:
            continue
        busy.append((start, end))
        value = f"{day}T{_PARTS[m.group('part').lower()]}"
        mod = _MODS.get((m.groupdict().get("mod") or "").lower())
        out.append(DateMention(start, end, text[start:end], value, "relative", True, value,
                               "TIME", mod))
    return sorted(out, key=lambda m: (m.start, m.end))


def _narrative_day(text: str, start: int, days: list[DateMention],
                   reference: _dt.date | None) -> str | None:
    """The last day named before ``start``, else one named later in its sentence, else the
    reference day (None without one)."""
    before = [d for d in days if d.end <= start]
    if before:
        return before[-1].value
    end = _SENTENCE_END_RE.search(text, start)
    later = [d for d in days if d.start >= start and (end is None or d.start < end.start())]
    if later:
        return later[0].value
    return reference.isoformat() if reference else None
