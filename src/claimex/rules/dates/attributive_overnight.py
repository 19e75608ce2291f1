""""Overnight" before a noun of a kind of thing is an attribute, not a time.

"Overnight lows will drop into the 40s" and "crews plan overnight lane closures" name a
kind of reading or of work, as "the evening game" does; TimeML tags no TIMEX3 there, while
"rebels shelled the town overnight" and "an overnight raid" (an event dated to the night)
keep theirs. The nouns are ``resources/words/overnight_attribute_nouns.txt``; the word right
after "overnight" decides, so "overnight, lows fell" (a comma between) keeps the time.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Overnight lows stay mild. Rebels shelled the town overnight."
>>> [m.text for m in without_attributive_overnight(text, find_dates(text, dt.date(2022, 3, 31)))]
['overnight']
"""

from __future__ import annotations

from claimex import lexicon
from claimex.rules.dates.model import NEXT_WORD_RE, DateMention
from claimex.rules.guard import never_raises

_ATTRIBUTE_NOUNS = frozenset(lexicon.words("overnight_attribute_nouns"))


@never_raises(fallback=lambda text, mentions: mentions)
def without_attributive_overnight(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` less each bare "overnight" whose next word is one of the attribute nouns
    (module docstring)."""
    return [m for m in mentions if not _attributive(text, m)]


def _attributive(text: str, mention: DateMention) -> bool:
    if mention.text.lower() != "overnight":
        return False
    after = NEXT_WORD_RE.match(text, mention.end)
    return after is not None and after.group(1).lower() in _ATTRIBUTE_NOUNS
