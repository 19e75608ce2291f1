""""The previous <weekday>" counts back from the last day the text named.

A story that names a day and then "the previous Friday" or "the preceding Monday" means
the weekday before that day, not the one before the publication date: "Shares closed at
$12 on Friday, down from $14 the previous Friday" is the Friday a week before the one
named, as TimeBank writes it, and as "the previous day" already counts from the last day
named (:func:`claimex.rules.dates.find._with_anchored`). The words are
``resources/words/previous_weekday_words.txt``; the article is part of the expression.
Without a day named before it, or with one whose day is not known, the date keeps the
value it had.

>>> import datetime as dt
>>> from claimex.rules.dates import find_dates
>>> text = "Shares closed at $12 on Friday, down from $14 the previous Friday."
>>> ref = dt.date(2023, 5, 15)
>>> [(m.text, m.timex_value) for m in previous_weekdays(text, find_dates(text, ref))]
[('Friday', '2023-05-12'), ('the previous Friday', '2023-05-05')]
"""

from __future__ import annotations

import datetime as _dt
import re

from claimex import lexicon
from claimex.rules.dates.lexicon import WEEKDAYS
from claimex.rules.dates.model import DateMention
from claimex.rules.guard import never_raises

_WORDS = "|".join(re.escape(entry[0]) for entry in lexicon.entries("previous_weekday_words"))
_PREVIOUS_WEEKDAY_RE = re.compile(
    rf"\bthe\s+(?:{_WORDS})\s+(?P<wd>{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b",
    re.IGNORECASE)
_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")


def weekday_before(anchor: str, weekday: int) -> str:
    """The ISO day of the ``weekday`` (Monday 0) strictly before the ISO day ``anchor``.

    >>> weekday_before("2023-05-12", 4)
    '2023-05-05'
    """
    day = _dt.date.fromisoformat(anchor)
    return (day - _dt.timedelta(days=((day.weekday() - weekday) % 7) or 7)).isoformat()


@never_raises(fallback=lambda text, dates: dates)
def previous_weekdays(text: str, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with each "the previous <weekday>" valued from the last day named before
    it (see the module docstring)."""
    out = list(dates)
    for match in _PREVIOUS_WEEKDAY_RE.finditer(text):
        start, end = match.span()
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # part of a longer expression
        anchors = [m for m in out if m.end <= start and _DAY_RE.fullmatch(m.timex_value or "")]
        if not anchors:
            continue
        value = weekday_before(anchors[-1].timex_value,
                               WEEKDAYS[match.group("wd").lower()])
        mention = DateMention(start, end, match.group(), value, "relative", True, value,
                              "DATE", None)
        out = sorted([m for m in out if m not in inside] + [mention], key=lambda m: m.start)
    return out
