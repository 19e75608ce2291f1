"""Which way a year-less date points from the auxiliaries of the verb that governs it: the
precedence of a future, a plan and a future seen from the past over the verb's own tense.

A report told in the past often speaks of a day of its own week still ahead: "the
chairman said the board would meet on Friday" in a Thursday story is the coming Friday,
not the last one, although "said" is past. The modal of the future seen from the past
("would", ``resources/words/future_in_past_modals.txt``) points a bare weekday ahead like
"will", unless a perfect follows it ("would have met on Friday", a counterfactual: the day
is past). A month or a month-day under it is left to the verb's tense: a report may tell
of a plan of many months ago ("said it would close on March 1"), which the clause does not
date (session 14: with months and month-days too, TimeBank's check half fell). A plan told
in the past ("was scheduled for Friday") is left to the verb's past tense as well
(sessions 9-12 tried the nearest day for it and took it out).

The precedence, first match wins (:func:`auxiliary_direction`):

1. a future auxiliary ("will", "shall", "'ll") -> "future";
2. a modal of the future seen from the past with no perfect after it, governing a bare
   weekday -> "future";
3. otherwise None: the verb's own tense decides (past tense or perfect -> "past", else the
   nearest day), as :func:`claimex.pipeline.dates.clause_tense` reads it.

>>> auxiliary_direction(["would"], weekday=True)
'future'
>>> auxiliary_direction(["would"], weekday=False) is None
True
>>> auxiliary_direction(["would", "have"], weekday=True) is None
True
>>> auxiliary_direction(["will", "be"])
'future'
"""

from __future__ import annotations

from collections.abc import Iterable

from claimex import lexicon

FUTURE = "future"
# auxiliaries of the future ("wo" is the first half of "won't" as spaCy splits it)
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "ll"})
# modals of the future seen from the past: "said it would close on Friday"
FUTURE_IN_PAST_MODALS = lexicon.words("future_in_past_modals")
# verbs that make the clause under them a plan: "is due to", "is scheduled for"
PLAN_LEMMAS = lexicon.words("plan_verbs")
# a perfect after the modal makes it a counterfactual: "would have met"
_PERFECT = frozenset({"have", "'ve", "of"})


def auxiliary_direction(auxiliaries: Iterable[str], weekday: bool = False) -> str | None:
    """"future" when the auxiliaries of a verb (in text order) put the date it governs
    ahead of the report, None when they leave it to the verb's tense; ``weekday``: the date
    is a bare weekday (see the module docstring for the precedence).

    >>> auxiliary_direction(["'ll"]), auxiliary_direction(["had"])
    ('future', None)
    """
    words = [w.lower() for w in auxiliaries]
    if any(w in FUTURE_AUXILIARIES for w in words):
        return FUTURE
    if not weekday:
        return None
    for i, word in enumerate(words):
        if word in FUTURE_IN_PAST_MODALS and not any(w in _PERFECT for w in words[i + 1:]):
            return FUTURE
    return None


_WEEKDAYS = lexicon.words("weekdays")
_MONTHS = lexicon.words("months")


def is_bare_weekday(words: Iterable[str]) -> bool:
    """Whether a date's words name a weekday and no month: "Wednesday", "late Thursday",
    not "Monday 4 October".

    >>> is_bare_weekday(["late", "Thursday"]), is_bare_weekday(["Monday", "4", "October"])
    (True, False)
    """
    lowered = [w.lower().rstrip(".") for w in words]
    return any(w in _WEEKDAYS for w in lowered) and not any(w in _MONTHS for w in lowered)
