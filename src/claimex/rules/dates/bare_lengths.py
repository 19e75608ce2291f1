"""A bare plural unit of time ("hours", "weeks", "minutes") is a vague DURATION, as TimeML
writes it (``PTXH``, ``PXW``, ``PTXM``), in two frames where it measures a stretch of time
on its own: as the object of a verb of spending time ("spent hours Monday", "took weeks":
``resources/words/time_spending_verbs.txt``), and as the length before "after" or
"before" ("it happened minutes after the crash", "it will be weeks before a cause is
known"). A word of a noun phrase before it ("the weeks before the shooting", "the first
days after": ``resources/words/length_blockers.txt``) or a count ("two hours", found by
``extra.find_timexes``) leaves it alone.

>>> [(m.text, m.timex_value) for m in bare_lengths("It will be weeks before repairs end.", [], [])]
[('weeks', 'PXW')]
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.dates.extra import duration_value
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

_SPENDING = frozenset(lexicon.words("time_spending_verbs"))
_BLOCKERS = frozenset(lexicon.words("length_blockers"))
_UNIT_RE = re.compile(r"\b(?P<u>seconds|minutes|hours|days|weeks|months|years)\b"
                      r"(?P<after>\s+(?:after|before)\b)?", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z'’]+)\s+\Z")


@never_raises(fallback=lambda text, dates, timexes: timexes)
def bare_lengths(text: str, dates: list[DateMention], timexes: list[DateMention]
                 ) -> list[DateMention]:
    """``timexes`` with the bare plural units of ``text`` that measure a stretch of time
    added (see the module docstring), where they overlap neither ``dates`` nor
    ``timexes``; left to right."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    out = list(timexes)
    for m in _UNIT_RE.finditer(text):
        start, end = m.start("u"), m.end("u")
        if any(s < end and start < e for s, e in busy):
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
        word = before.group(1).lower() if before else ""
        if word in _BLOCKERS or not (word in _SPENDING or m.group("after")):
            continue
        if before is None and not m.group("after"):
            continue
        value = duration_value(None, m.group("u"))
        out.append(DateMention(start, end, text[start:end], value, "relative", False, value,
                               "DURATION", None))
    return sorted(out, key=lambda m: (m.start, m.end))
