"""The second clock time of a range written with a dash is a TIMEX3 of its own.

"The lane is shut 9 a.m.-3 p.m. Saturday" and "Crews work 8am-4pm" hold two clock times;
TimeML tags each ("9 a.m.", "3 p.m. Saturday"). The finder of durations, sets and clock
times (:mod:`claimex.rules.dates.extra`) starts a match only where no word character or
hyphen stands right before it (so that "1990-95" or "-3" are not read), which loses the
second clock after "a.m.-". :func:`clock_range_gaps` gives the finder the text with that one
dash made a space, the same length, so every span and every other reading stays as it was.

>>> clock_range_gaps("shut 9 a.m.-3 p.m. Saturday, 8am–4pm Sunday")
'shut 9 a.m. 3 p.m. Saturday, 8am 4pm Sunday'
>>> clock_range_gaps("the 1990-95 period, pages 9-3")
'the 1990-95 period, pages 9-3'
"""

from __future__ import annotations

import re

# a clock with its a.m./p.m., a dash, and the next clock's hour right after it
_DASH_AFTER_CLOCK_RE = re.compile(
    r"(?<=\d)(?P<ap>\s*(?:a\.?m\.?|p\.?m\.?))[-–—](?=\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)",
    re.IGNORECASE)


def clock_range_gaps(text: str) -> str:
    """``text`` with the dash between the two clock times of a range made a space (module
    docstring); the same length, so spans found in it are spans of ``text``."""
    return _DASH_AFTER_CLOCK_RE.sub(lambda m: m.group("ap") + " ", text)
