"""A night named by the two days it spans is the night that begins on the first.

"Troops raided the village on the night of May 11-12" tells of one night: it begins on
May 11 and ends in the small hours of May 12. The date finder reads "May 11-12" as the
interval of both days ("2010-05-11/2010-05-12"), which dates an event that happened in
that night by no day at all; after "night of" (the nouns are
``resources/words/night_nouns.txt``) such a range of two days in a row becomes the first
day, as "Wednesday night" is dated Wednesday. A range of more days ("the nights of May
11-14") and a range with no night noun before it ("raids on May 11-12", "between May 11
and 12") keep their interval; "the night between May 11 and 12" is the same one night.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Troops raided the village on the night of May 11-12."
>>> [(m.text, m.value) for m in night_of_two_days(text, find_dates(text, dt.date(2010, 5, 14)))]
[('May 11-12', '2010-05-11')]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from claimex import lexicon
from claimex.rules.dates.model import ISO_DAY_RE, DateMention
from claimex.rules.guard import never_raises

_NIGHT_NOUNS = frozenset(lexicon.words("night_nouns"))
# the words right before the range: "night of " ("night " when the range opens with
# "between": "the night between May 11 and 12"); the noun is tested apart
_BEFORE_RE = re.compile(r"\b(\w+)\s+(of\s+)?$", re.IGNORECASE)
_LOOK_BACK = 20


@never_raises(fallback=lambda text, mentions: mentions)
def night_of_two_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each range of two days in a row after "night of" dated by its
    first day (module docstring)."""
    return [_first_night(m) if _after_night_noun(text, m) else m for m in mentions]


def _after_night_noun(text: str, mention: DateMention) -> bool:
    if mention.kind != "range" or not _two_days_in_a_row(mention.value):
        return False
    before = _BEFORE_RE.search(text[max(0, mention.start - _LOOK_BACK):mention.start])
    if before is None or before.group(1).lower() not in _NIGHT_NOUNS:
        return False
    return before.group(2) is not None or mention.text.lower().startswith("between ")


def _two_days_in_a_row(value: str) -> bool:
    first, _, last = value.partition("/")
    if not (ISO_DAY_RE.fullmatch(first) and ISO_DAY_RE.fullmatch(last)):
        return False
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return end - start == dt.timedelta(days=1)


def _first_night(mention: DateMention) -> DateMention:
    return dataclasses.replace(mention, value=mention.value.partition("/")[0],
                               kind="absolute")
