"""Figures a later one replaces: which words mark a figure as given first. "earlier"
does ("officials earlier said 14 people died ... the toll rose to 30"), unless it opens a
time adjunct of the event itself ("Earlier in the day, three farmers died in a raid"): a
round-up's earlier incident, no first version of a later figure.

>>> earlier_as_a_time("in"), earlier_as_a_time("said")
(True, False)
"""

from __future__ import annotations

from claimex import lexicon

# resources/words/earlier_time_starts.txt, and the weekday names and abbreviations
_TIME_STARTS = lexicon.words("earlier_time_starts") | lexicon.words("weekdays")


def earlier_as_a_time(next_word: str) -> bool:
    """Whether "earlier" followed by ``next_word`` dates an event ("Earlier in the day",
    "Earlier on Monday", "Earlier Tuesday") rather than marking a figure given first.

    >>> earlier_as_a_time("Tuesday"), earlier_as_a_time("put")
    (True, False)
    """
    return next_word.lower() in _TIME_STARTS
