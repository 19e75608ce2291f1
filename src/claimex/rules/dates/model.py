"""The records of the date finder: :class:`DateMention` (what callers get) and the internal
token :class:`_Tok` a pattern match becomes before it is resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("absolute", "partial", "relative", "range")
# A value that is one whole day ("2024-03-08"), as the rules test a DateMention's value with
# ``ISO_DAY_RE.fullmatch(mention.value)``.
ISO_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")
# The word right after a date, read with ``NEXT_WORD_RE.match(text, end)``: "morning" in
# "early morning traffic", "week" in "last week".
NEXT_WORD_RE = re.compile(r"\s+(\w+)")
# The end of a clause's sentence for the tense and schedule windows: ".", "!", "?", ";" or a
# line break before white space, or any line break; not the point of "p.m." before "on Sunday".
# The mark comes first and the "p.m." test after it, so that the search skips to the marks
# (a look-behind at the start would be tried at every character, three times slower).
SENTENCE_END_RE = re.compile(r"[.!?;\n](?<![ap]\.m[.!?;\n])(?=\s)|\n", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its span in the text and its ISO 8601 value.

    ``value`` keeps interval bounds ("late 2016" is "2016-07/2016-12"); ``timex_value``,
    ``timex_type`` and ``timex_mod`` say it as TIMEX3 does ("2016", "DATE", "END"), see
    :mod:`claimex.rules.dates.timex`.
    """

    start: int
    end: int
    text: str
    value: str
    kind: str
    resolved: bool
    timex_value: str = ""
    timex_type: str = "DATE"
    timex_mod: str | None = None


# --------------------------------------------------------------------------- tokens

@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    gran: str                 # day | month | year | decade | week | rel
    y: int | None = None
    m: int | None = None
    d: int | None = None
    weak: bool = False        # needs a cue or a partner to count as a date
    rel: str | None = None    # for relative expressions: a key read by _resolve_rel
    value: str | None = None  # preset value (decade)
    half: int = 0             # 1: early / beginning of, 2: late / end of the period
    turns: bool = False       # "the weekend": the last one begun, or the coming one by tense
