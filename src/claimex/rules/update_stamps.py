"""Update stamps of a live page or of a post updated through the day, and which is the
latest (issue 14, session 18): a toll the page revises is its latest update's figure, not
its largest one (:mod:`claimex.assemble.toll_updates`).

A stamp is a line that opens with an update word (``resources/words/update_stamp_words.txt``)
followed by a number, a clock time, a "by NAME" or a colon or dash ("UPDATE 3: ...",
"Update #2 - ...", "UPDATE by the desk 4:05 pm", "UPDATE: ..."), or a line that opens with
a clock time and a stop, as live pages print their entries ("7:40 p.m.. Police say ...",
"21:05 - ..."); clock-led lines count only where a text has two or more of them.

The latest update is read from the stamps, never from where a page puts it: numbered
stamps by their numbers, clock stamps by their times; the direction (newest first or oldest
first) is the one most steps between neighbouring stamps take, so that a run of entries
past midnight ("0:20.", "0:05.", "11:50 p.m..") still reads newest first. A single stamp is
the latest; two or more that give no order (bare "UPDATE:" lines) give none.

>>> text = "Blast\\n\\nUPDATE 2: Four now dead.\\n\\nUPDATE 1: Two dead.\\n"
>>> stamps = update_stamps(text, 0, len(text))
>>> [(s.start, s.number) for s in stamps]
[(7, 2), (33, 1)]
>>> [s.number for s in latest_first(stamps)]
[2, 1]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from claimex import lexicon

_WORDS = "|".join(sorted(re.escape(w) for w in lexicon.words("update_stamp_words")))
_CLOCK = r"(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)\s*(?P<half>[ap]\.?\s?m\b\.?)?"
# "UPDATE 8:", "Update #3 -", "UPDATE 4:20 pm:", "UPDATE (6:40 a.m. PST) -", "UPDATE by NAME",
# "UPDATE:", "UPDATE 7even" (a number glued to the next word)
_WORD_STAMP = re.compile(
    r"[ \t]*(?:" + _WORDS + r")\b(?:[ \t]*#?[ \t]*(?P<number>\d{1,3})(?!\d|[:.]\d)"
    r"|[ \t]+(?=\d{1,2}[:.]\d{2})|[ \t]*\(|[ \t]+by\b|[ \t]*[:\-\u2013\u2014]|[ \t]*$)",
    re.IGNORECASE)
_CLOCK_ANYWHERE = re.compile(r"(?<![\d:.])" + _CLOCK, re.IGNORECASE)
# "0:55. New record ...", "11:45 p.m.. The situation ...", "9.50pm: The mayor ..."
_CLOCK_STAMP = re.compile(r"[ \t]*" + _CLOCK + r"[ \t]*(?:[A-Z]{2,4}[ \t]*)?[.:\-\u2013\u2014]\s",
                          re.IGNORECASE)
# how far into a word stamp's line its clock time may stand ("UPDATE by NAME 8 July 21:41")
_STAMP_LINE_CHARS = 60
CLOCK_STAMPS_MIN = 2


@dataclass(frozen=True, slots=True)
class UpdateStamp:
    """One update stamp: where its line starts, its number ("UPDATE 8") and its clock
    time in minutes after midnight ("3:10 pm" is 910), each None where it gives none."""

    start: int
    number: int | None
    minutes: int | None


def _minutes(found: re.Match[str]) -> int | None:
    hour, minute = int(found["hour"]), int(found["minute"])
    half = (found["half"] or "").lower()
    if hour > 23 or (half and not 1 <= hour <= 12):
        return None
    if half.startswith("p") and hour != 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + minute


def update_stamps(text: str, start: int, end: int) -> list[UpdateStamp]:
    """The update stamps of ``text[start:end]`` (one section), in page order.

    >>> text = "Shots fired.\\n0:35. A suspect was held.\\n11:50 p.m.. Police arrive.\\n"
    >>> [(s.start, s.minutes) for s in update_stamps(text, 0, len(text))]
    [(13, 35), (39, 1430)]
    >>> update_stamps("Updated figures came in at noon.", 0, 32)
    []
    """
    words: list[UpdateStamp] = []
    clocks: list[UpdateStamp] = []
    at = start
    for line in text[start:end].splitlines(keepends=True):
        found = _WORD_STAMP.match(line)
        if found:
            clock = _CLOCK_ANYWHERE.search(line[:_STAMP_LINE_CHARS], found.end())
            number = found["number"]
            words.append(UpdateStamp(at, int(number) if number else None,
                                     _minutes(clock) if clock else None))
        else:
            clock = _CLOCK_STAMP.match(line)
            if clock and _minutes(clock) is not None:
                clocks.append(UpdateStamp(at, None, _minutes(clock)))
        at += len(line)
    if len(clocks) >= CLOCK_STAMPS_MIN:
        words += clocks
    return sorted(words, key=lambda s: s.start)


def _direction(keys: Sequence[int | None]) -> int:
    """+1 where most steps between neighbouring keyed stamps go up (oldest first), -1
    where most go down (newest first), 0 where they tie or none is keyed."""
    known = [k for k in keys if k is not None]
    ups = sum(1 for a, b in pairwise(known) if b > a)
    downs = sum(1 for a, b in pairwise(known) if b < a)
    return (ups > downs) - (downs > ups)


def latest_first(stamps: Sequence[UpdateStamp]) -> list[UpdateStamp]:
    """The stamps from the latest to the earliest: one stamp is the latest; two or more in
    the direction their clock times take (where two or more give one), else their numbers
    ("UPDATE 8" above "UPDATE 2" is newest first); none where the stamps give no order.

    >>> def stamp(start, number=None, minutes=None):
    ...     return UpdateStamp(start, number, minutes)
    >>> [s.start for s in latest_first([stamp(0, minutes=621), stamp(50, minutes=910)])]
    [50, 0]
    >>> [s.start for s in latest_first([stamp(0, minutes=55), stamp(40, minutes=35),
    ...                                 stamp(80, minutes=5), stamp(120, minutes=1425)])]
    [0, 40, 80, 120]
    >>> latest_first([stamp(0), stamp(40)])
    []
    """
    if len(stamps) == 1:
        return list(stamps)
    ordered = sorted(stamps, key=lambda s: s.start)
    direction = 0
    if sum(s.minutes is not None for s in ordered) >= 2:
        direction = _direction([s.minutes for s in ordered])
    if not direction:
        direction = _direction([s.number for s in ordered])
    if not direction:
        return []
    return ordered[::-1] if direction > 0 else ordered
