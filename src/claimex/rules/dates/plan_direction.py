"""Which way a year-less date points from the auxiliaries of the verb that governs it: the
precedence of a future, a plan and a future seen from the past over the verb's own tense.

A report told in the past often speaks of a day still ahead: "the chairman said the board
would meet on Friday" in a Thursday story is the coming Friday, not the last one, although
"said" is past. The modal of the future seen from the past ("would",
``resources/words/future_in_past_modals.txt``) points ahead like "will", unless a perfect
follows it ("would have met on Friday", a counterfactual: the day is past). A plan told
in the past ("was scheduled for Friday") is left to the verb's past tense: whether such a
day is ahead or behind the report is not written in the clause (sessions 9-12 tried the
nearest day for it and took it out).

The precedence, first match wins (:func:`auxiliary_direction`):

1. a future auxiliary ("will", "shall", "'ll") -> "future";
2. a modal of the future seen from the past with no perfect after it -> "future";
3. otherwise None: the verb's own tense decides (past tense or perfect -> "past", else the
   nearest day), as :func:`claimex.pipeline.dates.clause_tense` reads it.

>>> auxiliary_direction(["would"])
'future'
>>> auxiliary_direction(["would", "have"]) is None
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


def auxiliary_direction(auxiliaries: Iterable[str]) -> str | None:
    """"future" when the auxiliaries of a verb (lower-cased, in text order) put its clause
    ahead of the report, None when they leave it to the verb's tense (see the module
    docstring for the precedence).

    >>> auxiliary_direction(["'ll"]), auxiliary_direction(["had"])
    ('future', None)
    """
    words = [w.lower() for w in auxiliaries]
    if any(w in FUTURE_AUXILIARIES for w in words):
        return FUTURE
    for i, word in enumerate(words):
        if word in FUTURE_IN_PAST_MODALS and not any(w in _PERFECT for w in words[i + 1:]):
            return FUTURE
    return None
