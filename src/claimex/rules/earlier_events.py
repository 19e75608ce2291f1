"""Time marks that date an event before the one a page reports, for the speaker of a figure
told in a relative clause (issue 14): "The agency said its crews worked in the valley where a
landslide buried 14 hikers last month" tells last month's landslide as the writer's context,
not as what the agency says.

A mark is a span unit of days to years (``resources/words/earlier_span_units.txt``) with a
word that puts it in the past (``resources/words/earlier_time_marks.txt``): "last week",
"last year's", "two months ago", "earlier this year". Hours are not a mark ("hours ago" is the
same day's news), nor a weekday or a date (a page's own event has one).

>>> dated_earlier(["the", "depot", "where", "a", "fire", "killed", "9", "two", "years", "ago"])
True
>>> dated_earlier(["the", "depot", "where", "a", "fire", "killed", "9", "on", "Monday"])
False
"""

from __future__ import annotations

from collections.abc import Sequence

from claimex import lexicon
from claimex.rules.guard import never_raises

_UNITS = lexicon.words("earlier_span_units")
_MARKS = lexicon.groups("earlier_time_marks")
_BEFORE_UNIT = frozenset(_MARKS["before_unit"])
_AFTER_UNIT = frozenset(_MARKS["after_unit"])
_BEFORE_THIS = frozenset(_MARKS["before_this"])


@never_raises(fallback=lambda words: False)
def dated_earlier(words: Sequence[str]) -> bool:
    """Whether the words hold a mark of an earlier time: "last week", "last month's", "three
    years ago", "a fortnight earlier", "earlier this month".

    >>> dated_earlier("a raid last week 's toll".split())
    True
    >>> dated_earlier("the blast hours ago".split())
    False
    """
    lowered = [w.lower() for w in words]
    return any(word in _UNITS and _is_mark(lowered, i) for i, word in enumerate(lowered))


def _is_mark(lowered: Sequence[str], i: int) -> bool:
    """Whether the unit at ``i`` of the lower-cased words is dated in the past: a word of
    ``before_unit`` right before it, of ``after_unit`` right after it, or "earlier this"."""
    before = lowered[i - 1] if i >= 1 else ""
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    if before in _BEFORE_UNIT or after in _AFTER_UNIT:
        return True
    return before == "this" and i >= 2 and lowered[i - 2] in _BEFORE_THIS
