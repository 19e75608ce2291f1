"""A plural time unit that looks ahead with no count is a vague DURATION.

"Aid will keep coming in the days ahead", "the years to come" and "over the upcoming weeks"
name a stretch of time ahead of the writer whose length the text does not give; TimeML
writes its unit with an unknown count, as TimeBank writes "coming weeks" ``PXW`` and "the
next few years" ``PXY``, and the extent keeps its article ("the days ahead"). The words
are ``resources/words/future_period_after_words.txt`` ("ahead", "to come") and
``future_period_before_words.txt`` ("upcoming"). "The days ahead of the vote" (a stretch
before an event, "ahead of" a preposition) is left alone, and so is a unit already inside
another expression.

>>> [(m.text, m.timex_value) for m in future_periods("Aid will flow in the weeks ahead.", [])]
[('the weeks ahead', 'PXW')]
"""

from __future__ import annotations

import re

from claimex import lexicon
from claimex.rules.dates.extra import duration_value
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

# the plural units a stretch ahead is counted in
_UNIT_WORDS = "minutes|hours|days|weeks|months|years|decades"


def _phrases(name: str) -> str:
    """The phrases of the word list ``name`` as one regex alternation."""
    return "|".join(r"\s+".join(map(re.escape, entry)) for entry in lexicon.entries(name))


_AFTER = _phrases("future_period_after_words")
_BEFORE = _phrases("future_period_before_words")
_FUTURE_PERIOD_RE = re.compile(
    rf"\b(?:the\s+(?P<unit>{_UNIT_WORDS})\s+(?:{_AFTER})(?!\s+of\b)"
    rf"|(?:the\s+)?(?:{_BEFORE})\s+(?P<unit2>{_UNIT_WORDS}))"
    r"(?![\w-])",
    re.IGNORECASE)


@never_raises(fallback=lambda text, timexes, dates=(): timexes)
def future_periods(text: str, timexes: list[DateMention],
                   dates: list[DateMention] | tuple = ()) -> list[DateMention]:
    """``timexes`` with the vague stretches of time ahead of ``text`` added (see the module
    docstring), where they overlap neither ``dates`` nor ``timexes``."""
    busy = [(m.start, m.end) for m in (*dates, *timexes)]
    out = list(timexes)
    for m in _FUTURE_PERIOD_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in busy):
            continue
        value = duration_value(None, m.group("unit") or m.group("unit2"))
        out.append(DateMention(m.start(), m.end(), m.group(0), value, "relative", False,
                               value, "DURATION", None))
    return sorted(out, key=lambda m: (m.start, m.end))
