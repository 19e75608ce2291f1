"""Clock times as the English-language news of several countries writes them: the regex
pieces that :mod:`claimex.rules.dates.extra` puts in its one pass over a text, and the
``HH:MM`` each gives (:func:`clock_of`).

``TWELVE_HOUR``
    An hour with "a.m."/"p.m." in any spelling ("5 p.m.", "10:30am"); the minutes after a
    colon or, as British, Irish, Indian, Australian and New Zealand papers write them, a
    point (``twelve_hour_point``): "between 10.30pm and 11pm" is ``22:30`` and ``23:00``.
    Without "a.m."/"p.m." a point is a decimal ("fell 1.45 to 30.10"), so the point form
    needs them.
``TWENTY_FOUR_HOUR``
    Two-digit hours and minutes with a colon or an "h" and no "a.m."/"p.m.", as South
    African, European and British notices write them: "from 17:00 until 22:00", "kick-off
    at 15h30". Without a word of ``resources/words/clock_prepositions.txt`` right before
    it (:func:`twenty_four_hour_clock`) such a number is too often a score, a ratio or a
    verse ("won 10:08", "John 3:16").
``HOUR_BEFORE_DAY_PART``
    An hour with no "a.m."/"p.m." right before a part of the day ("at 6.30 Saturday
    morning", "from 7 tonight", "at 5 this evening"): the part of the day says which half
    of the day the hour is in (:func:`hour_before_day_part`); like the twenty-four-hour
    form it needs a word of ``clock_prepositions`` before it ("arrested 3 Saturday night"
    is a count).
``CLOCK_WORD``
    "noon" and "midday" (``12:00``) and "midnight" (``24:00``, the end of the day it is on,
    as TimeML writes "midnight Friday"); not "High Noon".

A full stop right after an undotted "am"/"pm" ends the sentence and is not in the clock
("after 2am. Snow" is "2am"); "a.m." keeps its last point.

>>> [m.group() for m in re.finditer(TWELVE_HOUR, "Gates shut at 6pm. Buses run till 11 p.m.")]
['6pm', '11 p.m.']
>>> text = "Power cuts will run from 17:00 until 22:00 tonight."
>>> [(m.group(), clock_of(m)) for m in re.finditer(CLOCK, text)
...  if twenty_four_hour_clock(text, m)]
[('17:00', '17:00'), ('22:00', '22:00')]
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.dates.lexicon import DAY_PART_WORDS, WEEKDAYS

# "10:30am", "10.30 p.m.", "5 pm": the minutes after a colon or a point (twelve_hour_point)
# a point after "am"/"pm" written without one ("after 2am.") is the sentence's full stop, not
# part of the clock; "a.m." keeps its last point
TWELVE_HOUR = (r"(?<![:.])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*"
               r"(?P<ap>a\.m\.?|am|p\.m\.?|pm)(?!\w)")
# "17:00", "09:30", "15h30": two-digit hours, no a.m./p.m. after (twenty_four_hour_clock)
TWENTY_FOUR_HOUR = (r"(?<![\w:.,/])(?P<h24>[01]\d|2[0-3])[:h](?P<m24>[0-5]\d)"
                    r"(?![\w:/-]|[.,]\d)(?!\s*[ap]\.?m\b)")
# "6.30 Saturday morning", "7 tonight": an hour before a part of the day (hour_before_day_part)
_FULL_WEEKDAYS = "|".join(word for word in WEEKDAYS if word.endswith("day"))
_DAY_PARTS = "|".join((*DAY_PART_WORDS, "tonight"))
HOUR_BEFORE_DAY_PART = (r"(?<![\w:.,$])(?P<hp>1[0-2]|0?[1-9])(?:[.:](?P<mp>[0-5]\d))?"
                        rf"(?=\s+(?:(?:this|tomorrow|yesterday|{_FULL_WEEKDAYS})\s+)?"
                        rf"(?P<part>{_DAY_PARTS})(?![\w-]))")
CLOCK_WORD = r"(?<!high\s)(?P<word>noon|midday|midnight)(?![\w-])"
CLOCK = f"(?:{TWELVE_HOUR}|{TWENTY_FOUR_HOUR}|{HOUR_BEFORE_DAY_PART}|{CLOCK_WORD})"

_PREPOSITIONS = frozenset(lexicon.words("clock_prepositions"))
_WORD_BEFORE_RE = re.compile(r"([\w-]+)\s+\Z")


def twenty_four_hour_clock(text: str, m: re.Match) -> bool:
    """Whether a match of :data:`CLOCK` counts: always for a twelve-hour clock or a clock
    word; a twenty-four-hour one, or an hour before a part of the day
    (:func:`hour_before_day_part`), only right after a word of ``clock_prepositions``
    ("The ferry leaves at 15:30" yes, "they won 10:08 on aggregate" no).

    >>> text = "The ferry leaves at 15:30; the final ended 10:08 on aggregate."
    >>> [twenty_four_hour_clock(text, m) for m in re.finditer(CLOCK, text)]
    [True, False]
    """
    if m.group("h24") is None and m.group("hp") is None:
        return True
    before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
    return before is not None and before.group(1).lower() in _PREPOSITIONS


def clock_of(m: re.Match) -> str:
    """The ``HH:MM`` of a match of :data:`CLOCK` (its groups ``h``, ``m``, ``ap``,
    ``h24``, ``m24``, ``hp``, ``mp``, ``part``, ``word``).

    >>> [clock_of(re.match(CLOCK, s, re.I))
    ...  for s in ("10.30pm", "12 a.m.", "15h30", "noon", "midday")]
    ['22:30', '00:00', '15:30', '12:00', '12:00']
    """
    if m.group("word"):
        return "24:00" if m.group("word").lower() == "midnight" else "12:00"
    if m.group("h24"):
        return f"{m.group('h24')}:{m.group('m24')}"
    if m.group("hp"):
        return hour_before_day_part(int(m.group("hp")), m.group("mp"), m.group("part"))
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    return f"{hour:02d}:{m.group('m') or '00'}"


def hour_before_day_part(hour: int, minutes: str | None, part: str) -> str:
    """The ``HH:MM`` of an hour written without "a.m."/"p.m." before a part of the day: in
    the morning the hour as written, in the afternoon, evening or night the afternoon hour
    ("at 6.30 Saturday morning" ``06:30``, "from 7 tonight" ``19:00``).

    >>> hour_before_day_part(6, "30", "morning"), hour_before_day_part(7, None, "tonight")
    ('06:30', '19:00')
    """
    hour = hour % 12 + (0 if part.lower() == "morning" else 12)
    return f"{hour:02d}:{minutes or '00'}"
