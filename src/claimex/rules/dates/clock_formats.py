"""Clock times as the English-language news of several countries writes them: the regex
pieces that :mod:`claimex.rules.dates.extra` puts in its one pass over a text, and the
``HH:MM`` each gives (:func:`clock_of`).

``TWELVE_HOUR``
    An hour with "a.m."/"p.m." in any spelling ("5 p.m.", "10:30am"); the minutes after a
    colon or, as British, Irish and Indian papers write them, a point: "between 10.30pm
    and 11pm" is ``22:30`` and ``23:00``. Without "a.m."/"p.m." a point is a decimal
    ("fell 1.45 to 30.10"), so the point form needs them.
``CLOCK_WORD``
    "noon" (``12:00``) and "midnight" (``24:00``, the end of the day it is on, as TimeML
    writes "midnight Friday"); not "High Noon".

>>> m = re.search(CLOCK, "The fight broke out at about 9.15pm yesterday.")
>>> m.group(), clock_of(m)
('9.15pm', '21:15')
"""

from __future__ import annotations

import re

# "10:30am", "10.30 p.m.", "5 pm": the minutes after a colon or a point (twelve_hour_clock)
TWELVE_HOUR = (r"(?<![:.])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*"
               r"(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)")
CLOCK_WORD = r"(?<!high\s)(?P<word>noon|midnight)(?![\w-])"
CLOCK = f"(?:{TWELVE_HOUR}|{CLOCK_WORD})"


def clock_of(m: re.Match) -> str:
    """The ``HH:MM`` of a match of :data:`CLOCK` (its groups ``h``, ``m``, ``ap``,
    ``word``).

    >>> [clock_of(re.match(CLOCK, s, re.I)) for s in ("10.30pm", "12 a.m.", "noon")]
    ['22:30', '00:00', '12:00']
    """
    if m.group("word"):
        return "12:00" if m.group("word").lower() == "noon" else "24:00"
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    return f"{hour:02d}:{m.group('m') or '00'}"
